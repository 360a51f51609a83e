package dev.platformscan.engine.fingerprint;

/**
 * What the later stages know of a unit's code: no AST, only hashes and the normalized token codes.
 *
 * @param normalizedTokens one char per token (see {@link TokenNormalizer})
 * @param exactHash        hash of the token texts: equal for Type-1 copies (layout and comments ignored)
 * @param normalizedHash   hash of the normalized codes: equal for Type-1 and Type-2 copies
 * @param apiNames         sorted distinct hashes of the APIs the unit calls (see {@link ApiNames})
 */
public record UnitFingerprint(String normalizedTokens, long exactHash, long normalizedHash, int[] apiNames) {

    public int tokens() {
        return normalizedTokens.length();
    }
}
