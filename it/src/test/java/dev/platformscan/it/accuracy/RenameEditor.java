package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Type-2 edits on the tokens of one parsed method: consistent renames of parameters, local
 * variables and the method itself, literal changes within a literal's kind, and changes of declared
 * types. Renames and literal changes leave the normalized token sequence as it was; a primitive type
 * change swaps one keyword for another.
 */
final class RenameEditor {

    private static final List<String> NAME_POOL = List.of("value", "input", "result", "item", "element",
            "current", "buffer", "target", "source", "count", "index", "limit", "offset", "key", "entry",
            "node", "data", "text", "flag", "temp", "acc", "cursor", "pos", "len", "other", "candidate");
    private static final List<String> METHOD_PREFIXES = List.of("do", "compute", "perform", "handle",
            "apply", "process", "internal", "resolve");
    private static final Map<String, String> CLASS_TYPES = Map.of("String", "CharSequence", "List", "Collection",
            "ArrayList", "LinkedList", "HashMap", "TreeMap", "HashSet", "LinkedHashSet",
            "StringBuilder", "StringBuffer", "Iterator", "ListIterator", "Integer", "Number");
    private static final Map<String, String> PRIMITIVE_TYPES = Map.of("int", "long", "long", "int",
            "float", "double", "double", "float", "short", "int", "byte", "short");
    private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta", "none", "value",
            "key", "missing", "invalid", "empty", "default", "item");

    private final Random random;

    RenameEditor(Random random) {
        this.random = random;
    }

    /** Applies renames, literal and type changes to the stream of {@code method}; returns the counts. */
    EditCounts apply(MethodDeclaration method, TokenStream stream) {
        Set<String> taken = new TreeSet<>();
        method.findAll(SimpleName.class).forEach(name -> taken.add(name.asString()));
        int renames = renameVariables(method, stream, taken);
        if (random.nextDouble() < 0.8) {
            renames += renameMethod(method, stream, taken) ? 1 : 0;
        }
        int literals = changeLiterals(method, stream);
        int types = changeTypes(method, stream);
        return new EditCounts(0, 0, renames, literals, types, 0, 0, 0);
    }

    /** Renames a random non-empty subset of parameters and local variables; returns how many names. */
    int renameVariables(MethodDeclaration method, TokenStream stream, Set<String> taken) {
        Set<String> declared = new LinkedHashSet<>();
        method.findAll(Parameter.class).forEach(parameter -> declared.add(parameter.getNameAsString()));
        method.findAll(VariableDeclarator.class).forEach(variable -> declared.add(variable.getNameAsString()));
        if (declared.isEmpty()) {
            return 0;
        }
        List<String> chosen = new ArrayList<>();
        for (String name : declared) {
            if (random.nextDouble() < 0.7) {
                chosen.add(name);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(new ArrayList<>(declared).get(random.nextInt(declared.size())));
        }
        for (String oldName : chosen) {
            String newName = freshName(taken);
            for (SimpleName name : method.findAll(SimpleName.class)) {
                if (name.asString().equals(oldName) && isVariableName(name)) {
                    stream.get(stream.first(name)).text = newName;
                }
            }
        }
        return chosen.size();
    }

    /** Renames the method and its unqualified recursive calls. */
    boolean renameMethod(MethodDeclaration method, TokenStream stream, Set<String> taken) {
        String oldName = method.getNameAsString();
        String newName = METHOD_PREFIXES.get(random.nextInt(METHOD_PREFIXES.size())) + Texts.capitalize(oldName);
        if (taken.contains(newName)) {
            return false;
        }
        taken.add(newName);
        stream.get(stream.first(method.getName())).text = newName;
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            if (call.getScope().isEmpty() && call.getNameAsString().equals(oldName)) {
                stream.get(stream.first(call.getName())).text = newName;
            }
        }
        return true;
    }

    /** Changes about half of the literals to other values of the same kind; returns how many. */
    int changeLiterals(MethodDeclaration method, TokenStream stream) {
        List<LiteralExpr> literals = new ArrayList<>();
        for (LiteralExpr literal : method.findAll(LiteralExpr.class)) {
            if (replacement(literal) != null) {
                literals.add(literal);
            }
        }
        int changed = 0;
        for (LiteralExpr literal : literals) {
            if (random.nextBoolean() || (changed == 0 && literal == literals.get(literals.size() - 1))) {
                String text = replacement(literal);
                if (text != null) {
                    stream.get(stream.first(literal)).text = text;
                    changed++;
                }
            }
        }
        return changed;
    }

    /** Changes one or two declared types of parameters or local variables; returns how many. */
    int changeTypes(MethodDeclaration method, TokenStream stream) {
        List<Type> candidates = new ArrayList<>();
        List<Type> declared = new ArrayList<>();
        method.findAll(Parameter.class).forEach(parameter -> declared.add(parameter.getType()));
        method.findAll(VariableDeclarator.class).forEach(variable -> declared.add(variable.getType()));
        for (Type type : declared) {
            if (type instanceof PrimitiveType primitive && PRIMITIVE_TYPES.containsKey(primitive.asString())) {
                candidates.add(type);
            } else if (type instanceof ClassOrInterfaceType classType && classType.getScope().isEmpty()
                    && CLASS_TYPES.containsKey(classType.getNameAsString())) {
                candidates.add(type);
            }
        }
        int wanted = Math.min(candidates.size(), 1 + random.nextInt(2));
        int changed = 0;
        while (changed < wanted) {
            Type type = candidates.remove(random.nextInt(candidates.size()));
            if (type instanceof PrimitiveType primitive) {
                stream.get(stream.first(primitive)).text = PRIMITIVE_TYPES.get(primitive.asString());
            } else {
                ClassOrInterfaceType classType = (ClassOrInterfaceType) type;
                stream.get(stream.first(classType.getName())).text = CLASS_TYPES.get(classType.getNameAsString());
            }
            changed++;
        }
        return changed;
    }

    private static boolean isVariableName(SimpleName name) {
        Node parent = name.getParentNode().orElse(null);
        return parent instanceof NameExpr || parent instanceof Parameter || parent instanceof VariableDeclarator;
    }

    private String freshName(Set<String> taken) {
        String base = NAME_POOL.get(random.nextInt(NAME_POOL.size()));
        String name = base;
        for (int suffix = 2; taken.contains(name); suffix++) {
            name = base + suffix;
        }
        taken.add(name);
        return name;
    }

    /** Another literal of the same kind, or null for kinds the benchmark leaves alone. */
    private String replacement(LiteralExpr literal) {
        if (literal instanceof IntegerLiteralExpr integer) {
            return differentNumber(integer.getValue(), "");
        }
        if (literal instanceof LongLiteralExpr longLiteral) {
            return differentNumber(longLiteral.getValue(), "L");
        }
        if (literal instanceof DoubleLiteralExpr doubleLiteral) {
            String value = doubleLiteral.getValue();
            char last = value.charAt(value.length() - 1);
            String suffix = "fFdD".indexOf(last) >= 0 ? String.valueOf(last) : "";
            String candidate = (random.nextInt(100)) + "." + (1 + random.nextInt(9)) + suffix;
            return candidate.equals(value) ? "0.5" + suffix : candidate;
        }
        if (literal instanceof CharLiteralExpr character) {
            char c = (char) ('a' + random.nextInt(26));
            return c == character.getValue().charAt(0) ? "'z'" : "'" + c + "'";
        }
        if (literal instanceof StringLiteralExpr string && !(literal.isTextBlockLiteralExpr())) {
            String candidate = WORDS.get(random.nextInt(WORDS.size()));
            return "\"" + (candidate.equals(string.getValue()) ? candidate + "!" : candidate) + "\"";
        }
        if (literal instanceof BooleanLiteralExpr bool) {
            return bool.getValue() ? "false" : "true";
        }
        return null;
    }

    private String differentNumber(String value, String suffix) {
        String candidate = random.nextInt(64) + suffix;
        return candidate.equalsIgnoreCase(value) ? (random.nextInt(64) + 64) + suffix : candidate;
    }
}
