package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.ApiNames;
import dev.platformscan.engine.fingerprint.SortedSets;
import dev.platformscan.engine.parse.CodeUnit;

import java.util.List;

/**
 * When a pair of distinct groups counts as copies: what its token similarity must reach and what else it must
 * share. One place, so that verification and the candidate-recall measurement ({@link CandidateRecall}) apply
 * the same rules.
 * <ul>
 * <li>The similarity must reach the bar calibrated for the pair's size on the scanned code
 *     ({@link RequiredSimilarity}).</li>
 * <li>Near (Type-3) copies keep the APIs they call: when both units call at least
 *     {@link #MIN_API_NAMES} names, they must share {@link #MIN_SHARED_API_NAMES} of them (Jaccard).</li>
 * <li>When either unit calls fewer names, its vocabulary is no evidence either way, so the token sequence must
 *     carry it alone: the bar rises by {@link #NO_VOCABULARY_MARGIN}. On the hand-judged real reactors every
 *     such pair between 0.70 and 0.82 was unrelated code (docs/real-code-verdicts.md); on the 1.2M-line corpus so
 *     were such class pairs (builder specs, tiny adapters at 0.71-0.76). Types compared literally have their own
 *     margin ({@link RequiredSimilarity#LITERAL_MARGIN}).</li>
 * <li>A pair that shares only the code base's idioms (fewer than four grams that are not idioms:
 *     {@link CandidateIndex.Sketches#shareOnlyIdioms}) shares what unrelated code of this code base shares too: it faces
 *     the bar calibrated on units made of idioms ({@link RequiredSimilarity#withIdioms}) and must also share half the
 *     words of its identifiers or half the names it calls ({@link #MIN_SHARED_NAMES_OF_IDIOMS}).</li>
 * <li>A class is never a copy of an interface it implements ({@link #implementsTheOther}).</li>
 * <li>Two methods that fill one slot of a per-entity template ({@link TemplateSlot}: {@code getPostPage} of the
 *     Post controller, {@code getRolePage} of the Role controller) are not copies of each other, however alike.</li>
 * </ul>
 */
final class PairEvidence {
    /**
     * Near (Type-3) copies must share at least this Jaccard similarity of the APIs they call
     * ({@link ApiNames}); exact (Type-1/2) copies need not. From the accuracy benchmark at 0.70: without
     * it 5.8% of unrelated originals were grouped, with 0.15 3.0%, with 0.25 1.7% (T3-high recall 97.1%,
     * 95.4%, 91.7%); docs/accuracy.md.
     */
    static final double MIN_SHARED_API_NAMES = 0.25;
    /** Fewer called names than this are no vocabulary evidence. */
    static final int MIN_API_NAMES = 3;
    static final double NO_VOCABULARY_MARGIN = 0.05;
    /**
     * A pair that shares only idioms must share at least this Jaccard similarity of its identifiers' words
     * ({@link IndexedUnit#identifierWords}) or, when both call enough names to judge, of the names it calls: a copy
     * keeps its names and calls, code written apart in the same idiom (a lock around a different body, a null check
     * before a different call) keeps neither. On 60 clusters of the 1.2M-line corpus judged by hand, copies shared
     * 0.55-1.0 of their words, look-alikes mostly 0.1-0.45 (docs/accuracy.md, "Pairs that share only idioms"); the
     * called names keep renamed copies (the family benchmark's variants rename locals and parameters).
     */
    static final double MIN_SHARED_NAMES_OF_IDIOMS = 0.5;

    private final RequiredSimilarity required;
    private final java.util.Map<Integer, List<CodeUnit>> methodsOfClass;
    private final CandidateIndex.Sketches sketches;

    /**
     * Evidence rules with these thresholds, over these units (whose classes' methods the template rule reads), with
     * the code base's idioms read from {@code sketches}.
     */
    PairEvidence(RequiredSimilarity required, List<IndexedUnit> units, CandidateIndex.Sketches sketches) {
        this.required = required;
        this.methodsOfClass = methodsOfClass(units);
        this.sketches = sketches;
    }

    static java.util.Map<Integer, List<CodeUnit>> methodsOfClass(List<IndexedUnit> units) {
        java.util.Map<Integer, List<CodeUnit>> methods = new java.util.HashMap<>();
        for (IndexedUnit unit : units) {
            if (unit.enclosing() >= 0 && !unit.unit().kind().isType()) {
                methods.computeIfAbsent(unit.enclosing(), k -> new java.util.ArrayList<>()).add(unit.unit());
            }
        }
        return methods;
    }

