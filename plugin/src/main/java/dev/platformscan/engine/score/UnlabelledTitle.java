package dev.platformscan.engine.score;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The name of an opportunity no capability rule labels, from what its copies share rather than from one member:
 * "AddrUtil classes (ReactiveAddrUtil, AddrUtil)", "getValBySpEL methods (LockAspect, AuditLogAspect)",
 * "get…Page methods (SysRoleController#getRolePage, GenDsConfController#getDsConfPage)". The shared part is the
 * longest run of camel-case words every name ends with, else starts with; names that share nothing are
 * "Similar classes (…)". Constructors are named after their types ("CharRange constructors (CharRange)"). At most
 * three names are listed, then "+N more". A labelled opportunity's title names the copies the same way after its
 * capability ({@link #copies}).
 */
final class UnlabelledTitle {
    static final int LISTED = 3;

    private UnlabelledTitle() {
    }

    static String of(List<CloneCluster> group) {
        String unit = group.get(0).unit();
        boolean callable = unit.equals("method") || unit.equals("constructor");
        Set<String> typeNames = new LinkedHashSet<>();
        Set<String> methodNames = new LinkedHashSet<>();
        Set<String> shortSymbols = new LinkedHashSet<>();
        for (CloneCluster cluster : group) {
            for (ClusterMember member : cluster.members()) {
                typeNames.add(CopyFacts.simpleTypeName(member.symbol()));
                String method = CopyFacts.methodName(member.symbol());
                if (method != null) {
                    methodNames.add(method);
                }
                shortSymbols.add(CopyFacts.shortSymbol(member.symbol()));
            }
        }
        String plural = unit.equals("class") ? "classes" : unit + "s";
        if (callable && methodNames.size() == 1) {
            return methodNames.iterator().next() + " " + plural + " " + listed(typeNames);
        }
        // constructors have no name of their own: they are named after their types, like classes
        boolean byMethod = callable && !methodNames.isEmpty();
        Set<String> names = byMethod ? methodNames : typeNames;
        String shared = shared(new ArrayList<>(names));
        String head = shared == null ? "Similar " + plural : shared + " " + plural;
        return head + " " + listed(byMethod ? shortSymbols : typeNames);
    }

    /**
     * What the copies of a labelled opportunity are, for its title after the capability's name: "RateCache classes
     * (TaxRateCache, CarrierRateCache)" when their names share words, else just the names ("JwtValidator,
     * TokenVerifier, AuthTokenParser"); at most three names, then "+N more".
     */
    static String copies(List<CloneCluster> group) {
        String described = of(group);
        int open = described.indexOf(" (");
        String listed = described.substring(open + 2, described.length() - 1);
        if (described.startsWith("Similar ")) {
            return listed;
        }
        // "SecurityConfiguration classes (SecurityConfiguration)": one name, already said
        return described.startsWith(listed + " ") ? described.substring(0, open) : described;
    }

    private static String listed(Set<String> names) {
        List<String> all = new ArrayList<>(names);
        List<String> shown = all.subList(0, Math.min(LISTED, all.size()));
        String more = all.size() > LISTED ? ", +" + (all.size() - LISTED) + " more" : "";
        return "(" + String.join(", ", shown) + more + ")";
    }

    /** The camel-case words all names end with ("AddrUtil"), else start with, else both ("get…Page"); null if none. */
    static String shared(List<String> names) {
        if (names.isEmpty()) {
            return null; // no name to share (the word runs below would never end)
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        List<List<String>> words = new ArrayList<>();
        for (String name : names) {
            words.add(words(name));
        }
        int suffix = commonRun(words, true);
        int prefix = commonRun(words, false);
        List<String> first = words.get(0);
        String end = String.join("", first.subList(first.size() - suffix, first.size()));
        String start = String.join("", first.subList(0, prefix));
        if (suffix > 0 && prefix > 0 && prefix + suffix < shortest(words)) {
            return start + "\u2026" + end;
        }
        if (suffix > 0 && end.length() >= 4) {
            return end;
        }
        if (prefix > 0 && start.length() >= 4) {
            return prefix == shortest(words) ? start : start + "\u2026"; // "Client" for Client and ClientDto
        }
        return null;
    }

    private static int shortest(List<List<String>> words) {
        return words.stream().mapToInt(List::size).min().orElse(0);
    }

    /** How many words at the end (or start) every name shares. */
    private static int commonRun(List<List<String>> words, boolean fromEnd) {
        int run = 0;
        while (true) {
            String word = null;
            for (List<String> name : words) {
                if (run >= name.size()) {
                    return run;
                }
                String candidate = fromEnd ? name.get(name.size() - 1 - run) : name.get(run);
                if (word == null) {
                    word = candidate;
                } else if (!word.equals(candidate)) {
                    return run;
                }
            }
            run++;
        }
    }

    /** "getRolePage" → [get, Role, Page]; "HTTPClient" → [HTTP, Client]; digits stay with their word. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < name.length(); i++) {
            char previous = name.charAt(i - 1);
            char current = name.charAt(i);
            boolean lowerToUpper = Character.isUpperCase(current) && !Character.isUpperCase(previous);
            boolean acronymEnd = Character.isUpperCase(current) && Character.isUpperCase(previous)
                    && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
            if (lowerToUpper || acronymEnd || current == '_') {
                if (i > start) {
                    words.add(name.substring(start, i));
                }
                start = current == '_' ? i + 1 : i;
            }
        }
        if (start < name.length()) {
            words.add(name.substring(start));
        }
        return words;
    }
}
