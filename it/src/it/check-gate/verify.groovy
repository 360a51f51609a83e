// build.log holds the six builds in order
def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).toList().drop(1)
assert builds.size() == 7 : "expected 7 builds, found ${builds.size()}"

assert builds[0].contains('platform:check passed') && builds[0].contains('BUILD SUCCESS')

def failed = builds[1]
assert failed.contains('BUILD FAILURE') && failed.contains('platform:check found 2 violations')
assert failed =~ /\[platform\.maxDuplicationRatio\] duplication ratio \d+\.\d% \([\d,]+ of [\d,]+ lines of code\) is above the limit 5\.0%/
assert failed.contains("[platform.forbiddenCapabilities] capability 'http-client' must not be duplicated")
// each copy with file:line, so a developer can click through
assert failed =~ /orders\/src\/main\/java\/com\/example\/orders\/OrderClient\.java:\d+  com\.example\.orders\.OrderClient/
assert failed =~ /platform\/billing\/src\/main\/java\/com\/example\/billing\/OrderClient\.java:\d+/
assert failed.contains('-Dplatform.failOnViolation=false') && failed.contains('mvn platform:baseline')
assert failed.contains('MojoFailureException')

assert builds[2].contains('BUILD SUCCESS') && builds[2].contains('[WARNING] platform:check found 1 violation')
assert builds[3].contains('platform:check skipped (platform.check.skip=true)') && builds[3].contains('BUILD SUCCESS')

// configuration errors are build errors (MojoExecutionException), not threshold failures
assert builds[4].contains("Invalid parameter platform.forbiddenCapabilities: unknown capability 'passwords'; known: ")
assert builds[4].contains('MojoExecutionException')
assert builds[5].contains('Invalid parameter platform.maxDuplicationRatio: must be between 0 and 1')
assert builds[6].contains('platform:check passed')
return true
