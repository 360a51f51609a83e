package dev.platformscan.engine.classify;

import dev.platformscan.rules.RuleLoader;
import dev.platformscan.rules.Signal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PrefilteredPatternTest {

    private static List<String> needles(String regex) {
        return PrefilteredPattern.of(Pattern.compile(regex)).needles();
    }

    @Test
    void aMatchNeedsOneWordOfEachAlternativeTheLongestRequiredOne() {
        assertThat(needles("(?i)captcha|verif(y|ication)_?code|one_?time")).containsExactly("captcha", "verif", "time");
        assertThat(needles("(?i)(?<![bc])lock(?!out)|mutex")).containsExactly("lock", "mutex");
        assertThat(needles("(?i)(current|login)_?(user|member)")).containsExactly("current", "login");
        assertThat(needles("^(R|Result|AjaxResult)$")).containsExactly("R", "Result", "AjaxResult");
        assertThat(needles("(?i)\\bLOG_?(IN|OUT)")).containsExactly("log");
        assertThat(needles("doc\\.html|/v[23]/api-docs")).containsExactly("doc.html", "/api-docs");
    }

    @Test
    void repeatedAndOptionalCharactersBreakTheWord() {
        assertThat(needles("ab+cde")).as("abbcde has no abc").containsExactly("cde");
        assertThat(needles("abcd?e")).containsExactly("abc");
        assertThat(needles("abc{0,2}de")).containsExactly("ab");
        assertThat(PrefilteredPattern.of(Pattern.compile("ab+cde")).find("xabbbcdey")).isTrue();
    }

    @Test
    void whatItCannotReadHasNoPrefilterAndStillMatches() {
        for (String regex : List.of("a|", "(?i)x(?-i)Y", "\\Qa.b\\E", "\\p{Lu}abc", "(a)\\1", "(?<name>abc)", ".*", "")) {
            PrefilteredPattern pattern = PrefilteredPattern.of(Pattern.compile(regex));
            assertThat(pattern.needles()).as(regex).isEmpty();
        }
        assertThat(PrefilteredPattern.of(Pattern.compile("\\Qa.b\\E")).find("xa.by")).isTrue();
    }

    @Test
    void ignoringCaseFoldsOnlyWhatTheExpressionFolds() {
        PrefilteredPattern kelvin = PrefilteredPattern.of(Pattern.compile("(?i)kit"));
        assertThat(kelvin.find("\u212Ait")).isEqualTo(Pattern.compile("(?i)kit").matcher("\u212Ait").find());
        assertThat(kelvin.find("A KIT")).isTrue();
        assertThat(PrefilteredPattern.of(Pattern.compile("Kit")).find("kit")).isFalse();
    }

    /**
     * Every pattern of the built-in catalog answers exactly as its expression on real texts: the string literals and
     * identifiers of this repository's sources, and each needle written into a text in other cases (so that the
     * expressions' hits are tried, not only their misses).
     */
    @Test
    void theCatalogsPatternsAnswerAsTheirExpressionsOnRealTexts() throws IOException {
        Set<String> texts = realTexts(Path.of("..").toAbsolutePath().normalize());
        assertThat(texts).hasSizeGreaterThan(5_000);
        List<PrefilteredPattern> patterns = new ArrayList<>();
        for (var rule : RuleLoader.builtIn().rules()) {
            for (Signal signal : rule.signals()) {
                signal.patterns().forEach(pattern -> patterns.add(PrefilteredPattern.of(pattern)));
            }
        }
        int withPrefilter = 0;
        long hits = 0;
        for (PrefilteredPattern pattern : patterns) {
            withPrefilter += pattern.needles().isEmpty() ? 0 : 1;
            List<String> tried = new ArrayList<>(texts);
            for (String needle : pattern.needles()) {
                tried.add("get" + needle.toUpperCase(java.util.Locale.ROOT) + "Value");
                tried.add(needle.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + needle.substring(1));
                tried.add(needle);
            }
            for (String text : tried) {
                boolean expected = pattern.pattern().matcher(text).find();
                assertThat(pattern.find(text)).as(pattern + " on \"" + text + "\"").isEqualTo(expected);
                hits += expected ? 1 : 0;
            }
        }
        assertThat(withPrefilter).as("most of the catalog's patterns get a prefilter").isGreaterThan(patterns.size() * 3 / 4);
        assertThat(hits).as("the expressions' hits are tried too").isGreaterThan(1_000);
    }

    private static Set<String> realTexts(Path root) throws IOException {
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
        Pattern identifier = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
        Set<String> texts = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/target/"))
                    .toList()) {
                String source = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                for (Matcher m = literal.matcher(source); m.find(); ) {
                    texts.add(m.group(1));
                }
                for (Matcher m = identifier.matcher(source); m.find(); ) {
                    texts.add(m.group());
                }
            }
        }
        return texts;
    }
}
