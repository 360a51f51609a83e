import groovy.json.JsonSlurper

def lexical = new JsonSlurper().parse(new File(basedir, 'target/lexical/report.json'))
def full = new JsonSlurper().parse(new File(basedir, 'target/full/report.json'))
def log = new File(basedir, 'build.log').text
def area = 'shapes/src/main/java/com/example/shapes/Area.java'

// default: the file is read from its tokens, counted, and its broken statement is not reported
assert lexical.problems.every { it.file != area }
assert lexical.modules.find { it.id == 'com.example.it:shapes' }.linesOfCode == 7
assert log.contains('Read ') && log.contains(' files from their tokens')
assert log.count('Compiling JavaParser and the engine with C1 only') == 1 // run 2 has platform.compilerHints=false
// platform.fullParse=true: the syntax error at its line, as before the lexical reading
def syntax = full.problems.find { it.file == area }
assert syntax != null && syntax.line == 6 && syntax.message.startsWith('syntax error')
assert log.contains('(platform.fullParse)')
// the same copies either way
assert lexical.clusters.collect { it.id } == full.clusters.collect { it.id }
assert lexical.clusters.any { c -> c.modules.containsAll(['com.example.it:good-one', 'com.example.it:good-two']) }
return true
