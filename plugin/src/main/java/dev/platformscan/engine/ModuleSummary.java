package dev.platformscan.engine;

/**
 * What the scan read in one module.
 *
 * @param id          "groupId:artifactId"
 * @param path        relative to the execution root ("" for the root module)
 * @param files       Java files read
 * @param linesOfCode lines holding code (not blank, not only comments)
 * @param units       units (methods, constructors, classes) large enough to compare
 * @param capabilities per capability id, the number of units showing it (a method is not counted again
 *                     when its class already shows the capability), sorted by id
 */
public record ModuleSummary(String id, String path, int files, int linesOfCode, int units,
                            java.util.Map<String, Integer> capabilities) {

    public ModuleSummary {
        capabilities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(capabilities));
    }
}
