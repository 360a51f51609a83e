package dev.platformscan.engine.report.html;

/**
 * A small bar showing a score against the highest score of the report, in 5% steps: one element whose
 * class the stylesheet turns into a filled share ({@code w0} … {@code w20}), so 1,500 rows stay cheap to lay out.
 */
final class ScoreBar {
    static final int STEPS = 20;

    private ScoreBar() {
    }

    static String html(double score, double maxScore) {
        double share = maxScore > 0 ? Math.max(0, Math.min(1, score / maxScore)) : 0;
        return "<i class=\"bar w" + Math.round(share * STEPS) + "\" aria-hidden=\"true\"></i>";
    }
}
