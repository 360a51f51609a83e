package dev.platformscan.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a signal looks at in a unit of code. The key of a signal in a rule file is the kind's id. */
public enum SignalKind {
    /** A called method: "Type.method" (the call's receiver is that type, or the unit uses the type) or "method". */
    CALLS("calls"),
    /** A type the unit uses (declared, instantiated, called statically): simple or qualified name. */
    TYPES("types"),
    /** A package or type the file imports and the unit uses: prefix of the qualified name. */
    IMPORTS("imports"),
    /** An annotation on the unit or inside it: simple or qualified name. */
    ANNOTATIONS("annotations"),
    /** A supertype or implemented interface of the unit's class: simple or qualified name. */
    SUPERTYPES("supertypes"),
    /** A regular expression found in the unit's name or its class's name. */
    NAMES("names"),
    /** A regular expression found in one of the unit's string literals. */
    STRINGS("strings");

    private final String id;

    SignalKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isPattern() {
        return this == NAMES || this == STRINGS;
    }

    public static SignalKind fromId(String id) {
        for (SignalKind kind : values()) {
            if (kind.id.equals(id.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }

    public static String ids() {
        return Arrays.stream(values()).map(SignalKind::id).collect(Collectors.joining(", "));
    }
}
