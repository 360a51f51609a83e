package dev.platformscan.engine.classify;

import dev.platformscan.rules.CapabilityRule;
import dev.platformscan.rules.RuleCatalog;
import dev.platformscan.rules.Signal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether any unit of a file could show a capability, decided from the file's words alone. A unit's
 * features ({@code classify.FeatureExtractor}) are all spelled in its file: the calls, types, annotations
 * and supertypes it names are identifiers of the file, its used imports are imports of the file, its names
 * are names the file declares, its strings are string literals of the file. So a rule whose signals, each
 * tested against the whole file's words as {@code classify.CapabilityMatcher} tests a unit's features,
 * cannot reach its threshold cannot match any unit of the file either, and the file needs no features.
 * Compiled classes can add types the source never spells: their names are added to the words.
 * Thread-safe.
 */
public final class CapabilityBound {
    private final List<CapabilityRule> rules;
    /** Per name or literal text, per rule signal index: 0 not tried yet, 1 its pattern finds something, 2 not. */
    private final ConcurrentHashMap<String, TextVerdicts> nameHits = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, TextVerdicts> stringHits = new ConcurrentHashMap<>();
    /** Per signal of the catalog: its values' name parts, split once (see {@link ValueNames}). */
    private final java.util.Map<Signal, List<ValueNames>> valueNames = new java.util.IdentityHashMap<>();
    private final int signalCount;
    /** Per imports signal: its values as a prefix tree (an import matches when a value starts it). */
    private final java.util.Map<Signal, PrefixTree> importPrefixes = new java.util.IdentityHashMap<>();
    /** Per names or strings signal: its patterns, each with its literal prefilter. */
    private final java.util.Map<Signal, List<PrefilteredPattern>> patterns = new java.util.IdentityHashMap<>();

    public CapabilityBound(RuleCatalog catalog) {
        this.rules = catalog.rules();
        this.signalCount = rules.stream().mapToInt(rule -> rule.signals().size()).sum();
        for (CapabilityRule rule : rules) {
            for (Signal signal : rule.signals()) {
                if (signal.kind() == dev.platformscan.rules.SignalKind.IMPORTS) {
                    importPrefixes.put(signal, new PrefixTree(signal.values()));
                }
                if (signal.kind().isPattern()) {
                    patterns.put(signal, signal.patterns().stream().map(PrefilteredPattern::of).toList());
                } else {
                    valueNames.put(signal, signal.values().stream().map(ValueNames::of).toList());
                }
            }
        }
    }

    /**
     * Strings as a character tree: whether one of them starts a text costs one walk along the text, not a
     * comparison per string (30 rules' import signals against every import of every file were a tenth of a scan).
     */
    static final class PrefixTree {
        private final java.util.Map<Character, PrefixTree> children = new java.util.HashMap<>();
        private boolean end;

        PrefixTree(java.util.Collection<String> values) {
            for (String value : values) {
                PrefixTree node = this;
                for (int i = 0; i < value.length(); i++) {
                    node = node.children.computeIfAbsent(value.charAt(i), c -> new PrefixTree(List.of()));
                }
                node.end = true;
            }
        }

        /** True when some value is a prefix of {@code text} (or equals it). */
        boolean startsSome(String text) {
            PrefixTree node = this;
            for (int i = 0; ; i++) {
                if (node.end) {
                    return true;
                }
                if (i == text.length()) {
                    return false;
                }
                node = node.children.get(text.charAt(i));
                if (node == null) {
                    return false;
                }
            }
        }
    }

    /**
     * A signal value's name parts, split once rather than for every unit: {@code simple} is the part after the last
     * dot ({@code MessageDigest} of {@code java.security.MessageDigest}; for a call, the method:
     * {@code getInstance} of {@code MessageDigest.getInstance}), {@code receiver} a call's type's simple name (null
     * without one), {@code lastTwo} a call's "Type.method".
     */
    record ValueNames(String value, String simple, String receiver, String lastTwo) {
        static ValueNames of(String value) {
            int dot = value.lastIndexOf('.');
            if (dot < 0) {
                return new ValueNames(value, value, null, value);
            }
            String before = value.substring(0, dot);
            String receiver = before.substring(before.lastIndexOf('.') + 1);
            return new ValueNames(value, value.substring(dot + 1), receiver, receiver + "." + value.substring(dot + 1));
        }
    }

    /** The name parts of a calls, types, annotations or supertypes signal's values. */
    List<ValueNames> valueNames(Signal signal) {
        return valueNames.get(signal);
    }

    /** What is known of a text for the pattern signals: per signal 0 not tried yet, 1 found, 2 not; its lower case. */
    private static final class TextVerdicts {
        final byte[] states;
        private String lowerCase;

        TextVerdicts(int signals) {
            states = new byte[signals];
        }

        String lowerCase(String text) {
            String lower = lowerCase;
            if (lower == null) {
                lower = PrefilteredPattern.asciiLowerCase(text);
                lowerCase = lower; // a benign race: every thread computes the same value
            }
            return lower;
        }
    }

