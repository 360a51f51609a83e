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
    /** How the evidence of a {@code types} hit ends when the type is one the unit's class extends or implements. */
    public static final String OWN_SUPERTYPE = " (supertype)";
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
        java.util.Map<String, String> lowerCase = new java.util.HashMap<>(); // each text lowered once per unit
        for (CapabilityRule rule : catalog.rules()) {
            double score = 0;
            List<String> evidence = new ArrayList<>();
            for (Signal signal : rule.signals()) {
                Optional<String> hit = hit(signal, features, lowerCase);
                if (hit.isPresent()) {
                    score += signal.weight();
                    if (!signal.isCounterSignal()) { // evidence says why a unit has a capability, not what it was docked
                        evidence.add(signal.kind().id() + ": " + hit.get());
                    }
                }
            }
            if (score + 1e-9 >= rule.threshold()) {
                evidence.sort(null);
                matches.add(new CapabilityMatch(rule.id(), score, rule.confidence(score), evidence));
            }
        }
        return matches;
    }

    private Optional<String> hit(Signal signal, UnitFeatures features, java.util.Map<String, String> lowerCase) {
        switch (signal.kind()) {
            case CALLS -> {
                for (CapabilityBound.ValueNames value : bound.valueNames(signal)) {
                    if (value.receiver() == null ? features.calls().contains(value.value())
                            : features.calls().contains(value.lastTwo())
                            || (features.calls().contains(value.simple()) && features.types().contains(value.receiver()))) {
                        return Optional.of(value.value());
                    }
                }
            }
            case TYPES -> {
                // a type the unit's class extends or implements says what the class is: shown first, as its supertype
                for (CapabilityBound.ValueNames value : bound.valueNames(signal)) {
                    if (features.types().contains(value.simple()) && features.supertypes().contains(value.simple())) {
                        return Optional.of(value.value() + OWN_SUPERTYPE);
                    }
                }
                return first(bound.valueNames(signal), features.types());
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
                return first(bound.valueNames(signal), features.annotations());
            }
            case SUPERTYPES -> {
                return first(bound.valueNames(signal), features.supertypes());
            }
            case NAMES -> {
                return firstFound(bound.patterns(signal), features.names(), lowerCase);
            }
            case STRINGS -> {
                return firstFound(bound.patterns(signal), features.strings(), lowerCase);
            }
        }
        return Optional.empty();
    }

    /** The first value whose simple name is among the names. */
    private static Optional<String> first(List<CapabilityBound.ValueNames> values, Set<String> names) {
        for (CapabilityBound.ValueNames value : values) {
            if (names.contains(value.simple())) {
                return Optional.of(value.value());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstFound(List<PrefilteredPattern> patterns, Set<String> texts,
                                               java.util.Map<String, String> lowerCase) {
        for (PrefilteredPattern pattern : patterns) {
            for (String text : texts) {
                String lower = pattern.ignoresCase()
                        ? lowerCase.computeIfAbsent(text, PrefilteredPattern::asciiLowerCase) : text;
                if (pattern.find(text, lower)) {
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
}
