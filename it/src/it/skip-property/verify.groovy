assert !new File(basedir, 'target/platform-scan').exists()
assert new File(basedir, 'build.log').text.contains('platform-scan skipped (platform.skip=true)')
return true
