package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.body.MethodDeclaration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Makes a family of one original: {@code variants} copies made one after the other, each from a unit
 * already in the family (the original or an earlier variant, chosen at random: copies of copies, a tree),
 * by the accuracy benchmark's editors ({@link MethodMutator}): a few T1 copies (layout and comments),
 * a few T2 copies (renames, literals, types; the token count kept) and for the rest T3 copies (half of
 * them on top of T2 edits, then 1 to {@link #MAX_STEPS} steps of statement edits, then layout edits).
 * Every variant parses inside a class, is still a unit for the engine, differs in text from every
 * other member and stays at {@link #MIN_SIMILARITY_TO_ORIGINAL} or more from the original, so that
 * the family is one function edited independently, while pairs of variants on different branches
 * scatter widely.
 */
final class FamilyGenerator {

    static final int T1_VARIANTS = 4;
    static final int T2_VARIANTS = 6;
    /** A T3 copy takes 1 to this many steps of statement edits ({@link MethodMutator#withStatementEdits}). */
    static final int MAX_STEPS = 3;
    /** A variant further than this from the original is tried again. */
    static final double MIN_SIMILARITY_TO_ORIGINAL = 0.55;
    private static final int ATTEMPTS = 12;

    private final long seed;
    private final MethodMutator mutator;
    private final int variants;

    FamilyGenerator(long seed, List<String> donorStatements, int variants) {
        this.seed = seed;
        this.mutator = new MethodMutator(seed, donorStatements);
        this.variants = variants;
    }

    /** The original first, then its variants (fewer than asked only when no valid copy could be made). */
    List<FamilyUnit> family(OriginalMethod original) {
        Random random = new Random(seed * 1_000_033L + original.id().hashCode());
        FamilyUnit root = FamilyUnit.of(original, FamilyUnit.Kind.ORIGINAL);
        List<FamilyUnit> members = new ArrayList<>(List.of(root));
        Set<String> texts = new HashSet<>(List.of(root.text()));
        // a few T1 and T2 copies (fewer in small families), T3 for the rest; the first copies are T3, so that
        // T1 and T2 copies are also made of variants
        int t1 = Math.min(T1_VARIANTS, variants / 3);
        int t2 = Math.min(T2_VARIANTS, variants / 3);
        int t3 = variants - t1 - t2;
        int leading = Math.min(3, t3);
        List<FamilyUnit.Kind> rest = new ArrayList<>();
        rest.addAll(Collections.nCopies(t1, FamilyUnit.Kind.T1));
        rest.addAll(Collections.nCopies(t2, FamilyUnit.Kind.T2));
        rest.addAll(Collections.nCopies(t3 - leading, FamilyUnit.Kind.T3));
        Collections.shuffle(rest, random);
        List<FamilyUnit.Kind> plan = new ArrayList<>(Collections.nCopies(leading, FamilyUnit.Kind.T3));
        plan.addAll(rest);
        int number = 0;
        for (FamilyUnit.Kind kind : plan) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FamilyUnit parent = members.get(random.nextInt(members.size()));
                Optional<FamilyUnit> variant = copy(root, parent, kind, original.id() + "~v" + (number + 1), random);
                if (variant.isPresent() && texts.add(variant.get().text())) {
                    members.add(variant.get());
                    number++;
                    break;
                }
            }
        }
        return members;
    }

    /** One copy of {@code parent} of the given kind, when a valid one came out. */
    Optional<FamilyUnit> copy(FamilyUnit root, FamilyUnit parent, FamilyUnit.Kind kind, String id, Random random) {
        MethodMutator.Variant start = new MethodMutator.Variant(parent.text(), EditCounts.NONE, parse(parent.text()));
        MethodMutator.Variant made;
        switch (kind) {
            case T1 -> {
                made = mutator.laidOut(start, random);
                if (made == start) {
                    return Optional.empty();
                }
            }
            case T2 -> {
                MethodMutator.Variant renamed = mutator.renamed(parent.text(), random);
                if (renamed == null || renamed.edits().t2Edits() == 0) {
                    return Optional.empty();
                }
                made = random.nextBoolean() ? mutator.laidOut(renamed, random) : renamed;
            }
            case T3 -> {
                MethodMutator.Variant current = random.nextBoolean() ? mutator.renamed(parent.text(), random) : start;
                if (current == null) {
                    return Optional.empty();
                }
                int steps = 1 + random.nextInt(MAX_STEPS);
                for (int step = 0; step < steps && current != null; step++) {
                    current = mutator.withStatementEdits(current, random);
                }
                if (current == null) {
                    return Optional.empty();
                }
                made = mutator.laidOut(current, random);
            }
            default -> throw new IllegalArgumentException("not a variant kind: " + kind);
        }
        Optional<FamilyUnit> unit = accept(id, root, parent, kind, made.text());
        return unit.filter(u -> switch (kind) {
            case T1 -> u.codeTokens().equals(parent.codeTokens());
            case T2 -> u.codes().length == parent.codes().length && !u.codeTokens().equals(parent.codeTokens());
            default -> !u.codeTokens().equals(parent.codeTokens());
        });
    }

    /** The unit, when the text parses inside a class, is still a unit for the engine and stays near the original. */
    static Optional<FamilyUnit> accept(String id, FamilyUnit root, FamilyUnit parent, FamilyUnit.Kind kind, String text) {
        Optional<MethodDeclaration> parsed = JavaSource.parseMethod(text);
        if (parsed.isEmpty() || !JavaSource.parsesAsMember(text) || EngineScope.isBoilerplate(parsed.get())) {
            return Optional.empty();
        }
        FamilyUnit unit = FamilyUnit.of(id, root.group(), kind, parent.id(), parsed.get(), text);
        if (Texts.lineCount(text) < MethodMutator.MIN_LINES || unit.codes().length < MethodMutator.MIN_TOKENS
                || TokenSimilarity.dice(root.codes(), unit.codes()) < MIN_SIMILARITY_TO_ORIGINAL) {
            return Optional.empty();
        }
        return Optional.of(unit);
    }

    private static MethodDeclaration parse(String text) {
        return JavaSource.parseMethod(text).orElseThrow(() -> new IllegalStateException("does not parse:\n" + text));
    }
}
