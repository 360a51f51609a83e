// a cache file that is not one: the first scan must warn, scan everything and write a good one
def cache = new File(basedir, 'target/platform-scan/cache/parse-cache.bin')
cache.parentFile.mkdirs()
cache.bytes = 'this is not a cache'.getBytes('UTF-8')
return true
