package dev.platformscan.it.accuracy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizedTokensTest {

    @Test
    void identifiersAndLiteralsBecomeTheirKindKeywordsAndOperatorsStay() {
        String method = """
                int f(String s) { // a comment
                    long l = 1L + 0x1F; double d = 2.5f; char c = 'x';
                    boolean b = true || false; Object o = null; /* block */
                    return s.length() + "t".length();
                }""";
        assertThat(String.join(" ", NormalizedTokens.ofMethod(method))).isEqualTo(
                "int <id> ( <id> <id> ) { "
                        + "long <id> = <long> + <int> ; double <id> = <float> ; char <id> = <char> ; "
                        + "boolean <id> = <boolean> || <boolean> ; <id> <id> = <null> ; "
                        + "return <id> . <id> ( ) + <string> . <id> ( ) ; }");
    }

    @Test
    void layoutAndCommentsDoNotChangeTheSequence() {
        String reformatted = Snippets.JOIN.replace("\n    ", "\n\t/* x */ ").replace(" {", "\n{");
        assertThat(NormalizedTokens.ofMethod(reformatted)).isEqualTo(NormalizedTokens.ofMethod(Snippets.JOIN));
    }

    @Test
    void encodingIsStableAcrossCalls() {
        assertThat(NormalizedTokens.encode(NormalizedTokens.ofMethod(Snippets.COPY)))
                .isEqualTo(NormalizedTokens.encode(NormalizedTokens.ofMethod(Snippets.COPY)));
    }
}
