import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/platform-scan/report.json'))
assert new File(basedir, 'services/users/target/classes/com/acme/users/auth/PasswordHasher.class').isFile()
// the same planted capability clusters, labelled the same way, as without compiled classes
def labels = report.clusters.findAll { it.capability != null }*.capability*.id as Set
assert labels.containsAll(['token-jwt', 'password-hashing', 'login-session', 'data-access', 'http-client', 'error-handling'])
def jdbc = report.clusters.find { it.capability?.id == 'data-access' && it.unit == 'class' }
// evidence only bytecode gives: the owner the compiler resolved for calls on 'var' and fields
assert jdbc.capability.evidence*.signal.any { it.startsWith('imports: java.sql.') }
assert report.rewrites.any { it.cloneType == 'semantic' && it.capability.id == 'password-hashing' }
assert report.problems.every { !it.message.contains('class-file version') }
// features read from tokens (default) and from JavaParser's AST (platform.fullParse) give the same report,
// bytecode joined in both: clusters, labels with their evidence, module capability counts, opportunities
def full = new JsonSlurper().parse(new File(basedir, 'target/full-parse/report.json'))
def log = new File(basedir, 'build.log').text
assert log =~ /Read \d+ files from their tokens \([1-9]\d* of them with units that could show a capability\)/
assert report.clusters == full.clusters
assert report.rewrites == full.rewrites
assert report.modules == full.modules
assert report.opportunities == full.opportunities
assert report.summary == full.summary
return true
