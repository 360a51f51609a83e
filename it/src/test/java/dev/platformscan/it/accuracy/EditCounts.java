package dev.platformscan.it.accuracy;

/**
 * How much one mutant was edited, by kind of edit.
 *
 * @param layout   layout edits (re-indent, joined or split lines, blank lines, brace style, spacing)
 * @param comments comments added, removed or changed
 * @param renames  identifiers renamed consistently (each name counts once, however often it occurs)
 * @param literals literals changed (within their kind)
 * @param types    declared types changed
 * @param inserted statements inserted
 * @param deleted  statements deleted
 * @param modified statements modified (operator swapped, condition negated, argument added, ...)
 */
record EditCounts(int layout, int comments, int renames, int literals, int types, int inserted, int deleted,
                  int modified) {

    static final EditCounts NONE = new EditCounts(0, 0, 0, 0, 0, 0, 0, 0);

    EditCounts plus(EditCounts other) {
        return new EditCounts(layout + other.layout, comments + other.comments, renames + other.renames,
                literals + other.literals, types + other.types, inserted + other.inserted,
                deleted + other.deleted, modified + other.modified);
    }

    EditCounts withLayout(int more) {
        return plus(new EditCounts(more, 0, 0, 0, 0, 0, 0, 0));
    }

    EditCounts withComments(int more) {
        return plus(new EditCounts(0, more, 0, 0, 0, 0, 0, 0));
    }

    int t1Edits() {
        return layout + comments;
    }

    int t2Edits() {
        return renames + literals + types;
    }

    int statementEdits() {
        return inserted + deleted + modified;
    }
}
