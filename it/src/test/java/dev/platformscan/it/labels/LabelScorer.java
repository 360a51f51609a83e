package dev.platformscan.it.labels;

import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.it.labels.LabelRunner.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of one set of outcomes. A class's top label is right when it is one of the class's acceptable
 * capabilities, or "none" for a negative.
 */
final class LabelScorer {

    /**
     * Per capability.
     *
     * @param positives classes whose main expected capability it is
     * @param found     of those, classes whose top label is acceptable
     * @param fired     of those, classes the capability's rule matches at all (top label or not)
     * @param labelled  classes (of any kind) whose top label it is
     * @param correct   of those, classes for which it is acceptable
     */
    record PerCapability(int positives, int found, int fired, int labelled, int correct) {

        double recall() {
            return ratio(found, positives);
        }

        double precision() {
            return ratio(correct, labelled);
        }
    }

    /**
     * @param classes     classes scored
     * @param positives   classes with at least one expected capability
     * @param topCorrect  positives whose top label is acceptable
     * @param anyCorrect  positives that match an acceptable capability at all (top label or not)
     * @param negatives   classes expected to have none
     * @param falseLabels negatives with a top label
     * @param anyFalse    negatives that match any rule at all
     * @param capabilities per capability, in catalog order
     * @param confusions "expected → top label" (expected is the main capability or none) → classes, wrong ones only
     */
    record Figures(int classes, int positives, int topCorrect, int anyCorrect, int negatives, int falseLabels,
                   int anyFalse, Map<String, PerCapability> capabilities, Map<String, List<String>> confusions) {

        double labelAccuracy() {
            return ratio(topCorrect, positives);
        }

        double anyLabelRecall() {
            return ratio(anyCorrect, positives);
        }

        double falseLabelRate() {
            return ratio(falseLabels, negatives);
        }

        /** Share of all classes whose top label (or none) is right. */
        double overallAccuracy() {
            return ratio(topCorrect + negatives - falseLabels, classes);
        }
    }

    private LabelScorer() {
    }

    static Figures score(List<Outcome> outcomes, List<String> capabilityOrder) {
        int positives = 0;
        int topCorrect = 0;
        int anyCorrect = 0;
        int negatives = 0;
        int falseLabels = 0;
        int anyFalse = 0;
        Map<String, int[]> counts = new LinkedHashMap<>();
        capabilityOrder.forEach(id -> counts.put(id, new int[5]));
        Map<String, List<String>> confusions = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            LabelledClass labelled = outcome.labelled();
            String top = outcome.topLabel();
            boolean right = labelled.accepts(top);
            if (labelled.negative()) {
                negatives++;
                if (!right) {
                    falseLabels++;
                }
                if (!outcome.matches().isEmpty()) {
                    anyFalse++;
                }
            } else {
                positives++;
                int[] own = counts.computeIfAbsent(labelled.primary(), k -> new int[5]);
                own[0]++;
                if (right) {
                    topCorrect++;
                    own[1]++;
                }
                if (outcome.matches().stream().map(CapabilityMatch::capability).anyMatch(labelled::accepts)) {
                    anyCorrect++;
                }
                if (outcome.matches().stream().anyMatch(m -> m.capability().equals(labelled.primary()))) {
                    own[2]++;
                }
            }
            if (!LabelledClass.NONE.equals(top)) {
                int[] label = counts.computeIfAbsent(top, k -> new int[5]);
                label[3]++;
                if (right) {
                    label[4]++;
                }
            }
            if (!right) {
                confusions.computeIfAbsent(labelled.primary() + " → " + top, k -> new ArrayList<>())
                        .add(labelled.simpleName());
            }
        }
        Map<String, PerCapability> capabilities = new LinkedHashMap<>();
        counts.forEach((id, c) -> capabilities.put(id, new PerCapability(c[0], c[1], c[2], c[3], c[4])));
        return new Figures(outcomes.size(), positives, topCorrect, anyCorrect, negatives, falseLabels, anyFalse,
                capabilities, confusions);
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
