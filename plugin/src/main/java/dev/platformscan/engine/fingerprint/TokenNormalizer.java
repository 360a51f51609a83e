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
    /** Upper bound (exclusive) of the codes, for histogram arrays. */
    public static final int CODE_LIMIT = FIRST_KIND_CODE + 512;

    private TokenNormalizer() {
    }

    public static char code(JavaToken token) {
        int kind = token.getKind();
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
        JavaToken.Category category = token.getCategory();
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
        return code < CODE_LIMIT ? (char) code : (char) (CODE_LIMIT - 1);
    }
}
