package dev.platformscan.engine.parse;

import com.github.javaparser.GeneratedJavaParserConstants;
import dev.platformscan.engine.classify.UnitFeatures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A unit's {@link UnitFeatures} read from {@link JavaLexer}'s tokens and the {@link SourceOutline}'s
 * declarations, equal to what {@code classify.FeatureExtractor} reads from the AST: the names of the
 * {@code ClassOrInterfaceType}s the unit spells (declarations, casts, {@code new}, {@code instanceof},
 * class literals, method-reference scopes, type arguments, every segment of a qualified name), its
 * annotations and string literals, its method calls with the receiver typed from the declarations in
 * scope (fields of the enclosing types, then parameters and variables of the unit in source order), its
 * names, its class's supertypes and the imports it uses.
 * <p>
 * It reads expressions only as far as features need: a declaration is a type followed by a name where a
 * statement starts, a cast is a parenthesized type followed by an operand, a call is a name followed by
 * '('. Wherever the code is not one of the shapes it knows (an annotation type, a record pattern, a switch
 * guard, explicit type arguments of a constructor call, ...), {@link #read} gives null and the file is parsed
 * instead; {@code LexicalFeaturesTest} compares both readings on real code, mutated code and fixtures
 * (ReviewShapes2 holds what an independent review found).
 */
final class LexicalFeatures {
    private static final int IDENTIFIER_CODE = dev.platformscan.engine.fingerprint.TokenNormalizer.IDENTIFIER;
    private static final int LPAREN = GeneratedJavaParserConstants.LPAREN;
    private static final int RPAREN = GeneratedJavaParserConstants.RPAREN;
    private static final int LBRACE = GeneratedJavaParserConstants.LBRACE;
    private static final int LBRACKET = GeneratedJavaParserConstants.LBRACKET;
    private static final int RBRACKET = GeneratedJavaParserConstants.RBRACKET;
    private static final int SEMICOLON = GeneratedJavaParserConstants.SEMICOLON;
    private static final int COMMA = GeneratedJavaParserConstants.COMMA;
    private static final int DOT = GeneratedJavaParserConstants.DOT;
    private static final int AT = GeneratedJavaParserConstants.AT;
    private static final int LT = GeneratedJavaParserConstants.LT;
    private static final int GT = GeneratedJavaParserConstants.GT;
    private static final int HOOK = GeneratedJavaParserConstants.HOOK;
    private static final int COLON = GeneratedJavaParserConstants.COLON;
    private static final int ARROW = GeneratedJavaParserConstants.ARROW;
    private static final int DOUBLECOLON = GeneratedJavaParserConstants.DOUBLECOLON;
    private static final int ASSIGN = GeneratedJavaParserConstants.ASSIGN;
    private static final int ELLIPSIS = GeneratedJavaParserConstants.ELLIPSIS;
    private static final int BIT_AND = GeneratedJavaParserConstants.BIT_AND;
    private static final int BIT_OR = GeneratedJavaParserConstants.BIT_OR;
    private static final int EXTENDS = GeneratedJavaParserConstants.EXTENDS;
    private static final int SUPER = GeneratedJavaParserConstants.SUPER;
    private static final int THIS = GeneratedJavaParserConstants.THIS;
    private static final int NEW = GeneratedJavaParserConstants.NEW;
    private static final int CLASS = GeneratedJavaParserConstants.CLASS;
    private static final int FINAL = GeneratedJavaParserConstants.FINAL;
    private static final Set<Integer> PRIMITIVES = Set.of(GeneratedJavaParserConstants.BOOLEAN,
            GeneratedJavaParserConstants.BYTE, GeneratedJavaParserConstants.CHAR, GeneratedJavaParserConstants.SHORT,
            GeneratedJavaParserConstants.INT, GeneratedJavaParserConstants.LONG, GeneratedJavaParserConstants.FLOAT,
            GeneratedJavaParserConstants.DOUBLE, GeneratedJavaParserConstants.VOID);
    /** Keywords whose parentheses hold an expression, never a cast. */
    private static final Set<Integer> CONDITION_KEYWORDS = Set.of(GeneratedJavaParserConstants.IF,
            GeneratedJavaParserConstants.WHILE, GeneratedJavaParserConstants.SWITCH,
            GeneratedJavaParserConstants.SYNCHRONIZED);
    /** Tokens that can start the operand of a cast to a reference type (JavaParser's cast lookahead), besides literals. */
    private static final Set<Integer> OPERAND_STARTS = Set.of(LPAREN, GeneratedJavaParserConstants.BANG,
            GeneratedJavaParserConstants.TILDE, THIS, SUPER, NEW, GeneratedJavaParserConstants.SWITCH);
    /** Type arguments nest at most this deep here; real code stays far below. */
    private static final int MAX_TYPE_ARGUMENT_DEPTH = 32;

    /** How {@link #scan} reads a stretch of code: statements, a for or try header, or an expression. */
    private enum Mode { BLOCK, HEADER, EXPRESSION }

    /** Code this reader does not read as the parser does: the file is parsed instead. */
    private static final class Unsure extends RuntimeException {
        Unsure() {
            super(null, null, false, false);
        }
    }

    /**
     * A type as spelled at [start, end): its class-or-interface name segments (type arguments' included),
     * the last segment of its own name (-1 for a primitive type), its dimensions, the annotations in it.
     */
    private record TypeRef(int start, int end, int elementEnd, List<Integer> segments, int last, int dims,
                           List<Integer> annotations) {
    }

    private final SourceOutline outline;
    private final JavaTokens tokens;
    private final int[] match;
    private final Map<String, String> typeOfName = new HashMap<>();
    private final TreeSet<String> types = new TreeSet<>();
    private final TreeSet<String> annotations = new TreeSet<>();
    private final TreeSet<String> strings = new TreeSet<>();
    /** Calls as {name token, receiver name token or -1}. */
    private final List<int[]> calls = new ArrayList<>();

    LexicalFeatures(SourceOutline outline) {
        this.outline = outline;
        this.tokens = outline.tokens();
        this.match = outline.match;
    }

    /** The features of unit {@code unit} of the outline, or null when the parser must read them. */
    UnitFeatures read(int unit) {
        typeOfName.clear();
        types.clear();
        annotations.clear();
        strings.clear();
        calls.clear();
        try {
            SourceOutline.UnitContext context = outline.unitContext(unit);
            SourceOutline.Declaration declaration = context.declaration();
            for (SourceOutline.Declaration type : context.types()) {
                fieldTypes(type);
            }
            if (declaration.kind == SourceOutline.Kind.TYPE) {
                typeDeclaration(declaration);
            } else {
                callable(declaration);
            }
            return features(context);
        } catch (RuntimeException | StackOverflowError e) { // Unsure, an index beyond the tokens of code it misreads
            return null;
        }
    }

    private UnitFeatures features(SourceOutline.UnitContext context) {
        TreeSet<String> callNames = new TreeSet<>();
        for (int[] call : calls) {
            String method = tokens.image(call[0]);
            callNames.add(method);
            if (call[1] >= 0) {
                String name = tokens.image(call[1]);
                String owner = typeOfName.get(name);
                if (owner == null && !name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                    owner = name;
                }
                if (owner != null) {
                    callNames.add(owner + "." + method);
                    types.add(owner);
                }
            }
        }
        SourceOutline.Declaration declaration = context.declaration();
        SourceOutline.Declaration classNode = context.types().get(0);
        TreeSet<String> names = new TreeSet<>();
        names.add(tokens.image(declaration.name));
        int enclosing = declaration.kind == SourceOutline.Kind.TYPE ? 1 : 0;
        if (context.types().size() > enclosing) {
            names.add(tokens.image(context.types().get(enclosing).name));
        }
        TreeSet<String> supertypes = new TreeSet<>();
        int keyword = tokens.kind(classNode.keyword);
        if (keyword == CLASS || keyword == GeneratedJavaParserConstants.INTERFACE) {
            supertypes(classNode, supertypes);
        }
        TreeSet<String> imports = new TreeSet<>();
        for (String name : outline.imports()) {
            if (name.endsWith(".")) {
                imports.add(name);
            } else {
                String last = name.substring(name.lastIndexOf('.') + 1);
                if (types.contains(last) || (outline.staticImports().contains(name) && callNames.contains(last))) {
                    imports.add(name);
                }
            }
        }
        return new UnitFeatures(callNames, new TreeSet<>(types), imports, new TreeSet<>(annotations), supertypes, names,
                new TreeSet<>(strings));
    }

    // ---------------------------------------------------------------- declarations

    /** The fields of a type declaration, as the parser's extractor puts them first (putIfAbsent). */
    private void fieldTypes(SourceOutline.Declaration type) {
        List<SourceOutline.Declaration> members = outline.members(type);
        if (members == null) {
            throw new Unsure();
        }
        for (SourceOutline.Declaration member : members) {
            if (member.kind != SourceOutline.Kind.FIELD) {
                continue;
            }
            int t = skipModifiersAndAnnotations(member.start, member.end, false);
            TypeRef type0 = typeRef(t, member.end);
            if (type0 == null || !isName(type0.end)) {
                throw new Unsure();
            }
            t = type0.end;
            while (true) {
                if (!isName(t)) {
                    throw new Unsure();
                }
                int name = t;
                int dims = 0;
                t++;
                while (tokens.kind(t) == LBRACKET && tokens.kind(t + 1) == RBRACKET) {
                    dims++;
                    t += 2;
                }
                typeOfName.putIfAbsent(tokens.image(name), simpleName(type0, dims));
                t = initializerEnd(t, member.end);
                if (tokens.kind(t) == COMMA) {
                    t++;
                } else {
                    break;
                }
            }
        }
    }

    /** From after a declarator's name: the ',' or ';' ending its initializer (type arguments skipped whole). */
    private int initializerEnd(int from, int limit) {
        int t = from;
        while (t <= limit) {
            int kind = tokens.kind(t);
            if (kind == COMMA || kind == SEMICOLON) {
                return t;
            }
            if (kind == LPAREN || kind == LBRACE || kind == LBRACKET) {
                t = match[t] + 1;
            } else if (kind == NEW) {
                TypeRef created = typeRef(t + 1, limit);
                t = created == null ? t + 1 : created.end;
            } else if (kind == DOT && tokens.kind(t + 1) == LT) {
                int end = typeArguments(t + 1, limit, new ArrayList<>(), new ArrayList<>());
                if (end < 0) {
                    throw new Unsure();
                }
                t = end;
            } else if (kind == LT) {
                int end = typeArguments(t, limit, new ArrayList<>(), new ArrayList<>());
                while (end > 0 && end + 1 <= limit && tokens.kind(end) == LBRACKET && tokens.kind(end + 1) == RBRACKET) {
                    end += 2;
                }
                // "Map<K, V>::new" is skipped whole (its commas are not declarators); any other '<' compares
                t = end > 0 && end <= limit && tokens.kind(end) == DOUBLECOLON ? end : t + 1;
            } else {
                t++;
            }
        }
        throw new Unsure();
    }

    private void typeDeclaration(SourceOutline.Declaration d) {
        int t = d.start;
        while (t < d.keyword) {
            t = tokens.kind(t) == AT ? annotation(t, d.keyword) : t + 1;
        }
        t = d.keyword + 2; // keyword, name
        int recordComponents = -1;
        while (t < d.bodyOpen) {
            int kind = tokens.kind(t);
            if (kind == LT) {
                t = typeParameters(t, d.bodyOpen);
            } else if (kind == LPAREN) {
                recordComponents = t;
                t = match[t] + 1;
            } else if (kind == EXTENDS || kind == GeneratedJavaParserConstants.IMPLEMENTS
                    || kind == GeneratedJavaParserConstants.PERMITS) {
                t = typeList(t + 1, d.bodyOpen);
            } else {
                throw new Unsure();
            }
        }
        classBody(d.bodyOpen, tokens.kind(d.keyword) == GeneratedJavaParserConstants.ENUM);
        if (recordComponents >= 0) {
            parameters(recordComponents, false); // the AST walk visits a record's components after its members
        }
    }

    /** Simple names of a class's or interface's extended and implemented types. */
    private void supertypes(SourceOutline.Declaration d, Set<String> supertypes) {
        int t = d.keyword + 2;
        boolean listing = false;
        while (t < d.bodyOpen) {
            int kind = tokens.kind(t);
            if (kind == LT && !listing) {
                t = outline.closingAngle(t, d.bodyOpen) + 1;
            } else if (kind == EXTENDS || kind == GeneratedJavaParserConstants.IMPLEMENTS) {
                listing = true;
                t++;
            } else if (kind == GeneratedJavaParserConstants.PERMITS) {
                listing = false;
                t++;
            } else if (kind == COMMA) {
                t++;
            } else if (listing) {
                TypeRef type = typeRef(t, d.bodyOpen);
                if (type == null || type.last < 0) {
                    throw new Unsure();
                }
                supertypes.add(tokens.image(type.last));
                t = type.end;
            } else {
                t++;
            }
        }
    }

    private void classBody(int open, boolean enumBody) {
        int close = match[open];
        int first = open + 1;
        int membersFrom = enumBody ? outline.enumConstantsEnd(first, close) : first;
        List<SourceOutline.Declaration> members = outline.declarations(membersFrom, close, new ArrayList<>(), false);
        if (members == null) {
            throw new Unsure();
        }
        for (SourceOutline.Declaration member : members) {
            member(member);
        }
        if (enumBody) { // the AST walk visits an enum's constants after its members
            int t = first;
            int end = membersFrom;
            while (t < end) {
                int kind = tokens.kind(t);
                if (kind == AT) {
                    t = annotation(t, end);
                } else if (kind == LPAREN) {
                    scan(t + 1, match[t] - 1, Mode.EXPRESSION);
                    t = match[t] + 1;
                } else if (kind == LBRACE) {
                    classBody(t, false);
                    t = match[t] + 1;
                } else {
                    t++;
                }
            }
        }
    }

    private void member(SourceOutline.Declaration d) {
        switch (d.kind) {
            case FIELD -> {
                TypeRef type = declarationAt(d.start, d.end);
                if (type == null) {
                    throw new Unsure();
                }
                scan(declarator(type.end, type), d.end, Mode.BLOCK, type);
            }
            case INITIALIZER -> scan(d.bodyOpen + 1, match[d.bodyOpen] - 1, Mode.BLOCK);
            case METHOD, CONSTRUCTOR, COMPACT_CONSTRUCTOR -> callable(d);
            case TYPE -> typeDeclaration(d);
            default -> throw new Unsure(); // an annotation type
        }
    }

    private void callable(SourceOutline.Declaration d) {
        int t = d.start;
        while (t < d.name) {
            int kind = tokens.kind(t);
            if (kind == AT) {
                t = annotation(t, d.name);
            } else if (SourceOutline.MODIFIERS.contains(kind)) {
                t++;
            } else if (kind == LT) {
                t = typeParameters(t, d.name);
            } else {
                TypeRef type = typeRef(t, d.name);
                if (type == null) {
                    throw new Unsure();
                }
                addTypes(type);
                t = type.end;
            }
        }
        if (t != d.name) {
            throw new Unsure();
        }
        int end = d.bodyOpen >= 0 ? d.bodyOpen : d.end;
        if (d.parametersOpen >= 0) {
            parameters(d.parametersOpen, false);
            t = match[d.parametersOpen] + 1;
        } else {
            t = d.name + 1;
        }
        while (t < end) {
            int kind = tokens.kind(t);
            if (kind == LBRACKET || kind == RBRACKET) {
                t++;
            } else if (kind == GeneratedJavaParserConstants.THROWS) {
                t = typeList(t + 1, end);
            } else if (kind == AT) {
                t = annotation(t, end);
            } else {
                throw new Unsure();
            }
        }
        if (d.bodyOpen >= 0) {
            scan(d.bodyOpen + 1, match[d.bodyOpen] - 1, Mode.BLOCK);
        }
    }

    /** Type parameters {@code <T extends A & B, U>} from the '<': the bounds are types. */
    private int typeParameters(int open, int limit) {
        int t = open + 1;
        boolean expectName = true;
        while (t < limit) {
            int kind = tokens.kind(t);
            if (kind == GT) {
                return t + 1;
            } else if (kind == AT) {
                t = annotation(t, limit);
            } else if (kind == COMMA) {
                expectName = true;
                t++;
            } else if (kind == BIT_AND || kind == EXTENDS) {
                t++;
            } else if (expectName && isName(t)) {
                expectName = false;
                t++; // the parameter's own name
            } else {
                TypeRef bound = typeRef(t, limit);
                if (bound == null) {
                    throw new Unsure();
                }
                addTypes(bound);
                t = bound.end;
            }
        }
        throw new Unsure();
    }

    /** A comma-separated list of types (extends, implements, permits, throws) up to {@code limit}. */
    private int typeList(int from, int limit) {
        int t = from;
        while (t < limit) {
            TypeRef type = typeRef(t, limit);
            if (type == null) {
                throw new Unsure();
            }
            addTypes(type);
            t = type.end;
            if (t < limit && tokens.kind(t) == COMMA) {
                t++;
            } else {
                return t;
            }
        }
        return t;
    }

    /** Formal parameters (of a method, constructor or record; of a lambda when {@code lambda}): each is put. */
    private void parameters(int open, boolean lambda) {
        int close = match[open];
        int t = open + 1;
        while (t < close) {
            int start = t;
            t = skipModifiersAndAnnotations(t, close, true);
            if (lambda && isName(t) && (tokens.kind(t + 1) == COMMA || t + 1 == close) && t == start) {
                typeOfName.put(tokens.image(t), ""); // an inferred parameter
                t++;
            } else {
                TypeRef type = typeRef(t, close);
                if (type == null) {
                    throw new Unsure();
                }
                t = type.end;
                addTypes(type); // "var" too: the engine's parser configuration leaves it a class type
                if (tokens.kind(t) == THIS || (isName(t) && tokens.kind(t + 1) == DOT && tokens.kind(t + 2) == THIS)) {
                    t = tokens.kind(t) == THIS ? t + 1 : t + 3; // a receiver parameter: not a Parameter
                } else {
                    if (tokens.kind(t) == ELLIPSIS) {
                        t++;
                    }
                    if (!isName(t)) {
                        throw new Unsure();
                    }
                    int name = t++;
                    int dims = 0;
                    while (tokens.kind(t) == LBRACKET && tokens.kind(t + 1) == RBRACKET) {
                        dims++;
                        t += 2;
                    }
                    typeOfName.put(tokens.image(name), simpleName(type, dims));
                }
            }
            if (t < close) {
                if (tokens.kind(t) != COMMA) {
                    throw new Unsure();
                }
                t++;
            }
        }
    }

    /** Skips modifiers and annotations (recording the annotations when {@code record}). */
    private int skipModifiersAndAnnotations(int from, int limit, boolean record) {
        int t = from;
        while (t < limit) {
            int kind = tokens.kind(t);
            if (kind == AT && tokens.kind(t + 1) != GeneratedJavaParserConstants.INTERFACE) {
                t = record ? annotation(t, limit) : skipAnnotation(t, limit);
            } else if (SourceOutline.MODIFIERS.contains(kind)) {
                t++;
            } else {
                return t;
            }
        }
        return t;
    }

    // ---------------------------------------------------------------- types

    /** The type spelled at {@code t} (primitive or class-or-interface, with dimensions), or null. */
    private TypeRef typeRef(int from, int limit) {
        List<Integer> segments = new ArrayList<>();
        List<Integer> typeAnnotations = new ArrayList<>();
        int t = from;
        while (t < limit && tokens.kind(t) == AT) {
            typeAnnotations.add(t);
            t = skipAnnotation(t, limit);
        }
        int last = -1;
        if (t < limit && PRIMITIVES.contains(tokens.kind(t))) {
            t++;
        } else {
            while (true) {
                if (t >= limit || !isName(t)) {
                    return null;
                }
                segments.add(t);
                last = t;
                t++;
                if (t < limit && tokens.kind(t) == LT) {
                    int end = typeArguments(t, limit, segments, typeAnnotations);
                    if (end < 0) {
                        return null;
                    }
                    t = end;
                }
                if (t + 1 < limit && tokens.kind(t) == DOT && (isName(t + 1) || tokens.kind(t + 1) == AT)) {
                    t++;
                    while (t < limit && tokens.kind(t) == AT) {
                        typeAnnotations.add(t);
                        t = skipAnnotation(t, limit);
                    }
                    continue;
                }
                break;
            }
        }
        int elementEnd = t;
        int dims = 0;
        while (true) {
            int u = t;
            List<Integer> dimensionAnnotations = new ArrayList<>();
            while (u < limit && tokens.kind(u) == AT) { // "String @Nullable []"
                dimensionAnnotations.add(u);
                u = skipAnnotation(u, limit);
            }
            if (u + 1 < limit && tokens.kind(u) == LBRACKET && tokens.kind(u + 1) == RBRACKET) {
                dims++;
                typeAnnotations.addAll(dimensionAnnotations);
                t = u + 2;
            } else {
                break;
            }
        }
        return new TypeRef(from, t, elementEnd, segments, last, dims, typeAnnotations);
    }

    /** Type arguments from the '<' at {@code open}: the index after the closing '>', or -1. */
    private int typeArgumentDepth;

    private int typeArguments(int open, int limit, List<Integer> segments, List<Integer> typeAnnotations) {
        if (typeArgumentDepth >= MAX_TYPE_ARGUMENT_DEPTH) {
            return -1; // deeper than any real type: a list of comparisons, read as such
        }
        typeArgumentDepth++;
        try {
            return typeArgumentsAt(open, limit, segments, typeAnnotations);
        } finally {
            typeArgumentDepth--;
        }
    }

    private int typeArgumentsAt(int open, int limit, List<Integer> segments, List<Integer> typeAnnotations) {
        int t = open + 1;
        if (t < limit && tokens.kind(t) == GT) {
            return t + 1; // the diamond
        }
        while (t < limit) {
            while (t < limit && tokens.kind(t) == AT) {
                typeAnnotations.add(t);
                t = skipAnnotation(t, limit);
            }
            if (t < limit && tokens.kind(t) == HOOK) {
                t++;
                if (t < limit && (tokens.kind(t) == EXTENDS || tokens.kind(t) == SUPER)) {
                    t++;
                } else if (t < limit && tokens.kind(t) == GT) {
                    return t + 1; // "<?>"
                } else if (t < limit && tokens.kind(t) == COMMA) {
                    t++; // "<?, ...>"
                    continue;
                } else {
                    return -1;
                }
            }
            TypeRef argument = typeRef(t, limit);
            if (argument == null) {
                return -1;
            }
            segments.addAll(argument.segments);
            typeAnnotations.addAll(argument.annotations);
            t = argument.end;
            if (t >= limit) {
                return -1;
            }
            if (tokens.kind(t) == GT) {
                return t + 1;
            }
            if (tokens.kind(t) != COMMA) {
                return -1;
            }
            t++;
        }
        return -1;
    }

    /** Adds a confirmed type's class-or-interface names and records its annotations. */
    private void addTypes(TypeRef type) {
        for (int segment : type.segments) {
            types.add(tokens.image(segment));
        }
        for (int at : type.annotations) {
            annotation(at, type.end);
        }
    }

    /** The extractor's simpleName: a class type's simple name, a primitive's name, an array's element as spelled. */
    private String simpleName(TypeRef type, int extraDims) {
        if (type.dims + extraDims == 0) {
            return tokens.image(type.last >= 0 ? type.last : type.elementEnd - 1); // a primitive ends its element
        }
        return asString(type.start, type.elementEnd);
    }

    /** A type's text as JavaParser's {@code asString} gives it: annotations dropped, no spaces but in wildcards. */
    private String asString(int from, int to) {
        StringBuilder text = new StringBuilder();
        int t = from;
        while (t < to) {
            int kind = tokens.kind(t);
            if (kind == AT) {
                t = skipAnnotation(t, to);
                continue;
            }
            if (kind == EXTENDS || kind == SUPER) {
                text.append(' ').append(tokens.image(t)).append(' ');
            } else {
                text.append(tokens.image(t));
            }
            t++;
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- code

    private void scan(int from, int to, Mode mode) {
        scan(from, to, mode, null);
    }

    /**
     * Reads the code in [from, to]. In blocks and headers a statement that starts with a type followed by a
     * name declares variables; {@code declaring} is the type of a declaration already under way.
     */
    private void scan(int from, int to, Mode mode, TypeRef declaring) {
        boolean start = mode != Mode.EXPRESSION && declaring == null;
        int t = from;
        while (t <= to) {
            int kind = tokens.kind(t);
            if (start) {
                start = false;
                if (kind == LT) {
                    throw new Unsure(); // explicit type arguments of this(...) or super(...)
                }
                TypeRef declared = declarationAt(t, to + 1);
                if (declared != null) {
                    declaring = declared;
                    t = declarator(declared.end, declared);
                    continue;
                }
            }
            if (kind == COMMA) {
                if (declaring != null && isName(t + 1) && t + 1 <= to) {
                    t = declarator(t + 1, declaring);
                } else {
                    t++;
                }
            } else if (kind == SEMICOLON) {
                declaring = null;
                start = mode != Mode.EXPRESSION;
                t++;
            } else if (kind == LBRACE) {
                if (outline.isClassBody(t)) {
                    classBody(t, false);
                } else if (isArrayInitializer(t, mode)) {
                    scan(t + 1, match[t] - 1, Mode.EXPRESSION); // "{a < b, c > d}" holds no declarations
                } else {
                    scan(t + 1, match[t] - 1, Mode.BLOCK);
                }
                t = match[t] + 1;
                start = mode == Mode.BLOCK && declaring == null;
            } else if (kind == LPAREN) {
                t = parenthesized(t, to);
            } else if (kind == LBRACKET) {
                scan(t + 1, match[t] - 1, Mode.EXPRESSION);
                t = match[t] + 1;
            } else if (kind == AT) {
                if (tokens.kind(t + 1) == GeneratedJavaParserConstants.INTERFACE) {
                    throw new Unsure();
                }
                t = annotation(t, to + 1);
            } else if (kind == GeneratedJavaParserConstants.STRING_LITERAL
                    || kind == GeneratedJavaParserConstants.TEXT_BLOCK_LITERAL) {
                JavaSourceParser.addString(tokens, t, strings);
                t++;
            } else if (kind == NEW) {
                t = creation(t, to);
            } else if (kind == GeneratedJavaParserConstants.INSTANCEOF) {
                t = instanceOf(t, to);
            } else if (kind == GeneratedJavaParserConstants.CASE) {
                t = caseLabel(t, to);
            } else if (kind == COLON || kind == ARROW || kind == GeneratedJavaParserConstants.ELSE
                    || kind == GeneratedJavaParserConstants.DO) {
                start = mode == Mode.BLOCK;
                t++;
            } else if ((kind == CLASS && tokens.kind(t - 1) != DOT) || kind == GeneratedJavaParserConstants.INTERFACE
                    || kind == GeneratedJavaParserConstants.ENUM || kind == GeneratedJavaParserConstants.RECORD) {
                SourceOutline.Declaration local = outline.declaration(t, to + 1);
                if (local == null || local.kind != SourceOutline.Kind.TYPE) {
                    throw new Unsure();
                }
                typeDeclaration(local);
                t = local.end + 1;
                start = mode == Mode.BLOCK;
            } else if (kind == DOT && tokens.kind(t + 1) == LT) {
                List<Integer> segments = new ArrayList<>();
                List<Integer> typeAnnotations = new ArrayList<>();
                int end = typeArguments(t + 1, to + 1, segments, typeAnnotations);
                if (end < 0) {
                    throw new Unsure();
                }
                addTypes(new TypeRef(t + 1, end, end, segments, -1, 0, typeAnnotations));
                t = end;
            } else if (kind == DOUBLECOLON && tokens.kind(t + 1) == LT) {
                throw new Unsure(); // a method reference's type arguments
            } else if (isName(t)) {
                t = name(t, to);
            } else {
                t++;
            }
        }
    }

    /**
     * The type of a statement starting at {@code from} that declares variables ({@code final} and annotations, a
     * type, a name), with its annotations and class types recorded; null when the statement declares nothing.
     * The caller reads the first declarator, at the type's end.
     */
    private TypeRef declarationAt(int from, int limit) {
        int t = skipModifiersAndAnnotations(from, limit, false);
        TypeRef type = typeRef(t, limit);
        if (type == null || type.end >= limit || !isName(type.end)) {
            return null;
        }
        int after = type.end + 1;
        int next = after < limit ? tokens.kind(after) : SEMICOLON;
        if (next != ASSIGN && next != SEMICOLON && next != COMMA && next != COLON && next != LBRACKET) {
            return null;
        }
        for (int a = from; a < t; a++) {
            if (tokens.kind(a) == AT) {
                a = annotation(a, t) - 1;
            }
        }
        addTypes(type); // "var" too: the engine's parser configuration leaves it a class type
        return type;
    }

    /** A variable's name (and dimensions): puts its type; returns the index after it. */
    private int declarator(int name, TypeRef type) {
        int t = name + 1;
        int dims = 0;
        while (tokens.kind(t) == LBRACKET && tokens.kind(t + 1) == RBRACKET) {
            dims++;
            t += 2;
        }
        typeOfName.put(tokens.image(name), simpleName(type, dims));
        return t;
    }

    /**
     * Whether the '{' at {@code open} starts an array initializer: after '=' anywhere; in an expression (an
     * annotation's value, an initializer's element) unless it is a lambda's or a switch's body.
     */
    private boolean isArrayInitializer(int open, Mode mode) {
        int before = open > 0 ? tokens.kind(open - 1) : SEMICOLON;
        if (before == ASSIGN) {
            return true;
        }
        return mode == Mode.EXPRESSION && before != ARROW && before != RPAREN;
    }

    /** A '(' in code: lambda parameters, a for/try header, a catch parameter, call arguments, a cast or an expression. */
    private int parenthesized(int open, int to) {
        int close = match[open];
        int before = open > 0 ? tokens.kind(open - 1) : SEMICOLON;
        if (close + 1 <= to && tokens.kind(close + 1) == ARROW && !isName(open - 1) && before != THIS && before != SUPER
                && !CONDITION_KEYWORDS.contains(before)) {
            parameters(open, true);
        } else if (before == GeneratedJavaParserConstants.FOR || before == GeneratedJavaParserConstants.TRY) {
            scan(open + 1, close - 1, Mode.HEADER);
        } else if (before == GeneratedJavaParserConstants.CATCH) {
            catchParameter(open, close);
        } else if (isName(open - 1) || before == THIS || before == SUPER || CONDITION_KEYWORDS.contains(before)) {
            scan(open + 1, close - 1, Mode.EXPRESSION); // arguments, a condition
        } else {
            List<TypeRef> cast = castTypes(open, close);
            if (cast == null) {
                scan(open + 1, close - 1, Mode.EXPRESSION);
            } else {
                cast.forEach(this::addTypes);
            }
        }
        return close + 1;
    }

    /** The types of a cast at '(' .. ')' (an intersection gives several), or null when it is not a cast. */
    private List<TypeRef> castTypes(int open, int close) {
        List<TypeRef> parts = new ArrayList<>();
        int t = open + 1;
        while (true) {
            TypeRef type = typeRef(t, close);
            if (type == null) {
                return null;
            }
            parts.add(type);
            t = type.end;
            if (t < close && tokens.kind(t) == BIT_AND) {
                t++;
                continue;
            }
            break;
        }
        if (t != close) {
            return null;
        }
        int next = tokens.kind(close + 1);
        boolean primitive = parts.size() == 1 && parts.get(0).last < 0;
        if (primitive) {
            return parts; // "(int) x", "(int) -x": a primitive type in parentheses is always a cast
        }
        if (isName(close + 1) || OPERAND_STARTS.contains(next) || SourceOutline.LITERALS.contains(next)
                || PRIMITIVES.contains(next) || next == AT) {
            return parts;
        }
        if (next == GeneratedJavaParserConstants.INCR || next == GeneratedJavaParserConstants.DECR) {
            throw new Unsure();
        }
        return null;
    }

    private void catchParameter(int open, int close) {
        int t = skipModifiersAndAnnotations(open + 1, close, true);
        List<TypeRef> alternatives = new ArrayList<>();
        while (true) {
            TypeRef type = typeRef(t, close);
            if (type == null) {
                throw new Unsure();
            }
            addTypes(type);
            alternatives.add(type);
            t = type.end;
            if (tokens.kind(t) == BIT_OR) {
                t++;
            } else {
                break;
            }
        }
        if (!isName(t) || t + 1 != close) {
            throw new Unsure();
        }
        String type;
        if (alternatives.size() == 1) {
            type = simpleName(alternatives.get(0), 0);
        } else {
            StringBuilder union = new StringBuilder();
            for (TypeRef alternative : alternatives) {
                union.append(union.isEmpty() ? "" : "|").append(asString(alternative.start, alternative.end));
            }
            type = union.toString();
        }
        typeOfName.put(tokens.image(t), type);
    }

    /** {@code new}: the created type, dimensions, arguments, an anonymous class body; returns the index after. */
    private int creation(int at, int to) {
        if (at > 0 && tokens.kind(at - 1) == DOUBLECOLON) {
            return at + 1; // Type::new
        }
        int t = at + 1;
        if (tokens.kind(t) == LT) {
            throw new Unsure();
        }
        TypeRef type = typeRef(t, to + 1);
        if (type == null) {
            throw new Unsure();
        }
        addTypes(type);
        t = type.end;
        while (t <= to && tokens.kind(t) == LBRACKET) {
            scan(t + 1, match[t] - 1, Mode.EXPRESSION);
            t = match[t] + 1;
        }
        if (t <= to && tokens.kind(t) == LBRACE) {
            scan(t + 1, match[t] - 1, Mode.EXPRESSION); // an array initializer
            return match[t] + 1;
        }
        if (t <= to && tokens.kind(t) == LPAREN) {
            scan(t + 1, match[t] - 1, Mode.EXPRESSION);
            t = match[t] + 1;
            if (t <= to && tokens.kind(t) == LBRACE) {
                classBody(t, false);
                t = match[t] + 1;
            }
        }
        return t;
    }

    private int instanceOf(int at, int to) {
        int t = at + 1;
        while (tokens.kind(t) == FINAL || tokens.kind(t) == AT) {
            t = tokens.kind(t) == FINAL ? t + 1 : annotation(t, to + 1);
        }
        TypeRef type = typeRef(t, to + 1);
        if (type == null) {
            throw new Unsure();
        }
        addTypes(type);
        t = type.end;
        if (t <= to && tokens.kind(t) == LPAREN) {
            throw new Unsure(); // a record pattern
        }
        if (t <= to && isName(t)) {
            t++; // a pattern variable: not a declarator
        }
        return t;
    }

    /** A case label up to its ':' or '->': constants, type patterns ("case Foo f"), a guard. */
    private int caseLabel(int at, int to) {
        int end = at + 1;
        while (end <= to && tokens.kind(end) != COLON && tokens.kind(end) != ARROW) {
            int kind = tokens.kind(end);
            if (kind == HOOK && tokens.kind(end - 1) != LT && tokens.kind(end - 1) != COMMA) {
                throw new Unsure(); // a conditional expression: its ':' is not told from the label's here
            }
            if (kind == GeneratedJavaParserConstants.WHEN) {
                throw new Unsure(); // a guard: the AST walk visits it after the entry's statements
            }
            end = kind == LPAREN || kind == LBRACE || kind == LBRACKET ? match[end] + 1 : end + 1;
        }
        int t = at + 1;
        while (t < end) {
            int patternStart = t;
            while (t < end && (tokens.kind(t) == FINAL || tokens.kind(t) == AT)) {
                t = tokens.kind(t) == FINAL ? t + 1 : skipAnnotation(t, end);
            }
            TypeRef type = typeRef(t, end);
            if (type != null && type.end < end && isName(type.end)) {
                for (int a = patternStart; a < t; a++) {
                    if (tokens.kind(a) == AT) {
                        a = annotation(a, t) - 1;
                    }
                }
            } else {
                t = patternStart;
                type = typeRef(t, end);
            }
            if (type != null && type.end < end && tokens.kind(type.end) == LPAREN) {
                throw new Unsure(); // a record pattern
            }
            if (type != null && type.end < end && isName(type.end)) {
                addTypes(type);
                t = type.end + 1;
                continue;
            }
            int labelEnd = t;
            while (labelEnd < end && tokens.kind(labelEnd) != COMMA
                    && tokens.kind(labelEnd) != GeneratedJavaParserConstants.WHEN) {
                int kind = tokens.kind(labelEnd);
                labelEnd = kind == LPAREN || kind == LBRACE || kind == LBRACKET ? match[labelEnd] + 1 : labelEnd + 1;
            }
            scan(t, labelEnd - 1, Mode.EXPRESSION);
            t = labelEnd;
            if (t < end && tokens.kind(t) == GeneratedJavaParserConstants.WHEN) {
                scan(t + 1, end - 1, Mode.EXPRESSION);
                t = end;
            } else if (t < end) {
                t++; // ','
            }
        }
        return end;
    }

    /**
     * A name in code: a lambda's only parameter, the start of a class literal or method-reference scope (every
     * segment a type), a called method, or a plain name.
     */
    private int name(int t, int to) {
        if (t + 1 <= to && tokens.kind(t + 1) == ARROW) {
            typeOfName.put(tokens.image(t), "");
            return t + 1;
        }
        int before = t > 0 ? tokens.kind(t - 1) : SEMICOLON;
        if (before != DOT && before != DOUBLECOLON) {
            List<Integer> chain = new ArrayList<>();
            int e = t;
            chain.add(e);
            while (e + 2 <= to && tokens.kind(e + 1) == DOT && isName(e + 2)) {
                e += 2;
                chain.add(e);
            }
            int after = e + 1;
            List<Integer> arguments = new ArrayList<>();
            List<Integer> argumentAnnotations = new ArrayList<>();
            if (after <= to && tokens.kind(after) == LT) {
                int end = typeArguments(after, to + 1, arguments, argumentAnnotations);
                int scope = end;
                while (scope > 0 && scope + 1 <= to && tokens.kind(scope) == LBRACKET && tokens.kind(scope + 1) == RBRACKET) {
                    scope += 2; // List<?>[]::new
                }
                if (end > 0 && scope <= to && tokens.kind(scope) == DOUBLECOLON) {
                    chain.addAll(arguments);
                    addTypes(new TypeRef(t, scope, end, chain, e, 0, argumentAnnotations));
                    return scope;
                }
            }
            while (after + 1 <= to && tokens.kind(after) == LBRACKET && tokens.kind(after + 1) == RBRACKET) {
                after += 2;
            }
            if ((after + 1 <= to && tokens.kind(after) == DOT && tokens.kind(after + 1) == CLASS)
                    || (after <= to && tokens.kind(after) == DOUBLECOLON)) {
                addTypes(new TypeRef(t, after, after, chain, e, 0, List.of()));
                return after;
            }
        }
        if (t + 1 <= to && tokens.kind(t + 1) == LPAREN) {
            calls.add(new int[] {t, receiverOf(t)});
        }
        return t + 1;
    }

    /** The name before the '.' of a call (its scope is a name or a field access), or -1. */
    private int receiverOf(int name) {
        int p = name - 1;
        if (p >= 0 && tokens.kind(p) == GT) {
            int depth = 0;
            for (; p >= 0; p--) {
                int kind = tokens.kind(p);
                if (kind == GT) {
                    depth++;
                } else if (kind == LT && --depth == 0) {
                    break;
                } else if (kind == SEMICOLON || kind == LBRACE || kind == GeneratedJavaParserConstants.RBRACE
                        || kind == LPAREN || kind == RPAREN) {
                    return -1; // "x > foo()": a comparison, not type arguments; the call has no receiver
                }
            }
            p--;
        }
        if (p < 1 || tokens.kind(p) != DOT) {
            return -1;
        }
        return isName(p - 1) ? p - 1 : -1;
    }

    /** An annotation: its simple name is recorded, its arguments read as code; returns the index after it. */
    private int annotation(int at, int limit) {
        int last = annotationNameEnd(at, limit);
        annotations.add(tokens.image(last));
        int t = last + 1;
        if (t < limit && tokens.kind(t) == LPAREN) {
            scan(t + 1, match[t] - 1, Mode.EXPRESSION);
            t = match[t] + 1;
        }
        return t;
    }

    private int skipAnnotation(int at, int limit) {
        int t = annotationNameEnd(at, limit) + 1;
        return t < limit && tokens.kind(t) == LPAREN ? match[t] + 1 : t;
    }

    /** The last token of the (qualified) name of the annotation whose '@' is at {@code at}. */
    private int annotationNameEnd(int at, int limit) {
        int t = at + 1;
        while (t + 2 < limit && tokens.kind(t + 1) == DOT && isWordToken(t + 2)) {
            t += 2;
        }
        return t;
    }

    private boolean isWordToken(int t) {
        return tokens.word(t) != null || JavaLexer.isKeyword(tokens.kind(t));
    }

    private boolean isName(int t) {
        return t >= 0 && t < tokens.size()
                && dev.platformscan.engine.fingerprint.TokenNormalizer.code(tokens.kind(t)) == IDENTIFIER_CODE;
    }
}
