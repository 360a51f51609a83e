package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.body.MethodDeclaration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class MethodMutatorTest {

    private static final OriginalMethod JOIN = original(Snippets.JOIN);
    private static final OriginalMethod COPY = original(Snippets.COPY);

    @Test
    void renamesAndLiteralChangesKeepTheNormalizedSequence() {
        for (int seed = 0; seed < 10; seed++) {
            MethodDeclaration method = JavaSource.parseMethod(Snippets.JOIN).orElseThrow();
            TokenStream stream = TokenStream.of(method);
            RenameEditor editor = new RenameEditor(new Random(seed));
            Set<String> taken = new TreeSet<>(Set.of("array", "separator", "startIndex", "endIndex", "noOfItems",
                    "buf", "i", "join", "append", "toString", "StringBuilder", "Object", "String"));
            int renamed = editor.renameVariables(method, stream, taken);
            editor.renameMethod(method, stream, taken);
            int literals = editor.changeLiterals(method, stream);
            String text = stream.render();

            assertThat(renamed).isPositive();
            assertThat(literals).isPositive();
            assertThat(text).isNotEqualTo(Snippets.JOIN);
            assertThat(NormalizedTokens.ofMethod(text)).as("seed %d:%n%s", seed, text)
                    .isEqualTo(NormalizedTokens.ofMethod(Snippets.JOIN));
        }
    }

    @Test
    void renamesAreConsistent() {
        MethodDeclaration method = JavaSource.parseMethod(Snippets.COPY).orElseThrow();
        TokenStream stream = TokenStream.of(method);
        new RenameEditor(new Random(3)).renameVariables(method, stream, new TreeSet<>(Set.of("count", "input")));
        MethodDeclaration renamed = JavaSource.parseMethod(stream.render()).orElseThrow();
        // every parameter is still used as often as before, under its new name
        for (int p = 0; p < 3; p++) {
            String before = method.getParameter(p).getNameAsString();
            String after = renamed.getParameter(p).getNameAsString();
            assertThat(occurrences(renamed, after)).as(before + " -> " + after).isEqualTo(occurrences(method, before));
        }
    }

    @Test
    void layoutEditsNeverChangeACodeToken() {
        List<String> code = JavaSource.codeTokenTexts(JavaSource.parseMethod(Snippets.JOIN).orElseThrow());
        for (int seed = 0; seed < 30; seed++) {
            TokenStream stream = TokenStream.of(JavaSource.parseMethod(Snippets.JOIN).orElseThrow());
            EditCounts edits = new LayoutEditor(new Random(seed)).applyRandom(stream, 4);
            String text = stream.render();
            MethodDeclaration parsed = JavaSource.parseMethod(text).orElse(null);
            assertThat(parsed).as("seed %d parses:%n%s", seed, text).isNotNull();
            assertThat(JavaSource.codeTokenTexts(parsed)).as("seed %d:%n%s", seed, text).isEqualTo(code);
            assertThat(edits.renames() + edits.literals() + edits.types() + edits.statementEdits()).isZero();
        }
    }

    @Test
    void t1MutantsDifferInLayoutOnly() {
        Mutant mutant = new MethodMutator(1).t1(JOIN, new Random(5)).orElseThrow();
        assertThat(mutant.text()).isNotEqualTo(JOIN.text());
        assertThat(mutant.edits().t1Edits()).isPositive();
        assertThat(mutant.edits().t2Edits() + mutant.edits().statementEdits()).isZero();
        assertThat(mutant.similarity()).isEqualTo(1.0);
        assertThat(mutant.name()).isEqualTo("join");
    }

    @Test
    void t2MutantsReplaceTokensOneForOne() {
        for (int seed = 0; seed < 5; seed++) {
            Mutant mutant = new MethodMutator(seed).t2(COPY, new Random(seed)).orElseThrow();
            assertThat(mutant.edits().t2Edits()).isPositive();
            assertThat(mutant.edits().statementEdits()).isZero();
            assertThat(NormalizedTokens.ofMethod(mutant.text())).hasSameSizeAs(COPY.tokens());
            assertThat(mutant.similarity()).isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void statementEditsChangeTheSequenceAndStillParse() {
        for (int seed = 0; seed < 15; seed++) {
            MethodDeclaration method = JavaSource.parseMethod(Snippets.JOIN).orElseThrow();
            TokenStream stream = TokenStream.of(method);
            StatementEditor editor = new StatementEditor(new Random(seed));
            boolean applied = switch (seed % 3) {
                case 0 -> editor.insert(method, stream);
                case 1 -> editor.delete(method, stream);
                default -> editor.modify(method, stream);
            };
            assertThat(applied).isTrue();
            String text = stream.render();
            assertThat(JavaSource.parseMethod(text)).as("seed %d:%n%s", seed, text).isPresent();
            List<String> tokens = NormalizedTokens.ofMethod(text);
            assertThat(tokens).as("seed %d:%n%s", seed, text).isNotEqualTo(JOIN.tokens());
            if (seed % 3 == 0) {
                assertThat(tokens.size()).isGreaterThan(JOIN.tokens().size());
            } else if (seed % 3 == 1) {
                assertThat(tokens.size()).isLessThan(JOIN.tokens().size());
            }
        }
    }

    @Test
    void t3MutantsFallIntoTheirBuckets() {
        Map<EditClass, Mutant> mutants = new MethodMutator(42).t3(JOIN, new Random(9));
        assertThat(mutants).containsKey(EditClass.T3_HIGH);
        mutants.forEach((bucket, mutant) -> {
            assertThat(EditClass.t3Bucket(mutant.similarity())).isEqualTo(bucket);
            assertThat(mutant.edits().statementEdits()).isPositive();
            assertThat(JavaSource.parsesAsMember(mutant.text())).isTrue();
            assertThat(mutant.lines()).isGreaterThanOrEqualTo(MethodMutator.MIN_LINES);
        });
    }

    @Test
    void donorStatementsAreShortOneLineStatementsOfTheOriginals() {
        List<String> donors = MethodMutator.donorStatements(List.of(JOIN, COPY), 2);

        assertThat(donors).containsExactly("final int noOfItems = endIndex - startIndex;",
                "final StringBuilder buf = new StringBuilder(noOfItems * 16);", "long count = 0;",
                "output.write(buffer, 0, n);");
        Map<EditClass, Mutant> mutants = new MethodMutator(42, donors).t3(COPY, new Random(2));
        assertThat(mutants).isNotEmpty();
        mutants.values().forEach(mutant -> assertThat(JavaSource.parsesAsMember(mutant.text())).isTrue());
    }

    @Test
    void conditionsAreNotNegatedTwice() {
        String negated = Snippets.COPY.replace("if (count > Integer.MAX_VALUE * 2L)", "if (!(count > Integer.MAX_VALUE * 2L))")
                .replace("while (EOF != (n = input.read(buffer)))", "while (!(EOF != (n = input.read(buffer))))");
        MethodDeclaration method = JavaSource.parseMethod(negated).orElseThrow();
        assertThat(new StatementEditor(new Random(1)).negateCondition(method, TokenStream.of(method))).isFalse();
    }

    @Test
    void mutationIsDeterministic() {
        assertThat(new MethodMutator(4).t3(COPY, new Random(1))).isEqualTo(new MethodMutator(4).t3(COPY, new Random(1)));
    }

    @Test
    void bucketsFollowTheMeasuredSimilarity() {
        assertThat(EditClass.t3Bucket(1.0)).isNull();
        assertThat(EditClass.t3Bucket(0.95)).isEqualTo(EditClass.T3_HIGH);
        assertThat(EditClass.t3Bucket(0.70)).isEqualTo(EditClass.T3_HIGH);
        assertThat(EditClass.t3Bucket(0.69)).isEqualTo(EditClass.T3_MID);
        assertThat(EditClass.t3Bucket(0.50)).isEqualTo(EditClass.T3_MID);
        assertThat(EditClass.t3Bucket(0.49)).isNull();
    }

    private static long occurrences(MethodDeclaration method, String name) {
        return method.findAll(com.github.javaparser.ast.expr.SimpleName.class).stream()
                .filter(simpleName -> simpleName.asString().equals(name)).count();
    }

    private static OriginalMethod original(String text) {
        return new OriginalMethod("test:Sample.java#m@1", "test", "Sample.java", 1,
                JavaSource.parseMethod(text).orElseThrow().getNameAsString(), text, NormalizedTokens.ofMethod(text));
    }
}
