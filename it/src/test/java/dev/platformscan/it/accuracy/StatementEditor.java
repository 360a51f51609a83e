package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.UnknownType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Type-3 edits on one parsed method: a statement inserted (from another method, or a plausible trace,
 * check or local variable), a small statement deleted, or
 * one statement modified (operator swapped, condition negated, argument added, expression wrapped or
 * replaced by a literal). One edit per call: the caller re-parses between edits.
 */
final class StatementEditor {

    enum Edit { INSERT, DELETE, MODIFY }

    /** Deleting large compound statements would make trivial mutants: only this many tokens (and comments) at most. */
    static final int MAX_DELETED_TOKENS = 30;

    private static final Map<BinaryExpr.Operator, String> SWAPPED = Map.ofEntries(
            Map.entry(BinaryExpr.Operator.LESS, "<="), Map.entry(BinaryExpr.Operator.LESS_EQUALS, "<"),
            Map.entry(BinaryExpr.Operator.GREATER, ">="), Map.entry(BinaryExpr.Operator.GREATER_EQUALS, ">"),
            Map.entry(BinaryExpr.Operator.EQUALS, "!="), Map.entry(BinaryExpr.Operator.NOT_EQUALS, "=="),
            Map.entry(BinaryExpr.Operator.PLUS, "-"), Map.entry(BinaryExpr.Operator.MINUS, "+"),
            Map.entry(BinaryExpr.Operator.AND, "||"), Map.entry(BinaryExpr.Operator.OR, "&&"),
            Map.entry(BinaryExpr.Operator.MULTIPLY, "/"), Map.entry(BinaryExpr.Operator.DIVIDE, "*"));

    private static final List<String> WRAPPERS = List.of("Objects.requireNonNull", "String.valueOf", "Math.abs");

    private final Random random;
    private final List<String> donors;
    /** Pieces already edited through this editor: later edits of the same stream keep off them. */
    private final BitSet touched = new BitSet();

    /** An editor for one stream: several edits may be applied, never two to the same tokens. */
    StatementEditor(Random random) {
        this(random, List.of());
    }

    /**
     * @param donors statements of other methods; half of the inserted statements are taken from them,
     *               so that insertions are as varied as real code (templates alone would make the mutants
     *               of different originals alike)
     */
    StatementEditor(Random random, List<String> donors) {
        this.random = random;
        this.donors = donors;
    }

    /** Applies one random statement edit; returns which, or null when none could be applied. */
    Edit applyRandom(MethodDeclaration method, TokenStream stream) {
        double roll = random.nextDouble();
        Edit first = roll < 0.4 ? Edit.INSERT : roll < 0.7 ? Edit.DELETE : Edit.MODIFY;
        for (Edit edit : List.of(first, Edit.MODIFY, Edit.INSERT)) {
            boolean applied = switch (edit) {
                case INSERT -> insert(method, stream);
                case DELETE -> delete(method, stream);
                case MODIFY -> modify(method, stream);
            };
            if (applied) {
                return edit;
            }
        }
        return null;
    }

    /** Inserts a plausible statement (trace, assertion, null check, local variable) before a statement. */
    boolean insert(MethodDeclaration method, TokenStream stream) {
        List<Statement> anchors = new ArrayList<>();
        for (BlockStmt block : method.findAll(BlockStmt.class)) {
            block.getStatements().stream().filter(statement -> untouched(stream, statement)).forEach(anchors::add);
        }
        if (anchors.isEmpty()) {
            return false;
        }
        Statement anchor = anchors.get(random.nextInt(anchors.size()));
        touch(stream, anchor);
        TokenStream.Piece first = stream.get(stream.first(anchor));
        String separator = first.leadingHasNewline() ? "\n" + Texts.indentAfterLastNewline(first.leading) : " ";
        String lineBreak = separator.equals(" ") ? "\n" : separator;
        first.text = newStatement(method).replace("\n", lineBreak) + separator + first.text;
        return true;
    }

