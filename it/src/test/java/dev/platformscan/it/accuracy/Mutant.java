package dev.platformscan.it.accuracy;

/**
 * A mutated copy of an original method.
 *
 * @param original   what it was made from
 * @param editClass  the class (and for T3 the similarity bucket) it belongs to
 * @param name       its method name (T2 and T3 may rename the method)
 * @param text       the declaration, dedented, '\n' line ends; always parses at Java 17
 * @param edits      the edits applied
 * @param similarity benchmark similarity to the original ({@link TokenSimilarity#dice})
 */
record Mutant(OriginalMethod original, EditClass editClass, String name, String text, EditCounts edits,
              double similarity) {

    int lines() {
        return Texts.lineCount(text);
    }
}
