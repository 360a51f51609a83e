package dev.platformscan.maven;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.report.CapabilityHeatmap;
import dev.platformscan.engine.score.Opportunity;
import org.apache.maven.doxia.sink.Sink;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The platform-scan page of a Maven site, written as Doxia sink events: the headline numbers, links to the
 * standalone reports, the ranked opportunities and which modules repeat which capability. Text from code
 * goes through {@link Sink#text} only, which escapes it (never Maven's "{text, url}" link patterns).
 */
final class SiteReportPage {
    static final String TITLE = "Platform opportunities";
    private static final int MAX_ROWS = 100;

    private final ScanResult result;
    private final List<String> standaloneReports;

    /** @param standaloneReports links to the standalone reports, relative to the page ("platform-scan/report.html") */
    SiteReportPage(ScanResult result, List<String> standaloneReports) {
        this.result = result;
        this.standaloneReports = List.copyOf(standaloneReports);
    }

    void render(Sink sink) {
        sink.head();
        sink.title();
        sink.text(TITLE);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(TITLE);
        sink.sectionTitle1_();
        ScanSummary s = result.summary();
        int opportunities = result.rankedOpportunities().size();
        paragraph(sink, number(s.duplicatedLines()) + " duplicated lines ("
                + String.format(Locale.ROOT, "%.1f", s.duplicationRatio() * 100) + "% of " + number(s.linesOfCode())
                + " lines of code in " + number(s.modules()) + " modules): " + number(opportunities) + " platform "
                + (opportunities == 1 ? "opportunity" : "opportunities") + " in " + number(s.clusters())
                + (s.clusters() == 1 ? " cluster" : " clusters") + " of near-duplicate code.");
        if (!standaloneReports.isEmpty()) {
            sink.paragraph();
            sink.text("Full reports: ");
            for (int i = 0; i < standaloneReports.size(); i++) {
                sink.text(i == 0 ? "" : ", ");
                sink.link(standaloneReports.get(i));
                sink.text(standaloneReports.get(i).substring(standaloneReports.get(i).lastIndexOf('/') + 1));
                sink.link_();
            }
            sink.text(".");
            sink.paragraph_();
        }
        rankedOpportunities(sink);
        heatmap(sink);
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private void rankedOpportunities(Sink sink) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Ranked opportunities");
        sink.sectionTitle2_();
        List<Opportunity> ranked = result.rankedOpportunities();
        if (ranked.isEmpty()) {
            paragraph(sink, "No platform opportunities were ranked.");
        } else {
            paragraph(sink, "Score = reach × impact × confidence ÷ effort. Reach: modules and teams with a copy; impact: "
                    + "duplicated / redundant lines; confidence: how alike the copies are (0..1); effort: how far they "
                    + "drifted apart (1 = trivial); pioneer: the copy to start the shared component from.");
            sink.table();
            sink.tableRows();
            row(sink, true, "Rank", "Opportunity", "Reach", "Impact", "Confidence", "Effort", "Score", "Pioneer");
            for (Opportunity o : ranked.stream().limit(MAX_ROWS).toList()) {
                row(sink, false, String.valueOf(o.rank()), o.title(),
                        o.reach() == null ? "" : plural(o.reach().modules().size(), "module")
                                + (o.reach().teams().isEmpty() ? "" : ", " + plural(o.reach().teams().size(), "team")),
                        o.impact() == null ? "" : number(o.impact().duplicatedLines()) + " / " + number(o.impact().redundantLines()),
                        o.confidence() == null ? "" : decimal(o.confidence().score()),
                        o.effort() == null ? "" : decimal(o.effort().score()),
                        decimal(o.score()),
                        o.pioneer() == null ? "" : artifactId(o.pioneer().module()));
            }
            sink.tableRows_();
            sink.table_();
            if (ranked.size() > MAX_ROWS) {
                paragraph(sink, number(ranked.size() - MAX_ROWS) + " more in the full reports.");
            }
        }
        int folded = result.rewriteOnlyOpportunities().size();
        if (folded > 0) {
            paragraph(sink, number(folded) + (folded == 1 ? " more opportunity rests" : " more opportunities rest")
                    + " on same-purpose rewrites only (nothing copied, low confidence): listed apart in the full reports.");
        }
        sink.section2_();
    }

    private void heatmap(Sink sink) {
        CapabilityHeatmap heatmap = CapabilityHeatmap.of(result.clusters());
        sink.section2();
        sink.sectionTitle2();
        sink.text("Which modules repeat which capability");
        sink.sectionTitle2_();
        if (heatmap.rows().isEmpty()) {
            paragraph(sink, "No module holds a copy of duplicated code.");
        } else {
            paragraph(sink, "Copies of duplicated code per module and capability (members of near-duplicate clusters).");
            sink.table();
            sink.tableRows();
            row(sink, true, Stream.concat(Stream.of("Module"), heatmap.capabilities().stream()).toArray(String[]::new));
            for (CapabilityHeatmap.Row r : heatmap.rows()) {
                row(sink, false, Stream.concat(Stream.of(artifactId(r.module())),
                        r.copies().stream().map(n -> n == 0 ? "" : number(n))).toArray(String[]::new));
            }
            sink.tableRows_();
            sink.table_();
        }
        sink.section2_();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
            } else {
                sink.tableCell();
            }
            sink.text(cell == null ? "" : cell);
            if (header) {
                sink.tableHeaderCell_();
            } else {
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }

    private static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    /** "com.acme:orders" → "orders". */
    private static String artifactId(String moduleId) {
        return moduleId == null ? "" : moduleId.substring(moduleId.indexOf(':') + 1);
    }

    private static String plural(int count, String noun) {
        return number(count) + " " + noun + (count == 1 ? "" : "s");
    }

    private static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String decimal(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%,.1f" : "%.2f", value) : "n/a";
    }
}
