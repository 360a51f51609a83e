package dev.platformscan.engine.fingerprint;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.JavaToken;

import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the APIs a unit uses: identifiers that are called ({@code send(}, {@code new IOException(})
 * or reached through a member access ({@code response.statusCode}, {@code HttpResponse.BodyHandlers}),
 * except the unit's own declared names and fields reached through {@code this}.
 * <p>
 * Copy-and-adapt renames variables, parameters and the method itself but keeps the APIs (renaming a
 * library call breaks the build), while unrelated code with a similar shape calls different APIs. Normalized
 * tokens alone cannot tell the two apart for short units: on 21k real files, dozens of unrelated 50-token
 * methods ("new list, loop, if, add, return") formed hub clusters at 0.70. So a Type-3 pair must also
 * share part of its API vocabulary ({@link #jaccard}).
 */
public final class ApiNames {
    private ApiNames() {
    }

    /** Jaccard similarity of two sorted distinct name sets; 1.0 when either is too small to say. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length < 3 || b.length < 3) {
            return 1.0;
        }
        return SortedSets.jaccard(a, b);
    }

    /** Collects names from the code tokens of one unit, in order. */
    public static final class Collector {
        private final Set<String> names = new TreeSet<>();
        private String pendingIdentifier;
        private boolean pendingAfterDot;
        private int previous = -1;
        private int beforePrevious = -1;

        public void accept(JavaToken token) {
            accept(token.getKind(), token.getKind() == GeneratedJavaParserConstants.IDENTIFIER ? token.getText() : null);
        }

        /** The next code token: its JavaParser kind and, for an identifier, its text. */
        public void accept(int kind, String identifier) {
            if (pendingIdentifier != null) {
                if (kind == GeneratedJavaParserConstants.LPAREN || pendingAfterDot) {
                    names.add(pendingIdentifier);
                }
                pendingIdentifier = null;
            }
            if (kind == GeneratedJavaParserConstants.IDENTIFIER) {
                pendingIdentifier = identifier;
                pendingAfterDot = previous == GeneratedJavaParserConstants.DOT
                        && beforePrevious != GeneratedJavaParserConstants.THIS;
            }
            beforePrevious = previous;
            previous = kind;
        }

        /** Sorted distinct hashes of the collected names, without the given declared names. */
        public int[] names(Set<String> declared) {
            if (pendingIdentifier != null && pendingAfterDot) {
                names.add(pendingIdentifier);
                pendingIdentifier = null;
            }
            return names.stream().filter(name -> !declared.contains(name))
                    .mapToInt(name -> (int) Hashing.mix(Hashing.add(Hashing.FNV_OFFSET, name))).sorted().distinct().toArray();
        }
    }
}