    RequiredSimilarity required() {
        return required;
    }

    /**
     * False when the pair cannot be copies whatever its similarity: the two call enough names to judge and share
     * too few of them, or they are one template's slot for two entities.
     */
    boolean allows(UnitGroup a, UnitGroup b) {
        return vocabularyAllows(a, b) && !templateInstances(a.representative(), b.representative());
    }

    /**
     * True when one type implements the other (by simple name): an interface and its no-op support class mirror each
     * other's declarations because the language makes them, not because anyone copied them. A subclass is left to the
     * similarity: one that repeats its parent's code is a copy (Camel's http-common {@code HttpHeaderFilterStrategy}
     * re-declares the http-base one it extends).
     */
    static boolean implementsTheOther(IndexedUnit a, IndexedUnit b) {
        return a.implemented().contains(UnitSymbols.simpleClassName(b.unit().symbol()))
                || b.implemented().contains(UnitSymbols.simpleClassName(a.unit().symbol()));
    }

    /** True when the two are one template's instances for different entities ({@link TemplateSlot}). */
    boolean templateInstances(IndexedUnit a, IndexedUnit b) {
        if (TemplateSlot.entitiesSubstituted(a, b)) {
            return true;
        }
        if (a.unit().kind().isType() && b.unit().kind().isType()) {
            return TemplateSlot.classesAreInstances(a, b, methodsOfClass);
        }
        return TemplateSlot.sameSlotOfDifferentEntities(a.unit(), b.unit());
    }

    /** False when the two call enough names to judge and share too few of them. */
    static boolean vocabularyAllows(UnitGroup a, UnitGroup b) {
        double shared = sharedCalledNames(a, b);
        return Double.isNaN(shared) || shared >= MIN_SHARED_API_NAMES;
    }

    /** The Jaccard similarity of the names the two call, or NaN when either calls too few to judge. */
    private static double sharedCalledNames(UnitGroup a, UnitGroup b) {
        int[] left = a.representative().unit().fingerprint().apiNames();
        int[] right = b.representative().unit().fingerprint().apiNames();
        return hasVocabulary(left, right) ? ApiNames.jaccard(left, right) : Double.NaN;
    }

    /**
     * True when {@code similarity} reaches the bar of the pair: its size's, its role's or its idioms'
     * ({@link RequiredSimilarity}), plus the no-vocabulary margin; a pair that shares only idioms must also share half
     * its identifiers' words or called names. The size's bar is tried first: most candidate pairs fail it, and reading
     * the units' roles for the role's bar costs more than the size lookup; the grams and words are read last, for the
     * few pairs that reach the other bars.
     */
    boolean reaches(UnitGroup a, UnitGroup b, double similarity) {
        if (similarity + 1e-9 < sizeBar(a, b) || similarity + 1e-9 < required.forPair(a, b) + margin(a, b)) {
            return false;
        }
        if (a.isClass() && implementsTheOther(a.representative(), b.representative())) {
            return false;
        }
        if (!sketches.shareOnlyIdioms(a, b)) {
            return true;
        }
        return similarity + 1e-9 >= required.ofIdioms(a, b) + margin(a, b)
                && (sharedCalledNames(a, b) >= MIN_SHARED_NAMES_OF_IDIOMS // false for NaN: too few names to judge
                || SortedSets.jaccard(a.representative().identifierWords(), b.representative().identifierWords())
                >= MIN_SHARED_NAMES_OF_IDIOMS);
    }

    /**
     * The least similarity that can reach the pair's bar: its size's, plus the no-vocabulary margin (the role's bar
     * may ask more). Verification passes it to the LCS, which then gives up sooner on pairs that cannot reach it.
     */
    double sizeBar(UnitGroup a, UnitGroup b) {
        CodeUnit unitA = a.representative().unit();
        CodeUnit unitB = b.representative().unit();
        return required.forPair(RequiredSimilarity.Kind.of(unitA), unitA.tokens(), unitB.tokens()) + margin(a, b);
    }

    private static double margin(UnitGroup a, UnitGroup b) {
        boolean vocabulary = hasVocabulary(a.representative().unit().fingerprint().apiNames(),
                b.representative().unit().fingerprint().apiNames());
        return vocabulary || a.representative().unit().fingerprint().literal() ? 0 : NO_VOCABULARY_MARGIN;
    }

    private static boolean hasVocabulary(int[] a, int[] b) {
        return a.length >= MIN_API_NAMES && b.length >= MIN_API_NAMES;
    }
}
