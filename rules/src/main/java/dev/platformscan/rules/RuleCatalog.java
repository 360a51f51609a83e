package dev.platformscan.rules;

import java.util.List;
import java.util.Optional;

/** The capability rules a scan uses, in a fixed order (by id). */
public record RuleCatalog(List<CapabilityRule> rules) {

    public RuleCatalog {
        rules = rules.stream().sorted(java.util.Comparator.comparing(CapabilityRule::id)).toList();
    }

    public static RuleCatalog empty() {
        return new RuleCatalog(List.of());
    }

    public Optional<CapabilityRule> find(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
