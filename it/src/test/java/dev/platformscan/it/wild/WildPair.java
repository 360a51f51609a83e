package dev.platformscan.it.wild;

import java.util.List;

/**
 * Two unpacked artifacts scanned together as two modules. A {@link Kind#COPY} pair is a known copy in the
 * wild: its ground truth is every file of {@code moduleA} under {@code prefixA} whose path, with
 * {@code prefixA} replaced by {@code prefixB}, is a file of {@code moduleB}. A {@link Kind#NEGATIVE} pair is
 * same-purpose code by different authors: every cluster spanning both modules is listed for judgement.
 *
 * @param name    label in the tables
 * @param kind    copy or hard negative
 * @param moduleA directory under {@code sources/} (the profile's outputDirectory of one artifact item)
 * @param moduleB the other directory
 * @param prefixA package path in A ('/' separated, no trailing '/'; "" for the whole tree)
 * @param prefixB the package path that corresponds to it in B
 */
record WildPair(String name, Kind kind, String moduleA, String moduleB, String prefixA, String prefixB) {

    enum Kind { COPY, NEGATIVE }

    /** The pairs the {@code wild} profile unpacks, in table order. */
    static final List<WildPair> ALL = List.of(
            copy("asm ↔ spring-core asm", "asm", "spring-core-asm", "org/objectweb/asm", "org/springframework/asm"),
            copy("guava ↔ guava-android", "guava-jre", "guava-android", "com/google/common", "com/google/common"),
            copy("javax ↔ jakarta servlet", "javax-servlet-api", "jakarta-servlet-api", "javax/servlet",
                    "jakarta/servlet"),
            copy("collections 3 ↔ 4", "commons-collections", "commons-collections4", "org/apache/commons/collections",
                    "org/apache/commons/collections4"),
            copy("lang 2 ↔ lang3", "commons-lang", "commons-lang3", "org/apache/commons/lang",
                    "org/apache/commons/lang3"),
            negative("base64: codec ↔ guava io", "commons-codec", "guava-io"),
            negative("HTTP: okhttp 3 ↔ httpclient5", "okhttp", "httpclient5"),
            negative("JSON: org.json ↔ gson", "org-json", "gson"));

    static WildPair copy(String name, String moduleA, String moduleB, String prefixA, String prefixB) {
        return new WildPair(name, Kind.COPY, moduleA, moduleB, prefixA, prefixB);
    }

    static WildPair negative(String name, String moduleA, String moduleB) {
        return new WildPair(name, Kind.NEGATIVE, moduleA, moduleB, "", "");
    }

    /**
     * The path in B that corresponds to a path in A (both relative to the source root, '/' separated), or null
     * when the path lies outside {@code prefixA}. Only whole path segments match: {@code org/apache/commons/lang}
     * does not map {@code org/apache/commons/lang3/X.java}.
     */
    String mapPath(String pathA) {
        if (prefixA.isEmpty()) {
            return prefixB.isEmpty() ? pathA : prefixB + "/" + pathA;
        }
        if (!pathA.startsWith(prefixA + "/")) {
            return null;
        }
        String rest = pathA.substring(prefixA.length());
        return prefixB.isEmpty() ? rest.substring(1) : prefixB + rest;
    }

    /** The source encoding a module's POM declares: commons-lang 2.6 is ISO-8859-1 (Entities.java), the rest UTF-8. */
    static java.nio.charset.Charset encoding(String module) {
        return module.equals("commons-lang") ? java.nio.charset.StandardCharsets.ISO_8859_1
                : java.nio.charset.StandardCharsets.UTF_8;
    }

    String moduleIdA() {
        return "wild:" + moduleA;
    }

    String moduleIdB() {
        return "wild:" + moduleB;
    }
}
