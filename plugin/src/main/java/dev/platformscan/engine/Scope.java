package dev.platformscan.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which clusters a scan reports. */
public enum Scope {
    /** A cluster must have members in at least two modules (the platform signal). */
    CROSS_MODULE("cross-module"),
    /** Also clusters whose copies all sit in one module. */
    ALL("all");

    private final String id;

    Scope(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses a user-facing value; throws with the list of allowed values on a typo. */
    public static Scope fromId(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (Scope scope : values()) {
            if (scope.id.equals(wanted)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("scope: unknown value '" + value + "'; allowed values: "
                + Arrays.stream(values()).map(Scope::id).collect(Collectors.joining(", ")));
    }
}
