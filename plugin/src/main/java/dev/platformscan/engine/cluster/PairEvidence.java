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
 * <li>Any other pair must share the code base's rare names: most of the smaller unit's identifiers weighted by their
 *     rarity, or of the types it names and members it reaches ({@link #sharesRareNames}). Scaffolded code of
 *     different entities is structurally alike (0.80-1.0 on yudao-cloud) and shares only the names every instance of
 *     the scaffold uses; a copy keeps its own names, or, renamed, the types and members it uses.</li>
 * <li>Types compared literally must match a minimum of tokens ({@link #MIN_LITERAL_MATCH}) unless identical or named
 *     alike: two entities' small data classes share their few common fields.</li>
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

    /**
     * Two types compared literally that are not identical must match at least this many literal tokens (names, values,
     * primitive types: four or five annotated fields), unless their names differ only in words of their modules'
     * names ({@link TemplateSlot#namedAlikeButForModules}). Scaffolded data classes of different entities share the
     * same few fields (id, name, status, the page request's) and reached 0.80-0.83 on yudao-cloud matching 24-33
     * tokens; the hand-judged copies there and on mall4cloud matched 41 and more (docs/accuracy.md, "Shared rare
     * names"). Small classes copied under their own name (Camel's {@code SqlPrepareStatementStrategy} into camel-jdbc,
     * Spring's {@code MapBuilder}) keep their name, which the scaffold's instances never do.
     */
    static final int MIN_LITERAL_MATCH = 36;
    /**
     * A near copy keeps the names of its code: the smaller unit must share this much of its identifiers' weight with the
     * other, each name weighted by its rarity in the code base ({@link IndexedUnit#sharedRareNames}) ...
     */
    static final double MIN_SHARED_RARE_NAMES = 0.5;
    /**
     * ... or, renamed (locals, parameters, its own name), this much of the rare types it names and members it reaches
     * ({@link IndexedUnit#sharedRareTypesAndMembers}). On five hand-judged reactors the 59 copied pairs shared at least
     * 0.64 and 0.60; 61 of yudao-cloud's 62 look-alike pairs (per-entity converters, endpoints and request VOs 0.75-1.0
     * alike) below 0.41 and 0.55. The types and members keep renamed copies: the whole rule costs the mutation
     * benchmark's T3-high recall 85.0 -> 83.0%, names alone 16 points (docs/accuracy.md, session 10).
     */
    static final double MIN_SHARED_TYPES_AND_MEMBERS = 0.55;

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
            return TemplateSlot.entitiesOfDifferentTables(a, b) || TemplateSlot.classesAreInstances(a, b, methodsOfClass);
        }
        return TemplateSlot.sameSlotOfDifferentEntities(a, b);
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
     * ({@link RequiredSimilarity}), plus the no-vocabulary margin; a pair of literal types must match enough tokens; a
     * pair that shares only idioms must also share half its identifiers' words or called names, any other pair its rare
     * names ({@link #sharesRareNames}). The size's bar is tried first: most candidate pairs fail it, and reading
     * the units' roles for the role's bar costs more than the size lookup; the grams and words are read last, for the
     * few pairs that reach the other bars.
     */
    boolean reaches(UnitGroup a, UnitGroup b, double similarity) {
        return reachesBar(a, b, similarity) && keepsNames(a, b);
    }

    /**
     * {@link #reaches} without the rare names: true when the pair is alike enough to be copies or one template's
     * instances ({@link #templateInstances}: a scaffold's instances for different entities keep none of each other's
     * names, and are reported apart as such).
     */
    boolean reachesBar(UnitGroup a, UnitGroup b, double similarity) {
        if (similarity + 1e-9 < sizeBar(a, b) || similarity + 1e-9 < required.forPair(a, b) + margin(a, b)) {
            return false;
        }
        if (a.isClass() && implementsTheOther(a.representative(), b.representative())) {
            return false;
        }
        if (a.representative().unit().fingerprint().literal() && matchedTokens(a, b, similarity) < MIN_LITERAL_MATCH
                && !TemplateSlot.namedAlikeButForModules(a.representative(), b.representative())) {
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
     * True when a pair that reaches its bar keeps enough of its names to be a copy: it shares the code base's rare
     * names ({@link #sharesRareNames}); types compared literally (compared by their names already) and pairs of idioms
     * (held to their own names rule in {@link #reachesBar}) need not.
     */
    boolean keepsNames(UnitGroup a, UnitGroup b) {
        return a.representative().unit().fingerprint().literal() || sketches.shareOnlyIdioms(a, b)
                || sharesRareNames(a, b);
    }

    /** About how many tokens the two match: the similarity (Dice) times their mean length. */
    private static double matchedTokens(UnitGroup a, UnitGroup b, double similarity) {
        return similarity * (a.representative().unit().tokens() + b.representative().unit().tokens()) / 2 + 1e-9;
    }

    /**
     * True when the two share enough of their rare names ({@link #MIN_SHARED_RARE_NAMES}) or of their rare types and
     * members ({@link #MIN_SHARED_TYPES_AND_MEMBERS}): what a copy keeps and code written from one scaffold for
     * another entity does not.
     */
    private static boolean sharesRareNames(UnitGroup a, UnitGroup b) {
        IndexedUnit left = a.representative();
        IndexedUnit right = b.representative();
        return left.sharedRareNames(right) + 1e-9 >= MIN_SHARED_RARE_NAMES
                || left.sharedRareTypesAndMembers(right) + 1e-9 >= MIN_SHARED_TYPES_AND_MEMBERS;
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
