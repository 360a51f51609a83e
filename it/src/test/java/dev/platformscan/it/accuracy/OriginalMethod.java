package dev.platformscan.it.accuracy;

import java.util.List;

/**
 * A real method taken from a library's sources.
 *
 * @param id         stable id: "library:relative/File.java#name@line"
 * @param library    artifact it came from ("commons-lang3")
 * @param sourceFile file inside the library, '/' separated
 * @param line       line of its declaration in that file
 * @param name       method name as written
 * @param text       the declaration (annotations to closing brace), dedented, '\n' line ends
 * @param tokens     its normalized tokens ({@link NormalizedTokens})
 */
record OriginalMethod(String id, String library, String sourceFile, int line, String name, String text,
                      List<String> tokens) {

    OriginalMethod {
        tokens = List.copyOf(tokens);
    }

    int[] codes() {
        return NormalizedTokens.encode(tokens);
    }

    int lines() {
        return Texts.lineCount(text);
    }
}
