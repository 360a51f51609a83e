import java.nio.file.*

// The bundled demo's shared cache, its two users and billing's own cache (it/demo), laid out as this reactor's sources.
Path demo = basedir.toPath().resolve('../../../demo').normalize()
[
    'shared/common-cache/src/main/java/com/acme/common/cache/ExpiringCache.java',
    'services/orders/src/main/java/com/acme/orders/pricing/DiscountRuleLookup.java',
    'services/inventory/src/main/java/com/acme/inventory/supplier/SupplierLeadTimes.java',
    'services/billing/src/main/java/com/acme/billing/tax/TaxRateCache.java',
].each { file ->
    Path target = basedir.toPath().resolve(file)
    Files.createDirectories(target.parent)
    Files.copy(demo.resolve(file), target, StandardCopyOption.REPLACE_EXISTING)
}
return true
