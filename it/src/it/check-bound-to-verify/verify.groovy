def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).toList().drop(1)
assert builds.size() == 2
assert builds[0].contains('platform:0.1.0-SNAPSHOT:check (default) @ bound') || builds[0] =~ /platform:[^:]+:check \(default\) @ bound/
assert builds[0].count('platform-scan 0.1.0-SNAPSHOT:') == 1 : 'the gate runs once for the reactor'
assert builds[0].contains('[platform.maxDuplicationRatio] duplication ratio')
assert builds[1].contains('platform:check skipped (platform.check.skip=true)') && builds[1].contains('BUILD SUCCESS')
return true
