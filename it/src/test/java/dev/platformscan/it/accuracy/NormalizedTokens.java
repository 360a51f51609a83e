package dev.platformscan.it.accuracy;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The benchmark's own token normalization, independent of the engine's: JavaParser tokens without
 * whitespace and comments; every identifier becomes one symbol, every literal becomes the symbol of
 * its kind (integer, long, floating point, character, string, boolean, null); keywords, operators
 * and separators are kept as written.
 */
public final class NormalizedTokens {

    static final String IDENTIFIER = "<id>";

    private static final Map<String, Integer> CODES = new ConcurrentHashMap<>();

    private NormalizedTokens() {
    }

    /** The normalized tokens of a node's token range. */
    static List<String> of(Node node) {
        List<String> normalized = new ArrayList<>();
        for (JavaToken token : JavaSource.tokens(node)) {
            String symbol = normalize(token);
            if (symbol != null) {
                normalized.add(symbol);
            }
        }
        return normalized;
    }

    /** The normalized tokens of a method given as text; throws when it does not parse. */
    static List<String> ofMethod(String methodText) {
        return of(JavaSource.parseMethod(methodText)
                .orElseThrow(() -> new IllegalArgumentException("not a method: " + methodText)));
    }

    /** The symbol of one token, or null for whitespace and comments. */
    public static String normalize(JavaToken token) {
        JavaToken.Category category = token.getCategory();
        if (category.isWhitespaceOrComment()) {
            return null;
        }
        if (category.isIdentifier()) {
            return IDENTIFIER;
        }
        if (category.isLiteral()) {
            return literalKind(JavaToken.Kind.valueOf(token.getKind()));
        }
        if (token.getKind() == JavaToken.Kind.EOF.getKind()) {
            return null;
        }
        return token.getText();
    }

    /** Symbols as small integers (one shared alphabet), the form {@link TokenSimilarity} works on. */
    public static int[] encode(List<String> symbols) {
        int[] codes = new int[symbols.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = CODES.computeIfAbsent(symbols.get(i), s -> CODES.size());
        }
        return codes;
    }

    private static String literalKind(JavaToken.Kind kind) {
        return switch (kind) {
            case INTEGER_LITERAL, DECIMAL_LITERAL, HEX_LITERAL, OCTAL_LITERAL, BINARY_LITERAL -> "<int>";
            case LONG_LITERAL -> "<long>";
            case FLOATING_POINT_LITERAL, DECIMAL_FLOATING_POINT_LITERAL, HEXADECIMAL_FLOATING_POINT_LITERAL,
                 DECIMAL_EXPONENT, HEXADECIMAL_EXPONENT -> "<float>";
            case CHARACTER_LITERAL -> "<char>";
            case STRING_LITERAL, TEXT_BLOCK_LITERAL -> "<string>";
            case TRUE, FALSE -> "<boolean>";
            case NULL -> "<null>";
            default -> "<" + kind.name().toLowerCase(java.util.Locale.ROOT) + ">";
        };
    }
}
