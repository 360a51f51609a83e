package dev.platformscan.engine.parse;

import com.github.javaparser.GeneratedJavaParserConstants;

import java.util.HashMap;
import java.util.Map;

/**
 * A hand-written Java lexer that gives the token kinds JavaParser's parser ends up with (its
 * {@link GeneratedJavaParserConstants} numbers; {@code >>} as single {@code >} tokens, restricted
 * identifiers as identifiers where they are names), much cheaper because it does nothing else: no token
 * objects, no positions beyond offsets and lines, no parser. Whitespace and comments are dropped; leading
 * comments are tested for the generated-file header and suppression markers are noted. {@link SourceOutline}
 * reads declarations from its tokens ({@link JavaSourceParser#readLexically}).
 * <p>
 * Anything it does not recognise (a character outside the Java grammar, an unterminated literal or
 * comment, a unicode escape) sets {@link JavaTokens#troubleLine()}: such a file is always parsed fully, so
 * the parser reports the problem as it would without the lexer.
 */
public final class JavaLexer {
    private static final Map<String, Integer> KEYWORDS = new HashMap<>();
    /** Operators and separators by their first character, longest first (maximal munch). */
    private static final String[][] OPERATORS = new String[128][];
    private static final int[][] OPERATOR_KIND = new int[128][];

    static {
        String[] images = GeneratedJavaParserConstants.tokenImage;
        Map<String, Integer> operatorKinds = new HashMap<>();
        for (int kind = 0; kind < images.length; kind++) {
            String image = images[kind];
            if (image.length() < 3 || image.charAt(0) != '"' || image.charAt(image.length() - 1) != '"') {
                continue;
            }
            String text = image.substring(1, image.length() - 1);
            if (text.isEmpty() || text.startsWith("\\") || text.equals("/*") || text.equals("*/")
                    || text.equals("\\\"\\\"\\\"")) {
                continue;
            }
            if (Character.isJavaIdentifierStart(text.charAt(0))) {
                KEYWORDS.put(text, kind);
            } else if (text.charAt(0) < 128) {
                operatorKinds.putIfAbsent(text, kind);
            }
        }
        for (char first = 0; first < 128; first++) {
            char c = first;
            String[] candidates = operatorKinds.keySet().stream().filter(o -> o.charAt(0) == c)
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .toArray(String[]::new);
            if (candidates.length > 0) {
                OPERATORS[first] = candidates;
                OPERATOR_KIND[first] = java.util.Arrays.stream(candidates).mapToInt(operatorKinds::get).toArray();
            }
        }
    }

    private JavaLexer() {
    }

    private static final boolean[] KEYWORD_KIND = new boolean[GeneratedJavaParserConstants.tokenImage.length];

    static {
        for (int kind : KEYWORDS.values()) {
            KEYWORD_KIND[kind] = true;
        }
    }

    /** Whether tokens of this kind are words (keywords, restricted identifiers still taken as keywords). */
    static boolean isKeyword(int kind) {
        return kind >= 0 && kind < KEYWORD_KIND.length && KEYWORD_KIND[kind];
    }

    /** The JavaParser kind of a keyword (contextual ones included: record, yield, ...), or -1. */
    static int keywordKind(String word) {
        Integer kind = KEYWORDS.get(word);
        return kind == null ? -1 : kind;
    }

