package dev.platformscan.engine.classify;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.rules.CapabilityRule;
import dev.platformscan.rules.RuleCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classify stage: labels each cluster with the capability most of its copies show. A capability
 * counts for a cluster when at least half of its members match the rule (both, when it has two); among those, the one matched
 * by most members wins, then the one the members' own names speak for in more of them (a {@code names} signal: what the
 * developer called the code says what it is for, where the libraries it uses say how it does it; an SMS-code sender that
 * keeps the code in Redis is a verification code, not a cache; an exception handler that also handles binding errors is
 * error handling), then the higher mean confidence, then the one matched furthest beyond its threshold
 * (score ÷ threshold), then catalog order.
 */
public final class CapabilityClassifier {
    private final RuleCatalog catalog;

    public CapabilityClassifier(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public List<CloneCluster> label(List<CloneCluster> clusters) {
        List<CloneCluster> labelled = new ArrayList<>(clusters.size());
        for (CloneCluster cluster : clusters) {
            labelled.add(cluster.withCapability(capabilityOf(cluster.members())));
        }
        return labelled;
    }

    ClusterCapability capabilityOf(List<ClusterMember> members) {
        ClusterCapability best = null;
        int bestNamed = 0;
        double bestStrength = 0;
        for (CapabilityRule rule : catalog.rules()) {
            int count = 0;
            int named = 0;
            double confidence = 0;
            double strength = 0;
            Map<String, List<String>> seenIn = new TreeMap<>();
            for (ClusterMember member : members) {
                for (CapabilityMatch match : member.capabilities()) {
                    if (match.capability().equals(rule.id())) {
                        count++;
                        if (match.shows(dev.platformscan.rules.SignalKind.NAMES)) {
                            named++;
                        }
                        confidence += match.confidence();
                        strength += match.score() / rule.threshold();
                        for (String signal : match.signals()) {
                            seenIn.computeIfAbsent(signal, k -> new ArrayList<>()).add(member.symbol());
                        }
                    }
                }
            }
            // half the copies must show it; of two copies both (one alone is the other's look-alike, not proof)
            if (count == 0 || count * 2 < members.size() || members.size() == 2 && count < 2) {
                continue;
            }
            List<ClusterCapability.Evidence> evidence = new ArrayList<>();
            seenIn.forEach((signal, symbols) -> evidence.add(new ClusterCapability.Evidence(signal, symbols)));
            evidence.sort((a, b) -> a.seenIn().size() != b.seenIn().size()
                    ? Integer.compare(b.seenIn().size(), a.seenIn().size()) : a.signal().compareTo(b.signal()));
            ClusterCapability candidate = new ClusterCapability(rule.id(), rule.name(),
                    Math.round(1000 * confidence / members.size()) / 1000.0, count, evidence);
            // confidence is capped at 1; among capped ties the rule matched furthest beyond its threshold wins
            boolean sameMembers = best != null && candidate.members() == best.members();
            if (best == null || candidate.members() > best.members()
                    || (sameMembers && named > bestNamed)
                    || (sameMembers && named == bestNamed && candidate.confidence() > best.confidence())
                    || (sameMembers && named == bestNamed && candidate.confidence() == best.confidence()
                    && strength > bestStrength + 1e-9)) {
                best = candidate;
                bestNamed = named;
                bestStrength = strength;
            }
        }
        return best;
    }
}
