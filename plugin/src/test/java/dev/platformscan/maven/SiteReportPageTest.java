package dev.platformscan.maven;

import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.classify.ClusterCapability;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.score.Opportunity;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SiteReportPageTest {

    @Test
    void summaryLinksRankedTableAndHeatmapWithCodeTextEscaped() {
        String hostile = "{evil, javascript:alert(1)} <script>x</script> & {unbalanced";
        Opportunity opportunity = new Opportunity("capability:x", 1, "x", "X", hostile, 12.5,
                new Opportunity.Reach(List.of("g:orders", "g:billing"), List.of(), "none", 2, ""),
                new Opportunity.Impact(300, 150, 2, 4, -1, 150, ""), new Opportunity.Confidence(0.9, 1, 0.9, ""),
                new Opportunity.Effort(0.1, 0, 1.1, ""), List.of("c"), List.of(),
                new Opportunity.Pioneer("g:orders<b>", "F.java", "F", ""), new Opportunity.SuggestedComponent("m", "T", List.of()));
        CloneCluster cluster = new CloneCluster("c", CloneType.T1, 1.0, "class", List.of("g:billing", "g:orders"),
                List.of(new ClusterMember("g:orders", "o/F.java", "F", 1, 150, 90, 1.0, List.of()),
                        new ClusterMember("g:billing", "b/F.java", "F", 1, 150, 90, 1.0, List.of())),
                300, new ClusterCapability("data-access", "Data access <JDBC>", 1.0, 2, List.of()));
        ScanResult result = new ScanResult("1.0", ScanRequest.defaults(Path.of("/repo"), List.of()),
                new ScanSummary(3, 4, 1_000, 10, 1, 300, 0.3, 0, 0, 0, 0), List.of(), List.of(cluster), List.of(),
                Duration.ZERO, List.of(opportunity), null);

        StringWriter html = new StringWriter();
        new SiteReportPage(result, List.of("platform-scan/report.md", "platform-scan/report.json"))
                .render(new Xhtml5BaseSink(html));
        String page = html.toString();

        assertThat(page).contains("300 duplicated lines (30.0% of 1,000 lines of code in 3 modules): 1 platform opportunity"
                        + " in 1 cluster of near-duplicate code.")
                .contains("<a href=\"platform-scan/report.md\">report.md</a>", "<a href=\"platform-scan/report.json\">report.json</a>")
                .contains("{evil, javascript:alert(1)} &lt;script&gt;x&lt;/script&gt; &amp; {unbalanced")
                .contains("2 modules", "300 / 150", "0.90", "1.10", "12.5", "orders&lt;b&gt;")
                .contains("Data access &lt;JDBC&gt;")
                .doesNotContain("<script>", "javascript:alert(1)\"", "<b>");
        assertThat(page.indexOf("Ranked opportunities")).isLessThan(page.indexOf("Which modules repeat which capability"));
    }
}
