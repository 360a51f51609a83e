package dev.platformscan.engine.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of Java names, split where camel case or digits change ({@code OAuth2ConfigurerUtils}: o, auth, 2,
 * configurer, utils; {@code HTTPClient}: http, client; {@code sys_post}: sys, post), lower case. What a unit's
 * identifiers and its class's name say about which entity the code is for ({@code cluster.TemplateSlot}).
 */
public final class NameWords {
    private NameWords() {
    }

    /** The words of {@code name[from, to)}, in order. */
    public static List<String> of(CharSequence name, int from, int to) {
        return split(name, from, to, true);
    }

    public static List<String> of(String name) {
        return of(name, 0, name.length());
    }

    /** The words of a name as they are written, for showing ({@code NewBeeMallOrder}: New, Bee, Mall, Order). */
    public static List<String> asWritten(String name) {
        return split(name, 0, name.length(), false);
    }

    private static List<String> split(CharSequence name, int from, int to, boolean lowerCase) {
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = from; i < to; i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (start >= 0) {
                    words.add(word(name, start, i, lowerCase));
                    start = -1;
                }
                continue;
            }
            if (start >= 0 && boundary(name, i, to)) {
                words.add(word(name, start, i, lowerCase));
                start = i;
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(word(name, start, to, lowerCase));
        }
        return words;
    }

    /** The hash a word is kept as. */
    public static int hash(String word) {
        return word.hashCode();
    }

    private static boolean boundary(CharSequence name, int i, int to) {
        char previous = name.charAt(i - 1);
        char current = name.charAt(i);
        if (Character.isDigit(previous) != Character.isDigit(current)) {
            return true;
        }
        if (Character.isUpperCase(current)) {
            // aB starts a word; in ABc the B starts one (HTTPClient: HTTP | Client)
            return Character.isLowerCase(previous)
                    || (Character.isUpperCase(previous) && i + 1 < to && Character.isLowerCase(name.charAt(i + 1)));
        }
        return false;
    }

    private static String word(CharSequence name, int from, int to, boolean lowerCase) {
        String word = name.subSequence(from, to).toString();
        return lowerCase ? word.toLowerCase(Locale.ROOT) : word;
    }
}
