package dev.platformscan.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sources of the bundled demo repository (it/demo) for engine tests, read where they are instead of copied into the
 * fixtures: the demo's shared cache and the services that use it or keep their own (issue 17).
 */
public final class DemoSources {
    public static final String EXPIRING_CACHE = "shared/common-cache/src/main/java/com/acme/common/cache/ExpiringCache.java";
    public static final String DISCOUNT_RULE_LOOKUP =
            "services/orders/src/main/java/com/acme/orders/pricing/DiscountRuleLookup.java";
    public static final String SUPPLIER_LEAD_TIMES =
            "services/inventory/src/main/java/com/acme/inventory/supplier/SupplierLeadTimes.java";
    public static final String TAX_RATE_CACHE = "services/billing/src/main/java/com/acme/billing/tax/TaxRateCache.java";

    private static final Path DEMO = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../it/demo")
            .normalize();

    private DemoSources() {
    }

    /** The demo file's text; {@code path} is relative to the demo's root. */
    public static String read(String path) {
        try {
            return Files.readString(DEMO.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo's shared cache (shared/common-cache), its users orders and inventory, and billing's own cache. */
    public static TestRepository demoCache(TestRepository repository) {
        return repository
                .moduleWithSources("shared/common-cache", java.util.List.of(read(EXPIRING_CACHE)))
                .moduleWithSources("services/orders", java.util.List.of(read(DISCOUNT_RULE_LOOKUP)))
                .moduleWithSources("services/inventory", java.util.List.of(read(SUPPLIER_LEAD_TIMES)))
                .moduleWithSources("services/billing", java.util.List.of(read(TAX_RATE_CACHE)));
    }
}
