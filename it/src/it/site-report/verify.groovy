def site = new File(basedir, 'target/site')
def page = new File(site, 'platform-report.html')
assert page.isFile() : "the report page was not written at the execution root: ${site.list()}"
def html = page.getText('UTF-8')

// the page: summary, the planted capability and both modules in the heatmap
assert html.contains('Platform opportunities')
assert html =~ /\d+ duplicated lines \([\d.]+% of [\d,]+ lines of code in 3 modules\)/
assert html.contains('Which modules repeat which capability')
assert html.contains('HTTP clients with retries') : 'the planted HTTP client copy is named'
assert html.contains('>orders<') && html.contains('>billing<')

// the standalone reports are in the site and linked from the page
def links = (html =~ /href="(platform-scan\/[^"]+)"/).collect { it[1] }
assert links.containsAll(['platform-scan/report.html', 'platform-scan/report.md', 'platform-scan/report.json']) : links
links.each { assert new File(site, it).isFile() : "linked report ${it} is missing" }
assert new File(site, 'platform-scan/report.json').text.contains('"HTTP clients with retries"')
assert new File(site, 'platform-scan/report.md').text.startsWith('# Platform opportunities')
assert new File(site, 'platform-scan/report.html').getText('UTF-8').contains('Content-Security-Policy')

// once per reactor: not in the modules' sites, one scan in the log
assert !new File(basedir, 'orders/target/site/platform-report.html').exists()
assert !new File(basedir, 'billing/target/site/platform-report.html').exists()
def log = new File(basedir, 'build.log').text
assert log.count('units analysed') == 1 : 'the reactor was scanned once'
return true
