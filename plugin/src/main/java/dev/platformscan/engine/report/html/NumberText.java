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

    /** "3" for whole numbers, "0.86" below 10, "28.4" below 100, "1,250" above. */
    static String score(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return count((long) value);
        }
        double size = Math.abs(value);
        return String.format(Locale.ROOT, size < 10 ? "%.2f" : size < 100 ? "%.1f" : "%,.0f", value);
    }

    /** "3 modules", "1 module". */
    static String plural(long value, String singular, String plural) {
        return count(value) + " " + (value == 1 ? singular : plural);
    }
}
