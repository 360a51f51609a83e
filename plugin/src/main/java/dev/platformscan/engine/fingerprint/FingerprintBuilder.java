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

    private final boolean literal;
    private final StringBuilder codes = new StringBuilder(256);
    private long exactHash;
    private long normalizedHash;
    private int tokens;

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
        if (literal) {
            if (!TokenNormalizer.keptLiterally(code)) {
                return;
            }
            code = TokenNormalizer.literalCode(Hashing.add(Hashing.FNV_OFFSET, text, from, to));
        }
        codes.append(code);
        exactHash = Hashing.add(exactHash, text, from, to);
        normalizedHash = Hashing.add(normalizedHash, code);
    }

    /** Every token accepted, kept or not (what a unit's size is measured in). */
    public int tokens() {
        return tokens;
    }

    public UnitFingerprint build(int[] apiNames) {
        return new UnitFingerprint(codes.toString(), Hashing.mix(exactHash), Hashing.mix(normalizedHash), apiNames,
                literal);
    }
}
