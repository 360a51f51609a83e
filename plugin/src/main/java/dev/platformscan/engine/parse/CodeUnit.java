package dev.platformscan.engine.parse;

import dev.platformscan.engine.fingerprint.UnitFingerprint;

/**
 * A method, constructor or class large enough to compare, as the later stages see it (no AST).
 *
 * @param kind          method, constructor or class
 * @param symbol        "pkg.Outer.Inner#name(ParamType, ...)", or "pkg.Outer.Inner" for a class
 * @param startLine     first line (annotations included, Javadoc not)
 * @param endLine       last line
 * @param fingerprint   normalized tokens and hashes
 * @param enclosingUnit index (in the same file's unit list) of the nearest enclosing class unit, or -1
 * @param capabilities  capabilities the unit's source shows (rule matches), by rule id
 * @param apiUsage      sorted hashes of its typed calls and used types (same-purpose comparison)
 */
public record CodeUnit(UnitKind kind, String symbol, int startLine, int endLine, UnitFingerprint fingerprint,
                       int enclosingUnit, java.util.List<dev.platformscan.engine.classify.CapabilityMatch> capabilities,
                       int[] apiUsage) {

    public int tokens() {
        return fingerprint.tokens();
    }
}
