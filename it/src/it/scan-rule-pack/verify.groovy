import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/platform-scan/report.json'))
def flags = json.clusters.find { c -> c.modules == ['com.example.it:a', 'com.example.it:b'] }
assert flags != null : "the planted copy was not clustered: ${json.clusters*.members*.symbol}"
assert flags.capability?.id == 'feature-flags' : "label: ${flags.capability}"
assert flags.capability.name == 'Feature flags'
assert flags.capability.evidence*.signal.contains('calls: FlagClient.isEnabled')
assert json.summary.capabilities['feature-flags'] == 1
assert new File(basedir, 'build.log').text.contains('[Feature flags]')
return true
