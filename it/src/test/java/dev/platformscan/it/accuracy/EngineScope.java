package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;

import java.util.Set;

/**
 * What the engine leaves out of comparison on purpose, mirrored so the benchmark neither samples nor
 * makes such methods (a miss on them would measure the engine's scope, not its accuracy): equals,
 * hashCode and toString, and methods whose statements only store or return fields or check
 * arguments (see the engine's {@code parse.Boilerplate}).
 */
final class EngineScope {

    private static final Set<String> ARGUMENT_CHECKS = Set.of("requireNonNull", "checkNotNull", "checkArgument",
            "checkState", "notNull", "isTrue");

    private EngineScope() {
    }

    static boolean isBoilerplate(MethodDeclaration method) {
        String name = method.getNameAsString();
        int parameters = method.getParameters().size();
        if ((name.equals("equals") && parameters == 1) || (name.equals("hashCode") && parameters == 0)
                || (name.equals("toString") && parameters == 0)) {
            return true;
        }
        return method.getBody().map(body -> body.getStatements().stream().allMatch(EngineScope::isStoreOrCheck))
                .orElse(true);
    }

    private static boolean isStoreOrCheck(Statement statement) {
        if (statement.isExplicitConstructorInvocationStmt()) {
            return true;
        }
        if (statement instanceof ReturnStmt returned) {
            return returned.getExpression().map(EngineScope::isFieldOrName).orElse(true);
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
