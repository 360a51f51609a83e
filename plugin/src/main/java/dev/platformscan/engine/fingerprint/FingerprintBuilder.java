package dev.platformscan.engine.fingerprint;

/**
 * Accumulates one unit's tokens into its codes and hashes, the same way for the parser's tokens and the
 * lexer's. A normal unit keeps every token's normalized code ({@link TokenNormalizer#code}). A literal unit
 * keeps only its names, literal values and primitive types ({@link TokenNormalizer#keptLiterally}), each as the
 * literal code of its text: two DTOs with different fields then share little more than their type names,
 * while a copy shares nearly everything. Both hashes of a literal unit start from a seed no normal unit's
 * hash starts from.
 */
public final class FingerprintBuilder {
    /** Added first to both hashes of a literal unit; no token code or text hash step starts this way. */
    private static final int LITERAL_SEED = 0x4C49_5445; // "LITE"

    private static final char AT = TokenNormalizer.code(com.github.javaparser.GeneratedJavaParserConstants.AT);
    private static final char DOT = TokenNormalizer.code(com.github.javaparser.GeneratedJavaParserConstants.DOT);
    private static final char LPAREN = TokenNormalizer.code(com.github.javaparser.GeneratedJavaParserConstants.LPAREN);
    private static final char RPAREN = TokenNormalizer.code(com.github.javaparser.GeneratedJavaParserConstants.RPAREN);
    private static final char LBRACE = TokenNormalizer.code(com.github.javaparser.GeneratedJavaParserConstants.LBRACE);

    private final boolean literal;
    private final StringBuilder codes = new StringBuilder(256);
    private long exactHash;
    private long normalizedHash;
    private int tokens;
    private int annotationTokens;
    /** Annotation tokens before the unit's first '{': on the type itself (or on a method's header). */
    private int headerAnnotationTokens;
    private boolean inBody;
    /** Where the annotation reader is: in code, after '@', after the name, after a '.', inside the arguments. */
    private int annotationState;
    private int annotationDepth;
    /** Inside {@code @SuppressWarnings(...)}: a note to the compiler a port adds, left out of literal codes. */
    private boolean inCompilerHint;

    public FingerprintBuilder(boolean literal) {
        this.literal = literal;
        long seed = literal ? Hashing.add(Hashing.FNV_OFFSET, LITERAL_SEED) : Hashing.FNV_OFFSET;
        this.exactHash = seed;
        this.normalizedHash = seed;
    }

    /**
     * One token of normal code {@code code} (not {@link TokenNormalizer#NONE}) whose text is
     * {@code text[from, to)}.
     */
    public void accept(char code, CharSequence text, int from, int to) {
        tokens++;
        int annotationPart = annotationState;
        int annotationsBefore = annotationTokens;
        countAnnotation(code);
        if (!inBody) {
            headerAnnotationTokens += annotationTokens - annotationsBefore;
            inBody = code == LBRACE && annotationState == 0;
        }
        if (literal) {
            if (annotationPart == 1) {
                inCompilerHint = "SuppressWarnings".contentEquals(text.subSequence(from, to));
            } else if (annotationState == 0) {
                inCompilerHint = false;
            }
            if (!TokenNormalizer.keptLiterally(code) || inCompilerHint
                    || code == TokenNormalizer.IDENTIFIER && portNoise(text, from, to)) {
                return;
            }
            code = TokenNormalizer.literalCode(Hashing.add(Hashing.FNV_OFFSET, text, from, to));
        }
        codes.append(code);
        exactHash = Hashing.add(exactHash, text, from, to);
        normalizedHash = Hashing.add(normalizedHash, code);
    }

    /**
     * Names a port adds or removes without changing what a declaration says, left out of literal codes: type
     * variables by convention ({@code K}, {@code V}, {@code E}, {@code T2}: commons-collections 3 to 4 made every
     * decorator generic, {@code Map} became {@code Map<K, V>} throughout), {@code Object} (what the type variables
     * replaced: {@code Object put(Object key, Object value)} became {@code V put(K key, V value)}) and
     * {@code Override} (added to every overriding method by later code styles).
     */
    private static boolean portNoise(CharSequence text, int from, int to) {
        int length = to - from;
        if (length == 8 && "Override".contentEquals(text.subSequence(from, to))
                || length == 6 && "Object".contentEquals(text.subSequence(from, to))) {
            return true;
        }
        if (length == 0 || length > 2 || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        return length == 1 || Character.isDigit(text.charAt(from + 1));
    }

    /** Every token accepted, kept or not. */
    public int tokens() {
        return tokens;
    }

    /**
     * The tokens outside annotations (on the unit, its members and parameters): what a unit's code is measured in.
     * Annotations are framework metadata, not logic: a one-statement endpoint under four annotation lines
     * ({@code @SysLog("...") @DeleteMapping @HasPermission("...") @Operation(summary = "...")}) is as trivial as
     * the statement, and every endpoint of a code base shares their shape.
     */
    public int codeTokens() {
        return tokens - annotationTokens;
    }

    private void countAnnotation(char code) {
        switch (annotationState) {
            case 1, 3 -> { // the annotation's name, or the next segment of a qualified one
                annotationTokens++;
                annotationState = 2;
                return;
            }
            case 2 -> {
                if (code == DOT) {
                    annotationTokens++;
                    annotationState = 3;
                    return;
                }
                if (code == LPAREN) {
                    annotationTokens++;
                    annotationDepth = 1;
                    annotationState = 4;
                    return;
                }
                annotationState = 0;
            }
            case 4 -> {
                annotationTokens++;
                if (code == LPAREN) {
                    annotationDepth++;
                } else if (code == RPAREN && --annotationDepth == 0) {
                    annotationState = 0;
                }
                return;
            }
            default -> {
            }
        }
        if (code == AT) {
            annotationTokens++;
            annotationState = 1;
        }
    }

    public UnitFingerprint build(int[] apiNames) {
        return build(apiNames, 0);
    }

    /**
     * The fingerprint; it is compared as a copy when its {@link #codeTokens} reach {@code minCodeTokens}, or, for a
     * literal unit (a declaration), when its tokens do without the annotations on the type itself: the annotations of
     * its members are what a declaration declares (a Feign client's paths, a configuration's beans), those on the type
     * say how a framework runs it (a Spring Boot application class is four annotations over a one-line main; every
     * service has one, and each names its own packages).
     */
    public UnitFingerprint build(int[] apiNames, int minCodeTokens) {
        boolean compared = literal ? tokens - headerAnnotationTokens >= minCodeTokens : codeTokens() >= minCodeTokens;
        return new UnitFingerprint(codes.toString(), Hashing.mix(exactHash), Hashing.mix(normalizedHash), apiNames,
                literal, compared);
    }
}
