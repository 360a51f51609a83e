package dev.platformscan.engine.report.html;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;

import java.util.List;

import static dev.platformscan.engine.report.html.Html.escape;

/**
 * Per-entity templates, folded below the ranked opportunities: the same code written for different entities
 * (scaffolded CRUD endpoints, per-entity services). They look like copies and are not; a platform team may still want
 * one generic base or a generator template for them, so they are listed, apart and closed.
 */
final class TemplatesSection {
    private static final int MAX_LISTED = 200;
    private static final int MAX_MEMBERS_SHOWN = 6;

    private final List<CloneCluster> templates;

    TemplatesSection(List<CloneCluster> templates) {
        this.templates = templates;
    }

    void write(StringBuilder html) {
        if (templates.isEmpty()) {
            return;
        }
        FoldedSection.open(html, "templates", "Look-alikes: one template, several entities", "templates",
                NumberText.plural(templates.size(), "template", "templates")
                        + " written for several entities: not copies, not counted as duplication",
                "Each entry is the same code written for different entities (a scaffold or a generator's output): a "
                        + "generic base or a shared template could replace them, but there is no copy to fold into one.");
        for (CloneCluster template : templates.subList(0, Math.min(MAX_LISTED, templates.size()))) {
            html.append("<li><strong>").append(escape(dev.platformscan.engine.report.TemplateTitle.of(template)))
                    .append("</strong>: ").append(escape(NumberText.plural(template.members().size(), template.unit(),
                            dev.platformscan.engine.report.TemplateTitle.plural(template.unit()))))
                    .append(" in ")
                    .append(NumberText.plural(template.modules().size(), "module", "modules"))
                    .append(template.capability() == null ? "" : ", " + escape(template.capability().name()))
                    .append(": ");
            List<ClusterMember> members = template.members();
            for (int i = 0; i < Math.min(MAX_MEMBERS_SHOWN, members.size()); i++) {
                html.append(i == 0 ? "" : ", ").append("<code>").append(escape(shortSymbol(members.get(i).symbol())))
                        .append("</code>");
            }
            if (members.size() > MAX_MEMBERS_SHOWN) {
                html.append(" and ").append(NumberText.count(members.size() - MAX_MEMBERS_SHOWN)).append(" more");
            }
            html.append("</li>\n");
        }
        FoldedSection.close(html, templates.size() <= MAX_LISTED ? ""
                : "<p>and " + NumberText.count(templates.size() - MAX_LISTED) + " more, all listed in report.json.</p>\n");
    }

    /** "SysPostController#getPostPage(Page, SysPost)" without the package. */
    private static String shortSymbol(String symbol) {
        int hash = symbol.indexOf('#');
        String type = hash < 0 ? symbol : symbol.substring(0, hash);
        return type.substring(type.lastIndexOf('.') + 1) + (hash < 0 ? "" : symbol.substring(hash));
    }
}
