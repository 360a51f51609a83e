import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).toList().drop(1)
assert builds.size() == 6 : "expected 6 builds, found ${builds.size()}"

def grown = builds[1]
assert grown.contains('BUILD FAILURE') && grown.contains('[platform.baseline] 1 copy is new since the baseline platform-baseline.json')
assert grown =~ /new: platform\/inventory\/src\/main\/java\/com\/example\/notifications\/WebhookSender\.java:\d+  com\.example\.notifications\.WebhookSender/
assert !(grown =~ /new: (orders|platform\/billing)\//) : 'only the new copy is named'
assert grown.contains('mvn platform:baseline')

def baseline = new JsonSlurper().parse(new File(basedir, 'platform-baseline.json'))
assert baseline.schemaVersion == 1
assert baseline.clusters*.members.flatten().any { it.startsWith('com.example.it:inventory|') }

assert builds[3].contains('platform:check passed')
assert builds[4].contains('platform:check passed') && builds[4].contains('Progress since the baseline: ')
assert builds[4] =~ /com\.example\.it:billing com\.example\.billing\.OrderClient/

assert builds[5].contains('Unreadable baseline ') && builds[5] =~ /broken-baseline\.json:\d+: not valid JSON/
assert builds[5].contains('MojoExecutionException')
return true
