package dev.platformscan.engine.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule's regular expression with a literal prefilter: the words any match must contain (one of them), read from
 * the expression itself, so that a text containing none of them is rejected by a plain substring search instead of
 * running the expression. Texts that pass are still tested by the expression, so {@link #find} answers exactly as
 * {@code pattern.matcher(text).find()} does. The catalog's expressions are mostly alternations of words
 * ({@code (?i)captcha|verif(y|ication)_?code|...}); a regex engine tries every alternative at every position of
 * every string literal and name of the scanned code, which made them the largest part of classification. The idea
 * is RE2's and Lucene's "required substrings" prefilter, kept to the constructs the catalog uses: an expression
 * using anything else (inline flags after the start, back-references, quoted spans) simply has no prefilter.
 */
public final class PrefilteredPattern {
    private final Pattern pattern;
    /** One of these occurs in every text the pattern finds something in; null when nothing is known. */
    private final String[] needles;
    private final boolean ignoreCase;

    private PrefilteredPattern(Pattern pattern, String[] needles, boolean ignoreCase) {
        this.pattern = pattern;
        this.needles = needles;
        this.ignoreCase = ignoreCase;
    }

    public static PrefilteredPattern of(Pattern pattern) {
        String source = pattern.pattern();
        boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        if (source.startsWith("(?i)")) {
            ignoreCase = true;
            source = source.substring(4);
        }
        List<String> needles = null;
        if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) == 0) {
            try {
                needles = new Reader(source).alternation();
            } catch (IllegalArgumentException unsupported) {
                needles = null;
            }
        }
        if (needles != null && ignoreCase) {
            needles.replaceAll(PrefilteredPattern::asciiLowerCase);
        }
        return new PrefilteredPattern(pattern, needles == null ? null : needles.toArray(String[]::new), ignoreCase);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The words one of which every match contains (lower case when the pattern ignores case); empty: unknown. */
    List<String> needles() {
        return needles == null ? List.of() : List.of(needles);
    }

    /** Exactly {@code pattern().matcher(text).find()}. */
    public boolean find(String text) {
        return find(text, ignoreCase && needles != null ? asciiLowerCase(text) : text);
    }

    /**
     * The same, for a caller that already has the text's {@link #asciiLowerCase} (read only when the pattern
     * {@link #ignoresCase}): a text tried against many patterns is lowered once.
     */
    public boolean find(String text, String lowerCase) {
        return mightFind(ignoreCase ? lowerCase : text) && pattern.matcher(text).find();
    }

    /** Whether the pattern ignores case, so that {@link #find(String, String)} reads the lower-case text. */
    public boolean ignoresCase() {
        return ignoreCase;
    }

    private boolean mightFind(String searched) {
        if (needles == null) {
            return true;
        }
        for (String needle : needles) {
            if (searched.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case for ASCII letters only: without {@code UNICODE_CASE}, {@code (?i)} folds only those, so this keeps
     * the prefilter exact where {@link String#toLowerCase} would fold other letters the expression does not.
     */
    public static String asciiLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] = (char) (chars[j] + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    /**
     * Reads an expression into the literals a match must contain. A sequence requires each of its parts that is not
     * optional: a run of literal characters, or a group (one of its alternatives' requirements). Of those it keeps the
     * one whose shortest word is longest. An alternation requires one of its alternatives' requirements; it requires
     * nothing known when one alternative requires nothing known (null).
     */
    private static final class Reader {
        private final String source;
        private int at;

        Reader(String source) {
            this.source = source;
        }

        /** The whole expression's requirement, or null. */
        List<String> alternation() {
            List<String> all = alternatives();
            if (at != source.length()) {
                throw new IllegalArgumentException("unbalanced ) at " + at);
            }
            return all;
        }

        /** Alternatives up to a closing parenthesis or the end. */
        private List<String> alternatives() {
            List<String> union = new ArrayList<>();
            boolean known = true;
            while (true) {
                List<String> required = sequence();
                if (required == null) {
                    known = false;
                } else {
                    union.addAll(required);
                }
                if (at < source.length() && source.charAt(at) == '|') {
                    at++;
                    continue;
                }
                return known ? union : null;
            }
        }

        /** One alternative: up to '|', ')' or the end. */
        private List<String> sequence() {
            List<String> best = null;
            StringBuilder run = new StringBuilder();
            while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
                char c = source.charAt(at);
                List<String> part;
                String literal = null;
                if (c == '(') {
                    part = group();
                } else if (c == '[') {
                    skipClass();
                    part = null;
                } else if (c == '\\') {
                    literal = escape();
                    part = null;
                } else if (c == '.' || c == '^' || c == '$') {
                    at++;
                    part = null;
                } else if ("?*+{".indexOf(c) >= 0) {
                    throw new IllegalArgumentException("quantifier without operand at " + at);
                } else {
                    literal = String.valueOf(c);
                    at++;
                    part = null;
                }
                int before = at;
                boolean optional = quantifier();
                boolean repeated = at > before && !optional;
                if (literal != null && !optional) {
                    run.append(literal);
                    if (!repeated) {
                        continue;
                    }
                    // "ab+c" matches "abbc": what follows a repeated character is not next to the run
                }
                best = better(best, run);
                run.setLength(0);
                if (!optional && part != null) {
                    best = better(best, part);
                }
            }
            return better(best, run);
        }

        /** A group's requirement (null for lookarounds and for groups that require nothing known). */
        private List<String> group() {
            at++; // (
            boolean lookaround = false;
            if (source.startsWith("?:", at)) {
                at += 2;
            } else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else if (at < source.length() && source.charAt(at) == '?') {
                throw new IllegalArgumentException("unsupported group at " + at);
            }
            List<String> inside = alternatives();
            if (at >= source.length() || source.charAt(at) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            at++;
            return lookaround ? null : inside;
        }

        private void skipClass() {
            at++; // [
            if (at < source.length() && source.charAt(at) == '^') {
                at++;
            }
            if (at < source.length() && source.charAt(at) == ']') {
                at++; // a leading ] is a member
            }
            while (at < source.length() && source.charAt(at) != ']') {
                if (source.charAt(at) == '[') {
                    throw new IllegalArgumentException("nested class at " + at);
                }
                at += source.charAt(at) == '\\' ? 2 : 1;
            }
            if (at >= source.length()) {
                throw new IllegalArgumentException("unclosed class");
            }
            at++;
        }

        /** The character an escape stands for, or null for a class or an assertion (\s, \w, \b, ...). */
        private String escape() {
            if (at + 1 >= source.length()) {
                throw new IllegalArgumentException("trailing backslash");
            }
            char c = source.charAt(at + 1);
            at += 2;
            if (Character.isLetterOrDigit(c)) {
                if ("sSwWdDbBAGZzRhHvVXN".indexOf(c) >= 0) {
                    return null;
                }
                // Q, p{..}, x.., u...., t after a backslash, back-references and the rest: not read
                throw new IllegalArgumentException("unsupported escape \\" + c);
            }
            return String.valueOf(c);
        }

        /** Reads a quantifier after an operand; true when it lets the operand occur zero times. */
        private boolean quantifier() {
            if (at >= source.length()) {
                return false;
            }
            char c = source.charAt(at);
            boolean optional;
            if (c == '?' || c == '*') {
                at++;
                optional = true;
            } else if (c == '+') {
                at++;
                optional = false;
            } else if (c == '{') {
                int close = source.indexOf('}', at);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed quantifier");
                }
                String bounds = source.substring(at + 1, close);
                at = close + 1;
                optional = bounds.startsWith("0") || bounds.startsWith(",");
            } else {
                return false;
            }
            if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
                at++; // lazy or possessive
            }
            return optional;
        }

        private static List<String> better(List<String> best, CharSequence run) {
            return run.length() == 0 ? best : better(best, new ArrayList<>(List.of(run.toString())));
        }

        /** The requirement to keep: known over unknown, then the one whose shortest word is longer. */
        private static List<String> better(List<String> best, List<String> candidate) {
            if (candidate == null || candidate.isEmpty()) {
                return best;
            }
            if (best == null || shortest(candidate) > shortest(best)) {
                return new ArrayList<>(candidate);
            }
            return best;
        }

        private static int shortest(List<String> words) {
            return words.stream().mapToInt(String::length).min().orElse(0);
        }
    }

    @Override
    public String toString() {
        return pattern.pattern() + (needles == null ? "" : " (needs one of " + List.of(needles) + ")");
    }
}
