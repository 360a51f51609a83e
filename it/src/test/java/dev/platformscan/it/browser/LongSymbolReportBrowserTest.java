package dev.platformscan.it.browser;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.score.Opportunity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Symbols, titles and team names of any length stay inside their table cells: the demo's report with every
 * opportunity's title and pioneer renamed to a long unbroken symbol, laid out at 1280 and 800 px and checked by the
 * boxes the browser computed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongSymbolReportBrowserTest {
    private static final String LONG_SYMBOL = "com.example.platform.services.customerrelationshipmanagement.internal."
            + "persistence.AbstractCustomerRelationshipManagementRepositorySupportImplementation"
            + "#findAllCustomersByOrganizationalUnitAndRegionAndAccountManagerWithoutPaging(String, String, String)";

    private Path report;
    private ReportBrowser browser;

    @BeforeAll
    void renderAndStart() throws Exception {
        ScanResult demo = ReportFixture.scan(ReportFixture.DEMO, ReportFixture.mavenModules(ReportFixture.DEMO));
        List<Opportunity> renamed = new ArrayList<>();
        for (Opportunity o : demo.opportunities()) {
            renamed.add(new Opportunity(o.id(), o.rank(), o.capabilityId(), o.capabilityName(),
                    "Duplicated method " + LONG_SYMBOL + ": " + o.title(), o.score(), o.reach(), o.impact(),
                    o.confidence(), o.effort(), o.clusters(), o.copies(),
                    new Opportunity.Pioneer(o.pioneer().module() + "-" + "x".repeat(120), o.pioneer().file(),
                            LONG_SYMBOL, o.pioneer().reason()), o.component()));
        }
        ScanResult result = new ScanResult(demo.toolVersion(), demo.request(), demo.summary(), demo.modules(),
                demo.clusters(), demo.problems(), demo.elapsed(), renamed, demo.history());
        report = ReportFixture.render(result, Path.of("target/browser/long-symbols"));
        browser = ReportBrowser.start();
    }

    @AfterAll
    void closeBrowser() throws Exception {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 800})
    void nothingOverflowsItsCell(int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        browser.open(report);
        @SuppressWarnings("unchecked")
        List<String> overflows = (List<String>) browser.script("""
                var problems = [];
                document.querySelectorAll('#opportunity-table td, #opportunity-table th').forEach(function (cell) {
                  var box = cell.getBoundingClientRect();
                  if (cell.scrollWidth > cell.clientWidth + 1) {
                    problems.push('cell ' + cell.className + ' scrolls: ' + cell.scrollWidth + ' > ' + cell.clientWidth);
                  }
                  cell.querySelectorAll('*').forEach(function (inner) {
                    var r = inner.getBoundingClientRect();
                    if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) {
                      problems.push(inner.tagName + ' in ' + cell.className + ' ends at ' + Math.round(r.right)
                          + ', its cell at ' + Math.round(box.right));
                    }
                  });
                });
                return problems.slice(0, 10);
                """);
        assertThat(browser.all("#opportunity-table tbody tr")).isNotEmpty();
        assertThat(browser.one("#opportunity-table").getText()).contains("AbstractCustomerRelationship");
        assertThat(overflows).as("elements outside their cell at %d px", width).isEmpty();
        assertThat(browser.errors()).isEmpty();
    }
}
