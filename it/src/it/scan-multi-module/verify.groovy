import groovy.json.JsonSlurper

def report = new File(basedir, 'target/platform-scan/report.json')
assert report.isFile() : "report.json was not written under the execution root"
def json = new JsonSlurper().parse(report)
assert java.nio.file.Files.getPosixFilePermissions(report.toPath()).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
assert new File(basedir, 'target/platform-scan/report.sarif').isFile()
assert !new File(basedir, 'target/platform-scan').list().any { it.endsWith('.tmp') } : 'no temporary file left behind'

assert json.schemaVersion == 2
assert json.tool.name == 'platform-scan'
assert json.summary.keySet().containsAll(['modules', 'files', 'linesOfCode', 'units', 'clusters', 'duplicatedLines', 'duplicationRatio'])

// every module of the reactor, nested aggregator included, with paths relative to the root
def paths = json.modules.collectEntries { [(it.id): it.path] }
assert paths == ['com.example.it:shop': '', 'com.example.it:orders': 'orders', 'com.example.it:platform': 'platform',
                 'com.example.it:billing': 'platform/billing', 'com.example.it:inventory': 'platform/inventory',
                 'com.example.it:pricing': 'pricing'] : paths
assert json.summary.modules == 6
assert json.summary.files == 4 : "test sources are not read by default: ${json.summary.files}"

// the planted copies: orders (original), billing (Type-1), inventory (Type-3) in clusters across modules
def memberSymbols = json.clusters.collectMany { c -> c.members.collect { it.symbol } }
def covered = { String symbol -> memberSymbols.any { symbol == it || symbol.startsWith(it + '#') } }
assert covered('com.example.orders.OrderClient#getWithRetries(String, int)')
assert covered('com.example.billing.OrderClient#getWithRetries(String, int)')
assert covered('com.example.notifications.WebhookSender#post(String, String, int)')
def withOrders = json.clusters.find { c -> c.members.any { it.module == 'com.example.it:orders' } }
assert withOrders.modules.size() >= 2
assert withOrders.members.every { m -> m.file ==~ /[a-z\/]+\/src\/main\/java\/[A-Za-z\/]+\.java/ } : withOrders.members*.file
assert withOrders.members.every { m -> m.startLine > 0 && m.endLine >= m.startLine }
assert withOrders.cloneType in ['T1', 'T2', 'T3']

// the planted non-copy is not in any cluster
assert !json.clusters.any { c -> c.members.any { it.module == 'com.example.it:pricing' } }

// console summary
def log = new File(basedir, 'build.log').text
assert log.contains('platform-scan ') && log.contains('6 modules, 4 files')
assert log =~ /Found \d+ clusters? of near-duplicate code spanning two or more modules/
assert log.contains('Report: ') && log.contains('report.json')
assert log =~ /Scan took \d+\.\d s/
// the scan ran once for the reactor, not once per module
assert log.count('--- platform:') == 1
return true
