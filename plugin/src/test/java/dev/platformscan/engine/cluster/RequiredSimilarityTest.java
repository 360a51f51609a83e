package dev.platformscan.engine.cluster;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.scan.ModuleSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RequiredSimilarityTest {

    /** The engine's own main sources, one module per stage package: real code, about 15k lines. */
    private static List<UnitGroup> engineSourceGroups() throws IOException, InterruptedException {
        Path sources = Path.of("src/main/java").toAbsolutePath();
        Path engine = sources.resolve("dev/platformscan/engine");
        List<ModuleSource> modules = new ArrayList<>();
        try (Stream<Path> packages = Files.list(engine)) {
            for (Path stage : packages.filter(Files::isDirectory).sorted().toList()) {
                String name = stage.getFileName().toString();
                modules.add(new ModuleSource("dev.platformscan:" + name, name, stage, "jar", List.of(stage), List.of(),
                        "UTF-8", "17"));
            }
        }
        ScanRequest request = ScanRequest.defaults(engine, modules);
        List<ParsedFile> files = new PlatformScanEngine().analysedFiles(request, ScanListener.SILENT);
        return CloneClusterer.exactGroups(CloneClusterer.index(files), null);
    }

    @Test
    void theNormalQuantileMatchesTabulatedValues() {
        assertThat(RequiredSimilarity.upperNormalQuantile(0.5)).isCloseTo(0.0, within(1e-6));
        assertThat(RequiredSimilarity.upperNormalQuantile(0.05)).isCloseTo(1.6449, within(1e-4));
        assertThat(RequiredSimilarity.upperNormalQuantile(0.001)).isCloseTo(3.0902, within(1e-4));
        assertThat(RequiredSimilarity.upperNormalQuantile(0.0001)).isCloseTo(3.7190, within(1e-4));
    }

    @Test
    void onRealCodeSmallUnitsNeedMoreSimilarityThanLargeOnesAndNoBarFallsBelowTheBase() throws Exception {
        List<UnitGroup> groups = engineSourceGroups();
        RequiredSimilarity required = RequiredSimilarity.calibrate(groups, 0.7, 0.0001, Scope.CROSS_MODULE);

        assertThat(required.description()).as("calibrated buckets").isNotEmpty();
        double smallest = required.forPair(RequiredSimilarity.Kind.METHODS, 60, 60);
        double large = required.forPair(RequiredSimilarity.Kind.METHODS, 300, 300);
        assertThat(smallest).isGreaterThan(0.7).isGreaterThanOrEqualTo(large);
        for (int tokens : new int[] {50, 90, 150, 250, 500, 2000}) {
            assertThat(required.forPair(RequiredSimilarity.Kind.METHODS, tokens, tokens)).isGreaterThanOrEqualTo(0.7);
            assertThat(required.forPair(RequiredSimilarity.Kind.TYPES, tokens, tokens)).isGreaterThanOrEqualTo(0.7);
        }
        // the shorter unit of a pair decides its bucket
        assertThat(required.forPair(RequiredSimilarity.Kind.METHODS, 60, 300)).isEqualTo(smallest);
    }

    @Test
    void calibrationIsDeterministicAndARateOfZeroKeepsOneThreshold() throws Exception {
        List<UnitGroup> groups = engineSourceGroups();
        RequiredSimilarity first = RequiredSimilarity.calibrate(groups, 0.7, 0.0001, Scope.CROSS_MODULE);
        RequiredSimilarity second = RequiredSimilarity.calibrate(groups, 0.7, 0.0001, Scope.CROSS_MODULE);
        assertThat(first.description()).isEqualTo(second.description());

        RequiredSimilarity off = RequiredSimilarity.calibrate(groups, 0.7, 0, Scope.CROSS_MODULE);
        for (int tokens : new int[] {50, 90, 150, 250, 500}) {
            assertThat(off.forPair(RequiredSimilarity.Kind.METHODS, tokens, tokens)).isEqualTo(0.7);
        }
        assertThat(off.description()).isEmpty();
    }

    @Test
    void aRarerChanceMatchRateNeverLowersABar() throws Exception {
        List<UnitGroup> groups = engineSourceGroups();
        RequiredSimilarity loose = RequiredSimilarity.calibrate(groups, 0.7, 0.01, Scope.CROSS_MODULE);
        RequiredSimilarity strict = RequiredSimilarity.calibrate(groups, 0.7, 0.0001, Scope.CROSS_MODULE);
        for (int tokens : new int[] {50, 90, 150, 250, 500}) {
            assertThat(strict.forPair(RequiredSimilarity.Kind.METHODS, tokens, tokens)).isGreaterThanOrEqualTo(loose.forPair(RequiredSimilarity.Kind.METHODS, tokens, tokens));
        }
    }

    /**
     * A code base with a scaffolded kind of class: the engine's own sources (real code, one module per stage) plus 16
     * CRUD controllers a code generator would write for 16 entities with different fields, over four modules. The
     * controllers score well above unrelated classes of their size with each other; their role's bar covers that.
     */
    @Test
    void aUniformRoleRaisesItsOwnBarAboveItsSizes(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        Path sources = Path.of("src/main/java").toAbsolutePath().resolve("dev/platformscan/engine");
        dev.platformscan.engine.TestRepository repository = new dev.platformscan.engine.TestRepository(root);
        String[][] entities = {{"Post", "code", "sort"}, {"Role", "code", "scope"}, {"Dept", "leader", "phone"},
                {"Menu", "path", "icon"}, {"Dict", "type", "remark"}, {"File", "bucket", "size"}, {"Job", "cron", "group"},
                {"Client", "secret", "scope"}, {"Tenant", "domain", "status"}, {"Notice", "title", "level"},
                {"Param", "key", "value"}, {"Route", "uri", "order"}, {"Log", "ip", "method"}, {"Token", "user", "expiry"},
                {"Group", "owner", "type"}, {"Table", "schema", "comment"}};
        for (int m = 0; m < 4; m++) {
            List<String> controllers = new ArrayList<>();
            for (int e = m; e < entities.length; e += 4) {
                controllers.add(scaffoldedController("com.example.m" + m, entities[e][0], entities[e][1], entities[e][2]));
            }
            repository.moduleWithSources("scaffold" + m, controllers);
        }
        List<ModuleSource> modules = new ArrayList<>(repository.modules());
        try (Stream<Path> packages = Files.list(sources)) {
            for (Path stage : packages.filter(Files::isDirectory).sorted().toList()) {
                String name = stage.getFileName().toString();
                modules.add(new ModuleSource("dev.platformscan:" + name, name, stage, "jar", List.of(stage), List.of(),
                        "UTF-8", "17"));
            }
        }
        List<ParsedFile> files = new PlatformScanEngine().analysedFiles(ScanRequest.defaults(root, modules),
                ScanListener.SILENT);
        List<UnitGroup> groups = CloneClusterer.exactGroups(CloneClusterer.index(files), null);
        RequiredSimilarity required = RequiredSimilarity.calibrate(groups, 0.7, 0.0001, Scope.CROSS_MODULE);

        List<UnitGroup> controllers = groups.stream().filter(g -> g.isClass()
                && g.representative().unit().symbol().endsWith("Controller")).toList();
        assertThat(controllers).hasSize(entities.length);
        SimilarityVerifier verifier = new SimilarityVerifier(0);
        int aboveTheSizeBar = 0;
        for (int i = 0; i < controllers.size(); i++) {
            for (int j = i + 1; j < controllers.size(); j++) {
                var a = controllers.get(i).representative().unit();
                var b = controllers.get(j).representative().unit();
                double similarity = verifier.similarity(a.fingerprint().normalizedTokens(), b.fingerprint().normalizedTokens());
                if (similarity >= required.forPair(RequiredSimilarity.Kind.TYPES, a.tokens(), b.tokens())) {
                    aboveTheSizeBar++;
                }
                assertThat(similarity).as(a.symbol() + " ~ " + b.symbol()).isLessThan(required.forPair(a, b));
            }
        }
        assertThat(aboveTheSizeBar).as("scaffold pairs that the size's bar alone would report").isPositive();
    }

    private static String scaffoldedController(String pkg, String entity, String first, String second) {
        String lower = Character.toLowerCase(entity.charAt(0)) + entity.substring(1);
        String a = Character.toUpperCase(first.charAt(0)) + first.substring(1);
        String b = Character.toUpperCase(second.charAt(0)) + second.substring(1);
        return """
                package %1$s.controller;

                import com.baomidou.mybatisplus.core.toolkit.Wrappers;
                import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
                import org.springframework.web.bind.annotation.*;

                @RestController
                @RequestMapping("/%3$s")
                public class Sys%2$sController {
                    private final Sys%2$sService %3$sService;

                    public Sys%2$sController(Sys%2$sService %3$sService) {
                        this.%3$sService = %3$sService;
                    }

                    @GetMapping("/page")
                    public R get%2$sPage(Page page, Sys%2$s %3$s) {
                        return R.ok(%3$sService.page(page, Wrappers.<Sys%2$s>lambdaQuery()
                            .like(%3$s.get%4$s() != null, Sys%2$s::get%4$s, %3$s.get%4$s())
                            .eq(%3$s.get%5$s() != null, Sys%2$s::get%5$s, %3$s.get%5$s())));
                    }

                    @GetMapping("/details")
                    public R getDetails(Sys%2$s query) {
                        Sys%2$s found = %3$sService.getOne(Wrappers.query(query), false);
                        if (found == null) {
                            return R.failed("no such %3$s");
                        }
                        return R.ok(found);
                    }

                    @PostMapping
                    public R save%2$s(@RequestBody Sys%2$s %3$s) {
                        if (%3$sService.count(Wrappers.<Sys%2$s>lambdaQuery().eq(Sys%2$s::get%4$s, %3$s.get%4$s())) > 0) {
                            return R.failed("%3$s exists");
                        }
                        return R.ok(%3$sService.save(%3$s));
                    }

                    @GetMapping("/export")
                    public java.util.List<Sys%2$s> export(Sys%2$s %3$s) {
                        return %3$sService.list(Wrappers.<Sys%2$s>lambdaQuery()
                            .eq(%3$s.get%5$s() != null, Sys%2$s::get%5$s, %3$s.get%5$s())
                            .orderByDesc(Sys%2$s::get%4$s));
                    }
                }
                """.formatted(pkg, entity, lower, a, b);
    }
}
