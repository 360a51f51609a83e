import groovy.json.JsonSlurper

// What was planted in the demo (written by hand when the demo was written, not from any scan).
def truth = new JsonSlurper().parse(new File(basedir, 'demo-ground-truth.json'))
def report = new JsonSlurper().parse(new File(basedir, 'target/platform-scan/report.json'))

def covers = { member, String symbol -> symbol == member.symbol || symbol.startsWith(member.symbol + '#') || symbol.startsWith(member.symbol + '.') }
def clustersOf = { String symbol -> report.clusters.findAll { c -> c.members.any { covers(it, symbol) } } }

def failures = []
truth.capabilities.each { capability ->
    def copies = capability.copies.findAll { it.kind != 'rewrite' }   // same-purpose rewrites are a later feature
    copies.each { copy ->
        def clusters = clustersOf(copy.symbol)
        if (clusters.isEmpty()) {
            failures << "${capability.id}: ${copy.kind} copy ${copy.symbol} is in no cluster"
        } else if (!clusters.any { it.modules.size() >= 2 }) {
            failures << "${capability.id}: ${copy.symbol} is only in single-module clusters"
        }
    }
    // the original and a copy in another module are found together
    def originals = copies.findAll { it.kind == 'original' }
    def together = originals.any { o ->
        clustersOf(o.symbol).any { c -> copies.any { other -> other.module != o.module && c.members.any { covers(it, other.symbol) } } }
    }
    if (!together) {
        failures << "${capability.id}: no cluster holds the original together with a copy from another module"
    }
}
truth.noise.each { noise ->
    if (!clustersOf(noise.symbol).isEmpty()) {
        failures << "noise ${noise.symbol} (${noise.why}) is in a cluster"
    }
}
// tests are not read by default
if (report.clusters.any { c -> c.members.any { it.file.contains('/src/test/') } }) {
    failures << 'a test source is in a cluster'
}
assert failures.isEmpty() : failures.join('\n')
assert report.summary.modules == 9
return true
