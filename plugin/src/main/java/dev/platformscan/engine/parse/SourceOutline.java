package dev.platformscan.engine.parse;

import com.github.javaparser.GeneratedJavaParserConstants;
import dev.platformscan.engine.fingerprint.ApiNames;
import dev.platformscan.engine.fingerprint.FingerprintBuilder;
import dev.platformscan.engine.fingerprint.TokenNormalizer;
import dev.platformscan.engine.fingerprint.UnitFingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parser's units of a file, read from {@link JavaLexer}'s tokens alone: type declarations, methods
 * and constructors delimited by brackets and keywords, the same noise filters ({@link Boilerplate}'s rules
 * on statements, {@code @Generated}, suppression), the same symbols, token codes, hashes and API names
 * as {@link JavaSourceParser} computes from the AST; {@link LexicalFeatures} reads the units' features from
 * the same tokens and these declarations ({@link #unitContext}). Whenever the structure is not what it
 * expects, {@link #troubleLine()} is set and the file is parsed instead; {@code SourceOutlineTest} compares
 * both on real code.
 */
final class SourceOutline {
    private static final int LPAREN = GeneratedJavaParserConstants.LPAREN;
    private static final int RPAREN = GeneratedJavaParserConstants.RPAREN;
    private static final int LBRACE = GeneratedJavaParserConstants.LBRACE;
    private static final int RBRACE = GeneratedJavaParserConstants.RBRACE;
    private static final int LBRACKET = GeneratedJavaParserConstants.LBRACKET;
    private static final int RBRACKET = GeneratedJavaParserConstants.RBRACKET;
    private static final int SEMICOLON = GeneratedJavaParserConstants.SEMICOLON;
    private static final int AT = GeneratedJavaParserConstants.AT;
    private static final int DOT = GeneratedJavaParserConstants.DOT;
    private static final int COMMA = GeneratedJavaParserConstants.COMMA;
    private static final int LT = GeneratedJavaParserConstants.LT;
    private static final int GT = GeneratedJavaParserConstants.GT;
    private static final int THIS = GeneratedJavaParserConstants.THIS;
    private static final int SUPER = GeneratedJavaParserConstants.SUPER;
    private static final int NEW = GeneratedJavaParserConstants.NEW;
    private static final int RETURN = GeneratedJavaParserConstants.RETURN;
    static final Set<Integer> MODIFIERS = Set.of(GeneratedJavaParserConstants.PUBLIC,
            GeneratedJavaParserConstants.PROTECTED, GeneratedJavaParserConstants.PRIVATE,
            GeneratedJavaParserConstants.STATIC, GeneratedJavaParserConstants.ABSTRACT, GeneratedJavaParserConstants.FINAL,
            GeneratedJavaParserConstants.NATIVE, GeneratedJavaParserConstants.SYNCHRONIZED,
            GeneratedJavaParserConstants.TRANSIENT, GeneratedJavaParserConstants.VOLATILE,
            GeneratedJavaParserConstants.STRICTFP, GeneratedJavaParserConstants._DEFAULT,
            GeneratedJavaParserConstants.SEALED, GeneratedJavaParserConstants.NON_SEALED);
    private static final Set<Integer> ASSIGNMENTS = Set.of(GeneratedJavaParserConstants.ASSIGN,
            GeneratedJavaParserConstants.PLUSASSIGN, GeneratedJavaParserConstants.MINUSASSIGN,
            GeneratedJavaParserConstants.STARASSIGN, GeneratedJavaParserConstants.SLASHASSIGN,
            GeneratedJavaParserConstants.ANDASSIGN, GeneratedJavaParserConstants.ORASSIGN,
            GeneratedJavaParserConstants.XORASSIGN, GeneratedJavaParserConstants.REMASSIGN,
            GeneratedJavaParserConstants.LSHIFTASSIGN, GeneratedJavaParserConstants.RSIGNEDSHIFTASSIGN,
            GeneratedJavaParserConstants.RUNSIGNEDSHIFTASSIGN);
    static final Set<Integer> LITERALS = Set.of(GeneratedJavaParserConstants.INTEGER_LITERAL,
            GeneratedJavaParserConstants.LONG_LITERAL, GeneratedJavaParserConstants.FLOATING_POINT_LITERAL,
            GeneratedJavaParserConstants.CHARACTER_LITERAL, GeneratedJavaParserConstants.STRING_LITERAL,
            GeneratedJavaParserConstants.TEXT_BLOCK_LITERAL, GeneratedJavaParserConstants.TRUE,
            GeneratedJavaParserConstants.FALSE, GeneratedJavaParserConstants.NULL);
    private static final Set<String> ARGUMENT_CHECKS = Set.of("requireNonNull", "checkNotNull", "checkArgument",
            "checkState", "notNull", "isTrue");

    private final JavaTokens tokens;
    private final int minLines;
    private final int minTokens;
    private final Set<NoiseFilter> keptNoise;
    final int[] match;
    private final List<CodeUnit> units = new ArrayList<>();
    private final Set<String> imports = new TreeSet<>();
    private final Set<String> declaredNames = new HashSet<>();
    private final List<String> binaryNames = new ArrayList<>();
    private final Set<String> typeNames = new HashSet<>();
    /** Per unit: its first and last token and the token of its name. */
    private final List<int[]> unitTokens = new ArrayList<>();
    /** Per unit: its declaration and the types around it, for {@link LexicalFeatures}. */
    private final List<UnitContext> unitContexts = new ArrayList<>();
    /** The type declarations being read, innermost first. */
    private final java.util.ArrayDeque<Declaration> typeChain = new java.util.ArrayDeque<>();
    private final Set<String> staticImports = new HashSet<>();
    /** Method and constructor bodies of the types read (open and close brace), for {@link #skeleton}. */
    private final List<int[]> bodies = new ArrayList<>();
    private String packagePrefix = "";
    private int troubleLine;
    private int maxNesting;
    private int types;
    private int generatedTypes;
    private int boilerplateMembers;
    private int classesWithoutLogic;
    private int suppressed;

    private SourceOutline(JavaTokens tokens, int minLines, int minTokens, Set<NoiseFilter> keptNoise) {
        this.tokens = tokens;
        this.minLines = minLines;
        this.minTokens = minTokens;
        this.keptNoise = keptNoise;
        this.troubleLine = tokens.troubleLine();
        this.match = matchBrackets();
    }

    static SourceOutline of(JavaTokens tokens, int minLines, int minTokens, Set<NoiseFilter> keptNoise) {
        SourceOutline outline = new SourceOutline(tokens, minLines, minTokens, keptNoise);
        if (outline.maxNesting > JavaSourceParser.MAX_NESTING) {
            outline.trouble(0); // the parser's nesting check reports it; reading it here could recurse too deep
        }
        if (outline.troubleLine == 0) {
            try {
                outline.compilationUnit();
            } catch (RuntimeException e) {
                outline.trouble(0); // an index out of bounds on code it misreads: the parser decides
            }
        }
        return outline;
    }

    List<CodeUnit> units() {
        return units;
    }

    Set<String> imports() {
        return imports;
    }

    /** Names of the types, methods and constructors the file declares (what name signals look at). */
    Set<String> declaredNames() {
        return declaredNames;
    }

    /** Names of the types the file declares. */
    Set<String> typeNames() {
        return typeNames;
    }

    /**
     * A unit's declaration and its type declarations from the innermost (the unit itself for a class unit) out.
     */
    record UnitContext(Declaration declaration, List<Declaration> types) {
        /** The class-file name of the innermost type ("com/x/Outer$Inner"). */
        String binaryName() {
            return types.get(0).binaryName;
        }
    }

    UnitContext unitContext(int i) {
        return unitContexts.get(i);
    }

    /** Imports of the file declared {@code static} (by name, as {@link #imports()} holds them). */
    Set<String> staticImports() {
        return staticImports;
    }

    JavaTokens tokens() {
        return tokens;
    }

    /** First token, last token and name token of unit {@code i} of {@link #units()}. */
    int[] unitTokens(int i) {
        return unitTokens.get(i);
    }

    /**
     * Whether token {@code t} lies outside every method and constructor body of the declared types: in type
     * headers, field declarations and the like, where a unit's context (field types, supertypes) is spelled.
     */
    boolean[] skeleton() {
        boolean[] outside = new boolean[tokens.size()];
        java.util.Arrays.fill(outside, true);
        for (int[] body : bodies) {
            java.util.Arrays.fill(outside, body[0], body[1] + 1, false);
        }
        return outside;
    }

    /** Class-file names of the declared types ("com/x/Outer$Inner"), as the parser looks them up. */
    List<String> binaryNames() {
        return binaryNames;
    }

    /** First line whose structure the outline cannot read (0: none). */
    int troubleLine() {
        return troubleLine;
    }

    int maxNesting() {
        return maxNesting;
    }

    /** True when every top-level type carries {@code @Generated}, as the parser's check. */
    boolean allTypesGenerated() {
        return types > 0 && generatedTypes == types;
    }

    int boilerplateMembers() {
        return boilerplateMembers;
    }

    int classesWithoutLogic() {
        return classesWithoutLogic;
    }

    int suppressed() {
        return suppressed;
    }

    private void trouble(int token) {
        if (troubleLine == 0) {
            troubleLine = tokens.size() == 0 ? 1 : tokens.line(Math.max(0, Math.min(token, tokens.size() - 1)));
        }
    }

    private int[] matchBrackets() {
        int size = tokens.size();
        int[] matched = new int[size];
        int[] stack = new int[64];
        int depth = 0;
        for (int i = 0; i < size; i++) {
            int kind = tokens.kind(i);
            if (kind == LPAREN || kind == LBRACE || kind == LBRACKET) {
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
                maxNesting = Math.max(maxNesting, depth);
            } else if (kind == RPAREN || kind == RBRACE || kind == RBRACKET) {
                int open = depth == 0 ? -1 : stack[--depth];
                int expected = kind == RPAREN ? LPAREN : kind == RBRACE ? LBRACE : LBRACKET;
                if (open < 0 || tokens.kind(open) != expected) {
                    trouble(i);
                    return matched;
                }
                matched[open] = i;
                matched[i] = open;
            }
        }
        if (depth > 0) {
            trouble(stack[0]);
        }
        return matched;
    }

    private boolean isName(int t) {
        return TokenNormalizer.code(tokens.kind(t)) == TokenNormalizer.IDENTIFIER;
    }

    // ---------------------------------------------------------------- compilation unit and declarations

    private void compilationUnit() {
        int i = 0;
        int size = tokens.size();
        while (i < size && troubleLine == 0) {
            int kind = tokens.kind(i);
            if (kind == SEMICOLON) {
                i++;
            } else if (kind == GeneratedJavaParserConstants.PACKAGE || (kind == AT && packageAfterAnnotations(i))) {
                int keyword = kind == GeneratedJavaParserConstants.PACKAGE ? i : packageKeyword(i);
                int end = statementEnd(keyword);
                StringBuilder name = new StringBuilder();
                for (int t = keyword + 1; t < end - 1; t++) {
                    name.append(tokens.image(t));
                }
                packagePrefix = name.isEmpty() ? "" : name + ".";
                i = end;
            } else if (kind == GeneratedJavaParserConstants.IMPORT) {
                int end = statementEnd(i);
                StringBuilder name = new StringBuilder();
                boolean isStatic = false;
                for (int t = i + 1; t < end - 1; t++) {
                    int k = tokens.kind(t);
                    isStatic |= k == GeneratedJavaParserConstants.STATIC;
                    if (k != GeneratedJavaParserConstants.STATIC && k != GeneratedJavaParserConstants.STAR) {
                        name.append(tokens.image(t));
                    }
                }
                imports.add(name.toString());
                if (isStatic) {
                    staticImports.add(name.toString());
                }
                i = end;
            } else if (kind == GeneratedJavaParserConstants.MODULE || kind == GeneratedJavaParserConstants.OPEN) {
                trouble(i); // a module declaration: the parser reads it
                return;
            } else {
                Declaration declaration = declaration(i, size);
                if (declaration == null || declaration.end < i || declaration.kind != Kind.TYPE
                        && declaration.kind != Kind.ANNOTATION_TYPE) {
                    trouble(i);
                    return;
                }
                types++;
                if (declaration.generated) {
                    generatedTypes++;
                }
                if (declaration.kind == Kind.TYPE) {
                    collectType(declaration, null, null, -1);
                }
                i = declaration.end + 1;
            }
        }
    }

    private boolean packageAfterAnnotations(int i) {
        return packageKeyword(i) >= 0;
    }

    private int packageKeyword(int i) {
        int t = i;
        while (t < tokens.size() && tokens.kind(t) == AT) {
            t = skipAnnotation(t, tokens.size(), null);
        }
        return t < tokens.size() && tokens.kind(t) == GeneratedJavaParserConstants.PACKAGE ? t : -1;
    }

    /** Index after the ';' that ends the declaration starting at {@code i}, skipping brackets. */
    private int statementEnd(int i) {
        int size = tokens.size();
        for (int t = i; t < size; t++) {
            int kind = tokens.kind(t);
            if (kind == SEMICOLON) {
                return t + 1;
            }
            if (kind == LPAREN || kind == LBRACE || kind == LBRACKET) {
                t = match[t];
            } else if (kind == RBRACE) {
                trouble(t);
                return size;
            }
        }
        trouble(i);
        return size;
    }

    enum Kind { TYPE, ANNOTATION_TYPE, METHOD, CONSTRUCTOR, COMPACT_CONSTRUCTOR, FIELD, INITIALIZER }

    /** One member or type declaration, as token indexes. */
    static final class Declaration {
        Kind kind;
        int start;
        int end;
        int name = -1;
        int keyword = -1;
        int parametersOpen = -1;
        int bodyOpen = -1;
        boolean generated;
        boolean suppressedByAnnotation;
        boolean isStatic;
        /** A type's class-file name, once the outline has placed it ("com/x/Outer$Inner"). */
        String binaryName;
    }

    /** Reads the declaration starting at {@code start} (annotations first), or null when it cannot. */
    Declaration declaration(int start, int limit) {
        Declaration d = new Declaration();
        d.start = start;
        int t = start;
        int afterModifiers = -1;
        while (t < limit) {
            int kind = tokens.kind(t);
            if (kind == AT && t + 1 < limit && tokens.kind(t + 1) == GeneratedJavaParserConstants.INTERFACE) {
                int open = find(t, limit, LBRACE);
                if (open < 0) {
                    return null;
                }
                d.kind = Kind.ANNOTATION_TYPE;
                d.end = match[open];
                return d;
            } else if (kind == AT && afterModifiers < 0) {
                t = skipAnnotation(t, limit, d);
            } else if (afterModifiers < 0 && MODIFIERS.contains(kind)
                    && !(kind == GeneratedJavaParserConstants._DEFAULT && t + 1 < limit && tokens.kind(t + 1) == GeneratedJavaParserConstants.COLON)) {
                d.isStatic |= kind == GeneratedJavaParserConstants.STATIC;
                t++;
            } else if (kind == GeneratedJavaParserConstants.CLASS || kind == GeneratedJavaParserConstants.INTERFACE
                    || kind == GeneratedJavaParserConstants.ENUM || isRecordHeader(t, limit)) {
                return typeDeclaration(d, t, limit);
            } else if (afterModifiers < 0) {
                afterModifiers = t;
                if (kind == LT) {
                    t = closingAngle(t, limit) + 1; // type parameters of a generic method or constructor
                    while (t < limit && tokens.kind(t) == AT) {
                        t = skipAnnotation(t, limit, d);
                    }
                    afterModifiers = t;
                }
            } else if (kind == LPAREN) {
                if (t - 1 < afterModifiers || !isName(t - 1)) {
                    return null;
                }
                d.name = t - 1;
                d.parametersOpen = t;
                d.kind = d.name == afterModifiers ? Kind.CONSTRUCTOR : Kind.METHOD;
                return callableRest(d, match[t] + 1, limit);
            } else if (ASSIGNMENTS.contains(kind) || kind == SEMICOLON) {
                d.kind = Kind.FIELD;
                d.end = kind == SEMICOLON ? t : statementEnd(t) - 1;
                return d;
            } else if (kind == LBRACE) {
                if (t == afterModifiers) {
                    d.kind = Kind.INITIALIZER;
                } else if (t == afterModifiers + 1 && isName(afterModifiers)) {
                    d.kind = Kind.COMPACT_CONSTRUCTOR;
                    d.name = afterModifiers;
                } else {
                    return null;
                }
                d.bodyOpen = t;
                d.end = match[t];
                return d;
            } else if (kind == LBRACKET) {
                t = match[t] + 1;
            } else if (kind == LT) {
                t = closingAngle(t, limit) + 1;
            } else if (kind == RBRACE || kind == RPAREN) {
                return null;
            } else {
                t++;
            }
            if (afterModifiers < 0 && t < limit && tokens.kind(t) == LBRACE) {
                afterModifiers = t; // an initializer: "{" or "static {"
            }
        }
        return null;
    }

    /** After a method's or constructor's parameters: array dimensions, throws, then a body or ';'. */
    private Declaration callableRest(Declaration d, int from, int limit) {
        for (int t = from; t < limit; t++) {
            int kind = tokens.kind(t);
            if (kind == LBRACE) {
                d.bodyOpen = t;
                d.end = match[t];
                return d;
            } else if (kind == SEMICOLON) {
                d.end = t;
                return d;
            } else if (kind == GeneratedJavaParserConstants._DEFAULT || kind == LPAREN || kind == RBRACE
                    || ASSIGNMENTS.contains(kind)) {
                return null;
            } else if (kind == AT) {
                t = skipAnnotation(t, limit, null) - 1;
            }
        }
        return null;
    }

    /** Skips one annotation; records {@code @Generated} and the suppression on {@code d}. */
    private int skipAnnotation(int at, int limit, Declaration d) {
        int t = at + 1;
        StringBuilder name = new StringBuilder();
        String last = null;
        if (t < limit && isWord(t)) {
            last = tokens.image(t++);
            name.append(last);
        }
        while (t + 1 < limit && tokens.kind(t) == DOT && isWord(t + 1)) {
            last = tokens.image(t + 1);
            name.append('.').append(last);
            t += 2;
        }
        int argumentsEnd = t;
        if (t < limit && tokens.kind(t) == LPAREN) {
            argumentsEnd = match[t];
            t = argumentsEnd + 1;
        }
        if (d != null) {
            d.generated |= "Generated".equals(last);
            String full = name.toString();
            if (full.equals("SuppressWarnings") || full.equals("java.lang.SuppressWarnings")) {
                for (int a = at; a < argumentsEnd; a++) {
                    if (tokens.kind(a) == GeneratedJavaParserConstants.STRING_LITERAL
                            && tokens.image(a).equals("\"platform:duplication\"")) {
                        d.suppressedByAnnotation = true;
                    }
                }
            }
        }
        return t;
    }

    private boolean isWord(int t) {
        return tokens.word(t) != null || JavaLexer.isKeyword(tokens.kind(t));
    }

    /** {@code record Name(} or {@code record Name<}: the contextual keyword, not a method named record. */
    private boolean isRecordHeader(int t, int limit) {
        return tokens.kind(t) == GeneratedJavaParserConstants.RECORD && t + 2 < limit && isName(t + 1)
                && (tokens.kind(t + 2) == LPAREN || tokens.kind(t + 2) == LT);
    }

    private int find(int from, int limit, int kind) {
        for (int t = from; t < limit; t++) {
            if (tokens.kind(t) == kind) {
                return t;
            }
        }
        return -1;
    }

    /** The '>' closing the '<' at {@code open} ('>>' and '>>>' close two and three). */
    int closingAngle(int open, int limit) {
        int depth = 0;
        for (int t = open; t < limit; t++) {
            int kind = tokens.kind(t);
            if (kind == LT) {
                depth++;
            } else if (kind == GT) {
                depth--;
            } else if (kind == GeneratedJavaParserConstants.RSIGNEDSHIFT) {
                depth -= 2;
            } else if (kind == GeneratedJavaParserConstants.RUNSIGNEDSHIFT) {
                depth -= 3;
            } else if (kind == LPAREN || kind == LBRACKET) {
                t = match[t];
            } else if (kind == LBRACE || kind == SEMICOLON) {
                return t - 1;
            }
            if (depth <= 0) {
                return t;
            }
        }
        return limit - 1;
    }

    private Declaration typeDeclaration(Declaration d, int keyword, int limit) {
        d.kind = Kind.TYPE;
        d.keyword = keyword;
        d.name = keyword + 1;
        if (d.name >= limit || !isName(d.name)) {
            return null;
        }
        int t = d.name + 1;
        while (t < limit && tokens.kind(t) != LBRACE) {
            int kind = tokens.kind(t);
            if (kind == LPAREN || kind == LBRACKET) {
                t = match[t];
            } else if (kind == SEMICOLON || kind == RBRACE) {
                return null;
            }
            t++;
        }
        if (t >= limit) {
            return null;
        }
        d.bodyOpen = t;
        d.end = match[t];
        return d;
    }

    // ---------------------------------------------------------------- the parser's collectType, on tokens

    private void collectType(Declaration type, String outerName, String outerBinary, int enclosing) {
        String simple = tokens.image(type.name);
        declaredNames.add(simple);
        typeNames.add(simple);
        String qualifiedName = outerName == null ? packagePrefix + simple : outerName + "." + simple;
        String binaryName = outerBinary == null ? packagePrefix.replace('.', '/') + simple : outerBinary + "$" + simple;
        binaryNames.add(binaryName);
        type.binaryName = binaryName;
        typeChain.push(type);
        try {
            collectMembers(type, qualifiedName, binaryName, enclosing);
        } finally {
            typeChain.pop();
        }
    }

    private void collectMembers(Declaration type, String qualifiedName, String binaryName, int enclosing) {
        List<Declaration> members = members(type);
        if (members == null) {
            return;
        }
        for (Declaration member : members) {
            if (member.kind != Kind.TYPE && member.kind != Kind.FIELD && member.bodyOpen >= 0) {
                bodies.add(new int[] {member.bodyOpen, member.end});
            }
        }
        if (type.generated && !keptNoise.contains(NoiseFilter.GENERATED)) {
            return;
        }
        if (isSuppressed(type)) {
            suppressed++;
            return;
        }
        boolean literal = !keptNoise.contains(NoiseFilter.CLASSES_WITHOUT_LOGIC) && !hasLogic(members);
        UnitKind kind = tokens.kind(type.keyword) == GeneratedJavaParserConstants.INTERFACE ? UnitKind.INTERFACE
                : UnitKind.CLASS;
        int classIndex = add(kind, type, qualifiedName, enclosing, literal);
        if (literal && classIndex < 0) {
            classesWithoutLogic++;
        }
        int memberEnclosing = classIndex >= 0 ? classIndex : enclosing;
        for (Declaration member : members) {
            if (member.kind == Kind.TYPE) {
                collectType(member, qualifiedName, binaryName, memberEnclosing);
            } else if (member.kind == Kind.ANNOTATION_TYPE) {
                continue;
            } else if (member.generated && !keptNoise.contains(NoiseFilter.GENERATED)) {
                continue;
            } else if (isSuppressed(member)) {
                suppressed++;
            } else if (isBoilerplate(member)) {
                if (member.kind == Kind.METHOD || member.kind == Kind.CONSTRUCTOR) {
                    boilerplateMembers++;
                }
            } else if (member.kind == Kind.METHOD || member.kind == Kind.CONSTRUCTOR) {
                declaredNames.add(tokens.image(member.name));
                add(member.kind == Kind.METHOD ? UnitKind.METHOD : UnitKind.CONSTRUCTOR, member,
                        qualifiedName + "#" + tokens.image(member.name) + parameters(member.parametersOpen), memberEnclosing,
                        false);
            } else if (member.kind == Kind.COMPACT_CONSTRUCTOR) {
                add(UnitKind.CONSTRUCTOR, member, qualifiedName + "#" + tokens.image(member.name) + "()", memberEnclosing,
                        false);
            }
        }
        for (Declaration member : members) {
            if (member.name >= 0 && member.kind != Kind.FIELD) {
                declaredNames.add(tokens.image(member.name));
            }
        }
    }

    /** The members of a type's body (enum constants skipped), or null (trouble) when one cannot be read. */
    List<Declaration> members(Declaration type) {
        List<Declaration> members = new ArrayList<>();
        int close = type.end;
        int t = type.bodyOpen + 1;
        if (tokens.kind(type.keyword) == GeneratedJavaParserConstants.ENUM) {
            t = enumConstantsEnd(t, close);
        }
        return declarations(t, close, members, true);
    }

    /**
     * Reads the declarations from {@code from} up to {@code close} into {@code members} (stray ';' skipped);
     * null when one cannot be read ({@code reportTrouble}: the outline then leaves the file to the parser).
     */
    List<Declaration> declarations(int from, int close, List<Declaration> members, boolean reportTrouble) {
        for (int t = from; t < close; ) {
            if (tokens.kind(t) == SEMICOLON) {
                t++;
                continue;
            }
            Declaration member = declaration(t, close);
            if (member == null || member.end < t) {
                if (reportTrouble) {
                    trouble(t);
                }
                return null;
            }
            members.add(member);
            t = member.end + 1;
        }
        return members;
    }

    int enumConstantsEnd(int from, int close) {
        for (int t = from; t < close; t++) {
            int kind = tokens.kind(t);
            if (kind == LPAREN || kind == LBRACE || kind == LBRACKET) {
                t = match[t];
            } else if (kind == SEMICOLON) {
                return t + 1;
            }
        }
        return close;
    }

    /**
     * {@code @SuppressWarnings("platform:duplication")} on the declaration, or a comment holding the
     * marker between the previous code token and the declaration.
     */
    private boolean isSuppressed(Declaration declaration) {
        return declaration.suppressedByAnnotation || tokens.suppressionMarkedBefore(declaration.start);
    }

    private boolean isBoilerplate(Declaration member) {
        if (member.kind != Kind.METHOD && member.kind != Kind.CONSTRUCTOR && member.kind != Kind.COMPACT_CONSTRUCTOR) {
            return true;
        }
        NoiseFilter filter = filterOf(member);
        return filter != null && !keptNoise.contains(filter);
    }

    /** {@link Boilerplate#filterOf} on tokens. */
    private NoiseFilter filterOf(Declaration member) {
        if (member.kind == Kind.METHOD) {
            String name = tokens.image(member.name);
            List<int[]> parameters = parameterRanges(member.parametersOpen);
            int count = parameters.size();
            if ((name.equals("equals") && count == 1) || (name.equals("hashCode") && count == 0)
                    || (name.equals("toString") && count == 0)) {
                return NoiseFilter.OBJECT_METHODS;
            }
            if (name.equals("main") && member.isStatic && count == 1
                    && parameterType(parameters.get(0)).equals("String[]") // String... is "String" to the parser
                    && (member.bodyOpen < 0 || isTrivial(member.bodyOpen))) {
                return NoiseFilter.MAIN_METHODS;
            }
            if (member.bodyOpen < 0 || onlyStoresOrReturnsFields(member.bodyOpen)) {
                return NoiseFilter.ACCESSORS;
            }
            return onlyForwards(member.bodyOpen) ? NoiseFilter.DELEGATIONS : null;
        }
        return member.bodyOpen >= 0 && onlyStoresOrReturnsFields(member.bodyOpen) ? NoiseFilter.FIELD_CONSTRUCTORS : null;
    }

    /**
     * {@link Boilerplate#isTrivial}: at most one statement, and that one simple (a local record declaration,
     * which the statement reader would run into the next statement, is not).
     */
    private boolean isTrivial(int open) {
        List<int[]> statements = simpleStatements(open);
        return statements != null && (statements.isEmpty() || statements.size() == 1
                && !isRecordHeader(statements.get(0)[0], statements.get(0)[1]));
    }

    /** The top-level statements of a block as [first, last] token indexes; null if one is compound. */
    private List<int[]> simpleStatements(int open) {
        List<int[]> statements = new ArrayList<>();
        int close = match[open];
        int t = open + 1;
        while (t < close) {
            int kind = tokens.kind(t);
            if (kind == LBRACE || (kind != THIS && kind != SUPER && kind != RETURN && kind != NEW
                    && TokenNormalizer.code(kind) > TokenNormalizer.PRIMITIVE_TYPE && kind != LPAREN
                    && kind != SEMICOLON)) {
                return null; // a block, if, for, try, throw, a local class ...: not a simple statement
            }
            if (t + 1 < close && isName(t) && tokens.kind(t + 1) == GeneratedJavaParserConstants.COLON) {
                return null; // a labelled statement
            }
            int end = t;
            while (end < close && tokens.kind(end) != SEMICOLON) {
                int k = tokens.kind(end);
                end = k == LPAREN || k == LBRACE || k == LBRACKET ? match[end] + 1 : end + 1;
            }
            if (end >= close) {
                return null;
            }
            statements.add(new int[] {t, end});
            t = end + 1;
        }
        return statements;
    }

    private boolean onlyStoresOrReturnsFields(int open) {
        List<int[]> statements = simpleStatements(open);
        if (statements == null) {
            return false;
        }
        for (int[] statement : statements) {
            if (!isStoreOrCheck(statement[0], statement[1])) {
                return false;
            }
        }
        return true;
    }

    private boolean isStoreOrCheck(int first, int semicolon) {
        int kind = tokens.kind(first);
        if (semicolon == first) {
            return false; // an empty statement
        }
        if ((kind == THIS || kind == SUPER) && tokens.kind(first + 1) == LPAREN && match[first + 1] == semicolon - 1) {
            return true; // this(...) or super(...)
        }
        if (tokens.kind(semicolon - 1) == RPAREN && semicolon - 2 >= first) {
            int open = match[semicolon - 1];
            if (open - 2 >= first && tokens.kind(open - 1) == SUPER && tokens.kind(open - 2) == DOT) {
                return true; // outer.super(...)
            }
        }
        if (kind == RETURN) {
            return semicolon == first + 1 || isFieldOrName(first + 1, semicolon);
        }
        for (int t = first; t < semicolon; t++) {
            int k = tokens.kind(t);
            if (ASSIGNMENTS.contains(k)) {
                return isFieldOrName(first, t);
            }
            if (k == LPAREN || k == LBRACKET || k == LBRACE) {
                t = match[t];
            }
        }
        if (tokens.kind(semicolon - 1) == RPAREN) {
            int open = match[semicolon - 1];
            int name = open - 1;
            return name >= first && isName(name) && ARGUMENT_CHECKS.contains(tokens.image(name))
                    && (name == first || tokens.kind(name - 1) == DOT) && plainExpression(first, name);
        }
        return false;
    }

    /** Tokens [from, to) hold no operator outside brackets that would make a call not the whole expression. */
    private boolean plainExpression(int from, int to) {
        for (int t = from; t < to; t++) {
            int k = tokens.kind(t);
            if (k == LPAREN || k == LBRACKET || k == LBRACE) {
                t = match[t];
            } else if (k != DOT && TokenNormalizer.code(k) > TokenNormalizer.PRIMITIVE_TYPE && k != THIS && k != SUPER
                    && k != NEW && k != LT && k != GT) {
                return false;
            }
        }
        return true;
    }

    /** Tokens [from, to) are a name, {@code this} or {@code Outer.this}, or a field of either. */
    private boolean isFieldOrName(int from, int to) {
        if (to - from == 1 && isName(from)) {
            return true;
        }
        if (isQualified(from, to, THIS)) {
            return true;
        }
        return to - from >= 3 && tokens.kind(to - 2) == DOT && isName(to - 1) && isQualified(from, to - 2, THIS);
    }

    /** Tokens [from, to) are {@code keyword} ({@code this}, {@code super}) after zero or more "name." parts. */
    private boolean isQualified(int from, int to, int keyword) {
        if (to - from < 1 || tokens.kind(to - 1) != keyword || (to - from) % 2 == 0) {
            return false;
        }
        for (int t = from; t < to - 1; t += 2) {
            if (!isName(t) || tokens.kind(t + 1) != DOT) {
                return false;
            }
        }
        return true;
    }

    private boolean onlyForwards(int open) {
        List<int[]> statements = simpleStatements(open);
        if (statements == null || statements.size() != 1) {
            return false;
        }
        int first = statements.get(0)[0];
        int semicolon = statements.get(0)[1];
        if (tokens.kind(first) == RETURN) {
            first++;
        }
        if (semicolon - 1 <= first || tokens.kind(semicolon - 1) != RPAREN) {
            return false;
        }
        int argumentsOpen = match[semicolon - 1];
        int name = argumentsOpen - 1;
        if (name < first || !isName(name)) {
            return false;
        }
        boolean plainScope = name == first
                || (tokens.kind(name - 1) == DOT && (isFieldOrName(first, name - 1) || isQualified(first, name - 1, SUPER)));
        if (!plainScope) {
            return false;
        }
        for (int[] argument : arguments(argumentsOpen)) {
            boolean literal = argument[1] - argument[0] == 1 && LITERALS.contains(tokens.kind(argument[0]));
            if (!literal && !isFieldOrName(argument[0], argument[1])) {
                return false;
            }
        }
        return true;
    }

    /** The arguments of a call as [first, end) token ranges. */
    private List<int[]> arguments(int open) {
        return commaSeparated(open, false);
    }

    /** A method's or constructor's parameters as [first, end) token ranges (commas inside type arguments skipped). */
    private List<int[]> parameterRanges(int open) {
        return commaSeparated(open, true);
    }

    /** The comma-separated parts inside the parentheses at {@code open}, brackets (and type arguments) skipped. */
    private List<int[]> commaSeparated(int open, boolean typeArguments) {
        List<int[]> ranges = new ArrayList<>();
        int close = match[open];
        if (close == open + 1) {
            return ranges;
        }
        int start = open + 1;
        for (int t = open + 1; t < close; t++) {
            int k = tokens.kind(t);
            if (k == LPAREN || k == LBRACKET || k == LBRACE) {
                t = match[t];
            } else if (k == LT && typeArguments) {
                t = closingAngle(t, close);
            } else if (k == COMMA) {
                ranges.add(new int[] {start, t});
                start = t + 1;
            }
        }
        ranges.add(new int[] {start, close});
        return ranges;
    }

    /** "(String, List[], int...)": the parser's {@code JavaSourceParser.parameters}. */
    private String parameters(int open) {
        StringBuilder text = new StringBuilder("(");
        List<int[]> ranges = parameterRanges(open);
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(parameterType(ranges.get(i)));
        }
        return text.append(')').toString();
    }

    /** The type of one parameter as the parser prints it without type arguments; "..." for varargs. */
    private String parameterType(int[] range) {
        int t = range[0];
        int end = range[1];
        while (t < end && (tokens.kind(t) == AT || tokens.kind(t) == GeneratedJavaParserConstants.FINAL)) {
            t = tokens.kind(t) == AT ? skipAnnotation(t, end, null) : t + 1;
        }
        int nameToken = end - 1;
        int dimensions = 0;
        while (nameToken > t && tokens.kind(nameToken) == RBRACKET) {
            nameToken -= 2;
            dimensions++;
        }
        StringBuilder type = new StringBuilder();
        boolean varargs = false;
        for (int i = t; i < nameToken; i++) {
            int k = tokens.kind(i);
            if (k == LT) {
                i = closingAngle(i, nameToken);
            } else if (k == GeneratedJavaParserConstants.ELLIPSIS) {
                varargs = true;
            } else if (k == AT) {
                i = skipAnnotation(i, nameToken, null) - 1;
            } else {
                type.append(tokens.image(i));
            }
        }
        type.append("[]".repeat(dimensions));
        return varargs ? type + "..." : type.toString();
    }

    /** A class is compared as a whole only when its own methods and constructors hold real logic. */
    private boolean hasLogic(List<Declaration> members) {
        int logicTokens = 0;
        for (Declaration member : members) {
            if (member.kind != Kind.TYPE && member.kind != Kind.ANNOTATION_TYPE && !isBoilerplate(member)) {
                logicTokens += member.end - member.start + 1;
                if (logicTokens >= minTokens) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- declared names (for API names)

    /** Names of the callables declared within [from, to]: nested, local and anonymous classes' too. */
    private void callableNames(int from, int to, Set<String> names) {
        for (int t = from; t <= to; t++) {
            int kind = tokens.kind(t);
            if (kind == LBRACE && t > from && isClassBody(t)) {
                List<Declaration> members = bodyMembers(t);
                if (members != null) {
                    for (Declaration member : members) {
                        if ((member.kind == Kind.METHOD || member.kind == Kind.CONSTRUCTOR) && member.name >= 0) {
                            names.add(tokens.image(member.name));
                        }
                        if (member.kind != Kind.FIELD && member.kind != Kind.ANNOTATION_TYPE && member.bodyOpen >= 0) {
                            callableNames(member.bodyOpen, member.end, names);
                        } else if (member.kind == Kind.FIELD) {
                            callableNames(member.start, member.end, names);
                        }
                    }
                    t = match[t];
                }
            }
        }
    }

    /** Whether the '{' at {@code open} opens a class body: of a local type or an anonymous class. */
    boolean isClassBody(int open) {
        int before = open - 1;
        if (tokens.kind(before) == RPAREN) {
            int argumentsOpen = match[before];
            int t = argumentsOpen - 1;
            if (t >= 0 && (tokens.kind(t) == GT || tokens.kind(t) == GeneratedJavaParserConstants.RSIGNEDSHIFT
                    || tokens.kind(t) == GeneratedJavaParserConstants.RUNSIGNEDSHIFT)) {
                int depth = 0;
                for (; t >= 0; t--) {
                    int k = tokens.kind(t);
                    depth += k == GT ? 1 : k == GeneratedJavaParserConstants.RSIGNEDSHIFT ? 2
                            : k == GeneratedJavaParserConstants.RUNSIGNEDSHIFT ? 3 : k == LT ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                t--;
            }
            while (t >= 1 && isWord(t) && tokens.kind(t - 1) == DOT) {
                t -= 2;
            }
            return t >= 1 && isWord(t) && tokens.kind(t - 1) == NEW;
        }
        for (int t = before; t >= 0 && t >= before - 64; t--) {
            int k = tokens.kind(t);
            if (k == GeneratedJavaParserConstants.CLASS || k == GeneratedJavaParserConstants.INTERFACE
                    || k == GeneratedJavaParserConstants.ENUM || (k == GeneratedJavaParserConstants.RECORD && isRecordHeader(t, open))) {
                return t == 0 || tokens.kind(t - 1) != DOT;
            }
            if (k == SEMICOLON || k == LBRACE || k == RBRACE || k == GeneratedJavaParserConstants.ARROW) {
                return false;
            }
            if (k == RPAREN) {
                t = match[t];
            }
        }
        return false;
    }

    /** Members of the class body opening at {@code open}, enum constants' bodies read as members too. */
    private List<Declaration> bodyMembers(int open) {
        List<Declaration> members = new ArrayList<>();
        int close = match[open];
        int t = open + 1;
        boolean enumBody = false;
        for (int b = open - 1; b >= 0 && b >= open - 64; b--) {
            int k = tokens.kind(b);
            if (k == GeneratedJavaParserConstants.ENUM) {
                enumBody = true;
                break;
            }
            if (k == SEMICOLON || k == LBRACE || k == RBRACE || k == RPAREN) {
                break;
            }
        }
        if (enumBody) {
            int end = enumConstantsEnd(t, close);
            for (int c = t; c < end; c++) {
                int k = tokens.kind(c);
                if (k == LBRACE) {
                    List<Declaration> constantMembers = constantBody(c);
                    if (constantMembers == null) {
                        return null;
                    }
                    members.addAll(constantMembers);
                    c = match[c];
                } else if (k == LPAREN || k == LBRACKET) {
                    c = match[c];
                }
            }
            t = end;
        }
        List<Declaration> direct = declarations(t, close, new ArrayList<>(), false);
        if (direct == null) {
            return null;
        }
        for (Declaration member : direct) {
            if (member.kind == Kind.TYPE) {
                List<Declaration> nested = bodyMembers(member.bodyOpen);
                if (nested != null) {
                    members.addAll(nested);
                }
            }
            members.add(member);
        }
        return members;
    }

    private List<Declaration> constantBody(int open) {
        return declarations(open + 1, match[open], new ArrayList<>(), false);
    }

    // ---------------------------------------------------------------- units

    private int add(UnitKind kind, Declaration declaration, String symbol, int enclosing, boolean literal) {
        int first = declaration.start;
        int last = declaration.end;
        int startLine = tokens.line(first);
        int endLine = tokens.endLine(last);
        if (endLine - startLine + 1 < minLines || last - first + 1 < minTokens) {
            return -1;
        }
        FingerprintBuilder codes = new FingerprintBuilder(literal);
        ApiNames.Collector apiNames = new ApiNames.Collector();
        for (int t = first; t <= last; t++) {
            int tokenKind = tokens.kind(t);
            char code = TokenNormalizer.code(tokenKind);
            String word = tokens.word(t);
            if (word != null) {
                codes.accept(code, word, 0, word.length());
            } else {
                codes.accept(code, tokens.text(), tokens.start(t), tokens.end(t));
            }
            apiNames.accept(tokenKind, word);
        }
        Set<String> declared = new HashSet<>();
        if (kind.isType()) {
            declared.add(tokens.image(declaration.name));
        } else if (declaration.kind != Kind.COMPACT_CONSTRUCTOR) {
            declared.add(tokens.image(declaration.name));
        }
        int scanFrom = kind.isType() ? declaration.bodyOpen - 1 : declaration.bodyOpen;
        if (kind.isType()) {
            List<Declaration> members = bodyMembers(declaration.bodyOpen);
            if (members != null) {
                for (Declaration member : members) {
                    if ((member.kind == Kind.METHOD || member.kind == Kind.CONSTRUCTOR) && member.name >= 0) {
                        declared.add(tokens.image(member.name));
                    }
                    if (member.kind == Kind.FIELD) {
                        callableNames(member.start, member.end, declared);
                    } else if (member.bodyOpen >= 0 && member.kind != Kind.TYPE) {
                        callableNames(member.bodyOpen, member.end, declared);
                    }
                }
            }
        } else if (scanFrom >= 0) {
            callableNames(scanFrom, declaration.end, declared);
        }
        UnitFingerprint fingerprint = codes.build(apiNames.names(declared), minTokens); // see JavaSourceParser#add
        units.add(new CodeUnit(kind, symbol, startLine, endLine, fingerprint, enclosing, List.of(), new int[0]));
        unitTokens.add(new int[] {first, last, declaration.name});
        unitContexts.add(new UnitContext(declaration, List.copyOf(typeChain)));
        return units.size() - 1;
    }
}
