package dev.platformscan.engine.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the adoption stage reads ({@link SharedComponents}): the shared components users declare, per capability id,
 * each as a module (its id "groupId:artifactId", its artifactId or its path, '*' matching any characters) or a
 * package pattern ending in ".*" ({@code com.example.redis.*}: the types of that package and below, in any module).
 * A capability declared here takes these components instead of the ones the scan would find.
 *
 * @param declaredComponents capability id → module or package patterns, in the user's order
 */
public record AdoptionSettings(Map<String, List<String>> declaredComponents) {

    public static final AdoptionSettings DEFAULTS = new AdoptionSettings(Map.of());

    public AdoptionSettings {
        Map<String, List<String>> copy = new TreeMap<>();
        declaredComponents.forEach((capability, patterns) -> copy.put(capability, List.copyOf(patterns)));
        declaredComponents = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Settings from the user's words: {@code components} as "capability=pattern,pattern;capability=pattern"
     * ({@code caching=common-redis;authentication=*-common-security,com.example.auth.*}); null or blank for none.
     */
    public static AdoptionSettings of(String components) {
        if (components == null || components.isBlank()) {
            return DEFAULTS;
        }
        Map<String, List<String>> declared = new TreeMap<>();
        for (String entry : components.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            String capability = parts[0].trim();
            if (parts.length < 2 || capability.isEmpty() || parts[1].isBlank()) {
                throw new IllegalArgumentException("components: expected capability=module-or-package[,...] entries "
                        + "separated by ';' (e.g. caching=common-redis;authentication=com.example.auth.*), got '"
                        + entry.trim() + "'");
            }
            List<String> patterns = new ArrayList<>();
            for (String pattern : parts[1].split(",")) {
                if (!pattern.isBlank()) {
                    patterns.add(pattern.trim());
                }
            }
            declared.computeIfAbsent(capability, k -> new ArrayList<>()).addAll(patterns);
        }
        return new AdoptionSettings(declared);
    }

    /** Throws when a declared capability is none of the catalog's ({@code known}); the message names them. */
    public void requireKnownCapabilities(java.util.Collection<String> known) {
        for (String capability : declaredComponents.keySet()) {
            if (!known.contains(capability)) {
                throw new IllegalArgumentException("components: '" + capability + "' is no capability of the rule "
                        + "catalog; known: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}
