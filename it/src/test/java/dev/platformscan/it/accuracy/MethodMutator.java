package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.ExpressionStmt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Makes the mutants of one original: a T1 copy (layout and comments), a T2 copy (renames, literals,
 * types, plus some T1 edits) and a chain of T3 copies (statement edits on top of T2 edits, one step
 * after the other) from which one copy per similarity bucket is kept, with some T1 edits on top.
 * Every mutant is parsed again before it is kept, and must still be a unit the engine counts.
 */
final class MethodMutator {

    /** Mutants keep at least this many lines and normalized tokens (the engine counts units from 6 and 50). */
    static final int MIN_LINES = LayoutEditor.MIN_LINES;
    static final int MIN_TOKENS = 55;
    /** A T3 chain stops after this many steps. */
    static final int MAX_STEPS = 40;
    /** A T3 step makes one statement edit per this many tokens of the method. */
    static final int TOKENS_PER_EDIT = 75;
    private static final int ATTEMPTS = 8;

    private final long seed;
    private final List<String> donorStatements;

    MethodMutator(long seed) {
        this(seed, List.of());
    }

    /** @param donorStatements statements of the originals that T3 insertions borrow ({@link #donorStatements}) */
    MethodMutator(long seed, List<String> donorStatements) {
        this.seed = seed;
        this.donorStatements = List.copyOf(donorStatements);
    }

    /**
     * Up to {@code perMethod} one-line expression statements (calls, assignments, local variables) of
     * 5 to 25 tokens from each method, without comments: what T3 insertions borrow.
     */
    static List<String> donorStatements(List<OriginalMethod> originals, int perMethod) {
        List<String> donors = new ArrayList<>();
        for (OriginalMethod original : originals) {
            int taken = 0;
            for (ExpressionStmt statement : parse(original.text()).findAll(ExpressionStmt.class)) {
                int tokens = JavaSource.codeTokenTexts(statement).size();
                boolean oneLine = statement.getBegin().get().line == statement.getEnd().get().line;
                boolean noComment = JavaSource.tokens(statement).stream().noneMatch(t -> t.getCategory().isComment());
                if (taken < perMethod && oneLine && noComment && tokens >= 5 && tokens <= 25) {
                    StringBuilder text = new StringBuilder();
                    JavaSource.tokens(statement).forEach(token -> text.append(token.getText()));
                    donors.add(text.toString());
                    taken++;
                }
            }
        }
        return donors;
    }

    /** All mutants of one original, by class; a class is missing when no valid mutant could be made. */
    Map<EditClass, Mutant> mutate(OriginalMethod original) {
        Random random = new Random(seed * 1_000_003L + original.id().hashCode());
        Map<EditClass, Mutant> mutants = new EnumMap<>(EditClass.class);
        t1(original, random).ifPresent(mutant -> mutants.put(EditClass.T1, mutant));
        t2(original, random).ifPresent(mutant -> mutants.put(EditClass.T2, mutant));
        mutants.putAll(t3(original, random));
        return mutants;
    }

    Optional<Mutant> t1(OriginalMethod original, Random random) {
        List<String> originalCode = JavaSource.codeTokenTexts(parse(original.text()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            TokenStream stream = TokenStream.of(parse(original.text()));
            EditCounts edits = new LayoutEditor(random).applyRandom(stream, 1 + random.nextInt(4));
            String text = stream.render();
            if (edits.t1Edits() == 0 || text.equals(original.text())) {
                continue;
            }
            Optional<MethodDeclaration> parsed = JavaSource.parseMethod(text);
            if (parsed.isPresent() && JavaSource.codeTokenTexts(parsed.get()).equals(originalCode)) {
                Optional<Mutant> mutant = accept(original, EditClass.T1, text, edits);
                if (mutant.isPresent()) {
                    return mutant;
                }
            }
        }
        return Optional.empty();
    }

    Optional<Mutant> t2(OriginalMethod original, Random random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Variant renamed = renamed(original.text(), random);
            if (renamed == null || renamed.edits.t2Edits() == 0) {
                continue;
            }
            Variant laidOut = laidOut(renamed, random);
            if (NormalizedTokens.ofMethod(laidOut.text).size() != original.tokens().size()) {
                continue; // a T2 edit must replace tokens one for one
            }
            Optional<Mutant> mutant = accept(original, EditClass.T2, laidOut.text, laidOut.edits);
            if (mutant.isPresent()) {
                return mutant;
            }
        }
        return Optional.empty();
    }

