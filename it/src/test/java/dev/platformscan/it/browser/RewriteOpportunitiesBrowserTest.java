package dev.platformscan.it.browser;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.score.Opportunity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opportunities that only same-purpose rewrites back are folded below the ranked list, not mixed into it: a real scan
 * of two services built from the demo's sources, which copy one HTTP client (a cluster of copies) and check credentials
 * in two different ways (the demo's planted rewrite, and nothing else of its capability).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RewriteOpportunitiesBrowserTest {
    private static final Path OUTPUT = Path.of("target/browser/rewrites");

    private ScanResult result;
    private ReportBrowser browser;

    @BeforeAll
    void scanRenderAndOpen() throws Exception {
        Path root = OUTPUT.resolve("repo").toAbsolutePath();
        Path services = ReportFixture.DEMO.resolve("services");
        List<ModuleSource> modules = new ArrayList<>();
        modules.add(module(root, "notifications", List.of(
                services.resolve("notifications/src/main/java/com/acme/notifications/security/SaltedDigest.java"),
                services.resolve("notifications/src/main/java/com/acme/notifications/http/WebhookSender.java"))));
        modules.add(module(root, "billing", List.of(
                services.resolve("billing/src/main/java/com/acme/billing/security/CredentialHasher.java"),
                services.resolve("orders/src/main/java/com/acme/orders/client/RetryingHttpClient.java"))));
        result = ReportFixture.scan(root, modules);
        Path report = ReportFixture.render(result, OUTPUT);
        browser = ReportBrowser.start();
        browser.open(report);
    }

    private static ModuleSource module(Path root, String name, List<Path> sources) throws Exception {
        Path base = root.resolve(name);
        Path sourceRoot = base.resolve("src/main/java");
        for (Path source : sources) {
            Path target = sourceRoot.resolve(ReportFixture.DEMO.resolve("services").relativize(source).subpath(4,
                    ReportFixture.DEMO.resolve("services").relativize(source).getNameCount()));
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return new ModuleSource("com.acme.shop:" + name, name, base, "jar", List.of(sourceRoot), List.of(), "UTF-8", "17");
    }

    @AfterAll
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void theRankedTableHoldsOnlyOpportunitiesACopyBacksAndTheRestIsFoldedBelowIt() {
        List<Opportunity> folded = result.rewriteOnlyOpportunities();
        List<Opportunity> ranked = result.rankedOpportunities();
        assertThat(folded).as("the planted rewrite alone makes an opportunity").hasSize(1);
        assertThat(ranked).as("the copied HTTP client makes one").isNotEmpty();

        List<WebElement> rows = browser.all("#opportunity-table tbody tr");
        assertThat(rows).hasSize(ranked.size());
        assertThat(folded.get(0).capabilityName()).as("the rewrite is labelled").isNotNull();
        assertThat(rows).noneSatisfy(row -> assertThat(row.getText()).contains(folded.get(0).capabilityName()));

        WebElement details = browser.one("#rewrite-opportunities details");
        assertThat(details.getAttribute("open")).as("folded until asked").isNull();
        WebElement entry = browser.one("#rewrite-opportunities li");
        assertThat(entry.isDisplayed()).as("hidden while folded").isFalse();
        browser.one("#rewrite-opportunities summary").click();
        assertThat(entry.isDisplayed()).isTrue();
        assertThat(entry.getText()).contains(folded.get(0).title());
        assertThat(browser.one("#opportunity-table").getLocation().getY())
                .as("below the ranked table").isLessThan(details.getLocation().getY());
        assertThat(browser.errors()).as("JavaScript errors, console errors, CSP violations").isEmpty();
    }
}
