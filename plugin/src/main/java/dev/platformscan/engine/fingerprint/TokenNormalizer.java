package dev.platformscan.engine.fingerprint;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.JavaToken;

/**
 * Maps a JavaParser token to its normalized code: identifiers become one code, literals one code per
 * kind (numbers, strings, characters, booleans), primitive type keywords one code, and every other
 * keyword, separator and operator keeps its own code. Two fragments that differ only by renamed
 * identifiers, changed literals or changed types get the same code sequence (Type-2 clones).
 * Whitespace and comments have no code (Type-1 clones).
 */
public final class TokenNormalizer {
    /** No code: whitespace or comment. */
    public static final char NONE = 0;
    public static final char IDENTIFIER = 1;
    public static final char NUMBER_LITERAL = 2;
    public static final char STRING_LITERAL = 3;
    public static final char CHAR_LITERAL = 4;
    public static final char BOOLEAN_LITERAL = 5;
    public static final char PRIMITIVE_TYPE = 6;
    private static final int FIRST_KIND_CODE = 16;
    /** Upper bound (exclusive) of the normal codes (those {@link #code} gives). */
    public static final int NORMAL_CODE_LIMIT = FIRST_KIND_CODE + 512;
    /**
     * How many codes literal tokens are folded into ({@link #literalCode}): a power of two. Two different names
     * share a code with a probability of 1/2048, which moves a similarity by a fraction of a percent.
     */
    public static final int LITERAL_CODES = 2048;
    /** The first literal code: literal codes lie in [NORMAL_CODE_LIMIT, CODE_LIMIT), apart from every normal code. */
    public static final char FIRST_LITERAL_CODE = (char) NORMAL_CODE_LIMIT;
    /** Upper bound (exclusive) of all codes, normal and literal, for histogram arrays. */
    public static final int CODE_LIMIT = NORMAL_CODE_LIMIT + LITERAL_CODES;

    private TokenNormalizer() {
    }

    /** Codes by JavaParser token kind, so the lexer's tokens and the parser's get the same codes. */
    private static final char[] CODE_OF_KIND = new char[GeneratedJavaParserConstants.tokenImage.length];

    static {
        for (int kind = 0; kind < CODE_OF_KIND.length; kind++) {
            CODE_OF_KIND[kind] = codeOf(kind, categoryOf(kind));
        }
    }

    public static char code(JavaToken token) {
        int kind = token.getKind();
        return kind >= 0 && kind < CODE_OF_KIND.length ? CODE_OF_KIND[kind] : codeOf(kind, token.getCategory());
    }

    /** The code of a token of JavaParser kind {@code kind} (see {@code GeneratedJavaParserConstants}). */
    public static char code(int kind) {
        return kind >= 0 && kind < CODE_OF_KIND.length ? CODE_OF_KIND[kind] : codeOf(kind, categoryOf(kind));
    }

    /** JavaParser's category of a kind; internal lexer states (no token has them) count as whitespace. */
    private static JavaToken.Category categoryOf(int kind) {
        try {
            return com.github.javaparser.TokenTypes.getCategory(kind);
        } catch (AssertionError | RuntimeException e) {
            return JavaToken.Category.WHITESPACE_NO_EOL;
        }
    }

    private static char codeOf(int kind, JavaToken.Category category) {
        switch (kind) {
            case GeneratedJavaParserConstants.IDENTIFIER:
                return IDENTIFIER;
            case GeneratedJavaParserConstants.INTEGER_LITERAL:
            case GeneratedJavaParserConstants.LONG_LITERAL:
            case GeneratedJavaParserConstants.FLOATING_POINT_LITERAL:
                return NUMBER_LITERAL;
            case GeneratedJavaParserConstants.STRING_LITERAL:
            case GeneratedJavaParserConstants.TEXT_BLOCK_LITERAL:
                return STRING_LITERAL;
            case GeneratedJavaParserConstants.CHARACTER_LITERAL:
                return CHAR_LITERAL;
            case GeneratedJavaParserConstants.TRUE:
            case GeneratedJavaParserConstants.FALSE:
                return BOOLEAN_LITERAL;
            case GeneratedJavaParserConstants.BOOLEAN:
            case GeneratedJavaParserConstants.BYTE:
            case GeneratedJavaParserConstants.CHAR:
            case GeneratedJavaParserConstants.SHORT:
            case GeneratedJavaParserConstants.INT:
            case GeneratedJavaParserConstants.LONG:
            case GeneratedJavaParserConstants.FLOAT:
            case GeneratedJavaParserConstants.DOUBLE:
                return PRIMITIVE_TYPE;
            default:
                break;
        }
        if (category.isWhitespaceOrComment() || kind == GeneratedJavaParserConstants.EOF) {
            return NONE;
        }
        if (category.isIdentifier()) {
            // contextual keywords the grammar lexes as identifiers (record, var, yield, ...)
            return IDENTIFIER;
        }
        if (category.isLiteral()) {
            return STRING_LITERAL;
        }
        int code = FIRST_KIND_CODE + kind;
        return code < NORMAL_CODE_LIMIT ? (char) code : (char) (NORMAL_CODE_LIMIT - 1);
    }

    /**
     * Whether a token of normal code {@code code} is kept in a literal comparison: names (identifiers), literal
     * values and primitive types, the words whose text {@link #code} abstracts away. Keywords, separators and
     * operators are not: in code without logic they only repeat the shape every such type has.
     */
    public static boolean keptLiterally(char code) {
        return code >= IDENTIFIER && code <= PRIMITIVE_TYPE;
    }

    /**
     * The literal code of a token whose text hashes to {@code textHash} ({@code Hashing.add(FNV_OFFSET, text)}):
     * the hash folded into [{@link #FIRST_LITERAL_CODE}, {@link #CODE_LIMIT}), never a normal code.
     */
    public static char literalCode(long textHash) {
        return (char) (FIRST_LITERAL_CODE + (int) (Hashing.mix(textHash) >>> (64 - Integer.numberOfTrailingZeros(LITERAL_CODES))));
    }

    /** Whether a code is a literal code. */
    public static boolean isLiteralCode(char code) {
        return code >= FIRST_LITERAL_CODE && code < CODE_LIMIT;
    }
}
