import java.nio.file.*

// Copy the bundled demo (it/demo) and its ground truth into this invoker project before the build.
Path itModule = basedir.toPath().resolve('../../..').normalize()
Path demo = itModule.resolve('demo')
Path target = basedir.toPath()
Files.walk(demo).filter { p -> !demo.relativize(p).toString().split('/').contains('target') }.each { Path source ->
    Path copy = target.resolve(demo.relativize(source).toString())
    if (Files.isDirectory(source)) {
        Files.createDirectories(copy)
    } else {
        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING)
    }
}
Files.copy(itModule.resolve('demo-ground-truth.json'), target.resolve('demo-ground-truth.json'), StandardCopyOption.REPLACE_EXISTING)
return true
