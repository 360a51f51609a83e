package dev.platformscan.engine.report.html;

import java.util.Locale;

/** A small horizontal bar showing a score against the highest score of the report. */
final class ScoreBar {
    private static final int WIDTH = 64;

    private ScoreBar() {
    }

    static String svg(double score, double maxScore) {
        double share = maxScore > 0 ? Math.max(0, Math.min(1, score / maxScore)) : 0;
        return String.format(Locale.ROOT, "<svg class=\"bar\" width=\"%d\" height=\"8\" aria-hidden=\"true\">"
                + "<rect width=\"%d\" height=\"8\" rx=\"2\" fill=\"#e4e7eb\"/>"
                + "<rect width=\"%.1f\" height=\"8\" rx=\"2\" fill=\"#1f6feb\"/></svg>", WIDTH, WIDTH, share * WIDTH);
    }
}
