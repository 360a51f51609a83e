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
// every planted capability's cluster carries the right label (ground-truth id -> built-in rule id)
def ruleOf = ['token-jwt': 'token-jwt', 'password-hashing': 'password-hashing', 'login-flow': 'login-session',
              'jdbc-dao': 'data-access', 'http-retry': 'http-client', 'error-response': 'error-handling']
truth.capabilities.each { capability ->
    def expected = ruleOf[capability.id]
    assert expected != null : "no rule mapped for planted capability ${capability.id}"
    def originals = capability.copies.findAll { it.kind == 'original' }
    def labelled = originals.any { o -> clustersOf(o.symbol).any { c -> c.capability?.id == expected && c.modules.size() >= 2 } }
    if (!labelled) {
        failures << "${capability.id}: no cross-module cluster with its original is labelled ${expected} (labels: " +
                originals.collectMany { o -> clustersOf(o.symbol)*.capability*.id } + ")"
    }
}
assert report.summary.capabilities.keySet().containsAll(ruleOf.values())
report.clusters.findAll { it.capability != null }.each { c ->
    assert c.capability.evidence.every { e -> e.signal ==~ /[a-z]+: .+/ && !e.seenIn.isEmpty() }
}
assert report.modules.find { it.id == 'com.acme.shop:users' }.capabilities['password-hashing'] >= 1
// the same-purpose rewrite of password hashing (salted SHA-256 instead of PBKDF2) is reported apart from the copies
assert report.clusters.every { it.cloneType != 'semantic' } : 'a same-purpose rewrite among the copies'
assert report.summary.rewrites == report.rewrites.size()
def rewrite = report.rewrites.find { c -> c.cloneType == 'semantic' && c.members.any { it.symbol.startsWith('com.acme.notifications.security.SaltedDigest') } }
assert rewrite != null : 'the password-hashing rewrite was not found'
assert rewrite.capability.id == 'password-hashing'
assert rewrite.members.any { it.module != 'com.acme.shop:notifications' }
truth.noise.each { noise ->
    if (!clustersOf(noise.symbol).isEmpty()) {
        failures << "noise ${noise.symbol} (${noise.why}) is in a cluster"
    }
}
// tests are not read by default
if (report.clusters.any { c -> c.members.any { it.file.contains('/src/test/') } }) {
    failures << 'a test source is in a cluster'
}
// opportunities: the planted capabilities are the top six, ranked by score, each score explained
def planted = ruleOf.values() as Set
def top = report.opportunities.take(6)
assert top*.capability*.id as Set == planted : "top opportunities: ${report.opportunities*.title}"
assert report.opportunities*.rank == (1..report.opportunities.size()).toList()
assert report.opportunities*.score == report.opportunities*.score.sort(false).reverse()
report.opportunities.each { o ->
    ['reach', 'impact', 'confidence', 'effort'].each { k ->
        assert o[k].explanation.length() > 40 : "${o.id}: ${k} has no explanation"
    }
    assert o.copies*.module.contains(o.pioneer.module)
    assert o.copies.find { it.module == o.pioneer.module }.members*.symbol.contains(o.pioneer.symbol)
    assert o.clusters.every { id -> (report.clusters*.id + report.rewrites*.id).contains(id) }
}
// teams come from the demo's CODEOWNERS: gateway and users both belong to @acme/identity
def tokens = report.opportunities.find { it.capability?.id == 'token-jwt' }
assert tokens.reach.teamSource == 'CODEOWNERS'
assert tokens.reach.teams == ['@acme/checkout', '@acme/identity']
assert tokens.reach.modules.size() == 3
// the only copy with a test (users' AuthFlowTest names TokenVerifier) is the pioneer
assert tokens.pioneer.module == 'com.acme.shop:users' && tokens.pioneer.reason.contains('AuthFlowTest')
assert failures.isEmpty() : failures.join('\n')
assert report.summary.modules == 10
// adoption: the shared cache, who uses it and who still keeps their own (issue 17)
truth.adoption.each { expected ->
    def found = report.adoption.find { it.capability == expected.capability }
    assert found != null : "no adoption entry for ${expected.capability}: ${report.adoption*.capability}"
    assert found.components*.module == expected.components
    assert found.adopters*.module == expected.adopters
    assert found.holdouts*.module == expected.holdouts*.module
    expected.holdouts.each { h -> assert found.holdouts.find { it.module == h.module }.code*.symbol.contains(h.symbol) }
    assert found.share == Math.round(expected.adopters.size() * 1000 / (expected.adopters.size() + expected.holdouts.size())) / 1000
}
def console = new File(basedir, 'build.log').text
assert console.contains('Caching 67%: 2 of 3 modules use common-cache; 1 holds out: billing')
assert report.summary.leftOut.boilerplateMembers > 0 && report.summary.leftOut.classesWithoutLogic > 0
return true
