import groovy.json.JsonSlurper

// build.log holds the six builds in order
def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).toList().drop(1)
assert builds.size() == 6 : "expected 6 builds, found ${builds.size()}"

def failed = builds[0]
assert failed.contains('BUILD FAILURE') && failed.contains('MojoFailureException')
assert failed.contains("[platform.requireSharedComponents] capability 'caching' has a shared component, "
        + "com.acme.shop:common-cache (ExpiringCache): use it instead of this own implementation:")
assert failed.contains('services/billing/src/main/java/com/acme/billing/tax/TaxRateCache.java:12  '
        + 'com.acme.billing.tax.TaxRateCache  in com.acme.shop:billing')
assert failed.contains('Caching 67%: 2 of 3 modules use common-cache; 1 holds out: billing')

def baseline = new JsonSlurper().parse(new File(basedir, 'platform-baseline.json'))
assert baseline.holdouts == ['caching|com.acme.shop:billing|com.acme.billing.tax.TaxRateCache']
assert builds[2].contains('platform:check passed') && builds[2].contains('BUILD SUCCESS')

assert builds[3].contains("Invalid parameter platform.requireSharedComponents: unknown capability 'cache'; known: all, ")
assert builds[3].contains('MojoExecutionException')

assert builds[4].contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/platform-scan/report.json'))
def caching = report.adoption.find { it.capability == 'caching' }
assert caching.components*.module == ['com.acme.shop:common-cache'] && caching.components[0].declared
assert caching.adopters*.module == ['com.acme.shop:inventory', 'com.acme.shop:orders']
assert caching.holdouts*.module == ['com.acme.shop:billing']

assert builds[5].contains("Invalid parameter platform.components: 'cache' is no capability of the rule catalog")
return true
