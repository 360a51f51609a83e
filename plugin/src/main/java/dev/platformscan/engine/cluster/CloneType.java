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
    SEMANTIC,
    /**
     * Instances of one per-entity template (scaffolded CRUD endpoints, per-entity services): the same code written
     * for different entities ({@link TemplateSlot}). Look-alikes, not copies: reported apart from the clusters,
     * never gated.
     */
    TEMPLATE;

    /** The name used in reports: T1, T2, T3, semantic, template. */
    public String id() {
        return this == SEMANTIC ? "semantic" : this == TEMPLATE ? "template" : name();
    }
}
