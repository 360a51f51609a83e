package dev.platformscan.engine.report.html;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.rules.CapabilityRule;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What several sections of the report look up: capability names, clusters by id, short module names. */
final class ReportContext {
    /** What the filter calls the opportunities no capability rule labels. */
    static final String UNLABELLED = "Unlabelled duplicated code";

    private final ScanResult result;
    private final Map<String, String> capabilityNames = new HashMap<>();
    private final Map<String, CloneCluster> clustersById = new HashMap<>();

    ReportContext(ScanResult result) {
        this.result = result;
        for (CapabilityRule rule : result.request().rules().rules()) {
            capabilityNames.put(rule.id(), rule.name());
        }
        for (CloneCluster cluster : result.clusters()) {
            clustersById.put(cluster.id(), cluster);
            if (cluster.capability() != null) {
                capabilityNames.putIfAbsent(cluster.capability().id(), cluster.capability().name());
            }
        }
        for (Opportunity opportunity : result.opportunities()) {
            if (opportunity.capabilityId() != null && opportunity.capabilityName() != null) {
                capabilityNames.put(opportunity.capabilityId(), opportunity.capabilityName());
            }
        }
    }

    ScanResult result() {
        return result;
    }

    /** The execution root's directory name. */
    String projectName() {
        Path root = result.request().executionRoot().toAbsolutePath().normalize();
        return root.getFileName() == null ? root.toString() : root.getFileName().toString();
    }

    /** The rule's name, or the id itself when no rule of this scan has it. */
    String capabilityName(String capabilityId) {
        return capabilityNames.getOrDefault(capabilityId, capabilityId);
    }

    /** The capability's name, or for unlabelled code the head of the title ("Repository classes (InMemoryUserRepository, JdbcUserRepository)"). */
    static String name(Opportunity opportunity) {
        if (opportunity.capabilityName() != null) {
            return opportunity.capabilityName();
        }
        int colon = opportunity.title().indexOf(": ");
        return colon > 0 ? opportunity.title().substring(0, colon) : opportunity.title();
    }

    /** The title without the name it starts with: "3 modules, 2 teams, 1 cluster, 429 duplicated lines". */
    static String facts(Opportunity opportunity) {
        String lead = name(opportunity) + ": ";
        return opportunity.title().startsWith(lead) ? opportunity.title().substring(lead.length()) : opportunity.title();
    }

    CloneCluster cluster(String id) {
        return clustersById.get(id);
    }

    /** Modules that carry a copy of some opportunity, sorted. */
    Set<String> modulesInOpportunities() {
        Set<String> modules = new TreeSet<>();
        result.rankedOpportunities().forEach(opportunity -> modules.addAll(opportunity.reach().modules()));
        return modules;
    }

    /** "billing" for "com.acme.shop:billing": what people call a module. */
    static String shortModule(String moduleId) {
        int colon = moduleId.lastIndexOf(':');
        return colon >= 0 ? moduleId.substring(colon + 1) : moduleId;
    }

    /** "JdbcSupport#query" for "com.acme.billing.data.JdbcSupport#query(String)". */
    static String shortSymbol(String symbol) {
        int parameters = symbol.indexOf('(');
        String head = parameters >= 0 ? symbol.substring(0, parameters) : symbol;
        int hash = head.indexOf('#');
        String type = hash >= 0 ? head.substring(0, hash) : head;
        String simpleType = type.substring(type.lastIndexOf('.') + 1);
        return hash >= 0 ? simpleType + head.substring(hash) : simpleType;
    }

    /** Whether the opportunity at this position of the ranking gets a detail view. */
    static boolean hasDetail(int index) {
        return index < HtmlReportRenderer.DETAILED_OPPORTUNITIES;
    }

    /** Anchor of an opportunity's detail view. */
    static String anchor(int index) {
        return "opp-" + (index + 1);
    }
}
