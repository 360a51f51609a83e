package dev.platformscan.engine.parse;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayList;
import java.util.List;

/**
 * What a Java file says before its first type's body: its package, its imports, and what its first top-level type
 * extends or implements. Read by both readers of the parse stage (from JavaParser's tree and from the lexer's tokens;
 * FileHeaderTest holds them equal on real files) for the adoption stage: which modules use which other module's types.
 *
 * @param packageName the package, "" for the default package
 * @param imports     single-type imports ("com.x.redis.RedisService"); static imports left out
 * @param onDemand    the packages (or types) of on-demand imports ("com.x.redis" for {@code import com.x.redis.*;})
 * @param supertypes  simple names after {@code extends} and {@code implements} of the first top-level type
 */
public record FileHeader(String packageName, List<String> imports, List<String> onDemand, List<String> supertypes) {
    /** A file with no package, imports or type (or one not read: classes of other languages, unreadable files). */
    public static final FileHeader NONE = new FileHeader("", List.of(), List.of(), List.of());

    private static final int PACKAGE = GeneratedJavaParserConstants.PACKAGE;
    private static final int IMPORT = GeneratedJavaParserConstants.IMPORT;
    private static final int STATIC = GeneratedJavaParserConstants.STATIC;
    private static final int STAR = GeneratedJavaParserConstants.STAR;
    private static final int SEMICOLON = GeneratedJavaParserConstants.SEMICOLON;
    private static final int DOT = GeneratedJavaParserConstants.DOT;
    private static final int AT = GeneratedJavaParserConstants.AT;
    private static final int LBRACE = GeneratedJavaParserConstants.LBRACE;
    private static final int LPAREN = GeneratedJavaParserConstants.LPAREN;
    private static final int RPAREN = GeneratedJavaParserConstants.RPAREN;
    private static final int LT = GeneratedJavaParserConstants.LT;
    private static final int GT = GeneratedJavaParserConstants.GT;
    private static final int EXTENDS = GeneratedJavaParserConstants.EXTENDS;
    private static final int IMPLEMENTS = GeneratedJavaParserConstants.IMPLEMENTS;
    private static final int PERMITS = GeneratedJavaParserConstants.PERMITS;

    public FileHeader {
        imports = List.copyOf(imports);
        onDemand = List.copyOf(onDemand);
        supertypes = List.copyOf(supertypes);
    }

    /** The header as JavaParser read it. */
    static FileHeader of(CompilationUnit unit) {
        String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<String> imports = new ArrayList<>();
        List<String> onDemand = new ArrayList<>();
        for (ImportDeclaration declaration : unit.getImports()) {
            if (!declaration.isStatic()) {
                (declaration.isAsterisk() ? onDemand : imports).add(declaration.getNameAsString());
            }
        }
        List<ClassOrInterfaceType> listed = new ArrayList<>();
        if (!unit.getTypes().isEmpty()) {
            TypeDeclaration<?> first = unit.getType(0);
            if (first instanceof ClassOrInterfaceDeclaration type) {
                listed.addAll(type.getExtendedTypes());
                listed.addAll(type.getImplementedTypes());
            } else if (first instanceof EnumDeclaration type) {
                listed.addAll(type.getImplementedTypes());
            } else if (first instanceof RecordDeclaration type) {
                listed.addAll(type.getImplementedTypes());
            }
        }
        return new FileHeader(packageName, imports, onDemand,
                listed.stream().map(type -> type.getName().getIdentifier()).distinct().toList());
    }

    /** The header as the lexer's tokens give it: the same as {@link #of(CompilationUnit)} on a file that parses. */
    static FileHeader of(JavaTokens tokens) {
        String packageName = "";
        List<String> imports = new ArrayList<>();
        List<String> onDemand = new ArrayList<>();
        int t = 0;
        while (t < tokens.size()) {
            int kind = tokens.kind(t);
            if (kind == PACKAGE) {
                StringBuilder name = new StringBuilder();
                for (t++; t < tokens.size() && tokens.kind(t) != SEMICOLON; t++) {
                    name.append(tokens.image(t));
                }
                packageName = name.toString();
            } else if (kind == IMPORT) {
                boolean isStatic = t + 1 < tokens.size() && tokens.kind(t + 1) == STATIC;
                boolean asterisk = false;
                StringBuilder name = new StringBuilder();
                for (t += isStatic ? 2 : 1; t < tokens.size() && tokens.kind(t) != SEMICOLON; t++) {
                    if (tokens.kind(t) == STAR) {
                        asterisk = true;
                    } else {
                        name.append(tokens.image(t));
                    }
                }
                if (!isStatic) {
                    String imported = asterisk ? name.substring(0, Math.max(0, name.length() - 1)) : name.toString();
                    (asterisk ? onDemand : imports).add(imported);
                }
            } else if (kind == AT && t + 1 < tokens.size() && tokens.kind(t + 1) != GeneratedJavaParserConstants.INTERFACE) {
                t = tokens.annotationEnd(t) + 1;
                continue;
            } else if (isTypeKeyword(tokens, t)) {
                return new FileHeader(packageName, imports, onDemand, supertypes(tokens, t));
            }
            t++;
        }
        return new FileHeader(packageName, imports, onDemand, List.of());
    }

    private static boolean isTypeKeyword(JavaTokens tokens, int t) {
        int kind = tokens.kind(t);
        return kind == GeneratedJavaParserConstants.CLASS || kind == GeneratedJavaParserConstants.INTERFACE
                || kind == GeneratedJavaParserConstants.ENUM || kind == GeneratedJavaParserConstants.RECORD;
    }

    /**
     * The simple names listed after extends and implements of the type whose keyword is at {@code keyword}, up to its
     * body; type arguments, a record's components and qualifiers left out. An annotation type ({@code @interface})
     * lists none.
     */
    private static List<String> supertypes(JavaTokens tokens, int keyword) {
        List<String> names = new ArrayList<>();
        if (keyword > 0 && tokens.kind(keyword - 1) == AT) {
            return names;
        }
        boolean listing = false;
        int angles = 0;
        int parentheses = 0;
        for (int t = keyword + 1; t < tokens.size() && tokens.kind(t) != LBRACE; t++) {
            int kind = tokens.kind(t);
            if (kind == LT) {
                angles++;
            } else if (kind == GT) {
                angles = Math.max(0, angles - 1);
            } else if (kind == LPAREN) {
                parentheses++;
            } else if (kind == RPAREN) {
                parentheses = Math.max(0, parentheses - 1);
            } else if (angles == 0 && parentheses == 0) {
                if (kind == EXTENDS || kind == IMPLEMENTS) {
                    listing = true;
                } else if (kind == PERMITS || "permits".equals(tokens.word(t))) {
                    listing = false;
                } else if (kind == AT) {
                    t = tokens.annotationEnd(t);
                } else if (listing && tokens.word(t) != null && (t + 1 >= tokens.size() || tokens.kind(t + 1) != DOT)
                        && !names.contains(tokens.word(t))) {
                    names.add(tokens.word(t));
                }
            }
        }
        return names;
    }
}
