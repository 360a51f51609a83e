package dev.platformscan.engine.report;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a template's instances are, in a line a product manager reads: the slot they fill and the entities they fill
 * it for, read from the members' names. {@code NewBeeMallOrderServiceImpl#getNewBeeMallOrdersPage},
 * {@code NewBeeMallGoodsServiceImpl#getNewBeeMallGoodsPage} and four more become "get…Page in 6 services: Order,
 * Goods, ..."; two controllers become "2 controllers: Post, Role". The slot is the words every member's method name
 * has (or the distinct names when none is shared: "save / update"); the role is the last word of the class names
 * ("Impl" aside); an entity is what is left of a class name without the words all members' class names share.
 */
public final class TemplateTitle {
    private static final int MAX_ENTITIES = 6;

    private TemplateTitle() {
    }

    public static String of(CloneCluster template) {
        List<String> classes = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        for (ClusterMember member : template.members()) {
            String symbol = member.symbol();
            int hash = symbol.indexOf('#');
            String type = hash < 0 ? symbol : symbol.substring(0, hash);
            classes.add(type.substring(type.lastIndexOf('.') + 1));
            if (hash >= 0) {
                int paren = symbol.indexOf('(', hash);
                methods.add(symbol.substring(hash + 1, paren < 0 ? symbol.length() : paren));
            }
        }
        List<List<String>> classWords = classes.stream().map(TemplateTitle::words).toList();
        String role = role(classWords);
        Set<String> entities = new LinkedHashSet<>();
        for (List<String> words : classWords) {
            List<String> own = new ArrayList<>();
            for (String word : withoutRole(words)) {
                if (!inAll(word, classWords)) {
                    own.add(word);
                }
            }
            if (!own.isEmpty()) {
                entities.add(String.join("", own));
            }
        }
        Set<String> distinctClasses = new LinkedHashSet<>(classes);
        StringBuilder title = new StringBuilder();
        if (methods.size() == template.members().size() && !methods.isEmpty()) {
            title.append(slot(methods)).append(" in ").append(distinctClasses.size()).append(' ')
                    .append(plural(role, distinctClasses.size()));
        } else {
            title.append(distinctClasses.size()).append(' ').append(plural(role, distinctClasses.size()));
        }
        if (!entities.isEmpty()) {
            List<String> shown = new ArrayList<>(entities);
            title.append(": ").append(String.join(", ", shown.subList(0, Math.min(MAX_ENTITIES, shown.size()))));
            if (shown.size() > MAX_ENTITIES) {
                title.append(" and ").append(shown.size() - MAX_ENTITIES).append(" more");
            }
        }
        return title.toString();
    }

    /** The words every method name has, in the first name's order, "…" where words between them differ. */
    private static String slot(List<String> methods) {
        List<List<String>> names = methods.stream().map(TemplateTitle::words).toList();
        StringBuilder slot = new StringBuilder();
        boolean gap = false;
        for (String word : names.get(0)) {
            if (inAll(word, names)) {
                slot.append(gap && !slot.isEmpty() ? "…" : "").append(slot.isEmpty() ? word : capitalized(word));
                gap = false;
            } else {
                gap = true;
            }
        }
        if (gap && !slot.isEmpty()) {
            slot.append('…');
        }
        if (slot.isEmpty()) {
            return String.join(" / ", new LinkedHashSet<>(methods));
        }
        return slot.toString();
    }

    private static String role(List<List<String>> classWords) {
        Set<String> roles = new LinkedHashSet<>();
        for (List<String> words : classWords) {
            List<String> kept = withoutImpl(words);
            if (!kept.isEmpty()) {
                roles.add(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT));
            }
        }
        return roles.size() == 1 ? roles.iterator().next() : "class";
    }

    private static List<String> withoutRole(List<String> words) {
        List<String> kept = withoutImpl(words);
        return kept.size() > 1 ? kept.subList(0, kept.size() - 1) : kept;
    }

    private static List<String> withoutImpl(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        kept.removeIf(word -> word.equalsIgnoreCase("impl"));
        return kept;
    }

    private static boolean inAll(String word, List<List<String>> lists) {
        for (List<String> words : lists) {
            if (words.stream().noneMatch(other -> other.equalsIgnoreCase(word))) {
                return false;
            }
        }
        return true;
    }

    /** "NewBeeMallOrderServiceImpl" → New, Bee, Mall, Order, Service, Impl; "getURLPath" → get, URL, Path. */
    static List<String> words(String name) {
        return dev.platformscan.engine.fingerprint.NameWords.asWritten(name);
    }

    private static String plural(String role, int count) {
        return count == 1 ? role : plural(role);
    }

    /** A noun's plural: classes, controllers, factories. */
    public static String plural(String role) {
        if (role.endsWith("s") || role.endsWith("x") || role.endsWith("ch") || role.endsWith("sh")) {
            return role + "es";
        }
        if (role.endsWith("y") && role.length() > 1 && "aeiou".indexOf(role.charAt(role.length() - 2)) < 0) {
            return role.substring(0, role.length() - 1) + "ies";
        }
        return role + "s";
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
