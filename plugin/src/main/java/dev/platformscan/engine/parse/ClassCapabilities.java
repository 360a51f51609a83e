package dev.platformscan.engine.parse;

import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.engine.classify.CapabilityMatcher;
import dev.platformscan.rules.SignalKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A class shows a capability only when it is about it, not when one of its methods uses it. A class unit's features are
 * those of all its members, so a class of five job handlers one of which calls an HTTP tool matched http-client
 * (xxl-job's copied sample handlers, judged blind: "uses, not implements"). A capability of a class with at least
 * {@value #MIN_METHODS} methods of its own that are units is dropped from the class (its methods keep theirs) when
 * exactly one of them shows it and the class does not speak for it itself (its name, its supertypes, among them a type
 * the rule names that the class extends or implements). Works on the units of one file as either reader gives them, so
 * both agree.
 */
final class ClassCapabilities {
    static final int MIN_METHODS = 3;

    private ClassCapabilities() {
    }

    /** The units, with the capabilities classes only borrow from one of their methods taken off the classes. */
    static List<CodeUnit> withoutBorrowed(List<CodeUnit> units) {
        List<List<CodeUnit>> methodsOf = new ArrayList<>(units.size());
        for (int c = 0; c < units.size(); c++) {
            methodsOf.add(new ArrayList<>());
        }
        for (CodeUnit unit : units) {
            if (unit.enclosingUnit() >= 0 && !unit.kind().isType()) {
                methodsOf.get(unit.enclosingUnit()).add(unit);
            }
        }
        List<CodeUnit> result = null;
        for (int c = 0; c < units.size(); c++) {
            CodeUnit type = units.get(c);
            List<CodeUnit> methods = methodsOf.get(c);
            if (!type.kind().isType() || type.capabilities().isEmpty() || methods.size() < MIN_METHODS) {
                continue;
            }
            List<CapabilityMatch> kept = new ArrayList<>();
            for (CapabilityMatch match : type.capabilities()) {
                if (speaksForItself(match) || showingMethods(match.capability(), methods) != 1) {
                    kept.add(match);
                }
            }
            if (kept.size() < type.capabilities().size()) {
                if (result == null) {
                    result = new ArrayList<>(units);
                }
                result.set(c, new CodeUnit(type.kind(), type.symbol(), type.startLine(), type.endLine(),
                        type.fingerprint(), type.enclosingUnit(), List.copyOf(kept),
                        kept.isEmpty() ? new int[0] : type.apiUsage()));
            }
        }
        return result == null ? units : result;
    }

    private static boolean speaksForItself(CapabilityMatch match) {
        return match.shows(SignalKind.NAMES) || match.shows(SignalKind.SUPERTYPES)
                || match.signals().stream().anyMatch(signal -> signal.endsWith(CapabilityMatcher.OWN_SUPERTYPE));
    }

    /**
     * How many of the methods show the capability on their own. With none, the class shows it by what its members do
     * together (jBCrypt's {@code BCrypt}, MyBatis's {@code DefaultSqlSession}: no single method reaches the threshold).
     */
    private static int showingMethods(String capability, List<CodeUnit> methods) {
        int showing = 0;
        for (CodeUnit method : methods) {
            if (method.capabilities().stream().anyMatch(match -> match.capability().equals(capability))) {
                showing++;
            }
        }
        return showing;
    }
}
