package dev.platformscan.engine;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.scan.ModuleSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository on disk for hostile-input tests: modules with odd encodings, levels, packaging, class
 * files and file-system oddities, always next to a planted cross-module clone pair that must survive them.
 */
public final class HostileRepository {
    /** The planted pair: a method in two modules that every hostile case sits next to. */
    public static final String PLANTED_ORDERS = "com.example.orders.OrderClient#getWithRetries(String, int)";
    public static final String PLANTED_BILLING = "com.example.billing.OrderClient#getWithRetries(String, int)";

    private final Path root;
    private final List<Module> modules = new ArrayList<>();

    /** A repository at {@code root} holding the planted pair (modules planted/orders and planted/billing). */
    public HostileRepository(Path root) {
        this.root = root;
        module("planted/orders").java("com/example/orders/OrderClient.java", fixture("clones/Original.java"));
        module("planted/billing").java("com/example/billing/OrderClient.java", fixture("clones/TypeOne.java"));
    }

    public Path root() {
        return root;
    }

    /** Adds a jar module at {@code path} (UTF-8, Java 17, sources under src/main/java). */
    public Module module(String path) {
        Module module = new Module(path);
        modules.add(module);
        return module;
    }

    public List<ModuleSource> modules() {
        return modules.stream().map(Module::source).toList();
    }

    public ScanRequest request(int threads) {
        return ScanRequest.defaults(root, modules()).withRun(RunSettings.DEFAULTS.withThreads(threads));
    }

    public ScanResult scan(int threads, ScanListener listener) throws InterruptedException {
        return new PlatformScanEngine().scan(request(threads), listener);
    }

    /** Asserts that the planted pair is still one cluster. */
    public static void assertPlantedPairFound(ScanResult result) {
        Optional<CloneCluster> pair = PlatformScanEngineTest.clusterWith(result, PLANTED_ORDERS, PLANTED_BILLING);
        assertThat(pair).as("the planted cross-module pair next to the hostile files; clusters: %s",
                result.clusters()).isPresent();
    }

    /** The problems about one file (path relative to the root). */
    public static List<Problem> problemsFor(ScanResult result, String file) {
        return result.problems().stream().filter(p -> file.equals(p.file())).toList();
    }

    public static String fixture(String name) {
        try (InputStream in = HostileRepository.class.getResourceAsStream("/" + (name.startsWith("hostile/")
                ? name : "fixtures/" + name))) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One module being laid out. */
    public final class Module {
        private final String path;
        private final Path base;
        private String encoding = "UTF-8";
        private String level = "17";
        private String packaging = "jar";
        private Path classes;

        private Module(String path) {
            this.path = path;
            this.base = root.resolve(path);
            try {
                Files.createDirectories(base);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String id() {
            return "com.example:" + path.replace('/', '-');
        }

        public Path base() {
            return base;
        }

        public Path sourceRoot() {
            return base.resolve("src/main/java");
        }

        /** The file's path relative to the repository root, as problems and clusters name it. */
        public String relative(String underSourceRoot) {
            return path + "/src/main/java/" + underSourceRoot;
        }

        public Module encoding(String name) {
            this.encoding = name;
            return this;
        }

        public Module level(String release) {
            this.level = release;
            return this;
        }

        public Module packaging(String value) {
            this.packaging = value;
            return this;
        }

        /** Reads compiled classes from target/classes. */
        public Module withClasses() {
            this.classes = base.resolve("target/classes");
            return this;
        }

        public Path classes() {
            return classes;
        }

        /** Writes a source file (UTF-8) under src/main/java. */
        public Module java(String underSourceRoot, String text) {
            return file(underSourceRoot, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Writes raw bytes under src/main/java. */
        public Module file(String underSourceRoot, byte[] bytes) {
            try {
                Path file = sourceRoot().resolve(underSourceRoot);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        ModuleSource source() {
            return new ModuleSource(id(), path, base, packaging, List.of(sourceRoot()),
                    List.of(base.resolve("src/test/java")), encoding, level, classes);
        }
    }
}