    /** Deletes a small statement from a block that keeps at least one other statement. */
    boolean delete(MethodDeclaration method, TokenStream stream) {
        List<Statement> candidates = new ArrayList<>();
        for (BlockStmt block : method.findAll(BlockStmt.class)) {
            NodeList<Statement> statements = block.getStatements();
            if (statements.size() < 2) {
                continue;
            }
            for (int i = 0; i < statements.size(); i++) {
                Statement statement = statements.get(i);
                boolean lastReturn = i == statements.size() - 1 && statement instanceof ReturnStmt;
                if (!lastReturn && untouched(stream, statement)
                        && stream.last(statement) - stream.first(statement) < MAX_DELETED_TOKENS) {
                    candidates.add(statement);
                }
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        Statement victim = candidates.get(random.nextInt(candidates.size()));
        touch(stream, victim);
        int from = stream.first(victim);
        int to = stream.last(victim);
        TokenStream.Piece next = stream.get(to + 1);
        boolean keepLeading = !(stream.get(from).leadingHasNewline() && next.leadingHasNewline());
        for (int i = from; i <= to; i++) {
            TokenStream.Piece piece = stream.get(i);
            if (i > from || !keepLeading) {
                piece.leading = "";
            }
            piece.text = "";
        }
        return true;
    }

    /** Modifies one expression or condition. */
    boolean modify(MethodDeclaration method, TokenStream stream) {
        int start = random.nextInt(5);
        for (int k = 0; k < 5; k++) {
            boolean applied = switch ((start + k) % 5) {
                case 0 -> swapOperator(method, stream);
                case 1 -> negateCondition(method, stream);
                case 2 -> addArgument(method, stream);
                case 3 -> wrapExpression(method, stream);
                default -> replaceWithLiteral(method, stream);
            };
            if (applied) {
                return true;
            }
        }
        return false;
    }

    boolean swapOperator(MethodDeclaration method, TokenStream stream) {
        List<BinaryExpr> candidates = new ArrayList<>();
        for (BinaryExpr binary : method.findAll(BinaryExpr.class)) {
            if (SWAPPED.containsKey(binary.getOperator()) && untouched(stream, binary)) {
                candidates.add(binary);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        BinaryExpr binary = candidates.get(random.nextInt(candidates.size()));
        touch(stream, binary);
        int operator = stream.nextCode(stream.last(binary.getLeft()));
        TokenStream.Piece piece = stream.get(operator);
        if (!piece.text.equals(binary.getOperator().asString())) {
            return false;
        }
        piece.text = SWAPPED.get(binary.getOperator());
        return true;
    }

    boolean negateCondition(MethodDeclaration method, TokenStream stream) {
        List<Expression> conditions = new ArrayList<>();
        method.findAll(IfStmt.class).forEach(statement -> conditions.add(statement.getCondition()));
        method.findAll(WhileStmt.class).forEach(statement -> conditions.add(statement.getCondition()));
        // a condition negated by an earlier step is not negated again (!(!(c)) is no plausible edit)
        conditions.removeIf(condition -> !untouched(stream, condition) || isNegation(condition));
        if (conditions.isEmpty()) {
            return false;
        }
        Expression condition = conditions.get(random.nextInt(conditions.size()));
        touch(stream, condition);
        stream.get(stream.first(condition)).text = "!(" + stream.get(stream.first(condition)).text;
        stream.get(stream.last(condition)).text = stream.get(stream.last(condition)).text + ")";
        return true;
    }

    boolean addArgument(MethodDeclaration method, TokenStream stream) {
        // a call whose last argument is a literal may have got it from an earlier step: leave it
        List<MethodCallExpr> calls = method.findAll(MethodCallExpr.class,
                call -> !call.getArguments().isEmpty() && untouched(stream, call)
                        && !call.getArguments().getLast().orElseThrow().isLiteralExpr());
        if (calls.isEmpty()) {
            return false;
        }
        MethodCallExpr call = calls.get(random.nextInt(calls.size()));
        touch(stream, call);
        Expression lastArgument = call.getArguments().getLast().orElseThrow();
        String extra = List.of("null", "0", "true", "\"\"").get(random.nextInt(4));
        TokenStream.Piece piece = stream.get(stream.last(lastArgument));
        piece.text = piece.text + ", " + extra;
        return true;
    }

    boolean wrapExpression(MethodDeclaration method, TokenStream stream) {
        List<Expression> arguments = new ArrayList<>();
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            call.getArguments().stream()
                    .filter(argument -> untouched(stream, argument) && !isWrapper(argument) && !isWrapper(call))
                    .forEach(arguments::add);
        }
        if (arguments.isEmpty()) {
            return false;
        }
        Expression argument = arguments.get(random.nextInt(arguments.size()));
        touch(stream, argument);
        String wrapper = WRAPPERS.get(random.nextInt(WRAPPERS.size())) + "(";
        stream.get(stream.first(argument)).text = wrapper + stream.get(stream.first(argument)).text;
        stream.get(stream.last(argument)).text = stream.get(stream.last(argument)).text + ")";
        return true;
    }

    boolean replaceWithLiteral(MethodDeclaration method, TokenStream stream) {
        List<MethodCallExpr> calls = method.findAll(MethodCallExpr.class,
                call -> call.getParentNode().filter(parent -> parent instanceof MethodCallExpr
                        && ((MethodCallExpr) parent).getArguments().contains(call)).isPresent()
                        && JavaSource.codeTokenTexts(call).size() <= 12 && untouched(stream, call));
        if (calls.isEmpty()) {
            return false;
        }
        MethodCallExpr call = calls.get(random.nextInt(calls.size()));
        touch(stream, call);
        int from = stream.first(call);
        int to = stream.last(call);
        stream.get(from).text = List.of("null", "0", "-1").get(random.nextInt(3));
        for (int i = from + 1; i <= to; i++) {
            stream.get(i).leading = "";
            stream.get(i).text = "";
        }
        return true;
    }

    private static boolean isNegation(Expression expression) {
        return expression instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT;
    }

    private static boolean isWrapper(Expression expression) {
        return expression instanceof MethodCallExpr call && call.getScope().isPresent()
                && WRAPPERS.contains(call.getScope().get() + "." + call.getNameAsString());
    }

    private boolean untouched(TokenStream stream, Node node) {
        int next = touched.nextSetBit(stream.first(node));
        return next < 0 || next > stream.last(node);
    }

    private void touch(TokenStream stream, Node node) {
        touched.set(stream.first(node), stream.last(node) + 1);
    }

    /** A statement of another method, or a plausible one using a parameter of this method. */
    private String newStatement(MethodDeclaration method) {
        if (!donors.isEmpty() && random.nextBoolean()) {
            return donors.get(random.nextInt(donors.size()));
        }
        List<String> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (!(parameter.getType() instanceof UnknownType)) {
                parameters.add(parameter.getNameAsString());
            }
        }
        String local = freshLocal(method);
        if (parameters.isEmpty()) {
            return switch (random.nextInt(4)) {
                case 0 -> "System.out.println(\"checkpoint\");";
                case 1 -> "int " + local + " = 0;";
                case 2 -> "long " + local + " = System.nanoTime();";
                default -> "assert Thread.holdsLock(this) : \"not locked\";";
            };
        }
        String p = parameters.get(random.nextInt(parameters.size()));
        return switch (random.nextInt(7)) {
            case 0 -> "System.out.println(\"trace: \" + " + p + ");";
            case 1 -> "assert " + p + " != null : \"" + p + " must not be null\";";
            case 2 -> "Objects.requireNonNull(" + p + ", \"" + p + "\");";
            case 3 -> "int " + local + " = 0;";
            case 4 -> "String " + local + " = String.valueOf(" + p + ");";
            case 5 -> "if (" + p + " == null) {\n    throw new IllegalArgumentException(\"" + p + "\");\n}";
            default -> "long " + local + " = System.nanoTime();";
        };
    }

    private String freshLocal(MethodDeclaration method) {
        Set<String> taken = new TreeSet<>();
        method.findAll(SimpleName.class).forEach(name -> taken.add(name.asString()));
        String base = List.of("tmp", "checked", "started", "unused", "marker").get(random.nextInt(5));
        String name = base;
        for (int suffix = 2; taken.contains(name); suffix++) {
            name = base + suffix;
        }
        return name;
    }
}
