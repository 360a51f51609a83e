package dev.platformscan.engine.fingerprint;

/**
 * What the later stages know of a unit's code: no AST, only hashes and the normalized token codes.
 *
 * @param normalizedTokens one char per token (see {@link TokenNormalizer}); for a literal unit one char per
 *                         name, literal value or primitive type, each a literal code of its text
 * @param exactHash        hash of the token texts: equal for Type-1 copies (layout and comments ignored)
 * @param normalizedHash   hash of the normalized codes: equal for Type-1 and Type-2 copies
 * @param apiNames         sorted distinct hashes of the APIs the unit calls (see {@link ApiNames})
 * @param literal          compared by literal tokens ({@link FingerprintBuilder}): a type without logic, whose
 *                         code only looks alike after identifier normalization; both hashes then start from a
 *                         seed no normal unit has, so they never equal a normal unit's
 * @param compared         false when its code outside annotations is under {@code minTokens} (a one-statement endpoint
 *                         under four annotation lines): such a unit is labelled with capabilities but never compared
 *                         as a copy ({@link FingerprintBuilder#codeTokens})
 */
public record UnitFingerprint(String normalizedTokens, long exactHash, long normalizedHash, int[] apiNames,
                              boolean literal, boolean compared) {

    /** A normal (identifier-normalized) fingerprint of a unit that is compared. */
    public UnitFingerprint(String normalizedTokens, long exactHash, long normalizedHash, int[] apiNames) {
        this(normalizedTokens, exactHash, normalizedHash, apiNames, false, true);
    }

    public int tokens() {
        return normalizedTokens.length();
    }
}
