package dev.platformscan.engine.score;

import dev.platformscan.engine.RunSettings;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityRankerTest {
    @TempDir
    Path root;

    /** The same DAO in three modules (two teams), an HTTP retry helper in two; a test in billing names its DAO. */
    private TestRepository repository() throws Exception {
        String dao = TestRepository.resource("classes/UserDao.java");
        TestRepository repository = new TestRepository(root)
                .moduleWithSources("services/orders", List.of(dao.replace("com.example.users.data", "com.example.orders.data"),
                        TestRepository.resource("clones/Original.java")))
                .moduleWithSources("services/billing", List.of(dao.replace("com.example.users.data", "com.example.billing.data"),
                        TestRepository.resource("clones/TypeOne.java")))
                .moduleWithSources("services/users", List.of(dao));
        Path test = root.resolve("services/billing/src/test/java/com/example/billing/data/UserDaoTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, "package com.example.billing.data;\nclass UserDaoTest { UserDao dao; }\n");
        Files.writeString(root.resolve("CODEOWNERS"), "/services/orders/ @acme/commerce\n/services/billing/ @acme/commerce\n"
                + "/services/users/ @acme/identity\n");
        return repository;
    }

    private static ScanRequest request(TestRepository repository, ScoringSettings scoring) {
        return ScanRequest.defaults(repository.root(), repository.modules()).withScoring(scoring)
                .withRun(RunSettings.DEFAULTS.withThreads(2));
    }

    private static Opportunity withModules(ScanResult result, int modules) {
        return result.opportunities().stream().filter(o -> o.reach().modules().size() == modules).findFirst().orElseThrow();
    }

    @Test
    void gathersOneOpportunityPerCapabilityAndRanksThemByScore() throws Exception {
        ScanResult result = TestRepository.scan(request(repository(), ScoringSettings.DEFAULTS));

        List<Opportunity> opportunities = result.opportunities();
        assertThat(opportunities).hasSize(2);
        assertThat(opportunities).extracting(Opportunity::rank).containsExactly(1, 2);
        assertThat(opportunities.get(0).score()).isGreaterThanOrEqualTo(opportunities.get(1).score());
        Opportunity dataAccess = withModules(result, 3);
        assertThat(dataAccess.capabilityId()).isEqualTo("data-access");
        assertThat(dataAccess.id()).isEqualTo("capability:data-access");
        assertThat(dataAccess.title()).startsWith(dataAccess.capabilityName() + " in ")
                .contains(": 3 modules, 2 teams, 1 cluster, ");
        assertThat(dataAccess.clusters()).hasSize(1);
        assertThat(result.clusters()).extracting(c -> c.id()).contains(dataAccess.clusters().get(0));
    }

    @Test
    void reachCountsOwningTeamsFromCodeOwners() throws Exception {
        Opportunity dataAccess = withModules(TestRepository.scan(request(repository(), ScoringSettings.DEFAULTS)), 3);

        assertThat(dataAccess.reach().teams()).containsExactly("@acme/commerce", "@acme/identity");
        assertThat(dataAccess.reach().teamSource()).isEqualTo("CODEOWNERS");
        assertThat(dataAccess.reach().score()).isEqualTo(2.0);
        assertThat(dataAccess.copies()).extracting(Opportunity.Copy::team)
                .containsExactly("@acme/commerce", "@acme/commerce", "@acme/identity");
    }

    @Test
    void impactCountsTheLinesThatOneSharedCopyWouldRemove() throws Exception {
        Opportunity dataAccess = withModules(TestRepository.scan(request(repository(), ScoringSettings.DEFAULTS)), 3);

        int largest = dataAccess.copies().stream().mapToInt(Opportunity.Copy::lines).max().orElseThrow();
        int all = dataAccess.copies().stream().mapToInt(Opportunity.Copy::lines).sum();
        assertThat(largest).isPositive();
        assertThat(dataAccess.impact().duplicatedLines()).isEqualTo(all);
        assertThat(dataAccess.impact().redundantLines()).isEqualTo(all - largest);
        assertThat(dataAccess.impact().copies()).isEqualTo(3);
        assertThat(dataAccess.impact().explanation()).contains(dataAccess.impact().redundantLines() + " redundant lines");
    }

    @Test
    void identicalCopiesAreCertainAndCheapToUnify() throws Exception {
        Opportunity dataAccess = withModules(TestRepository.scan(request(repository(), ScoringSettings.DEFAULTS)), 3);

        assertThat(dataAccess.confidence().similarity()).isEqualTo(1.0);
        assertThat(dataAccess.effort().drift()).isZero();
        assertThat(dataAccess.effort().score()).isEqualTo(1.0);
        assertThat(dataAccess.score()).isEqualTo(OpportunityRanker.round(dataAccess.reach().score()
                * dataAccess.impact().score() * dataAccess.confidence().score() / dataAccess.effort().score(), 1));
    }

    @Test
    void thePioneerIsTheTestedCopyAndTheReasonSaysSo() throws Exception {
        Opportunity dataAccess = withModules(TestRepository.scan(request(repository(), ScoringSettings.DEFAULTS)), 3);

        assertThat(dataAccess.pioneer().module()).isEqualTo("com.example:billing");
        assertThat(dataAccess.pioneer().symbol()).isEqualTo("com.example.billing.data.UserDao");
        assertThat(dataAccess.pioneer().reason()).contains("tested by UserDaoTest.java");
        assertThat(dataAccess.component().label()).isEqualTo("platform-data: JdbcRepository");
        assertThat(dataAccess.component().operations()).contains("findNames");
    }

    @Test
    void weightsChangeTheRanking() throws Exception {
        TestRepository repository = repository();
        ScanResult byDefault = TestRepository.scan(request(repository, ScoringSettings.DEFAULTS));
        ScoringSettings reachOnly = new ScoringSettings(1, 0, 0, 0, Map.of(), 6, null, false);
        ScanResult byReach = TestRepository.scan(request(repository, reachOnly));

        for (Opportunity o : byReach.opportunities()) {
            assertThat(o.score()).isEqualTo(o.reach().score());
        }
        assertThat(byReach.opportunities()).extracting(o -> o.reach().score()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(byDefault.opportunities()).isNotEmpty();
    }

    /**
     * A copied constructor that no capability labels is an opportunity named after its class. Real code: the
     * constructor commons-lang3's CharRange kept from commons-lang 2.6, in classes whose other members differ (a scan
     * of such a pair never ended before: the title of a constructor cluster looked for a shared run of method names
     * among none).
     */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCopiedConstructorIsNamedAfterItsClass() throws Exception {
        TestRepository repository = new TestRepository(root)
                .moduleWithSources("lang", List.of("""
                        package org.apache.commons.lang;

                        public final class CharRange {
                            private final char start;
                            private final char end;
                            private final boolean negated;

                            public CharRange(char start, char end, boolean negated) {
                                super();
                                if (start > end) {
                                    char temp = start;
                                    start = end;
                                    end = temp;
                                }

                                this.start = start;
                                this.end = end;
                                this.negated = negated;
                            }

                            public boolean contains(char ch) {
                                return (ch >= start && ch <= end) != negated;
                            }
                        }
                        """))
                .moduleWithSources("lang3", List.of("""
                        package org.apache.commons.lang3;

                        final class CharRange {
                            private final char start;
                            private final char end;
                            private final boolean negated;
                            private transient String iToString;

                            private CharRange(char start, char end, final boolean negated) {
                                if (start > end) {
                                    final char temp = start;
                                    start = end;
                                    end = temp;
                                }

                                this.start = start;
                                this.end = end;
                                this.negated = negated;
                            }

                            @Override
                            public String toString() {
                                if (iToString == null) {
                                    final StringBuilder buf = new StringBuilder(4);
                                    if (negated) {
                                        buf.append('^');
                                    }
                                    buf.append(start);
                                    if (start != end) {
                                        buf.append('-');
                                        buf.append(end);
                                    }
                                    iToString = buf.toString();
                                }
                                return iToString;
                            }
                        }
                        """));

        ScanResult result = TestRepository.scan(request(repository, ScoringSettings.DEFAULTS));

        assertThat(result.clusters()).extracting(c -> c.unit()).containsExactly("constructor");
        assertThat(result.opportunities()).singleElement().extracting(Opportunity::title).asString()
                .startsWith("CharRange constructors (CharRange): 2 modules, ");
    }

    /**
     * The demo's planted rewrite (a salted digest check in notifications, a credential hasher in billing: one purpose,
     * different code) next to the copied DAO: the opportunity only that rewrite backs comes after every opportunity a
     * copy backs, in the ranking and in the reports, which fold it below the ranked list.
     */
    @Test
    void anOpportunityOnlyRewritesBackComesAfterTheRankedOnesAndIsFoldedInTheReports() throws Exception {
        Path demo = Path.of(System.getProperty("basedir", ".")).resolve("../it/demo/services").normalize();
        TestRepository repository = repository();
        repository.moduleWithSources("services/notifications", List.of(Files.readString(
                demo.resolve("notifications/src/main/java/com/acme/notifications/security/SaltedDigest.java"))));
        Path hasher = root.resolve("services/billing/src/main/java/com/acme/billing/security/CredentialHasher.java");
        Files.createDirectories(hasher.getParent());
        Files.writeString(hasher, Files.readString(
                demo.resolve("billing/src/main/java/com/acme/billing/security/CredentialHasher.java")));
        // ranked by reach alone (impact, confidence and effort weigh 0), the rewrite's two owners would put it above a copy
        ScanResult result = TestRepository.scan(request(repository, ScoringSettings.DEFAULTS.withWeights(1, 0, 0, 0)));

        List<Opportunity> rewritesOnly = result.rewriteOnlyOpportunities();
        assertThat(result.rewrites()).as("the planted rewrite is found").isNotEmpty();
        assertThat(rewritesOnly).as("an opportunity only the rewrite backs").hasSize(1);
        List<Opportunity> ranked = result.rankedOpportunities();
        assertThat(ranked).as("opportunities a copy backs").isNotEmpty();
        assertThat(ranked).as("a copy-backed opportunity the rewrite outscores")
                .anySatisfy(o -> assertThat(o.score()).isLessThan(rewritesOnly.get(0).score()));
        assertThat(result.opportunities()).as("ranked ones first, whatever the scores")
                .containsExactlyElementsOf(java.util.stream.Stream.concat(ranked.stream(), rewritesOnly.stream()).toList());
        assertThat(result.opportunities()).extracting(Opportunity::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, result.opportunities().size()).boxed().toList());

        String markdown = render(new dev.platformscan.engine.report.markdown.MarkdownReportRenderer(), result);
        assertThat(markdown).as("the rewrite-only opportunity is no row of the ranked table")
                .doesNotContain("| " + rewritesOnly.get(0).rank() + " | ")
                .contains("1 more opportunity rests on same-purpose rewrites only");
        String json = render(new dev.platformscan.engine.report.json.JsonReportRenderer(), result);
        assertThat(json.split("\"rewritesOnly\" : true", -1)).as("flagged once in report.json").hasSize(2);
        String html = render(new dev.platformscan.engine.report.html.HtmlReportRenderer(), result);
        String table = html.substring(html.indexOf("<table id=\"opportunity-table\""), html.indexOf("</table>"));
        assertThat(table.split("<tr data-index=", -1)).as("one table row per ranked opportunity")
                .hasSize(ranked.size() + 1);
        assertThat(rewritesOnly.get(0).capabilityName()).as("the rewrite is labelled").isNotNull();
        assertThat(table).doesNotContain(rewritesOnly.get(0).capabilityName());
        assertThat(html).contains("<section id=\"rewrite-opportunities\"")
                .contains(rewritesOnly.get(0).title());
    }

    private static String render(dev.platformscan.engine.report.ReportRenderer renderer, ScanResult result)
            throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        renderer.render(result, out);
        return out.toString();
    }
}
