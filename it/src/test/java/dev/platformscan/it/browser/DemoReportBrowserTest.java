package dev.platformscan.it.browser;

import dev.platformscan.engine.ModuleSummary;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.engine.score.ScanHistoryFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.html of the bundled demo, with two earlier scans as its history, opened from disk in headless
 * Chromium and used as a reader would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoReportBrowserTest {
    private static final Path OUTPUT = Path.of("target/browser/demo");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path HISTORY = Path.of("src/test/resources/browser/demo-history.jsonl");

    private ScanResult result;
    private Path report;
    private ReportBrowser browser;

    @BeforeAll
    void scanRenderAndOpen() throws Exception {
        ScanResult scan = ReportFixture.scan(ReportFixture.DEMO, ReportFixture.mavenModules(ReportFixture.DEMO));
        List<Problem> problems = new ArrayList<>();
        result = scan.withOpportunities(scan.opportunities(), ScanHistoryFile.read(HISTORY, "demo-history.jsonl", problems));
        assertThat(problems).isEmpty();
        assertThat(result.opportunities()).as("the demo has planted opportunities").hasSizeGreaterThanOrEqualTo(3);
        report = ReportFixture.render(result, OUTPUT);
        browser = ReportBrowser.start();
    }

    @BeforeEach
    void openAfresh() {
        browser.open(report);
    }

    @AfterEach
    void noErrorAndNoRequestLeavesThePage() {
        assertThat(browser.errors()).as("JavaScript errors, console errors, alerts, CSP violations").isEmpty();
        assertThat(browser.requestedUrls()).as("requests").isNotEmpty()
                .allSatisfy(url -> assertThat(url).matches("(file|data):.*"));
    }

    @AfterAll
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void contentSecurityPolicyComesFirstAndAllowsNothingFromOutside() {
        String policy = browser.one("head meta[http-equiv='Content-Security-Policy']").getAttribute("content");

        assertThat(policy).startsWith("default-src 'none'; script-src 'sha256-").contains("base-uri 'none'");
        assertThat(browser.script("return document.head.children[1].getAttribute('http-equiv');"))
                .isEqualTo("Content-Security-Policy");
        assertThat(browser.one("#filters").isDisplayed()).as("the script ran: filters are shown").isTrue();
    }

    @Test
    void sortingByScoreAndByReachOrdersRowsByTheNumbersInTheCells() {
        List<Double> initial = numbers("td.overall .score");
        assertThat(initial).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        sortBy("score");
        assertThat(header("score").getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(numbers("td.overall .score")).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        sortBy("score");
        assertThat(header("score").getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(numbers("td.overall .score")).isSorted().containsExactlyInAnyOrderElementsOf(initial);

        sortBy("reach");
        assertThat(header("score").getAttribute("aria-sort")).isEqualTo("none");
        assertThat(header("reach").getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(numbers("td.reach .score")).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<String> expectedNames = result.opportunities().stream()
                .sorted(java.util.Comparator.comparingDouble((Opportunity o) -> -o.reach().score()).thenComparingInt(Opportunity::rank))
                .map(o -> o.capabilityName() != null ? o.capabilityName() : o.title().substring(0, o.title().indexOf(": "))).toList();
        assertThat(texts("#opportunity-table tbody td.name a, #opportunity-table tbody td.name .plain"))
                .containsExactlyElementsOf(expectedNames);
    }

    @Test
    void sortingWorksFromTheKeyboard() {
        WebElement button = header("effort").findElement(By.tagName("button"));
        browser.script("arguments[0].focus();", button);
        button.sendKeys(Keys.ENTER);

        assertThat(header("effort").getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(numbers("td.effort .score")).isSorted();
    }

    @Test
    void filteringByACapabilityHidesEveryOtherRow() {
        Opportunity second = result.opportunities().stream().filter(o -> o.capabilityId() != null).skip(1).findFirst().orElseThrow();
        long expected = result.opportunities().stream().filter(o -> java.util.Objects.equals(o.capabilityId(), second.capabilityId())).count();

        new Select(browser.one("#filter-capability")).selectByValue(second.capabilityId());

        List<WebElement> visible = visibleRows();
        assertThat(visible).hasSize((int) expected);
        assertThat(visible).allSatisfy(row -> assertThat(row.findElement(By.cssSelector("td.name")).getText())
                .startsWith(second.capabilityName()));
        assertThat(browser.one("#filter-count").getText()).isEqualTo(expected + " of " + result.opportunities().size() + " shown");

        new Select(browser.one("#filter-capability")).selectByValue("");
        String module = second.reach().modules().get(0);
        new Select(browser.one("#filter-module")).selectByValue(module);
        long withModule = result.opportunities().stream().filter(o -> o.reach().modules().contains(module)).count();
        assertThat(visibleRows()).hasSize((int) withModule);
    }

    @Test
    void heatmapHasOneCellPerModuleAndCapabilityCountingWhatTheScanCounted() {
        Map<String, Integer> expected = new TreeMap<>();
        TreeSet<String> capabilities = new TreeSet<>();
        List<ModuleSummary> modules = result.modules().stream().filter(m -> m.files() > 0).toList();
        modules.forEach(m -> m.capabilities().forEach((id, count) -> {
            if (count > 0) {
                capabilities.add(id);
            }
        }));
        for (ModuleSummary module : modules) {
            for (String capability : capabilities) {
                expected.put(module.id() + " | " + capability, module.capabilities().getOrDefault(capability, 0));
            }
        }

        Map<String, Integer> cells = new TreeMap<>();
        for (WebElement cell : browser.all("svg.heatmap g.cell")) {
            Integer previous = cells.put(cell.getAttribute("data-module") + " | " + cell.getAttribute("data-capability"),
                    Integer.valueOf(cell.getAttribute("data-count")));
            assertThat(previous).as("one cell per module and capability").isNull();
        }

        assertThat(cells).isEqualTo(expected);
        assertThat(browser.all("svg.heatmap g.cell.in-opportunity")).isNotEmpty();
        assertThat(browser.one("svg.heatmap g.cell title").getAttribute("textContent")).contains("units");
    }

    @Test
    void aDetailViewShowsBothCopiesWithTheDifferencesHighlightedAndThePioneerMarked() throws Exception {
        Opportunity first = result.opportunities().get(0);
        browser.one("#opportunity-table tbody tr td.name a").click();

        WebElement detail = browser.one("details#opp-1");
        assertThat(detail.getAttribute("open")).isNotNull();
        WebElement comparison = detail.findElement(By.cssSelector("table.diff"));
        assertThat(comparison.isDisplayed()).isTrue();
        assertThat(detail.findElement(By.cssSelector(".pioneer-box .badge.pioneer")).isDisplayed()).isTrue();
        String pioneerModule = first.pioneer().module();
        assertThat(detail.findElement(By.cssSelector(".pioneer-box .module")).getText())
                .isEqualTo(pioneerModule.substring(pioneerModule.indexOf(':') + 1));
        assertThat(comparison.findElement(By.cssSelector("th.pioneer-side")).getText()).contains("pioneer");

        List<WebElement> differences = comparison.findElements(By.cssSelector("tr.changed, tr.left-only, tr.right-only"));
        assertThat(differences).as("differing lines").isNotEmpty();
        String highlight = differences.get(0).findElement(By.cssSelector("td:nth-child(2)")).getCssValue("background-color");
        String plain = comparison.findElement(By.cssSelector("tr.same td:nth-child(2)")).getCssValue("background-color");
        assertThat(highlight).isNotEqualTo(plain);

        Opportunity.CopyMember pioneerMember = first.copies().stream()
                .flatMap(copy -> copy.members().stream())
                .filter(member -> member.symbol().equals(first.pioneer().symbol())).findFirst().orElseThrow();
        List<String> pioneerLines = Files.readAllLines(ReportFixture.DEMO.resolve(pioneerMember.file()))
                .subList(pioneerMember.startLine() - 1, pioneerMember.endLine());
        String someLine = pioneerLines.stream().map(String::strip).filter(line -> line.length() > 25).findFirst().orElseThrow();
        String leftCode = String.join("\n", texts(comparison, "tbody tr td:nth-child(2)"));
        String rightCode = String.join("\n", texts(comparison, "tbody tr td:nth-child(4)"));
        assertThat(leftCode).contains(someLine);
        assertThat(rightCode).isNotBlank();

        browser.screenshot(detail, SCREENSHOTS.resolve("demo-detail.png"));
    }

    @Test
    void theTrendShowsDuplicationOverTheRecordedScansAndWhatShrank() throws Exception {
        WebElement trend = browser.one("section#trend");

        assertThat(trend.findElements(By.cssSelector("svg.chart"))).hasSize(2);
        assertThat(trend.findElements(By.cssSelector("svg.chart g.point"))).hasSize(2 * 3);
        assertThat(trend.findElement(By.cssSelector(".lede")).getText())
                .startsWith("Duplicated lines went from 1,890 (2026-05-04) to " + String.format(java.util.Locale.ROOT, "%,d",
                        result.summary().duplicatedLines()) + " now");
        List<String> rows = texts("section#trend table.changes tbody tr");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Data access").contains("shrank"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Caching (gone)"));
        browser.screenshot(trend, SCREENSHOTS.resolve("demo-trend.png"));
    }

    /**
     * The adoption section (issue 17): the demo's shared cache, its two users and billing's own cache, in a table
     * written into the page (no script builds it) with each holdout's code folded in a details element.
     */
    @Test
    void theAdoptionSectionShowsTheSharedCacheItsUsersAndTheHoldoutsOwnCode() throws Exception {
        WebElement row = browser.one("#adoption table.adoption tbody tr");
        assertThat(row.findElement(By.cssSelector("th")).getText()).isEqualTo("Caching");
        assertThat(row.getText()).contains("common-cache").contains("67%: 2 of 3 modules use it (inventory, orders)")
                .as("the share recorded in the history (33% on 2026-08-17)")
                .contains("up from 33% at the first recorded scan with it (2026-08-17)");
        assertThat(row.findElements(By.cssSelector("i.bar.wide.w13"))).as("a 67% bar").hasSize(1);

        WebElement holdout = row.findElement(By.cssSelector("details"));
        assertThat(holdout.getText()).isEqualTo("billing: 1 unit");
        holdout.findElement(By.cssSelector("summary")).click();
        assertThat(holdout.getText()).contains("TaxRateCache")
                .contains("services/billing/src/main/java/com/acme/billing/tax/TaxRateCache.java:12");

        assertThat(Files.readString(report)).as("the section is in the page as written, not built by a script")
                .contains("<section id=\"adoption\"").contains("TaxRateCache.java:12");
    }

    @Test
    void printingShowsEveryDetailView() {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            WebElement closed = browser.one("details#opp-2");
            assertThat(closed.getAttribute("open")).isNull();
            Number height = (Number) browser.script(
                    "return arguments[0].querySelector('.detail-body').getBoundingClientRect().height;", closed);
            assertThat(height.doubleValue()).isGreaterThan(50);
            assertThat(browser.one("#filters").isDisplayed()).isFalse();
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void screenshotsOfTheWholePageAndTheFirstScreen() throws Exception {
        browser.screenshotFullPage(SCREENSHOTS.resolve("demo-full.png"));
        Files.write(SCREENSHOTS.resolve("demo-first-screen.png"),
                browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        assertThat(Files.size(report)).isLessThan(1_000_000);
    }

    private WebElement header(String key) {
        return browser.one("#opportunity-table th[data-key='" + key + "']");
    }

    private void sortBy(String key) {
        header(key).findElement(By.tagName("button")).click();
    }

    private List<WebElement> visibleRows() {
        return browser.all("#opportunity-table tbody tr").stream().filter(WebElement::isDisplayed).toList();
    }

    private List<Double> numbers(String css) {
        List<Double> numbers = new ArrayList<>();
        for (String text : texts(css)) {
            numbers.add(Double.parseDouble(text.replace("score", "").replace(",", "").trim()));
        }
        return numbers;
    }

    private List<String> texts(String css) {
        return browser.all(css).stream().map(WebElement::getText).toList();
    }

    private static List<String> texts(WebElement root, String css) {
        return root.findElements(By.cssSelector(css)).stream().map(element -> element.getAttribute("textContent")).toList();
    }
}
