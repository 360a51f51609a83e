package dev.platformscan.engine.report.html;

import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.engine.score.Opportunity.Copy;
import dev.platformscan.engine.score.ScanHistory;

import java.util.List;
import java.util.stream.Collectors;

import static dev.platformscan.engine.report.html.Html.escape;

/** What a platform product manager does next with an opportunity, in their words: validate, start, migrate, measure. */
final class NextSteps {

    private final ScanHistory history;

    NextSteps(ScanHistory history) {
        this.history = history;
    }

    void write(StringBuilder html, Opportunity opportunity) {
        html.append("<div class=\"next-steps\"><h4>Next steps</h4>\n<ol>\n");
        html.append("<li><strong>Validate the need</strong> ").append(validate(opportunity)).append("</li>\n");
        html.append("<li><strong>Start from the pioneer</strong> ").append(start(opportunity)).append("</li>\n");
        html.append("<li><strong>Plan the migration</strong> ").append(migrate(opportunity)).append("</li>\n");
        html.append("<li><strong>Measure adoption</strong> ").append(measure(opportunity)).append("</li>\n");
        html.append("</ol></div>\n");
    }

    private static String validate(Opportunity opportunity) {
        String capability = escape(ReportContext.name(opportunity));
        List<String> teams = opportunity.reach().teams();
        if (teams.isEmpty()) {
            return "with the owners of " + modules(opportunity.reach().modules()) + ": do their copies of " + capability
                    + " do the same job, and what would a shared one have to offer? (No owning team is known;"
                    + " a CODEOWNERS file or platform.teams would name them here.)";
        }
        return "with the teams that own the copies, " + teams.stream().map(team -> "<strong>" + escape(team) + "</strong>")
                .collect(Collectors.joining(", ")) + ": do their copies of " + capability
                + " do the same job, and what would a shared one have to offer?";
    }

    private static String start(Opportunity opportunity) {
        Opportunity.Pioneer pioneer = opportunity.pioneer();
        if (pioneer == null) {
            return "together with the teams: no copy stands out as the best starting point.";
        }
        return "<strong>" + escape(ReportContext.shortModule(pioneer.module())) + "</strong>&rsquo;s <code>"
                + escape(ReportContext.shortSymbol(pioneer.symbol())) + "</code>, because: " + escape(pioneer.reason()) + ".";
    }

    private static String migrate(Opportunity opportunity) {
        String pioneerModule = opportunity.pioneer() == null ? null : opportunity.pioneer().module();
        List<Copy> others = opportunity.copies().stream().filter(copy -> !copy.module().equals(pioneerModule)).toList();
        String target = opportunity.component() == null ? "the shared component"
                : "<code>" + escape(opportunity.component().label()) + "</code>"
                + (opportunity.component().exists() ? ", which <strong>already exists</strong> in this repository"
                        + " (see the adoption section)" : "");
        return "of the other " + NumberText.plural(others.size(), "copy", "copies") + " ("
                + others.stream().map(copy -> escape(ReportContext.shortModule(copy.module())) + ", "
                        + NumberText.plural(copy.lines(), "line", "lines")).collect(Collectors.joining("; "))
                + ") onto " + target + ". Effort looks " + OpportunityTable.effortWord(opportunity.effort().score())
                + ": " + escape(opportunity.effort().explanation());
    }

    private String measure(Opportunity opportunity) {
        String today = "with the next scans: today " + NumberText.count(opportunity.impact().duplicatedLines())
                + " duplicated lines in " + NumberText.plural(opportunity.reach().modules().size(), "module", "modules")
                + "; they should fall as modules move to the shared component.";
        if (history.entries().isEmpty()) {
            return today + " Keep a scan history (platform.history) to see the trend in this report.";
        }
        for (ScanHistory.Entry entry : history.entries()) {
            Integer lines = entry.opportunities().get(opportunity.id());
            if (lines != null) {
                return today + " At the first recorded scan with it (" + escape(entry.date()) + ") it had "
                        + NumberText.count(lines) + ".";
            }
        }
        return today + " It is new since the recorded scans.";
    }

    private static String modules(List<String> modules) {
        return modules.stream().map(module -> "<strong>" + escape(ReportContext.shortModule(module)) + "</strong>")
                .collect(Collectors.joining(", "));
    }
}
