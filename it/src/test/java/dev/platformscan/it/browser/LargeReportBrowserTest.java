package dev.platformscan.it.browser;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.score.Opportunity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A code base with 1,500 opportunities: the report stays small and opens and sorts quickly. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeReportBrowserTest {
    private static final int OPPORTUNITIES = 1500;

    private Path report;
    private ReportBrowser browser;

    @BeforeAll
    void renderAndStart() throws Exception {
        ScanResult large = enlarged(ReportFixture.scan(ReportFixture.DEMO, ReportFixture.mavenModules(ReportFixture.DEMO)));
        report = ReportFixture.render(large, Path.of("target/browser/large"));
        browser = ReportBrowser.start();
    }

    @AfterAll
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void fifteenHundredOpportunitiesStaySmallAndOpenInUnderTwoSeconds() throws Exception {
        assertThat(Files.size(report)).as("bytes").isLessThan(6_000_000);
        double fastestLoad = Double.MAX_VALUE;
        for (int load = 0; load < 3; load++) { // the best of three: other processes share this machine's cores
            browser.open(report);
            Number loaded = (Number) browser.script(
                    "var n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
            fastestLoad = Math.min(fastestLoad, loaded.doubleValue());
        }
        System.out.printf("report.html with %d opportunities: %,d bytes, loaded in %.0f ms%n", OPPORTUNITIES,
                Files.size(report), fastestLoad);
        assertThat(fastestLoad).as("milliseconds until loaded").isPositive().isLessThan(2000);
        assertThat(browser.all("#opportunity-table tbody tr")).hasSize(OPPORTUNITIES);
        assertThat(visibleRows(browser)).as("rows shown before asking for all").isEqualTo(100);
        Number sorted = (Number) browser.script("var start = performance.now();"
                + " document.querySelector(\"th[data-key='reach'] button\").click(); return performance.now() - start;");
        assertThat(sorted.doubleValue()).as("milliseconds to sort").isLessThan(1000);
        assertThat(browser.one("#filter-count").getText()).isEqualTo("100 of 1500 matching shown (1500 in all)");
        browser.one("#show-all").click();
        assertThat(visibleRows(browser)).isEqualTo(OPPORTUNITIES);
        assertThat(browser.one("#show-all").isDisplayed()).isFalse();
        assertThat(browser.all("details.opportunity")).hasSize(50);
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    void withoutScriptsEveryRowShows() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open(report);
            assertThat(visibleRows(browser)).isEqualTo(OPPORTUNITIES);
            assertThat(browser.one("#filters").isDisplayed()).isFalse();
            assertThat(browser.errors()).as("CSP allows the noscript style").isEmpty();
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private static long visibleRows(ReportBrowser browser) {
        return ((Number) browser.script("return Array.prototype.filter.call("
                + "document.querySelectorAll('#opportunity-table tbody tr'), function (row) { return row.offsetParent !== null; }).length;"))
                .longValue();
    }

    /** The demo's clusters and opportunities repeated until there are 1,500 of each, scores falling. */
    private static ScanResult enlarged(ScanResult demo) {
        List<CloneCluster> clusters = new ArrayList<>();
        List<Opportunity> opportunities = new ArrayList<>();
        for (int round = 0; opportunities.size() < OPPORTUNITIES; round++) {
            String suffix = "-" + round;
            for (CloneCluster c : demo.clusters()) {
                clusters.add(new CloneCluster(c.id() + suffix, c.cloneType(), c.similarity(), c.unit(), c.modules(),
                        c.members(), c.duplicatedLines(), c.capability()));
            }
            for (Opportunity o : demo.opportunities()) {
                if (opportunities.size() == OPPORTUNITIES) {
                    break;
                }
                List<Opportunity.Copy> copies = o.copies().stream().map(copy -> new Opportunity.Copy(copy.module(),
                        copy.team(), copy.lines(), copy.members().stream().map(m -> new Opportunity.CopyMember(
                                m.clusterId() + suffix, m.file(), m.symbol(), m.startLine(), m.endLine())).toList(),
                        copy.tested(), copy.moduleSpecificDependencies())).toList();
                opportunities.add(new Opportunity(o.id() + suffix, 0, o.capabilityId(), o.capabilityName(), o.title(),
                        o.score() / (round + 1), o.reach(), o.impact(), o.confidence(), o.effort(),
                        o.clusters().stream().map(id -> id + suffix).toList(), copies, o.pioneer(), o.component()));
            }
        }
        opportunities.sort(Comparator.comparingDouble(o -> -o.score()));
        List<Opportunity> ranked = new ArrayList<>();
        for (Opportunity o : opportunities) {
            ranked.add(new Opportunity(o.id(), ranked.size() + 1, o.capabilityId(), o.capabilityName(), o.title(), o.score(),
                    o.reach(), o.impact(), o.confidence(), o.effort(), o.clusters(), o.copies(), o.pioneer(), o.component()));
        }
        return new ScanResult(demo.toolVersion(), demo.request(), demo.summary(), demo.modules(), clusters,
                demo.problems(), demo.elapsed(), ranked, demo.history());
    }
}
