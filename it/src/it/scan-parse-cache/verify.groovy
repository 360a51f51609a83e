def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).toList().drop(1)
assert builds.size() == 4 : "expected 4 builds, found ${builds.size()}"
def cache = new File(basedir, 'target/platform-scan/cache/parse-cache.bin')

// 1: the damaged file is one warning naming it; every file is parsed and the cache rewritten
assert builds[0] =~ /\[WARNING\] Parse cache \S+parse-cache\.bin is unreadable \([^)]+\); rebuilding it/
assert builds[0].contains('Parse cache: 0 files unchanged, 4 parsed')
assert builds[0].contains('BUILD SUCCESS')

// 2: another minTokens is another configuration: nothing reused
assert builds[1].contains('was made by another version or configuration; rebuilding it')
assert builds[1].contains('Parse cache: 0 files unchanged, 4 parsed')

// 3: nothing changed: nothing parsed, nothing written
assert builds[2].contains('Parse cache: 4 files unchanged, 0 parsed')
assert builds[2].contains('nothing to write')
assert !(builds[2] =~ /\[WARNING\] Parse cache/)
assert cache.isFile()
assert !cache.parentFile.list().any { it.endsWith('.tmp') } : 'no temporary file left behind'

// 4: -Dplatform.cache=false reads no cache, and the cached scan's report is the same byte for byte
assert !builds[3].contains('Parse cache')
def cached = new File(basedir, 'target/platform-scan/report.json')
def uncached = new File(basedir, 'target/no-cache/report.json')
assert uncached.isFile()
assert cached.text == uncached.text : 'a scan from the cache must report exactly what a scan without it does'
return true
