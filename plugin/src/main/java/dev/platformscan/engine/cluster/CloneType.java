package dev.platformscan.engine.cluster;

/** How close the copies of a cluster are, in the usual clone taxonomy. */
public enum CloneType {
    /** Identical apart from layout and comments. */
    T1,
    /** Identical after renaming identifiers and changing literals and types. */
    T2,
    /** Statements added, removed or changed, above the similarity threshold. */
    T3,
    /**
     * Same-purpose rewrites: same capability and strongly overlapping API usage, whatever the token
     * similarity. Less certain than T1-T3.
     */
    SEMANTIC;

    /** The name used in reports: T1, T2, T3, semantic. */
    public String id() {
        return this == SEMANTIC ? "semantic" : name();
    }
}