    /** One mutant per T3 bucket reached by a chain of statement edits on top of T2 edits. */
    Map<EditClass, Mutant> t3(OriginalMethod original, Random random) {
        Map<EditClass, List<Variant>> buckets = new EnumMap<>(EditClass.class);
        Variant current = renamed(original.text(), random);
        if (current == null) {
            return Map.of();
        }
        int[] originalCodes = original.codes();
        for (int step = 0; step < MAX_STEPS; step++) {
            Variant next = withStatementEdits(current, random);
            if (next == null) {
                break;
            }
            current = next;
            double similarity = TokenSimilarity.dice(originalCodes,
                    NormalizedTokens.encode(NormalizedTokens.of(current.parsed)));
            EditClass bucket = EditClass.t3Bucket(similarity);
            if (bucket != null) {
                buckets.computeIfAbsent(bucket, b -> new ArrayList<>()).add(current);
            }
            if (similarity < EditClass.T3_MID_FROM) {
                break;
            }
        }
        Map<EditClass, Mutant> chosen = new EnumMap<>(EditClass.class);
        buckets.forEach((bucket, variants) -> {
            List<Variant> shuffled = new ArrayList<>(variants);
            Collections.shuffle(shuffled, random);
            for (Variant variant : shuffled) {
                Variant laid = laidOut(variant, random);
                Optional<Mutant> mutant = accept(original, bucket, laid.text, laid.edits);
                if (mutant.isPresent() && mutant.get().editClass() == bucket) {
                    chosen.put(bucket, mutant.get());
                    break;
                }
            }
        });
        return chosen;
    }

    /** Text, accumulated edits and parse of a method on its way to becoming a mutant (parsed once). */
    record Variant(String text, EditCounts edits, MethodDeclaration parsed) {
    }

    /** The T2 step: renames, literal and type changes; null when the result does not parse. */
    Variant renamed(String text, Random random) {
        MethodDeclaration method = parse(text);
        TokenStream stream = TokenStream.of(method);
        EditCounts edits = new RenameEditor(random).apply(method, stream);
        String renamed = stream.render();
        return JavaSource.parseMethod(renamed).map(parsed -> new Variant(renamed, edits, parsed)).orElse(null);
    }

    /**
     * One more step of statement edits: one edit per {@link #TOKENS_PER_EDIT} tokens (at least one),
     * so long methods move as fast as short ones; null when no step gave a method that parses.
     */
    Variant withStatementEdits(Variant variant, Random random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            MethodDeclaration method = variant.parsed;
            TokenStream stream = TokenStream.of(method);
            StatementEditor editor = new StatementEditor(random, donorStatements);
            int wanted = 1 + JavaSource.codeTokenTexts(method).size() / TOKENS_PER_EDIT;
            int inserted = 0;
            int deleted = 0;
            int modified = 0;
            for (int i = 0; i < wanted; i++) {
                StatementEditor.Edit edit = editor.applyRandom(method, stream);
                if (edit == null) {
                    break;
                }
                switch (edit) {
                    case INSERT -> inserted++;
                    case DELETE -> deleted++;
                    case MODIFY -> modified++;
                }
            }
            if (inserted + deleted + modified == 0) {
                return null;
            }
            String text = stream.render();
            Optional<MethodDeclaration> parsed = JavaSource.parseMethod(text);
            if (parsed.isPresent()) {
                return new Variant(text, variant.edits.plus(new EditCounts(0, 0, 0, 0, 0, inserted, deleted, modified)),
                        parsed.get());
            }
        }
        return null;
    }

    /** Some T1 edits on top (the method is returned as it was when none gives a method that parses). */
    Variant laidOut(Variant variant, Random random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            TokenStream stream = TokenStream.of(variant.parsed);
            EditCounts edits = new LayoutEditor(random).applyRandom(stream, 1 + random.nextInt(2));
            String text = stream.render();
            Optional<MethodDeclaration> parsed = edits.t1Edits() > 0 ? JavaSource.parseMethod(text) : Optional.empty();
            if (parsed.isPresent()) {
                return new Variant(text, variant.edits.plus(edits), parsed.get());
            }
        }
        return variant;
    }

    /** The mutant, when it parses inside a class, is still a unit and falls in the class it is made for. */
    private Optional<Mutant> accept(OriginalMethod original, EditClass editClass, String text, EditCounts edits) {
        Optional<MethodDeclaration> parsed = JavaSource.parseMethod(text);
        if (parsed.isEmpty() || !JavaSource.parsesAsMember(text)) {
            return Optional.empty();
        }
        if (EngineScope.isBoilerplate(parsed.get())) {
            return Optional.empty();
        }
        List<String> tokens = NormalizedTokens.of(parsed.get());
        if (Texts.lineCount(text) < MIN_LINES || tokens.size() < MIN_TOKENS) {
            return Optional.empty();
        }
        double similarity = TokenSimilarity.dice(original.codes(), NormalizedTokens.encode(tokens));
        boolean inClass = switch (editClass) {
            case T1 -> similarity == 1.0;
            case T2 -> similarity >= 0.9;
            case T3_HIGH, T3_MID -> EditClass.t3Bucket(similarity) == editClass && edits.statementEdits() > 0;
        };
        if (!inClass) {
            return Optional.empty();
        }
        return Optional.of(new Mutant(original, editClass, parsed.get().getNameAsString(), text, edits, similarity));
    }

    private static MethodDeclaration parse(String text) {
        return JavaSource.parseMethod(text)
                .orElseThrow(() -> new IllegalStateException("does not parse:\n" + text));
    }
}
