package dev.platformscan.engine.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a unit's symbol ({@code pkg.Outer.Inner#name(ParamType, ...)}, or {@code pkg.Outer.Inner} for a type),
 * read the same way by every rule that looks at names: template slots, roles, identifier words, shared parameter types.
 */
final class UnitSymbols {
    private UnitSymbols() {
    }

    /** The simple name of the (innermost) class: {@code Inner}. */
    static String simpleClassName(String symbol) {
        int hash = symbol.indexOf('#');
        String type = hash < 0 ? symbol : symbol.substring(0, hash);
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** {@code name(ParamType, ...)}; a type's symbol as it is. */
    static String signature(String symbol) {
        return symbol.substring(symbol.indexOf('#') + 1);
    }

    /** The method's or constructor's name. */
    static String name(String symbol) {
        String signature = signature(symbol);
        int open = signature.indexOf('(');
        return open < 0 ? signature : signature.substring(0, open);
    }

    /** The parameter types as written in the symbol; none for a type. */
    static List<String> parameters(String symbol) {
        String signature = signature(symbol);
        int open = signature.indexOf('(');
        int close = signature.lastIndexOf(')');
        if (open < 0 || close <= open + 1) {
            return List.of();
        }
        List<String> parameters = new ArrayList<>();
        for (String parameter : signature.substring(open + 1, close).split(",")) {
            parameters.add(parameter.trim());
        }
        return parameters;
    }
}
