package dev.platformscan.engine.report.markdown;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.report.ReportRenderer;
import dev.platformscan.engine.score.Opportunity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * report.md: the ranked platform opportunities as GitHub-flavoured Markdown for a pull-request comment
 * or a wiki page. A headline, a table of the top {@value #TABLE_ROWS}, a section on each of the top
 * {@value #DETAILED} (how each score was computed, the suggested component, the pioneer, every copy as
 * {@code file:startLine-endLine}), and where the full reports are.
 *
 * <p>Everything that comes from code is escaped ({@link MarkdownText}). The output stays under
 * {@value #MAX_CHARS} characters whatever the input (GitHub takes at most 65,536 in a comment): long values
 * are shortened, long lists end in "and N more", and a table or section that would not fit is cut with a
 * note. No clock, no machine data: the same result gives the same bytes.
 */
public final class MarkdownReportRenderer implements ReportRenderer {
    /** Most characters a report may have. */
    public static final int MAX_CHARS = 60_000;
    static final int TABLE_ROWS = 10;
    static final int DETAILED = 5;

    /** Kept free for the truncation notes and the closing lines, which always fit. */
    private static final int RESERVE = 1_500;
    private static final int SHORT = 120;
    private static final int LONG = 600;
    private static final int NAMES_IN_CELL = 5;
    private static final int LIST_ITEMS = 12;

    @Override
    public String id() {
        return "md";
    }

    @Override
    public String defaultFileName() {
        return "report.md";
    }

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        out.write(markdown(result));
    }

    private static String markdown(ScanResult result) {
        StringBuilder md = new StringBuilder(8_192);
        int budget = MAX_CHARS - RESERVE;
        List<Opportunity> opportunities = result.rankedOpportunities();
        md.append("# Platform opportunities\n\n").append(headline(result)).append("\n\n");

        int rows = Math.min(TABLE_ROWS, opportunities.size());
        if (rows > 0) {
            md.append("| # | Opportunity | Reach (modules, teams) | Impact (duplicated / redundant lines) | Confidence | Effort "
                    + "| Score | Pioneer |\n| ---: | --- | --- | --- | ---: | ---: | ---: | --- |\n");
            for (int i = 0; i < rows; i++) {
                String row = tableRow(opportunities.get(i));
                if (md.length() + row.length() > budget) {
                    md.append("\n*Table cut after ").append(i).append(" of ").append(rows)
                            .append(" rows to keep this report under ").append(number(MAX_CHARS)).append(" characters.*\n");
                    break;
                }
                md.append(row);
            }
            md.append('\n');
        }

        int detailed = Math.min(DETAILED, opportunities.size());
        for (int i = 0; i < detailed; i++) {
            List<String> lines = section(opportunities.get(i));
            int fitting = 0;
            int length = md.length();
            while (fitting < lines.size() && length + lines.get(fitting).length() + 1 <= budget) {
                length += lines.get(fitting).length() + 1;
                fitting++;
            }
            lines.subList(0, fitting).forEach(line -> md.append(line).append('\n'));
            if (fitting < lines.size()) {
                md.append("\n*Cut here to keep this report under ").append(number(MAX_CHARS)).append(" characters")
                        .append(i + 1 < detailed ? "; " + (detailed - i - 1) + " more detailed sections left out" : "")
                        .append(".*\n\n");
                break;
            }
        }

        String adoption = adoption(result);
        if (md.length() + adoption.length() <= budget) {
            md.append(adoption);
        }
        md.append(closing(result));
        return md.toString();
    }

    /** The adoption table: per capability with a shared component, who uses it and who holds out. */
    private static String adoption(ScanResult result) {
        if (result.adoption().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Adoption of shared components\n\n"
                + "| Capability | Shared component | Adoption | Holdouts (their own code) |\n| --- | --- | ---: | --- |\n");
        for (var entry : result.adoption()) {
            int modules = entry.adopters().size() + entry.holdouts().size();
            md.append("| ").append(MarkdownText.text(entry.capabilityName(), SHORT))
                    .append(" | ").append(names("module", entry.components().stream().map(c -> c.module()).toList(),
                            module -> MarkdownText.text(artifactId(module), SHORT)))
                    .append(" | ").append(String.format(Locale.ROOT, "%d%% (%d of %d)", Math.round(entry.share() * 100),
                            entry.adopters().size(), modules))
                    .append(" | ").append(entry.holdouts().isEmpty() ? "none" : names("module",
                            entry.holdouts().stream().map(h -> h.module()).toList(),
                            module -> MarkdownText.text(artifactId(module), SHORT)))
                    .append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static String headline(ScanResult result) {
        ScanSummary s = result.summary();
        int count = result.rankedOpportunities().size();
        return "**" + number(s.duplicatedLines()) + " duplicated lines** ("
                + String.format(Locale.ROOT, "%.1f", s.duplicationRatio() * 100) + "% of " + number(s.linesOfCode())
                + " lines of code in " + number(s.modules()) + " modules): **" + number(count) + " platform "
                + (count == 1 ? "opportunity" : "opportunities") + "**"
                + (count == 0 ? "." : ", ranked by reach × impact × confidence ÷ effort.");
    }

    private static String tableRow(Opportunity o) {
        String reach = o.reach() == null ? "" : names("module", o.reach().modules(),
                module -> MarkdownText.text(artifactId(module), SHORT))
                + (o.reach().teams().isEmpty() ? "" : "; " + names("team", o.reach().teams(),
                team -> MarkdownText.tableCode(team, SHORT)));
        String impact = o.impact() == null ? "" : number(o.impact().duplicatedLines()) + " / "
                + number(o.impact().redundantLines());
        return "| " + o.rank()
                + " | " + MarkdownText.text(o.title(), LONG / 2)
                + " | " + reach
                + " | " + impact
                + " | " + (o.confidence() == null ? "" : decimal(o.confidence().score()))
                + " | " + (o.effort() == null ? "" : decimal(o.effort().score()))
                + " | " + decimal(o.score())
                + " | " + (o.pioneer() == null ? "" : MarkdownText.text(artifactId(o.pioneer().module()), SHORT))
                + " |\n";
    }

    /** "3 modules: gateway, orders, users" with at most {@value #NAMES_IN_CELL} names, each written by {@code cell}. */
    private static String names(String noun, List<String> names, Function<String, String> cell) {
        List<String> shown = names.stream().limit(NAMES_IN_CELL).map(cell).toList();
        String more = names.size() > NAMES_IN_CELL ? " and " + number(names.size() - NAMES_IN_CELL) + " more" : "";
        return number(names.size()) + " " + noun + (names.size() == 1 ? "" : "s") + ": " + String.join(", ", shown) + more;
    }

    private static List<String> section(Opportunity o) {
        List<String> lines = new ArrayList<>();
        lines.add("## " + o.rank() + ". " + MarkdownText.text(o.title(), LONG / 2));
        lines.add("");
        lines.add("Score " + decimal(o.score()) + ", from reach × impact × confidence ÷ effort:");
        lines.add("");
        if (o.reach() != null) {
            lines.add("- **Reach " + decimal(o.reach().score()) + "**: " + MarkdownText.text(o.reach().explanation(), LONG));
        }
        if (o.impact() != null) {
            lines.add("- **Impact " + decimal(o.impact().score()) + "**: " + MarkdownText.text(o.impact().explanation(), LONG));
        }
        if (o.confidence() != null) {
            lines.add("- **Confidence " + decimal(o.confidence().score()) + "**: "
                    + MarkdownText.text(o.confidence().explanation(), LONG));
        }
        if (o.effort() != null) {
            lines.add("- **Effort " + decimal(o.effort().score()) + "**: " + MarkdownText.text(o.effort().explanation(), LONG));
        }
        lines.add("");
        if (o.component() != null && o.component().exists()) {
            lines.add("**Existing shared component:** " + MarkdownText.code(o.component().label(), SHORT)
                    + ": move these copies onto it (see the adoption table)");
            lines.add("");
        } else if (o.component() != null) {
            List<String> operations = o.component().operations();
            List<String> shown = operations.stream().limit(LIST_ITEMS).map(op -> MarkdownText.code(op, SHORT)).toList();
            lines.add("**Suggested component:** " + MarkdownText.code(o.component().label(), SHORT)
                    + (shown.isEmpty() ? "" : ", offering " + String.join(", ", shown)
                    + (operations.size() > LIST_ITEMS ? " and " + (operations.size() - LIST_ITEMS) + " more" : "")));
            lines.add("");
        }
        if (o.pioneer() != null) {
            Opportunity.Pioneer p = o.pioneer();
            lines.add("**Pioneer:** " + MarkdownText.text(artifactId(p.module()), SHORT) + ", "
                    + MarkdownText.code(p.symbol(), LONG / 2) + " in " + MarkdownText.code(p.file(), LONG / 2) + ": "
                    + MarkdownText.text(p.reason(), LONG));
            lines.add("");
        }
        lines.add("**Copies:**");
        lines.add("");
        for (int i = 0; i < Math.min(LIST_ITEMS, o.copies().size()); i++) {
            Opportunity.Copy copy = o.copies().get(i);
            List<Opportunity.CopyMember> members = copy.members();
            List<String> locations = members.stream().limit(LIST_ITEMS)
                    .map(m -> MarkdownText.code(MarkdownText.shorten(m.file(), LONG / 2) + ":" + m.startLine() + "-" + m.endLine(), LONG))
                    .toList();
            lines.add("- " + MarkdownText.text(artifactId(copy.module()), SHORT)
                    + (copy.team() == null ? "" : " (team " + MarkdownText.code(copy.team(), SHORT) + ")")
                    + ", " + number(copy.lines()) + " lines: " + String.join(", ", locations)
                    + (members.size() > LIST_ITEMS ? " and " + (members.size() - LIST_ITEMS) + " more" : ""));
        }
        if (o.copies().size() > LIST_ITEMS) {
            lines.add("- and " + (o.copies().size() - LIST_ITEMS) + " more modules");
        }
        lines.add("");
        return lines;
    }

    private static String closing(ScanResult result) {
        StringBuilder md = new StringBuilder();
        List<Opportunity> ranked = result.rankedOpportunities();
        int rest = ranked.size() - Math.min(TABLE_ROWS, ranked.size());
        if (rest > 0) {
            int lines = ranked.stream().skip(TABLE_ROWS)
                    .mapToInt(o -> o.impact() == null ? 0 : o.impact().duplicatedLines()).sum();
            md.append(number(rest)).append(rest == 1 ? " more opportunity" : " more opportunities").append(" (")
                    .append(number(lines)).append(" duplicated lines) not shown here. ");
        } else if (result.opportunities().isEmpty()) {
            md.append("No capability is implemented more than once across modules. ");
        } else if (ranked.isEmpty()) {
            md.append("No capability is copied across modules. ");
        }
        List<Opportunity> rewritesOnly = result.rewriteOnlyOpportunities();
        if (!rewritesOnly.isEmpty()) {
            md.append(number(rewritesOnly.size())).append(rewritesOnly.size() == 1 ? " more opportunity rests" : " more opportunities rest")
                    .append(" on same-purpose rewrites only, nothing copied (low confidence, not ranked; such as ")
                    .append(MarkdownText.text(rewritesOnly.get(0).title(), LONG / 2))
                    .append("): listed apart in the full reports. ");
        }
        if (!result.templates().isEmpty()) {
            md.append(number(result.templates().size())).append(result.templates().size() == 1 ? " template" : " templates")
                    .append(" written for several entities (look-alikes, not copies, such as ")
                    .append(MarkdownText.text(dev.platformscan.engine.report.TemplateTitle.of(result.templates().get(0)), LONG / 2))
                    .append(") are listed apart in the full reports. ");
        }
        if (!result.problems().isEmpty()) {
            md.append(number(result.problems().size())).append(result.problems().size() == 1 ? " file" : " files")
                    .append(" could not be read completely (listed in report.json). ");
        }
        md.append("Every opportunity, cluster and copy is in the full reports beside this file: `report.html` (for people) "
                + "and `report.json` (for tools), written when `platform.formats` lists `html` and `json`.\n");
        return md.toString();
    }

    /** "com.acme:orders" → "orders". */
    private static String artifactId(String moduleId) {
        if (moduleId == null) {
            return "";
        }
        int colon = moduleId.indexOf(':');
        return colon >= 0 ? moduleId.substring(colon + 1) : moduleId;
    }

    private static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String decimal(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%,.1f" : "%.2f", value) : "n/a";
    }
}
