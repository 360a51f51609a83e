package dev.platformscan.engine.classify;

import dev.platformscan.rules.CapabilityRule;
import dev.platformscan.rules.RuleCatalog;
import dev.platformscan.rules.Signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Matches a unit's features against every rule of a catalog. Thread-safe (no state beyond the catalog). */
public final class CapabilityMatcher {
    private final RuleCatalog catalog;
    private final CapabilityBound bound;

    public CapabilityMatcher(RuleCatalog catalog) {
        this.catalog = catalog;
        this.bound = new CapabilityBound(catalog);
    }

    /** Whether any unit of a file could match, from the file's words (see {@link CapabilityBound}). */
    public CapabilityBound bound() {
        return bound;
    }

    public List<CapabilityMatch> match(UnitFeatures features) {
        List<CapabilityMatch> matches = new ArrayList<>();
        for (CapabilityRule rule : catalog.rules()) {
            double score = 0;
            List<String> evidence = new ArrayList<>();
            for (Signal signal : rule.signals()) {
                Optional<String> hit = hit(signal, features, bound);
                if (hit.isPresent()) {
                    score += signal.weight();
                    evidence.add(signal.kind().id() + ": " + hit.get());
                }
            }
            if (score + 1e-9 >= rule.threshold()) {
                evidence.sort(null);
                matches.add(new CapabilityMatch(rule.id(), score, rule.confidence(score), evidence));
            }
        }
        return matches;
    }

    private static Optional<String> hit(Signal signal, UnitFeatures features, CapabilityBound bound) {
        switch (signal.kind()) {
            case CALLS -> {
                for (String value : signal.values()) {
                    int dot = value.lastIndexOf('.');
                    if (dot < 0 ? features.calls().contains(value)
                            : features.calls().contains(lastTwo(value))
                            || (features.calls().contains(value.substring(dot + 1))
                            && features.types().contains(simple(value.substring(0, dot))))) {
                        return Optional.of(value);
                    }
                }
            }
            case TYPES -> {
                return first(signal.values(), value -> features.types().contains(simple(value)));
            }
            case IMPORTS -> {
                for (String value : signal.values()) {
                    for (String imported : features.imports()) {
                        if (imported.startsWith(value) || (imported.endsWith(".") && value.startsWith(imported))) {
                            return Optional.of(imported.endsWith(".") ? imported + "*" : imported);
                        }
                    }
                }
            }
            case ANNOTATIONS -> {
                return first(signal.values(), value -> features.annotations().contains(simple(value)));
            }
            case SUPERTYPES -> {
                return first(signal.values(), value -> features.supertypes().contains(simple(value)));
            }
            case NAMES -> {
                return firstFound(bound.patterns(signal), features.names());
            }
            case STRINGS -> {
                return firstFound(bound.patterns(signal), features.strings());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(List<String> values, java.util.function.Predicate<String> test) {
        return values.stream().filter(test).findFirst();
    }

    private static Optional<String> firstFound(List<PrefilteredPattern> patterns, Set<String> texts) {
        for (PrefilteredPattern pattern : patterns) {
            for (String text : texts) {
                if (pattern.find(text)) {
                    return Optional.of(quote(text));
                }
            }
        }
        return Optional.empty();
    }

    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "\"" + shown + "\"";
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** "java.security.MessageDigest.getInstance" -> "MessageDigest.getInstance". */
    private static String lastTwo(String value) {
        int last = value.lastIndexOf('.');
        int before = value.lastIndexOf('.', last - 1);
        return value.substring(before + 1);
    }
}
