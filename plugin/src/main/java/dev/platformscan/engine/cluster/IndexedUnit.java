package dev.platformscan.engine.cluster;

import dev.platformscan.engine.parse.CodeUnit;

/**
 * A unit with its place in the whole scan.
 *
 * @param id        position in the scan's unit list (files in path order, units in source order)
 * @param fileIndex position of its file in the scan's file list
 * @param module    owning module id
 * @param file      path relative to the execution root
 * @param unit      the unit itself
 * @param enclosing id of the nearest enclosing class unit, or -1
 * @param words     where the words of its identifiers are read, when a rule needs them ({@link #identifierWords})
 */
public record IndexedUnit(int id, int fileIndex, String module, String file, CodeUnit unit, int enclosing,
                          IdentifierWords words) {

    /** Sorted distinct hashes of the words of its identifiers, its own type or constructor name aside. */
    int[] identifierWords() {
        return words.of(this).all();
    }

    /** How much of their identifiers the two share, rare names weighing most ({@link IdentifierWords#sharedRareNames}). */
    double sharedRareNames(IndexedUnit other) {
        return words.sharedRareNames(this, other);
    }

    /** The same over the types they name and the members they reach ({@link IdentifierWords#sharedRareTypesAndMembers}). */
    double sharedRareTypesAndMembers(IndexedUnit other) {
        return words.sharedRareTypesAndMembers(this, other);
    }

    /** {@link #identifierWords} of the identifiers outside its annotations ({@code @ApiAccessLog(operateType = ...)}). */
    int[] identifierWordsOutsideAnnotations() {
        return words.of(this).outsideAnnotations();
    }

    /** The simple names of the interfaces it implements, when it is a class; empty otherwise. */
    java.util.Set<String> implemented() {
        return words.of(this).implemented();
    }

    /** The table a persistent entity type is mapped to (lower case), or null when it is none. */
    String mappedTable() {
        return words.of(this).mappedTable();
    }

    /**
     * Sorted distinct hashes of the words of what its code uses: type names, receivers and their members, its own type
     * or constructor name aside.
     */
    int[] usedWords() {
        return words.of(this).ofUses();
    }
}
