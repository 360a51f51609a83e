package dev.platformscan.engine.parse;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.body.BodyDeclaration;

import java.util.Set;

/**
 * Code every class has and nobody would turn into a platform component: equals/hashCode/toString,
 * getters and setters, constructors that only store their arguments (with null checks), trivial {@code main}
 * methods (one statement), and trivial delegations (one call that only forwards names and literals), each a {@link NoiseFilter}. Such
 * members are not compared. A type made only of them (a DTO, a delegating utility, an interface) is
 * compared as a whole by its literal tokens (names and values kept): after identifier normalization every
 * pair of DTOs with similar shapes would look like a copy, literally only real copies do.
 */
public final class Boilerplate {
    private static final Set<String> ARGUMENT_CHECKS = Set.of("requireNonNull", "checkNotNull", "checkArgument",
            "checkState", "notNull", "isTrue");

    private Boilerplate() {
    }

    /** True for members that are not code units at all (fields, initializers). */
    public static boolean isNotCallable(BodyDeclaration<?> member) {
        return !(member instanceof CallableDeclaration<?>) && !(member instanceof CompactConstructorDeclaration);
    }

    /** The noise filter a method or constructor falls under, or null when it is real logic. */
    public static NoiseFilter filterOf(BodyDeclaration<?> member) {
        if (member instanceof MethodDeclaration method) {
            String name = method.getNameAsString();
            int parameters = method.getParameters().size();
            if ((name.equals("equals") && parameters == 1) || (name.equals("hashCode") && parameters == 0)
                    || (name.equals("toString") && parameters == 0)) {
                return NoiseFilter.OBJECT_METHODS;
            }
            if (name.equals("main") && method.isStatic() && parameters == 1
                    && method.getParameter(0).getType().asString().replace("...", "[]").equals("String[]")
                    && (method.getBody().isEmpty() || isTrivial(method.getBody().get()))) {
                return NoiseFilter.MAIN_METHODS;
            }
            if (method.getBody().isEmpty() || onlyStoresOrReturnsFields(method.getBody().get())) {
                return NoiseFilter.ACCESSORS;
            }
            return onlyForwards(method.getBody().get()) ? NoiseFilter.DELEGATIONS : null;
        }
        if (member instanceof ConstructorDeclaration constructor) {
            return onlyStoresOrReturnsFields(constructor.getBody()) ? NoiseFilter.FIELD_CONSTRUCTORS : null;
        }
        if (member instanceof CompactConstructorDeclaration constructor) {
            return onlyStoresOrReturnsFields(constructor.getBody()) ? NoiseFilter.FIELD_CONSTRUCTORS : null;
        }
        return null;
    }

    /**
     * At most one simple statement (an expression or a local variable starting with a name, a value, a primitive
     * type, {@code this}, {@code super}, {@code new} or a parenthesis; a return; an empty statement), such as
     * {@code SpringApplication.run(App.class, args);}: a {@code main} like that starts something and holds no
     * code worth sharing. A longer {@code main} is judged as any other method (a copied 70-line {@code main}
     * is a copy like any other). The first-token rule is the token reader's ({@code SourceOutline}), so both
     * readings agree on odd single statements ({@code ++count;}, {@code final var x = ...;}: not trivial).
     */
    static boolean isTrivial(BlockStmt body) {
        if (body.getStatements().isEmpty()) {
            return true;
        }
        if (body.getStatements().size() > 1) {
            return false;
        }
        Statement statement = body.getStatement(0);
        if (statement instanceof ReturnStmt || statement instanceof com.github.javaparser.ast.stmt.EmptyStmt) {
            return true;
        }
        if (!(statement instanceof ExpressionStmt)) {
            return false;
        }
        int kind = statement.getTokenRange().map(range -> range.getBegin().getKind()).orElse(-1);
        char code = dev.platformscan.engine.fingerprint.TokenNormalizer.code(kind);
        return kind == com.github.javaparser.GeneratedJavaParserConstants.THIS
                || kind == com.github.javaparser.GeneratedJavaParserConstants.SUPER
                || kind == com.github.javaparser.GeneratedJavaParserConstants.NEW
                || kind == com.github.javaparser.GeneratedJavaParserConstants.LPAREN
                || (code != dev.platformscan.engine.fingerprint.TokenNormalizer.NONE
                && code <= dev.platformscan.engine.fingerprint.TokenNormalizer.PRIMITIVE_TYPE);
    }

    private static boolean onlyStoresOrReturnsFields(BlockStmt body) {
        for (Statement statement : body.getStatements()) {
            if (!isStoreOrCheck(statement)) {
                return false;
            }
        }
        return true;
    }

    /** One call (returned or not) whose arguments are only names, literals or {@code this}. */
    private static boolean onlyForwards(BlockStmt body) {
        if (body.getStatements().size() != 1) {
            return false;
        }
        Statement statement = body.getStatement(0);
        Expression expression = statement instanceof ReturnStmt returned ? returned.getExpression().orElse(null)
                : statement instanceof ExpressionStmt expressionStatement ? expressionStatement.getExpression() : null;
        if (!(expression instanceof MethodCallExpr call)) {
            return false;
        }
        boolean plainScope = call.getScope().map(scope -> isFieldOrName(scope) || scope instanceof com.github.javaparser.ast.expr.SuperExpr)
                .orElse(true);
        return plainScope && call.getArguments().stream().allMatch(argument -> isFieldOrName(argument)
                || argument instanceof com.github.javaparser.ast.expr.LiteralExpr);
    }

    private static boolean isStoreOrCheck(Statement statement) {
        if (statement instanceof ExplicitConstructorInvocationStmt) {
            return true;
        }
        if (statement instanceof ReturnStmt returned) {
            return returned.getExpression().map(Boilerplate::isFieldOrName).orElse(true);
        }
        if (!(statement instanceof ExpressionStmt expressionStatement)) {
            return false;
        }
        Expression expression = expressionStatement.getExpression();
        if (expression instanceof AssignExpr assignment) {
            return isFieldOrName(assignment.getTarget());
        }
        return expression instanceof MethodCallExpr call && ARGUMENT_CHECKS.contains(call.getNameAsString());
    }

    private static boolean isFieldOrName(Expression expression) {
        return expression instanceof NameExpr || expression instanceof ThisExpr
                || (expression instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr);
    }
}
