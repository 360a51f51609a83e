package dev.platformscan.it.labels;

import java.util.List;

/**
 * One class of the labelled benchmark, with its hand-written ground truth.
 *
 * @param artifact  Maven coordinates of the sources jar it comes from ("group:artifact:version")
 * @param path      path of the file inside the jar ("org/example/Foo.java")
 * @param className qualified name of the top-level class labelled ("org.example.Foo")
 * @param expected  acceptable capability ids, the main one first; empty when the class has none
 * @param why       one line on what the class does
 * @param heldOut   true when the class belongs to the held-out set (see {@link LabelSet#split})
 */
record LabelledClass(String artifact, String path, String className, List<String> expected, String why,
                     boolean heldOut) {

    /** The word the labels file uses for "no capability". */
    static final String NONE = "none";

    LabelledClass {
        expected = List.copyOf(expected);
    }

    /** The main expected capability, or {@value #NONE}. */
    String primary() {
        return expected.isEmpty() ? NONE : expected.get(0);
    }

    boolean negative() {
        return expected.isEmpty();
    }

    /** True when a top label (or {@value #NONE}) is right for this class. */
    boolean accepts(String label) {
        return expected.isEmpty() ? NONE.equals(label) : expected.contains(label);
    }

    /** "artifactId" of the coordinates. */
    String library() {
        String[] parts = artifact.split(":");
        return parts.length > 1 ? parts[1] : artifact;
    }

    /** Directory (under the unpacked sources) the labels profile unpacks the jar into: "artifactId-version". */
    String sourcesDirectory() {
        String[] parts = artifact.split(":");
        return parts[1] + "-" + parts[2];
    }

    String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
