package dev.platformscan.engine.parse;

import dev.platformscan.engine.Units;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bracket-depth pass that runs before the parser counts code only, and names the right line. */
class NestingGuardTest {

    @Test
    void bracketsInCommentsAndLiteralsDoNotCount() {
        String deep = "(".repeat(3_000);
        String source = "package p;\n\nclass Literals {\n"
                + "    // " + deep + "\n"
                + "    /* " + deep + "\n   " + deep + " */\n"
                + "    String s = \"" + deep + "\\\"" + deep + "\";\n"
                + "    char c = '(';\n"
                + "    String block = \"\"\"\n        " + deep + "\n        \\\"\"\" " + deep + "\n        \"\"\";\n"
                + "}\n";
        assertThat(JavaSourceParser.lineNestedDeeperThan(source, JavaSourceParser.MAX_NESTING)).isZero();
        assertThat(Units.parse(source, 1, 1).problems()).isEmpty();
    }

    @Test
    void theLineIsCountedAcrossCommentsLiteralsAndEveryLineEnd() {
        String source = "/* one\r\n two\r three */\n\"\"\"\nfour\n\"\"\"\n// five\r\n" + "{".repeat(11) + "\n";
        assertThat(JavaSourceParser.lineNestedDeeperThan(source, 10)).isEqualTo(8);
        assertThat(JavaSourceParser.lineNestedDeeperThan(source, 11)).isZero();
        assertThat(JavaSourceParser.lineNestedDeeperThan("(((\n)))(((\n(", 3)).isEqualTo(3);
    }

    @Test
    void unterminatedCommentsAndLiteralsEndTheCountSafely() {
        assertThat(JavaSourceParser.lineNestedDeeperThan("class A { /* ((((", 2)).isZero();
        assertThat(JavaSourceParser.lineNestedDeeperThan("class A { String s = \"((((\n ((((", 3)).isEqualTo(2);
        assertThat(JavaSourceParser.lineNestedDeeperThan("\"\"\"", 1)).isZero();
        assertThat(JavaSourceParser.lineNestedDeeperThan("'\\", 1)).isZero();
    }
}
