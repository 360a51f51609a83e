package dev.platformscan.engine.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the parser gets the bytes of a compiled class it joins to source units. The parse cache
 * passes one that also records what was read, because bytecode facts change a unit's capabilities.
 */
@FunctionalInterface
public interface ClassFileSource {

    /** The bytes of {@code classesDirectory/binaryName.class} ("com/x/Outer$Inner"), or null when there is none. */
    byte[] read(Path classesDirectory, String binaryName) throws IOException;

    /** Reads the class file from disk. */
    ClassFileSource DIRECT = (classesDirectory, binaryName) -> {
        Path file = classesDirectory.resolve(binaryName + ".class");
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    };
}
