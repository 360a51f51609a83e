// build.log holds all four failed builds: each names the parameter and the allowed values
def log = new File(basedir, 'build.log').text
assert log.contains("Invalid parameter platform.scope: unknown value 'everything'; allowed values: cross-module, all")
assert log.contains("Invalid parameter platform.minSimilarity: must be more than 0 and at most 1")
assert log.contains("Invalid parameter platform.formats: unknown report format 'pdf'; valid formats: json, sarif")
assert log.contains("Invalid parameter platform.chanceMatchRate: must be at least 0 and below 0.5 (0 turns the size calibration off), was 0.7")
['scope', 'similarity', 'formats', 'chance'].each { assert !new File(basedir, "target/${it}/report.json").exists() }
return true
