package dev.platformscan.engine.parse;

import com.github.javaparser.ParserConfiguration.LanguageLevel;

/** Maps a POM's release/source value ("17", "1.8", "21") to the parser's language level. */
public final class LanguageLevels {
    /** Used when a module declares no level, or one newer than the parser knows. */
    public static final LanguageLevel NEWEST = LanguageLevel.JAVA_25;

    private LanguageLevels() {
    }

    public static LanguageLevel of(String declared) {
        if (declared == null || declared.isBlank()) {
            return NEWEST;
        }
        String value = declared.trim();
        if (value.startsWith("1.")) {
            value = value.substring(2);
        }
        int release;
        try {
            release = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return NEWEST;
        }
        if (release <= 4) {
            return LanguageLevel.JAVA_1_4;
        }
        try {
            LanguageLevel level = LanguageLevel.valueOf("JAVA_" + release);
            return level.ordinal() > NEWEST.ordinal() ? NEWEST : level;
        } catch (IllegalArgumentException e) {
            return NEWEST;
        }
    }
}
