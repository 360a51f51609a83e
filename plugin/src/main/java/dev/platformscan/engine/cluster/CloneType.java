package dev.platformscan.engine.cluster;

/** How close the copies of a cluster are, in the usual clone taxonomy. */
public enum CloneType {
    /** Identical apart from layout and comments. */
    T1,
    /** Identical after renaming identifiers and changing literals and types. */
    T2,
    /** Statements added, removed or changed, above the similarity threshold. */
    T3
}
