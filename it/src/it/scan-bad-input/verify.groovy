import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/platform-scan/report.json'))
def problems = json.problems
def log = new File(basedir, 'build.log').text

def problemFor = { String file -> problems.find { it.file == file } }

// a file that does not parse: named with its line, skipped, the rest goes on
def syntax = problemFor('broken-syntax/src/main/java/com/example/broken/Half.java')
assert syntax != null && syntax.line == 4 && syntax.message.startsWith('syntax error')
assert log.contains('[WARNING] broken-syntax/src/main/java/com/example/broken/Half.java:4: syntax error')
// an unknown encoding: named in the module's POM, files read as UTF-8
assert problemFor('odd-encoding/pom.xml')?.message?.contains('KLINGON-8')
// an empty module and a module with only resources; the pom-packaging root is no problem, one info line
assert problemFor('empty/pom.xml')?.message?.contains('no .java files')
assert problemFor('resources-only/pom.xml') != null
assert problemFor('pom.xml') == null
assert !log.contains('[WARNING] pom.xml')
assert log =~ /\[INFO\] Reading \d+ Java files in \d+ modules \(\d+ threads?\); 1 aggregator module \(pom packaging\) without sources/
// every problem is one console warning
problems.each { p -> assert log.contains("[WARNING] ${p.file}") : "no warning for ${p.file}" }

// a Latin-1 module read with its declared encoding: no problem
assert problemFor('latin1/src/main/java/com/example/latin/Gruss.java') == null

// the good modules are still compared
assert json.clusters.any { c -> c.modules.containsAll(['com.example.it:good-one', 'com.example.it:good-two']) }
assert json.summary.modules == 8
return true
