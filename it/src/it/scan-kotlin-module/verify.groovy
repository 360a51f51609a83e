import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/platform-scan/report.json'))
assert new File(basedir, 'billing/target/classes/com/acme/billing/CredentialHashing.class').isFile()
def billing = json.modules.find { it.id == 'com.example.it:billing' }
assert billing.capabilities['password-hashing'] >= 1 : "Kotlin module capabilities: ${billing.capabilities}"
assert billing.files == 1 && billing.units >= 2
def rewrite = json.rewrites.find { c -> c.cloneType == 'semantic' && c.modules == ['com.example.it:billing', 'com.example.it:users'] }
assert rewrite != null : "no same-purpose rewrite across the Kotlin and the Java module: ${json.rewrites}"
assert rewrite.capability.id == 'password-hashing'
assert rewrite.members.any { it.file == 'billing/src/main/kotlin/com/acme/billing/Hashing.kt' }
return true
