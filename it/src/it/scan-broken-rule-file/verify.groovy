def log = new File(basedir, 'build.log').text
assert log.contains("Broken capability rule file config/flags.yaml:5: unknown signal 'cals'; signals are: calls, types") ||
       log =~ /Broken capability rule file \S*config\/flags\.yaml:5: unknown signal 'cals'/
assert log =~ /Broken capability rule file \S*config\/missing\.yaml: no such rule file or directory \(check platform\.rules\)/
assert !new File(basedir, 'target/platform-scan/report.json').exists()
return true
