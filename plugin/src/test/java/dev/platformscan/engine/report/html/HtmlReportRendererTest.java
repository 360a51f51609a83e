package dev.platformscan.engine.report.html;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.report.ReportFormats;
import dev.platformscan.engine.score.ScanHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportRendererTest {
    private static final String SCRIPT_BREAKOUT = "</script><script>alert(1)</script>";
    private static final String IMG_ATTACK = "<img src=x onerror=alert(1)>";
    private static final String HOSTILE = SCRIPT_BREAKOUT + IMG_ATTACK + "\"'\u2028\u2029&";
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");

    @TempDir
    Path root;

    private static String copy(String name, String extra) {
        return "package com.example;\n\nclass " + name + " {\n    String run(String token) {\n"
                + "        if (token == null) {\n            throw new IllegalArgumentException(\"no token\");\n        }\n"
                + extra + "        return token.trim();\n    }\n}\n";
    }

    private SampleScan twoModules() {
        return new SampleScan(root)
                .module("com.example:billing", "billing", null, Map.of("token-jwt", 3, "http-client", 1))
                .module("com.example:orders", "orders", "UTF-8", Map.of("token-jwt", 2))
                .opportunity("token-jwt", "Tokens and JWT", "calls: parse",
                        new SampleScan.CopyFile("com.example:billing", "billing/src/main/java/com/example/A.java",
                                copy("A", "        audit(token);\n")),
                        new SampleScan.CopyFile("com.example:orders", "orders/src/main/java/com/example/B.java",
                                copy("B", "        log(token);\n")));
    }

    @Test
    void anOpportunityMadeOfOneFamilyShowsItsClustersAsVariantsOfOneEntry() throws Exception {
        ScanResult sample = twoModules().result();
        dev.platformscan.engine.cluster.CloneCluster first = sample.clusters().get(0).withFamily("F0123456789ab");
        dev.platformscan.engine.cluster.CloneCluster second = new dev.platformscan.engine.cluster.CloneCluster(
                "cluster-2", dev.platformscan.engine.cluster.CloneType.T3, 0.74, "method", first.modules(),
                first.members(), 30, null, "F0123456789ab");
        dev.platformscan.engine.score.Opportunity o = sample.opportunities().get(0);
        dev.platformscan.engine.score.Opportunity family = new dev.platformscan.engine.score.Opportunity(
                "family:F0123456789ab", 1, null, null, o.title(), o.score(), o.reach(), o.impact(), o.confidence(),
                o.effort(), java.util.List.of(first.id(), second.id()), o.copies(), o.pioneer(), o.component());
        ScanResult result = new ScanResult(sample.toolVersion(), sample.request(), sample.summary(), sample.modules(),
                java.util.List.of(first, second), sample.problems(), sample.elapsed(), java.util.List.of(family),
                sample.history());

        String html = SampleScan.render(result);

        assertThat(html).contains("One family: 2 variants of one piece of code that drifted apart")
                .contains("Variant 1: T3 method copies, 85% similar at least")
                .contains("Variant 2: T3 method copies, 74% similar at least")
                .doesNotContain("Built from 2 clusters");
        String single = SampleScan.render(sample);
        assertThat(single).contains("Built from 1 cluster of near-duplicate code").doesNotContain("One family:");

        // a capability's opportunity over a family and a lone cluster: the family is one entry with its variants
        dev.platformscan.engine.cluster.CloneCluster alone = new dev.platformscan.engine.cluster.CloneCluster(
                "cluster-3", dev.platformscan.engine.cluster.CloneType.T2, 0.97, "method", first.modules(),
                first.members(), 12, null, "cluster-3");
        dev.platformscan.engine.score.Opportunity capability = new dev.platformscan.engine.score.Opportunity(
                o.id(), 1, o.capabilityId(), o.capabilityName(), o.title(), o.score(), o.reach(), o.impact(), o.confidence(),
                o.effort(), java.util.List.of(first.id(), alone.id(), second.id()), o.copies(), o.pioneer(), o.component());
        String mixed = SampleScan.render(new ScanResult(sample.toolVersion(), sample.request(), sample.summary(),
                sample.modules(), java.util.List.of(first, second, alone), sample.problems(), sample.elapsed(),
                java.util.List.of(capability), sample.history()));
        assertThat(mixed).contains("Built from 3 clusters of near-duplicate code in 2 families")
                .contains("<li>One family of 2 variants, linked by copies verified across them:<ul class=\"clusters\">"
                        + "<li>Variant 1: T3 method copies, 85% similar at least")
                .contains("<li>Variant 2: T3 method copies, 74% similar at least")
                .contains("<li>T2 method copies, 97% similar at least")
                .doesNotContain("One family: ");
    }

    @Test
    void templateInstancesAreListedFoldedBelowTheRankingAndNotAsOpportunities(@TempDir Path scaffold) throws Exception {
        ScanResult result = new dev.platformscan.engine.TestRepository(scaffold)
                .module("admin", "scaffold/SysPostController.java", "scaffold/SysRoleController.java")
                .module("codegen", "scaffold/GenTemplateController.java")
                .scan();
        assertThat(result.templates()).isNotEmpty();
        String html = SampleScan.render(result);

        int templates = html.indexOf("<section id=\"templates\"");
        assertThat(templates).as("the templates section").isPositive();
        assertThat(html.indexOf("<section id=\"problems\"")).isGreaterThan(templates);
        String section = html.substring(templates, html.indexOf("</section>", templates));
        assertThat(section).contains("<details class=\"templates\">").doesNotContain("<details class=\"templates\" open")
                .contains("SysPostController", "SysRoleController", "GenTemplateController")
                .as("titled by role and entities").contains("<strong>3 controllers: GenTemplate, SysPost, SysRole</strong>: 3 classes in 2 modules");
        assertThat(result.opportunities()).flatExtracting(o -> o.clusters()).doesNotContain(result.templates().get(0).id());
    }

    @Test
    void hostileTextFromTheScanAppearsOnlyEscaped() throws Exception {
        String hostileModule = "com.example:\"evil\" " + HOSTILE;
        String hostileFile = "evil/src/main/java/" + IMG_ATTACK.replace('/', '_') + ".java";
        ScanResult result = new SampleScan(root)
                .module("com.example:good", "good", null, Map.of("token-jwt", 1))
                .module(hostileModule, "evil", null, Map.of("token-jwt", 1, HOSTILE, 2))
                .opportunity("token-jwt", "Tokens " + HOSTILE, "literal: " + HOSTILE,
                        new SampleScan.CopyFile("com.example:good", "good/src/main/java/A.java",
                                copy("A", "        String s = \"" + SCRIPT_BREAKOUT + "\";\n")),
                        new SampleScan.CopyFile(hostileModule, hostileFile,
                                copy("B", "        // " + IMG_ATTACK + " \u2028\n        String s = \"" + SCRIPT_BREAKOUT + "\";\n")))
                .problem(new Problem(hostileFile, 3, "cannot parse " + HOSTILE))
                .result();

        String html = SampleScan.render(result);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("\u2028")
                .doesNotContain("\u2029");
        assertThat(count(html, "<script")).as("the data block and the report's own script").isEqualTo(2);
        assertThat(count(html, "</script>")).isEqualTo(2);
        assertThat(html).contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("com.example:&quot;evil&quot;");
        String data = between(html, "<script type=\"application/json\" id=\"report-data\">", "</script>");
        assertThat(data).contains("\\u003c/script\\u003e").contains("\\u2028").doesNotContain("<").doesNotContain(">");
        for (String tag : tags(html)) {
            String withoutValues = tag.replaceAll("\"[^\"]*\"", "\"\"");
            assertThat(withoutValues).as(tag).doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContainPattern("\\sstyle\\s*=");
        }
    }

    @Test
    void contentSecurityPolicyAllowsExactlyTheInlineScriptAndStyleByHash() throws Exception {
        String html = SampleScan.render(twoModules().result());

        String script = between(html, "<script>", "</script>");
        String style = between(html, "<style>", "</style>");
        String styleWithoutScripts = between(html, "<noscript><style>", "</style></noscript>");
        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
        assertThat(policy.find()).isTrue();
        assertThat(policy.group(1)).isEqualTo("default-src 'none'; script-src 'sha256-" + sha256(script)
                + "'; style-src 'sha256-" + sha256(style) + "' 'sha256-" + sha256(styleWithoutScripts)
                + "'; img-src data:; base-uri 'none'; form-action 'none'");
        assertThat(html.indexOf("Content-Security-Policy")).isLessThan(html.indexOf("<style>"));
        assertThat(count(html, "<style")).isEqualTo(2);
    }

    @Test
    void nothingIsLoadedFromAnywhere() {
        String html = SampleScan.render(twoModules().result());

        assertThat(html).doesNotContainPattern("\\ssrc\\s*=").doesNotContain("url(").doesNotContain("@import")
                .doesNotContain("http://").doesNotContain("<link");
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (links.find()) {
            assertThat(links.group(1)).startsWith("#");
        }
    }

    @Test
    void theSameResultGivesByteIdenticalOutputWhateverTheScanTook() {
        String first = SampleScan.render(twoModules().result());
        String second = SampleScan.render(twoModules().elapsed(Duration.ofMinutes(7)).result());

        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContain("1.2 s").doesNotContain("1234");
    }

    @Test
    void theSideBySideViewMarksTheChangedLine() {
        String html = SampleScan.render(twoModules().result());

        assertThat(html).contains("<tr class=\"changed\"><td>8</td><td>        audit(token);</td><td>8</td><td>        log(token);</td></tr>");
        assertThat(html).contains("<tr class=\"same\"><td>4</td><td>    String run(String token) {</td><td>4</td>");
        assertThat(html).contains("<span class=\"badge pioneer\">pioneer</span>");
    }

    @Test
    void copiesAreReadWithTheModuleEncodingAndAMissingFileSaysSo() throws Exception {
        SampleScan scan = new SampleScan(root)
                .module("com.example:latin", "latin", "ISO-8859-1", Map.of())
                .module("com.example:gone", "gone", null, Map.of())
                .opportunity(null, null, null,
                        new SampleScan.CopyFile("com.example:latin", "latin/G.java", copy("G", "        greet(\"Grüße\");\n")),
                        new SampleScan.CopyFile("com.example:gone", "gone/H.java", copy("H", "")));
        ScanResult result = scan.result();
        Files.write(root.resolve("latin/G.java"), Files.readAllBytes(root.resolve("latin/G.java")), java.nio.file.StandardOpenOption.APPEND);
        String withLatin = SampleScan.render(result);
        assertThat(withLatin).contains("greet(&quot;Grüße&quot;);");

        Files.delete(root.resolve("gone/H.java"));
        assertThat(SampleScan.render(result)).contains("source not available");
    }

    @Test
    void invalidBytesAreReplacedAndLongCopiesCapped() throws Exception {
        StringBuilder longBody = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            longBody.append("        step").append(i).append("();\n");
        }
        ScanResult result = new SampleScan(root)
                .module("com.example:a", "a", null, Map.of())
                .module("com.example:b", "b", null, Map.of())
                .opportunity(null, null, null,
                        new SampleScan.CopyFile("com.example:a", "a/A.java", copy("A", longBody.toString())),
                        new SampleScan.CopyFile("com.example:b", "b/B.java", copy("B", "        broken();\n")))
                .result();
        byte[] bytes = Files.readAllBytes(root.resolve("b/B.java"));
        bytes[bytes.length - 12] = (byte) 0xC3; // a lone lead byte: malformed UTF-8
        Files.write(root.resolve("b/B.java"), bytes);

        String html = SampleScan.render(result);

        assertThat(html).contains("\uFFFD").contains("step140();").doesNotContain("step150();")
                .contains("more lines not shown (150 at most per copy)");
    }

    @Test
    void heatmapHasOneCellPerModuleAndCapabilityWithItsCount() {
        String html = SampleScan.render(twoModules().result());

        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<g class=\"cell[^\"]*\" data-module=\"([^\"]*)\" data-capability=\"([^\"]*)\" data-count=\"(\\d+)\"")
                .matcher(html);
        while (cell.find()) {
            cells.add(cell.group(1) + "|" + cell.group(2) + "|" + cell.group(3));
        }
        assertThat(cells).containsExactly("com.example:billing|token-jwt|3", "com.example:billing|http-client|1",
                "com.example:orders|token-jwt|2", "com.example:orders|http-client|0");
        assertThat(html).contains("<g class=\"cell in-opportunity\" data-module=\"com.example:orders\" data-capability=\"token-jwt\"");
    }

    @Test
    void historyGivesATrendWithWhatShrank() {
        ScanResult result = twoModules().history(new ScanHistory(List.of(
                new ScanHistory.Entry("2026-01-05", "abc", 300, 150, 0.5, Map.of("capability:token-jwt", 120, "capability:cache", 30)),
                new ScanHistory.Entry("2026-02-05", "def", 300, 100, 0.3333, Map.of("capability:token-jwt", 90))))).result();

        String html = SampleScan.render(result);

        assertThat(html).contains("<section id=\"trend\"").contains("Duplicated lines went from 150 (2026-01-05) to 80 now")
                .contains("<polyline").contains("&minus;40 shrank").contains("&minus;10 shrank");
        assertThat(SampleScan.render(twoModules().result())).doesNotContain("<section id=\"trend\"");
    }

    @Test
    void aLargeScanStaysSmallAndDetailsOnlyTheTopOpportunities() {
        SampleScan scan = new SampleScan(root)
                .module("com.example:a", "a", null, Map.of("token-jwt", 900))
                .module("com.example:b", "b", null, Map.of("token-jwt", 900));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 140; i++) {
            body.append("        String value").append(i).append(" = compute(\"some reasonably long literal\", ").append(i).append(");\n");
        }
        for (int i = 0; i < 1500; i++) {
            scan.opportunity("capability-" + i, "Capability number " + i, "calls: x",
                    new SampleScan.CopyFile("com.example:a", "a/A" + i + ".java", copy("A" + i, body.toString())),
                    new SampleScan.CopyFile("com.example:b", "b/B" + i + ".java", copy("B" + i, body.toString().replace("value1", "other"))));
        }

        String html = SampleScan.render(scan.result());

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(6_000_000);
        assertThat(count(html, "<tr data-index=")).isEqualTo(1500);
        assertThat(count(html, "<details class=\"opportunity\"")).isEqualTo(HtmlReportRenderer.DETAILED_OPPORTUNITIES);
    }

    @Test
    void isAReportFormatCalledHtml() {
        assertThat(ReportFormats.select(List.of("html"))).singleElement()
                .satisfies(renderer -> assertThat(renderer.defaultFileName()).isEqualTo("report.html"));
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> tags(String html) {
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            tags.add(tag.group());
        }
        return tags;
    }
}