    public static JavaTokens lex(String text) {
        JavaTokens tokens = new JavaTokens(text, Math.max(16, text.length() / 5));
        int n = text.length();
        int line = 1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '\r') {
                line++;
                i += i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = i + 2;
                while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                tokens.comment(i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int end = close < 0 ? n : close + 2;
                if (close < 0) {
                    tokens.trouble(line);
                }
                tokens.comment(i, end);
                line += lineBreaks(text, i, end);
                i = end;
            } else if (Character.isJavaIdentifierStart(c) && c != '\\') {
                int end = i + 1;
                while (end < n && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                int kind = keywordKind(word);
                if (word.equals("non") && text.startsWith("-sealed", end)
                        && (end + 7 == n || !Character.isJavaIdentifierPart(text.charAt(end + 7)))) {
                    end += 7;
                    word = "non-sealed";
                    kind = KEYWORDS.get(word);
                }
                tokens.add(kind < 0 ? GeneratedJavaParserConstants.IDENTIFIER : kind, i, end, line, line,
                        kind < 0 ? word : null);
                i = end;
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)))) {
                i = number(text, i, line, tokens);
            } else if (c == '"') {
                if (text.startsWith("\"\"\"", i)) {
                    int end = textBlockEnd(text, i + 3);
                    if (end < 0) {
                        tokens.trouble(line);
                        end = n;
                    }
                    int endLine = line + lineBreaks(text, i, end);
                    tokens.add(GeneratedJavaParserConstants.TEXT_BLOCK_LITERAL, i, end, line, endLine, null);
                    line = endLine;
                    i = end;
                } else {
                    i = quoted(text, i, '"', GeneratedJavaParserConstants.STRING_LITERAL, line, tokens);
                }
            } else if (c == '\'') {
                i = quoted(text, i, '\'', GeneratedJavaParserConstants.CHARACTER_LITERAL, line, tokens);
            } else {
                int end = operator(text, i, line, tokens);
                if (end < 0) {
                    // '\\' (a unicode escape), '#', '`', a stray control character: the parser decides
                    tokens.trouble(line);
                    end = i + 1;
                }
                i = end;
            }
        }
        tokens.finish(line);
        resolveContextualKeywords(tokens);
        return tokens;
    }

    private static final java.util.Set<Integer> MODULE_WORDS = java.util.Set.of(GeneratedJavaParserConstants.REQUIRES,
            GeneratedJavaParserConstants.TO, GeneratedJavaParserConstants.WITH, GeneratedJavaParserConstants.OPEN,
            GeneratedJavaParserConstants.OPENS, GeneratedJavaParserConstants.USES, GeneratedJavaParserConstants.MODULE,
            GeneratedJavaParserConstants.EXPORTS, GeneratedJavaParserConstants.PROVIDES,
            GeneratedJavaParserConstants.TRANSITIVE);
    private static final java.util.Set<Integer> AFTER_SEALED = java.util.Set.of(GeneratedJavaParserConstants.CLASS,
            GeneratedJavaParserConstants.INTERFACE, GeneratedJavaParserConstants.ABSTRACT, GeneratedJavaParserConstants.PUBLIC,
            GeneratedJavaParserConstants.PROTECTED, GeneratedJavaParserConstants.PRIVATE, GeneratedJavaParserConstants.STATIC,
            GeneratedJavaParserConstants.FINAL, GeneratedJavaParserConstants.STRICTFP, GeneratedJavaParserConstants.SEALED,
            GeneratedJavaParserConstants.NON_SEALED, GeneratedJavaParserConstants.AT);
    private static final java.util.Set<Integer> NOT_AFTER_YIELD = java.util.Set.of(GeneratedJavaParserConstants.ASSIGN,
            GeneratedJavaParserConstants.DOT, GeneratedJavaParserConstants.LBRACKET, GeneratedJavaParserConstants.SEMICOLON,
            GeneratedJavaParserConstants.INCR, GeneratedJavaParserConstants.DECR, GeneratedJavaParserConstants.RPAREN,
            GeneratedJavaParserConstants.COMMA, GeneratedJavaParserConstants.PLUSASSIGN,
            GeneratedJavaParserConstants.MINUSASSIGN, GeneratedJavaParserConstants.COLON,
            GeneratedJavaParserConstants.ARROW);

    /**
     * Restricted identifiers (record, yield, sealed, permits, when, the module words) are keywords only where
     * the grammar uses them so; JavaParser's parser turns them into identifiers everywhere else, and so does
     * this, from the tokens around them.
     */
    private static void resolveContextualKeywords(JavaTokens tokens) {
        int size = tokens.size();
        for (int i = 0; i < size; i++) {
            int kind = tokens.kind(i);
            boolean keyword;
            if (MODULE_WORDS.contains(kind)) {
                keyword = false;
            } else if (kind == GeneratedJavaParserConstants.RECORD) {
                keyword = i + 2 < size && isNameLike(tokens, i + 1) && (tokens.kind(i + 2) == GeneratedJavaParserConstants.LPAREN
                        || tokens.kind(i + 2) == GeneratedJavaParserConstants.LT) && (i == 0 || tokens.kind(i - 1) != GeneratedJavaParserConstants.DOT);
            } else if (kind == GeneratedJavaParserConstants.SEALED || kind == GeneratedJavaParserConstants.NON_SEALED) {
                keyword = i + 1 < size && AFTER_SEALED.contains(tokens.kind(i + 1));
            } else if (kind == GeneratedJavaParserConstants.YIELD) {
                int before = i == 0 ? GeneratedJavaParserConstants.SEMICOLON : tokens.kind(i - 1);
                keyword = (before == GeneratedJavaParserConstants.SEMICOLON || before == GeneratedJavaParserConstants.LBRACE
                        || before == GeneratedJavaParserConstants.RBRACE || before == GeneratedJavaParserConstants.COLON
                        || before == GeneratedJavaParserConstants.ARROW || before == GeneratedJavaParserConstants.ELSE
                        || (before == GeneratedJavaParserConstants.RPAREN && closesStatementHeader(tokens, i - 1)))
                        && i + 1 < size && !NOT_AFTER_YIELD.contains(tokens.kind(i + 1));
            } else if (kind == GeneratedJavaParserConstants.PERMITS) {
                keyword = inTypeHeader(tokens, i);
            } else if (kind == GeneratedJavaParserConstants.WHEN) {
                // a guard follows its pattern's variable or a record pattern's ')': "case String s when when.isEmpty()"
                int before = i == 0 ? -1 : tokens.kind(i - 1);
                keyword = (before == GeneratedJavaParserConstants.RPAREN || (i > 0 && isNameLike(tokens, i - 1)))
                        && inCaseLabel(tokens, i);
            } else {
                continue;
            }
            if (!keyword) {
                tokens.makeIdentifier(i);
            }
        }
    }

    private static boolean isNameLike(JavaTokens tokens, int i) {
        return tokens.kind(i) == GeneratedJavaParserConstants.IDENTIFIER || MODULE_WORDS.contains(tokens.kind(i));
    }

    /**
     * Whether the ')' at {@code close} ends the header of an if, while or for statement (a statement may follow
     * it: "if (done) yield 1;"); after any other ')' ("(CharSequence) yield") yield is a name.
     */
    private static boolean closesStatementHeader(JavaTokens tokens, int close) {
        int depth = 0;
        for (int t = close; t >= 0; t--) {
            int kind = tokens.kind(t);
            if (kind == GeneratedJavaParserConstants.RPAREN) {
                depth++;
            } else if (kind == GeneratedJavaParserConstants.LPAREN && --depth == 0) {
                int before = t == 0 ? -1 : tokens.kind(t - 1);
                return before == GeneratedJavaParserConstants.IF || before == GeneratedJavaParserConstants.WHILE
                        || before == GeneratedJavaParserConstants.FOR;
            } else if (depth == 0 && (kind == GeneratedJavaParserConstants.LBRACE
                    || kind == GeneratedJavaParserConstants.RBRACE || kind == GeneratedJavaParserConstants.SEMICOLON)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the token at {@code i} is in a class or interface header (back to its keyword, however long). */
    private static boolean inTypeHeader(JavaTokens tokens, int i) {
        for (int t = i - 1; t >= 0; t--) {
            int kind = tokens.kind(t);
            if (kind == GeneratedJavaParserConstants.CLASS || kind == GeneratedJavaParserConstants.INTERFACE) {
                return t == 0 || tokens.kind(t - 1) != GeneratedJavaParserConstants.DOT;
            }
            if (kind == GeneratedJavaParserConstants.SEMICOLON || kind == GeneratedJavaParserConstants.LBRACE
                    || kind == GeneratedJavaParserConstants.RBRACE || kind == GeneratedJavaParserConstants.ASSIGN) {
                return false;
            }
        }
        return false;
    }

    private static boolean inCaseLabel(JavaTokens tokens, int i) {
        for (int t = i - 1; t >= 0 && t >= i - 200; t--) {
            int kind = tokens.kind(t);
            if (kind == GeneratedJavaParserConstants.CASE) {
                return true;
            }
            if (kind == GeneratedJavaParserConstants.SEMICOLON || kind == GeneratedJavaParserConstants.LBRACE
                    || kind == GeneratedJavaParserConstants.RBRACE || kind == GeneratedJavaParserConstants.ARROW
                    || kind == GeneratedJavaParserConstants.COLON) {
                return false;
            }
        }
        return false;
    }

    private static boolean isIdentifierPart(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
        }
        return Character.isJavaIdentifierPart(c) && !isIgnorable(c);
    }

    private static boolean isIgnorable(char c) {
        return c < 128 ? c <= 8 || (c >= 14 && c <= 27) || c == 127 : Character.isIdentifierIgnorable(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int lineBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    private static int textBlockEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                return i + 3;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int quoted(String text, int start, char quote, int kind, int line, JavaTokens tokens) {
        int i = start + 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                tokens.add(kind, start, i + 1, line, line, null);
                return i + 1;
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                i++;
            }
        }
        tokens.trouble(line);
        int end = Math.min(i, n);
        tokens.add(kind, start, end, line, line, null);
        return end;
    }

    private static int number(String text, int start, int line, JavaTokens tokens) {
        int n = text.length();
        int i = start;
        boolean floating = false;
        char first = text.charAt(i);
        if (first == '0' && i + 1 < n && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
            i += 2;
            while (i < n && (Character.digit(text.charAt(i), 16) >= 0 || text.charAt(i) == '_' || text.charAt(i) == '.')) {
                floating |= text.charAt(i) == '.';
                i++;
            }
            if (i < n && (text.charAt(i) == 'p' || text.charAt(i) == 'P')) {
                floating = true;
                i = exponent(text, i + 1);
            }
        } else if (first == '0' && i + 1 < n && (text.charAt(i + 1) == 'b' || text.charAt(i + 1) == 'B')) {
            i += 2;
            while (i < n && (text.charAt(i) == '0' || text.charAt(i) == '1' || text.charAt(i) == '_')) {
                i++;
            }
        } else {
            while (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            if (i < n && text.charAt(i) == '.' && !(i + 1 < n && text.charAt(i + 1) == '.')) {
                floating = true;
                i++;
                while (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
            }
            if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                floating = true;
                i = exponent(text, i + 1);
            }
        }
        int kind = floating ? GeneratedJavaParserConstants.FLOATING_POINT_LITERAL : GeneratedJavaParserConstants.INTEGER_LITERAL;
        if (i < n) {
            char suffix = text.charAt(i);
            if (suffix == 'l' || suffix == 'L') {
                kind = GeneratedJavaParserConstants.LONG_LITERAL;
                i++;
            } else if (suffix == 'f' || suffix == 'F' || suffix == 'd' || suffix == 'D') {
                kind = GeneratedJavaParserConstants.FLOATING_POINT_LITERAL;
                i++;
            }
        }
        if (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
            tokens.trouble(line); // "12abc": not a Java token
        }
        tokens.add(kind, start, i, line, line, null);
        return i;
    }

    private static int exponent(String text, int from) {
        int i = from;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        while (i < text.length() && (isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static int operator(String text, int start, int line, JavaTokens tokens) {
        char first = text.charAt(start);
        String[] candidates = first < 128 ? OPERATORS[first] : null;
        if (candidates == null) {
            return -1;
        }
        for (int i = 0; i < candidates.length; i++) {
            if (text.startsWith(candidates[i], start)) {
                int end = start + candidates[i].length();
                int kind = OPERATOR_KIND[first][i];
                if (kind == GeneratedJavaParserConstants.RSIGNEDSHIFT || kind == GeneratedJavaParserConstants.RUNSIGNEDSHIFT) {
                    // JavaParser's lexer gives ">>" and ">>>" as single '>' tokens (type arguments close with them)
                    for (int gt = start; gt < end; gt++) {
                        tokens.add(GeneratedJavaParserConstants.GT, gt, gt + 1, line, line, null);
                    }
                } else {
                    tokens.add(kind, start, end, line, line, null);
                }
                return end;
            }
        }
        return -1;
    }
}
