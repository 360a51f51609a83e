def one = new File(basedir, 'target/one-thread/report.json')
def four = new File(basedir, 'target/four-threads/report.json')
def again = new File(basedir, 'target/again/report.json')
[one, four, again].each { assert it.isFile() : "missing ${it}" }
assert one.bytes == four.bytes : "report.json differs between 1 and 4 threads"
assert one.bytes == again.bytes : "report.json differs between two runs"
def json = new groovy.json.JsonSlurper().parse(one)
assert json.clusters.size() >= 2 : "the fixture should give several clusters, got ${json.clusters.size()}"
assert !one.text.contains('\r')
def sarifOne = new File(basedir, 'target/one-thread/report.sarif')
assert sarifOne.isFile() && sarifOne.bytes == new File(basedir, 'target/four-threads/report.sarif').bytes
assert sarifOne.bytes == new File(basedir, 'target/again/report.sarif').bytes
// the reports for people too (written by default): same bytes whatever the threads
['report.md', 'report.html'].each { name ->
    def first = new File(basedir, "target/one-thread/${name}")
    assert first.isFile() && first.length() > 0 : "missing ${first}"
    assert first.bytes == new File(basedir, "target/four-threads/${name}").bytes : "${name} differs between 1 and 4 threads"
    assert first.bytes == new File(basedir, "target/again/${name}").bytes : "${name} differs between two runs"
}
return true
