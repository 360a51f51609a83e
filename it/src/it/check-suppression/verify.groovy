import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/platform-scan/report.json'))
assert json.summary.leftOut.suppressed == 2
assert !json.clusters.any { c -> c.members.any { it.module in ['com.example.it:billing'] } }
assert !json.clusters.any { c -> c.members.any { it.symbol.startsWith('com.example.notifications.WebhookSender') } }
assert new File(basedir, 'build.log').text.contains('platform:check passed')
return true
