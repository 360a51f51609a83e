package dev.platformscan.it.labels;

import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.it.labels.LabelRunner.Outcome;
import dev.platformscan.it.labels.LabelScorer.Figures;
import dev.platformscan.it.labels.LabelScorer.PerCapability;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the label benchmark as Markdown (printed and written to results.md). Classes of the held-out
 * set are shown in aggregate only, unless asked for ({@code labels.showHeldOut}), so that rules are not
 * tuned on them by accident.
 */
final class LabelReport {

    private final StringBuilder out = new StringBuilder();

    String render(String toolVersion, LabelSet set, LabelRunner.Run run, List<String> capabilityOrder,
                  boolean showHeldOut) {
        out.setLength(0);
        List<Outcome> tuning = run.outcomes().stream().filter(o -> !o.labelled().heldOut()).toList();
        List<Outcome> heldOut = run.outcomes().stream().filter(o -> o.labelled().heldOut()).toList();
        Figures tuningFigures = LabelScorer.score(tuning, capabilityOrder);
        Figures heldOutFigures = LabelScorer.score(heldOut, capabilityOrder);
        Figures allFigures = LabelScorer.score(run.outcomes(), capabilityOrder);

        line("# platform-scan capability label benchmark: results");
        line("");
        line(String.format(Locale.ROOT, "Engine %s, built-in rules; %d labelled classes from %d libraries "
                        + "(%d positives, %d negatives); tuning set %d, held-out set %d; scan %.1f s.", toolVersion,
                set.classes().size(), set.classes().stream().map(LabelledClass::library).distinct().count(),
                allFigures.positives(), allFigures.negatives(), tuning.size(), heldOut.size(),
                run.millis() / 1000.0));
        line("");
        line("Classes the engine grouped with another labelled class (their label recomputed on their own two copies): "
                + run.outcomes().stream().filter(o -> !o.mergedWith().isEmpty()).count() + ".");
        line("");
        line("| set | classes | positives | top label correct | any acceptable label | negatives | "
                + "false top labels on negatives | negatives matching any rule | overall accuracy |");
        line("|---|---|---|---|---|---|---|---|---|");
        summaryRow("tuning", tuningFigures);
        summaryRow("held-out", heldOutFigures);
        summaryRow("all", allFigures);
        line("");
        line("*Top label correct*: the label the engine gives the class's cluster is one of the class's acceptable "
                + "capabilities. *Any acceptable label*: the class matches an acceptable rule at all (it may lose "
                + "the top place to another rule). *Overall accuracy*: positives and negatives together (a "
                + "negative is right when it gets no label).");
        line("");

        line("## Per capability");
        line("");
        line("Positives: classes whose main capability it is. Found: of those, top label correct. Labelled: classes "
                + "of any kind the engine labels with it; precision: of those, the share for which it is right. "
                + "Fired: positives the rule matches at all. Figures are tuning / held-out.");
        line("");
        line("| capability | positives | found | fired | labelled | precision | recall |");
        line("|---|---|---|---|---|---|---|");
        for (String id : capabilityOrder) {
            PerCapability t = tuningFigures.capabilities().get(id);
            PerCapability h = heldOutFigures.capabilities().get(id);
            line("| " + id + " | " + t.positives() + " / " + h.positives() + " | " + t.found() + " / " + h.found()
                    + " | " + t.fired() + " / " + h.fired() + " | " + t.labelled() + " / " + h.labelled() + " | "
                    + percent(t.precision()) + " / " + percent(h.precision()) + " | " + percent(t.recall()) + " / "
                    + percent(h.recall()) + " |");
        }
        line("");

        line("## Confusions (expected main capability → top label)");
        line("");
        line("| confusion | tuning | held-out |");
        line("|---|---|---|");
        Map<String, int[]> confusionCounts = new TreeMap<>();
        tuningFigures.confusions().forEach((k, v) -> confusionCounts.computeIfAbsent(k, x -> new int[2])[0] = v.size());
        heldOutFigures.confusions().forEach((k, v) -> confusionCounts.computeIfAbsent(k, x -> new int[2])[1] = v.size());
        confusionCounts.forEach((k, v) -> line("| " + k + " | " + v[0] + " | " + v[1] + " |"));
        line("");

        line("## Tuning set: wrong top labels");
        line("");
        details(tuning, false);
        if (showHeldOut) {
            line("## Held-out set: wrong top labels");
            line("");
            details(heldOut, false);
        } else {
            line("Held-out classes are not listed (`-Dlabels.showHeldOut=true` lists them; do not tune rules on "
                    + "them).");
            line("");
        }
        line("## Tuning set: every class");
        line("");
        details(tuning, true);
        if (!run.problems().isEmpty()) {
            line("## Engine problems");
            line("");
            run.problems().forEach(p -> line("- " + p.describe()));
            line("");
        }
        return out.toString();
    }

    private void details(List<Outcome> outcomes, boolean all) {
        line("| class | library | expected | top label | rules matched (score) | signals of the top label |");
        line("|---|---|---|---|---|---|");
        for (Outcome outcome : outcomes) {
            LabelledClass labelled = outcome.labelled();
            boolean right = labelled.accepts(outcome.topLabel());
            if (!all && right) {
                continue;
            }
            StringBuilder matched = new StringBuilder();
            String signals = "";
            for (CapabilityMatch match : outcome.matches()) {
                matched.append(matched.length() == 0 ? "" : ", ").append(match.capability())
                        .append(String.format(Locale.ROOT, " (%.1f)", match.score()));
                if (match.capability().equals(outcome.topLabel())) {
                    signals = String.join("; ", match.signals());
                }
            }
            line("| " + labelled.simpleName() + (right ? "" : " ✗") + " | " + labelled.library() + " | "
                    + (labelled.negative() ? "none" : String.join(", ", labelled.expected())) + " | "
                    + outcome.topLabel() + " | " + (matched.length() == 0 ? "-" : matched) + " | "
                    + escape(signals) + (outcome.mergedWith().isEmpty() ? ""
                    : " (clustered with " + outcome.mergedWith().size() + " other)") + " |");
        }
        line("");
    }

    private void summaryRow(String name, Figures f) {
        line("| " + name + " | " + f.classes() + " | " + f.positives() + " | " + count(f.topCorrect(), f.positives())
                + " | " + count(f.anyCorrect(), f.positives()) + " | " + f.negatives() + " | "
                + count(f.falseLabels(), f.negatives()) + " | " + count(f.anyFalse(), f.negatives()) + " | "
                + count(f.topCorrect() + f.negatives() - f.falseLabels(), f.classes()) + " |");
    }

    static String count(int part, int whole) {
        return percent(LabelScorer.ratio(part, whole)) + " (" + part + "/" + whole + ")";
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
