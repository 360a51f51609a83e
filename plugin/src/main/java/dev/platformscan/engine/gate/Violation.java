package dev.platformscan.engine.gate;

import java.util.List;

/**
 * One broken gate rule.
 *
 * @param parameter the user property that sets the broken limit ("platform.maxDuplicationRatio")
 * @param summary   what is wrong and by how much
 * @param details   the offending clusters, one line each for the cluster and for each copy (file:line)
 */
public record Violation(String parameter, String summary, List<String> details) {

    public Violation {
        details = List.copyOf(details);
    }
}
