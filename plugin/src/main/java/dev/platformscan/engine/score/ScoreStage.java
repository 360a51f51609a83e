package dev.platformscan.engine.score;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.adopt.Adoption;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.scan.ModuleSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers what scoring needs from the repository (CODEOWNERS, git history, packages, code lines) and
 * ranks the clusters as opportunities.
 */
public final class ScoreStage {
    private ScoreStage() {
    }

    /** Ranked opportunities; problems for ownership or history files that cannot be read. */
    public static List<Opportunity> opportunities(ScanRequest request, List<ModuleSource> modules, List<ParsedFile> files,
                                                  List<CloneCluster> clusters, List<Adoption> adoption,
                                                  List<Problem> problems)
            throws InterruptedException {
        Path root = request.executionRoot().toAbsolutePath().normalize();
        CodeOwners owners = null;
        try {
            owners = CodeOwners.find(root);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("CODEOWNERS", 0, "cannot read the CODEOWNERS file (" + e.getMessage()
                    + "); teams come from platform.teams or the POMs instead"));
        }
        ScoringSettings settings = request.scoring();
        GitChangeCounts changes = settings.changeMonths() > 0 ? GitChangeCounts.read(root, settings.changeMonths()) : null;
        TeamDirectory teams = new TeamDirectory(owners, settings.teams(), modules, changes);
        Map<String, BitSet> codeLines = new HashMap<>();
        Map<String, Set<String>> packages = new HashMap<>();
        Map<String, ModuleSource> moduleById = new HashMap<>();
        modules.forEach(m -> moduleById.put(m.id(), m));
        for (ParsedFile file : files) {
            codeLines.put(file.source().relativePath(), file.codeLines());
            String pkg = packageOf(file, moduleById.get(file.source().moduleId()));
            if (pkg != null) {
                packages.computeIfAbsent(file.source().moduleId(), k -> new TreeSet<>()).add(pkg);
            }
        }
        CopyFacts facts = new CopyFacts(root, modules, codeLines, packages, teams, changes);
        return new OpportunityRanker(settings, request.rules(), facts, adoption).rank(clusters);
    }

    /** The package a file sits in, from its directory under the module's source root. */
    private static String packageOf(ParsedFile file, ModuleSource module) {
        if (module == null) {
            return null;
        }
        Path path = file.source().path().toAbsolutePath().normalize();
        for (Path sourceRoot : module.sourceRoots()) {
            if (path.startsWith(sourceRoot) && path.getParent() != null) {
                Path relative = sourceRoot.relativize(path.getParent());
                return relative.toString().isEmpty() ? "" : relative.toString().replace(java.io.File.separatorChar, '.');
            }
        }
        return null;
    }
}
