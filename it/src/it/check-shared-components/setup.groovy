import java.nio.file.*

// The adoption fixtures of the plugin's tests (the demo's shared cache, its two users, billing's own cache), laid out
// as this reactor's sources.
Path fixtures = basedir.toPath().resolve('../../../../plugin/src/test/resources/fixtures/adoption').normalize()
[
    'ExpiringCache.java'     : 'shared/common-cache/src/main/java/com/acme/common/cache',
    'DiscountRuleLookup.java': 'services/orders/src/main/java/com/acme/orders/pricing',
    'SupplierLeadTimes.java' : 'services/inventory/src/main/java/com/acme/inventory/supplier',
    'TaxRateCache.java'      : 'services/billing/src/main/java/com/acme/billing/tax',
].each { file, dir ->
    Path target = basedir.toPath().resolve(dir)
    Files.createDirectories(target)
    Files.copy(fixtures.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING)
}
return true
