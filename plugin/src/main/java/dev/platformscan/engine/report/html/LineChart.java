package dev.platformscan.engine.report.html;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import static dev.platformscan.engine.report.html.Html.escape;

/** A small SVG line chart: one value per labelled point, from zero up to the largest value. */
final class LineChart {
    private static final int WIDTH = 460;
    private static final int HEIGHT = 210;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 34;
    /** Space between the axis and the first and last point, so value labels do not meet the axis labels. */
    private static final int INSET = 36;

    private LineChart() {
    }

    /** A figure with the title as its caption. */
    static String figure(String title, List<String> labels, List<Double> values, DoubleFunction<String> format) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double top = roundUp(max * 1.1);
        int plotWidth = WIDTH - LEFT - RIGHT - 2 * INSET;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<figure><figcaption>").append(escape(title)).append("</figcaption>")
                .append("<svg class=\"chart\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"11\"><title>").append(escape(title))
                .append("</title>\n");
        for (int tick = 0; tick <= 2; tick++) {
            double value = top * tick / 2;
            double y = TOP + plotHeight - plotHeight * tick / 2.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d8dee4\"/>",
                    LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#57606a\">%s</text>\n",
                    LEFT - 6, y + 4, escape(format.apply(value))));
        }
        StringBuilder points = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = LEFT + INSET + (values.size() == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (values.size() - 1));
            double y = TOP + plotHeight - plotHeight * values.get(i) / top;
            points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
            String text = escape(format.apply(values.get(i)));
            marks.append(String.format(Locale.ROOT, "<g class=\"point\"><title>%s: %s</title>"
                            + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f6feb\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#1f2328\">%s</text>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#57606a\">%s</text></g>\n",
                    escape(labels.get(i)), text, x, y, x, y - 9, text, x, HEIGHT - BOTTOM + 18, escape(labels.get(i))));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"2\" points=\"").append(points).append("\"/>\n")
                .append(marks).append("</svg></figure>");
        return svg.toString();
    }

    /** The axis top: the next round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten), so the ticks are round too. */
    static double roundUp(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
