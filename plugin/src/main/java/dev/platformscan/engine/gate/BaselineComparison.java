package dev.platformscan.engine.gate;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.adopt.Adoption;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed since the baseline: copies that are in a cluster now but were not accepted (new or
 * grown duplication), and accepted copies that are no longer in any cluster (progress).
 *
 * @param grown   clusters holding at least one copy the baseline did not accept, with those copies
 * @param removed accepted copies ("module|symbol") no longer duplicated
 * @param newHoldouts per capability with a shared component, the holdouts' code the baseline did not accept
 */
public record BaselineComparison(List<Grown> grown, List<String> removed,
                                 List<Adoption> newHoldouts) {

    public BaselineComparison {
        newHoldouts = newHoldouts == null ? List.of() : List.copyOf(newHoldouts);
    }

    public BaselineComparison(List<Grown> grown, List<String> removed) {
        this(grown, removed, List.of());
    }

    /** A cluster and its copies that are new since the baseline. */
    public record Grown(CloneCluster cluster, List<ClusterMember> newCopies) {
    }

    public static BaselineComparison compare(Baseline baseline, ScanResult result) {
        Set<String> accepted = baseline.acceptedCopies();
        Set<String> current = new TreeSet<>();
        List<Grown> grown = new ArrayList<>();
        for (CloneCluster cluster : result.copies()) { // rewrites are not copies: the ratio and count limits skip them too
            List<ClusterMember> newCopies = new ArrayList<>();
            for (ClusterMember member : cluster.members()) {
                current.add(Baseline.key(member));
                if (!accepted.contains(Baseline.key(member))) {
                    newCopies.add(member);
                }
            }
            if (!newCopies.isEmpty()) {
                grown.add(new Grown(cluster, newCopies));
            }
        }
        List<String> removed = accepted.stream().filter(copy -> !current.contains(copy)).toList();
        Set<String> acceptedHoldouts = new TreeSet<>(baseline.holdouts());
        List<Adoption> newHoldouts = new ArrayList<>();
        for (Adoption adoption : result.adoption()) {
            List<Adoption.Holdout> fresh = new ArrayList<>();
            for (Adoption.Holdout holdout : adoption.holdouts()) {
                List<Adoption.Code> code = holdout.code().stream().filter(c -> !acceptedHoldouts
                        .contains(Baseline.holdoutKey(adoption.capability(), holdout.module(), c.symbol()))).toList();
                if (!code.isEmpty()) {
                    fresh.add(holdout.withCode(code));
                }
            }
            if (!fresh.isEmpty()) {
                newHoldouts.add(adoption.withHoldouts(fresh));
            }
        }
        return new BaselineComparison(grown, removed, newHoldouts);
    }
}
