package dev.platformscan.engine.report.html;

import java.util.Locale;

/** Numbers as the report prints them: the same on every machine (no default locale). */
final class NumberText {

    private NumberText() {
    }

    /** "1,629". */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** "44.0%" for 0.44. */
    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    /** "82%" for 0.82. */
    static String wholePercent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    /** "1.4", "1,250" for large values: one decimal below 100, none above. */
    static String score(double value) {
        return Math.abs(value) < 100 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%,.0f", value);
    }

    /** "3 modules", "1 module". */
    static String plural(long value, String singular, String plural) {
        return count(value) + " " + (value == 1 ? singular : plural);
    }
}
