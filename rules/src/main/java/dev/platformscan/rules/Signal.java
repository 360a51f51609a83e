package dev.platformscan.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One piece of evidence a rule looks for.
 *
 * @param kind     what is looked at
 * @param values   names (calls, types, imports, annotations, supertypes) or regular expressions
 *                 (names, strings); any one of them matching makes the signal match
 * @param weight   how much a match counts towards the rule's threshold; below 0 a counter-signal: a match shows the
 *                 unit is something else (an application's entry point reads a setting, it does not load settings)
 * @param patterns compiled {@code values} for the pattern kinds, empty otherwise
 */
public record Signal(SignalKind kind, List<String> values, double weight, List<Pattern> patterns) {

    public Signal {
        values = List.copyOf(values);
        patterns = List.copyOf(patterns);
    }

    /** Whether a match counts against the capability. */
    public boolean isCounterSignal() {
        return weight < 0;
    }

    /** "calls: MessageDigest.getInstance", as evidence reads. */
    public String describe() {
        return kind.id() + ": " + String.join(" | ", values);
    }
}
