package dev.platformscan.engine.classify;

import java.util.Set;

/**
 * What a unit of source code shows about its purpose, as plain names (read from the AST, without
 * type resolution).
 *
 * @param calls       called methods, as "method" and, where the receiver's type is known from a
 *                    declaration in scope or the receiver is a type, "Type.method"
 * @param types       simple names of the types the unit uses
 * @param imports     qualified imports of the file that the unit uses (and wildcard imports as "pkg.")
 * @param annotations simple names of annotations on or inside the unit
 * @param supertypes  simple names of the supertypes of the unit's class
 * @param names       the unit's own simple name and its class's
 * @param strings     the values of its string literals
 */
public record UnitFeatures(Set<String> calls, Set<String> types, Set<String> imports, Set<String> annotations,
                           Set<String> supertypes, Set<String> names, Set<String> strings) {

    /** These features plus what the compiled code shows (exact call owners, types, annotations, supertypes). */
    public UnitFeatures withBytecode(Set<String> byteCalls, Set<String> byteTypes, Set<String> qualifiedTypes,
                                     Set<String> byteAnnotations, Set<String> byteSupertypes) {
        return new UnitFeatures(union(calls, byteCalls), union(types, byteTypes), union(imports, qualifiedTypes),
                union(annotations, byteAnnotations), union(supertypes, byteSupertypes), names, strings);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The unit's API usage for same-purpose comparison: sorted distinct hashes of its typed calls
     * ("MessageDigest.getInstance") and the types it uses.
     */
    public int[] apiUsage() {
        java.util.TreeSet<String> usage = new java.util.TreeSet<>(types);
        for (String call : calls) {
            if (call.indexOf('.') > 0) {
                usage.add(call);
            }
        }
        return usage.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    }
}