    /** The patterns of a names or strings signal of the catalog, with their prefilters. */
    List<PrefilteredPattern> patterns(Signal signal) {
        return patterns.get(signal);
    }

    /**
     * The words as the bound needs them: whether a name occurs ({@code hasWord}: identifiers, and what
     * compiled classes name), the declared names name signals test, the string literals, the imports.
     */
    public record Lexicon(java.util.function.Predicate<String> hasWord, Set<String> declaredNames, Set<String> strings,
                          Imports imports) {
    }

    /**
     * A file's imports, with each import signal's verdict on them kept once found: the file and every unit of it
     * are bounded against the same imports, and testing 30 rules' import signals again per unit was a tenth of the
     * bound's time. Not thread-safe: one file is read by one thread.
     */
    public static final class Imports {
        private final Set<String> names;
        private final java.util.Map<Signal, Boolean> verdicts = new java.util.IdentityHashMap<>();

        public Imports(Set<String> names) {
            this.names = names;
        }
    }

    /** True when some rule could reach its threshold on some unit of a file with this lexicon. */
    public boolean anyPossible(Lexicon lexicon) {
        int base = 0;
        for (CapabilityRule rule : rules) {
            if (possible(rule, base, lexicon)) {
                return true;
            }
            base += rule.signals().size();
        }
        return false;
    }

    private boolean possible(CapabilityRule rule, int base, Lexicon lexicon) {
        double reached = 0;
        double patterns = 0;
        List<Signal> signals = rule.signals();
        for (Signal signal : signals) {
            if (signal.weight() <= 0) {
                continue; // a counter-signal cannot raise a score
            } else if (signal.kind().isPattern()) {
                patterns += signal.weight();
            } else if (signal.kind() == dev.platformscan.rules.SignalKind.IMPORTS
                    ? importsHit(signal, lexicon.imports()) : hit(signal, lexicon)) {
                reached += signal.weight();
            }
        }
        if (reached + 1e-9 >= rule.threshold()) {
            return true;
        }
        if (reached + patterns + 1e-9 < rule.threshold()) {
            return false;
        }
        for (int s = 0; s < signals.size(); s++) {
            Signal signal = signals.get(s);
            if (signal.kind().isPattern() && signal.weight() > 0) {
                boolean names = signal.kind() == dev.platformscan.rules.SignalKind.NAMES;
                if (found(base + s, patterns(signal), names ? lexicon.declaredNames() : lexicon.strings(),
                        names ? nameHits : stringHits)) {
                    reached += signal.weight();
                    if (reached + 1e-9 >= rule.threshold()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean hit(Signal signal, Lexicon lexicon) {
        java.util.function.Predicate<String> words = lexicon.hasWord();
        switch (signal.kind()) {
            case CALLS -> {
                for (ValueNames value : valueNames.get(signal)) {
                    if (value.receiver() == null ? words.test(value.value())
                            : words.test(value.simple()) && words.test(value.receiver())) {
                        return true;
                    }
                }
                return false;
            }
            case TYPES, ANNOTATIONS, SUPERTYPES -> {
                for (ValueNames value : valueNames.get(signal)) {
                    if (words.test(value.simple())) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    /** Whether an import signal's value starts one of the imports (or lies inside a wildcard import's package). */
    private boolean importsHit(Signal signal, Imports imports) {
        Boolean known = imports.verdicts.get(signal);
        if (known != null) {
            return known;
        }
        boolean hit = false;
        PrefixTree prefixes = importPrefixes.get(signal);
        for (String imported : imports.names) {
            if (prefixes.startsSome(imported) || imported.endsWith(".") // a wildcard import covers its package
                    && signal.values().stream().anyMatch(value -> value.startsWith(imported))) {
                hit = true;
                break;
            }
        }
        imports.verdicts.put(signal, hit);
        return hit;
    }

    /**
     * Whether a pattern of signal {@code signalIndex} finds something in one of the texts. Results are kept
     * per text and signal (0 unknown, 1 found, 2 not found), so each pattern runs at most once per distinct
     * text, and only for the rules a file leaves undecided.
     */
    private boolean found(int signalIndex, List<PrefilteredPattern> patterns, Set<String> texts,
                          ConcurrentHashMap<String, TextVerdicts> memo) {
        for (String text : texts) {
            TextVerdicts known = memo.get(text);
            if (known == null) {
                known = new TextVerdicts(signalCount);
                if (memo.size() < 1_000_000) {
                    TextVerdicts raced = memo.putIfAbsent(text, known);
                    known = raced == null ? known : raced;
                }
            }
            byte state = known.states[signalIndex];
            if (state == 0) {
                boolean hit = false;
                for (PrefilteredPattern pattern : patterns) {
                    if (pattern.find(text, pattern.ignoresCase() ? known.lowerCase(text) : text)) {
                        hit = true;
                        break;
                    }
                }
                state = hit ? (byte) 1 : (byte) 2;
                known.states[signalIndex] = state; // a benign race: every thread computes the same value
            }
            if (state == 1) {
                return true;
            }
        }
        return false;
    }
}
