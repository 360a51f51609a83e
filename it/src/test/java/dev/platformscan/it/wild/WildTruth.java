package dev.platformscan.it.wild;

import dev.platformscan.it.accuracy.TokenSimilarity;
import dev.platformscan.it.wild.WildSources.Decl;
import dev.platformscan.it.wild.WildSources.FileModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ground truth of a copy pair, from the sources alone: every file of A whose mapped path is a file of B is
 * a class pair; its similarity is the Dice coefficient on the LCS of the normalized tokens of the two files'
 * top-level types, and every method or constructor with the same signature key on both sides is a method pair
 * with its own similarity. Nothing here looks at the engine.
 */
final class WildTruth {

    /** Same-signature methods (or constructors) of a class pair. */
    record MethodPair(Decl a, Decl b, double similarity) {

        /** Both are methods the engine compares (lines, tokens, not boilerplate). */
        boolean bothUnits() {
            return a.unit() && b.unit();
        }
    }

    /**
     * A file of A and its mapped file of B.
     *
     * @param typePairs types (top-level and nested) with the same chain on both sides, primary type first
     * @param methods   same-signature methods and constructors (keys unique on both sides)
     */
    record ClassPair(FileModel a, FileModel b, double similarity, List<Decl[]> typePairs, List<MethodPair> methods) {

        Decl typeA() {
            return typePairs.isEmpty() ? null : typePairs.get(0)[0];
        }

        Decl typeB() {
            return typePairs.isEmpty() ? null : typePairs.get(0)[1];
        }

        /** Code lines of the smaller side (top-level types only). */
        int lines() {
            return Math.min(a.codeLines(), b.codeLines());
        }
    }

    /** A copy pair's truth: class pairs in path order, and the files of each side without a counterpart. */
    record Truth(List<ClassPair> classes, int onlyInA, int onlyInB) {
    }

    private WildTruth() {
    }

    static Truth of(WildPair pair, Map<String, FileModel> a, Map<String, FileModel> b) {
        List<ClassPair> classes = new ArrayList<>();
        Set<String> matchedB = new HashSet<>();
        int onlyInA = 0;
        for (FileModel fileA : a.values()) {
            String pathB = pair.mapPath(fileA.path());
            FileModel fileB = pathB == null ? null : b.get(pathB);
            if (fileB == null) {
                onlyInA++;
                continue;
            }
            matchedB.add(pathB);
            classes.add(classPair(fileA, fileB));
        }
        return new Truth(classes, onlyInA, b.size() - matchedB.size());
    }

    static ClassPair classPair(FileModel fileA, FileModel fileB) {
        List<Decl[]> typePairs = new ArrayList<>();
        Decl primaryA = fileA.primaryType();
        Decl primaryB = fileB.primaryType();
        if (primaryA != null && primaryB != null && primaryA.key().equals(primaryB.key())) {
            typePairs.add(new Decl[] {primaryA, primaryB});
        }
        Map<String, Decl> typesB = unique(fileB.types());
        unique(fileA.types()).forEach((key, typeA) -> {
            Decl typeB = typesB.get(key);
            if (typeB != null && typeA != primaryA) {
                typePairs.add(new Decl[] {typeA, typeB});
            }
        });
        Map<String, Decl> callablesB = unique(fileB.callables());
        List<MethodPair> methods = new ArrayList<>();
        unique(fileA.callables()).forEach((key, callableA) -> {
            Decl callableB = callablesB.get(key);
            if (callableB != null) {
                methods.add(new MethodPair(callableA, callableB, similarity(callableA.codes(), callableB.codes())));
            }
        });
        return new ClassPair(fileA, fileB, similarity(fileA.codes(), fileB.codes()), typePairs, methods);
    }

    /** Dice on the LCS; equal sequences short-cut to 1. */
    static double similarity(int[] a, int[] b) {
        return java.util.Arrays.equals(a, b) ? 1.0 : TokenSimilarity.dice(a, b);
    }

    /** Declarations by key in source order, without keys declared twice (overloads that erase alike). */
    private static Map<String, Decl> unique(List<Decl> declarations) {
        Map<String, Decl> byKey = new java.util.LinkedHashMap<>();
        Set<String> twice = new HashSet<>();
        for (Decl declaration : declarations) {
            if (byKey.putIfAbsent(declaration.key(), declaration) != null) {
                twice.add(declaration.key());
            }
        }
        byKey.keySet().removeAll(twice);
        return byKey;
    }

    /** Similarity bucket labels, highest first. */
    static final List<String> BUCKETS = List.of("1.0", "0.9–1", "0.7–0.9", "0.5–0.7", "< 0.5");

    static String bucket(double similarity) {
        if (similarity >= 1.0) {
            return BUCKETS.get(0);
        }
        if (similarity >= 0.9) {
            return BUCKETS.get(1);
        }
        if (similarity >= 0.7) {
            return BUCKETS.get(2);
        }
        if (similarity >= 0.5) {
            return BUCKETS.get(3);
        }
        return BUCKETS.get(4);
    }

    static Map<String, List<ClassPair>> byBucket(List<ClassPair> classes) {
        Map<String, List<ClassPair>> buckets = new HashMap<>();
        for (ClassPair pair : classes) {
            buckets.computeIfAbsent(bucket(pair.similarity()), k -> new ArrayList<>()).add(pair);
        }
        return buckets;
    }
}
