package dev.platformscan.engine;

/**
 * Headline numbers of one scan.
 *
 * @param modules          modules in the reactor
 * @param files            Java files read
 * @param linesOfCode      code lines (not blank, not only comments)
 * @param units            units large enough to compare
 * @param clusters         clusters of copies reported (same-purpose rewrites, {@code CloneType.SEMANTIC}, not counted)
 * @param duplicatedLines  code lines that belong to a member of a reported cluster (each counted once)
 * @param duplicationRatio duplicatedLines / linesOfCode, rounded to 4 decimals
 * @param generatedFiles   files left out as generated code
 * @param boilerplateMembers members left out as boilerplate
 * @param classesWithoutLogic classes not compared as a whole (no logic of their own: DTOs)
 * @param suppressed       classes and members marked {@code @SuppressWarnings("platform:duplication")}
 */
public record ScanSummary(int modules, int files, int linesOfCode, int units, int clusters,
                          int duplicatedLines, double duplicationRatio, int generatedFiles, int boilerplateMembers,
                          int classesWithoutLogic, int suppressed) {
}
