package dev.platformscan.engine.adopt;

import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.parse.CodeUnit;
import dev.platformscan.engine.parse.FileHeader;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.rules.CapabilityRule;
import dev.platformscan.rules.RuleCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The adoption stage (issue 17): per capability, the reactor's shared components, the modules that use them and the
 * modules that still carry their own code for it.
 * <ul>
 * <li>A module is a <b>shared component</b> of a capability when its own code shows the capability (a unit the rule
 *     labels) and at least {@link #MIN_USERS} other modules use its types for it: they import one of the types that
 *     show it, or a type of the same module those implement or extend ({@code RedisService} over
 *     {@code RedisServiceImpl}); or, when the capability is what the module shows most, they depend on it (a starter
 *     used through its auto-configuration). One module used by one other is a layer (a web module over its service module), not
 *     a shared component. Users can declare components instead ({@link AdoptionSettings}).</li>
 * <li>An <b>adopter</b> uses a component (imports one of its types; or, for a capability a starter provides by
 *     auto-configuration ({@code adoptedByDependency} in its rule: API docs, security and web configuration, error
 *     handling, authentication), declares a dependency on a component module that serves few capabilities, as a
 *     grab-bag common module is depended on for everything else) and shows the capability nowhere else.</li>
 * <li>A <b>holdout</b> implements the capability itself: a unit of its code shows it, or a member of a cluster
 *     labelled with it lies there, in a file that imports none of the component's types (a file that does is taken
 *     to go through the component). A module that only calls the component is never a holdout.</li>
 * </ul>
 * Only capabilities with a component get an entry. Everything is sorted, so the result does not depend on threads.
 */
public final class SharedComponents {
    /** Other modules that must use a module's types before it counts as a shared component (unless declared). */
    static final int MIN_USERS = 2;
    /**
     * A component module that serves at most this many capabilities is a focused module (a starter: common-redis,
     * common-security), adopted by depending on it; a module serving more (a grab-bag common-core that every module
     * depends on) is adopted for a capability only where its types for it are imported.
     */
    static final int MAX_CAPABILITIES_OF_A_STARTER = 2;

    private final AdoptionSettings settings;
    private final RuleCatalog rules;

    public SharedComponents(AdoptionSettings settings, RuleCatalog rules) {
        this.settings = settings;
        this.rules = rules;
    }

    /**
     * What the stage reads of a file, once: its module, its top-level type's qualified name (from its package and file
     * name) and, per capability its units show, those units.
     */
    private record FileFacts(ParsedFile file, String module, String type, Map<String, List<Adoption.Code>> shown) {
        FileHeader header() {
            return file.header();
        }

        List<String> importedOf(Set<String> types) {
            Set<String> used = new TreeSet<>();
            for (String imported : header().imports()) {
                if (types.contains(imported)) {
                    used.add(imported);
                }
            }
            for (String onDemand : header().onDemand()) {
                for (String type : types) {
                    if (type.startsWith(onDemand + ".") && type.indexOf('.', onDemand.length() + 1) < 0) {
                        used.add(type);
                    }
                }
            }
            return List.copyOf(used);
        }
    }

    public List<Adoption> find(List<ModuleSource> modules, List<ParsedFile> files, List<CloneCluster> clusters) {
        List<FileFacts> facts = new ArrayList<>();
        for (ParsedFile file : files) {
            String name = file.source().path().getFileName().toString();
            int extension = name.lastIndexOf('.');
            String simple = extension > 0 ? name.substring(0, extension) : name;
            String pkg = file.header().packageName();
            facts.add(new FileFacts(file, file.source().moduleId(), pkg.isEmpty() ? simple : pkg + "." + simple,
                    shownCapabilities(file)));
        }
        Map<String, String> moduleOfType = new HashMap<>();
        Map<String, Set<String>> importers = new HashMap<>();
        for (FileFacts file : facts) {
            moduleOfType.putIfAbsent(file.type(), file.module());
            file.header().imports().forEach(t -> importers.computeIfAbsent(t, k -> new TreeSet<>()).add(file.module()));
            file.header().onDemand().forEach(p -> importers.computeIfAbsent(p + ".*", k -> new TreeSet<>()).add(file.module()));
        }
        Map<String, ModuleSource> moduleById = new TreeMap<>();
        modules.forEach(m -> moduleById.put(m.id(), m));
        Map<String, Set<String>> dependents = new HashMap<>();
        modules.forEach(m -> m.dependencies().forEach(d -> dependents.computeIfAbsent(d, k -> new TreeSet<>()).add(m.id())));
        Map<String, Set<String>> mainCapabilities = mainCapabilities(facts);

        Map<CapabilityRule, List<Adoption.Component>> componentsByRule = new LinkedHashMap<>();
        Map<String, Integer> capabilitiesServed = new TreeMap<>();
        for (CapabilityRule rule : rules.rules().stream().sorted(Comparator.comparing(CapabilityRule::id)).toList()) {
            String capability = rule.id();
            List<Adoption.Component> components = settings.declaredComponents().containsKey(capability)
                    ? declared(settings.declaredComponents().get(capability), facts, moduleById)
                    : found(capability, showing(facts, capability), moduleOfType, importers, dependents,
                    mainCapabilities);
            if (!components.isEmpty()) {
                componentsByRule.put(rule, components);
                components.forEach(c -> capabilitiesServed.merge(c.module(), 1, Integer::sum));
            }
        }
        List<Adoption> adoptions = new ArrayList<>();
        componentsByRule.forEach((rule, components) -> {
            Set<String> adoptedByDependency = new TreeSet<>();
            for (Adoption.Component component : components) {
                if (rule.adoptedByDependency() && (component.declared()
                        || capabilitiesServed.get(component.module()) <= MAX_CAPABILITIES_OF_A_STARTER)) {
                    adoptedByDependency.add(component.module());
                }
            }
            adoptions.add(adoption(rule, components, adoptedByDependency, facts, moduleById, clusters));
        });
        return adoptions;
    }

    /** Per module, its files with a unit that shows the capability. */
    private static Map<String, List<FileFacts>> showing(List<FileFacts> facts, String capability) {
        Map<String, List<FileFacts>> byModule = new TreeMap<>();
        for (FileFacts file : facts) {
            if (file.shown().containsKey(capability)) {
                byModule.computeIfAbsent(file.module(), k -> new ArrayList<>()).add(file);
            }
        }
        return byModule;
    }

    /** Per capability its file's units show, those units (an enclosing unit standing for those it holds). */
    private static Map<String, List<Adoption.Code>> shownCapabilities(ParsedFile file) {
        Map<String, List<Adoption.Code>> shown = new HashMap<>();
        for (CodeUnit unit : file.units()) {
            for (CapabilityMatch match : unit.capabilities()) {
                if (!enclosedByShowing(file.units(), unit, match.capability())) {
                    shown.computeIfAbsent(match.capability(), k -> new ArrayList<>()).add(new Adoption.Code(
                            file.source().relativePath(), unit.symbol(), unit.startLine(), unit.endLine()));
                }
            }
        }
        return shown;
    }

    /**
     * Modules whose capability-showing types (and the types those implement) at least {@link #MIN_USERS} other modules
     * import, or, when the capability is what the module shows most, depend on (a starter used through its
     * auto-configuration: common-redis, common-swagger).
     */
    private static List<Adoption.Component> found(String capability, Map<String, List<FileFacts>> showingByModule,
                                                  Map<String, String> moduleOfType, Map<String, Set<String>> importers,
                                                  Map<String, Set<String>> dependents,
                                                  Map<String, Set<String>> mainCapabilities) {
        List<Adoption.Component> components = new ArrayList<>();
        showingByModule.forEach((module, showing) -> {
            Set<String> types = apiTypes(module, showing, moduleOfType);
            Set<String> users = new TreeSet<>();
            for (String type : types) {
                users.addAll(importers.getOrDefault(type, Set.of()));
                int dot = type.lastIndexOf('.');
                if (dot > 0) {
                    users.addAll(importers.getOrDefault(type.substring(0, dot) + ".*", Set.of()));
                }
            }
            if (mainCapabilities.getOrDefault(module, Set.of()).contains(capability)) {
                users.addAll(dependents.getOrDefault(module, Set.of()));
            }
            users.remove(module);
            if (users.size() >= MIN_USERS) {
                components.add(new Adoption.Component(module, List.copyOf(types), false));
            }
        });
        return components;
    }

    /**
     * Per module, its main capability, if it has one: the capability its units show with the highest sum of rule
     * scores, when at least half of its units that show any capability show it. A starter (common-redis,
     * common-swagger) has one; a grab-bag (common-core, a module of one small helper per concern) has none.
     */
    private static Map<String, Set<String>> mainCapabilities(List<FileFacts> facts) {
        Map<String, Map<String, Double>> scores = new TreeMap<>();
        Map<String, Map<String, Integer>> units = new TreeMap<>();
        Map<String, Integer> showingAny = new TreeMap<>();
        for (FileFacts file : facts) {
            for (CodeUnit unit : file.file().units()) {
                if (unit.capabilities().isEmpty()) {
                    continue;
                }
                showingAny.merge(file.module(), 1, Integer::sum);
                for (CapabilityMatch match : unit.capabilities()) {
                    scores.computeIfAbsent(file.module(), k -> new TreeMap<>()).merge(match.capability(), match.score(), Double::sum);
                    units.computeIfAbsent(file.module(), k -> new TreeMap<>()).merge(match.capability(), 1, Integer::sum);
                }
            }
        }
        Map<String, Set<String>> main = new HashMap<>();
        scores.forEach((module, byCapability) -> {
            String top = null;
            for (Map.Entry<String, Double> entry : byCapability.entrySet()) { // ids in order: ties go to the first
                if (top == null || entry.getValue() > byCapability.get(top)) {
                    top = entry.getKey();
                }
            }
            if (top != null && units.get(module).get(top) * 2 >= showingAny.get(module)) {
                main.put(module, Set.of(top));
            }
        });
        return main;
    }

    /** The types showing the capability, and the module's own types they implement or extend. */
    private static Set<String> apiTypes(String module, List<FileFacts> showing, Map<String, String> moduleOfType) {
        Set<String> types = new TreeSet<>();
        for (FileFacts file : showing) {
            types.add(file.type());
            for (String supertype : file.header().supertypes()) {
                String resolved = resolve(supertype, file.header());
                if (resolved != null && module.equals(moduleOfType.get(resolved))) {
                    types.add(resolved);
                }
            }
        }
        return types;
    }

    /** The qualified name a simple name stands for in a file: an import of it, else the file's own package. */
    private static String resolve(String simpleName, FileHeader header) {
        for (String imported : header.imports()) {
            if (imported.endsWith("." + simpleName)) {
                return imported;
            }
        }
        return header.packageName().isEmpty() ? simpleName : header.packageName() + "." + simpleName;
    }

    /** The user's components: modules by id, artifactId or path (globs), or packages ("com.example.redis.*"). */
    private static List<Adoption.Component> declared(List<String> patterns, List<FileFacts> facts,
                                                     Map<String, ModuleSource> moduleById) {
        Map<String, Set<String>> typesByModule = new TreeMap<>();
        for (String pattern : patterns) {
            if (pattern.endsWith(".*")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                for (FileFacts file : facts) {
                    if (file.type().startsWith(prefix)) {
                        typesByModule.computeIfAbsent(file.module(), k -> new TreeSet<>()).add(file.type());
                    }
                }
                continue;
            }
            Pattern glob = glob(pattern);
            for (ModuleSource module : moduleById.values()) {
                String artifactId = module.id().substring(module.id().indexOf(':') + 1);
                if (glob.matcher(module.id()).matches() || glob.matcher(artifactId).matches()
                        || glob.matcher(module.path()).matches()) {
                    Set<String> types = typesByModule.computeIfAbsent(module.id(), k -> new TreeSet<>());
                    facts.stream().filter(f -> f.module().equals(module.id())).forEach(f -> types.add(f.type()));
                }
            }
        }
        List<Adoption.Component> components = new ArrayList<>();
        typesByModule.forEach((module, types) -> components.add(new Adoption.Component(module, List.copyOf(types), true)));
        return components;
    }

    /** A glob where '*' matches any characters. */
    private static Pattern glob(String pattern) {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    private static Adoption adoption(CapabilityRule rule, List<Adoption.Component> components,
                                     Set<String> adoptedByDependency, List<FileFacts> facts,
                                     Map<String, ModuleSource> moduleById, List<CloneCluster> clusters) {
        Set<String> componentModules = new TreeSet<>();
        Set<String> componentTypes = new TreeSet<>();
        for (Adoption.Component component : components) {
            componentModules.add(component.module());
            componentTypes.addAll(component.types());
        }
        Map<String, Set<String>> uses = new TreeMap<>();
        Map<String, List<Adoption.Code>> own = new TreeMap<>();
        Set<String> usingFiles = new TreeSet<>();
        for (FileFacts file : facts) {
            if (componentModules.contains(file.module())) {
                continue;
            }
            List<String> imported = file.importedOf(componentTypes);
            if (!imported.isEmpty()) {
                uses.computeIfAbsent(file.module(), k -> new TreeSet<>()).addAll(imported);
                usingFiles.add(file.file().source().relativePath());
                continue; // a file that imports the component goes through it
            }
            List<Adoption.Code> code = file.shown().get(rule.id());
            if (code != null) {
                own.computeIfAbsent(file.module(), k -> new ArrayList<>()).addAll(code);
            }
        }
        for (CloneCluster cluster : clusters) {
            if (cluster.capability() == null || !cluster.capability().id().equals(rule.id())) {
                continue;
            }
            for (ClusterMember member : cluster.members()) {
                if (!componentModules.contains(member.module()) && !usingFiles.contains(member.file())) {
                    own.computeIfAbsent(member.module(), k -> new ArrayList<>()).add(new Adoption.Code(member.file(),
                            member.symbol(), member.startLine(), member.endLine()));
                }
            }
        }
        for (ModuleSource module : moduleById.values()) {
            if (!componentModules.contains(module.id()) && module.dependencies().stream().anyMatch(adoptedByDependency::contains)) {
                uses.computeIfAbsent(module.id(), k -> new TreeSet<>());
            }
        }
        List<Adoption.Holdout> holdouts = new ArrayList<>();
        own.forEach((module, code) -> holdouts.add(new Adoption.Holdout(module, outermost(code), uses.containsKey(module))));
        List<Adoption.Adopter> adopters = new ArrayList<>();
        uses.forEach((module, types) -> {
            if (!own.containsKey(module)) {
                adopters.add(new Adoption.Adopter(module, List.copyOf(types)));
            }
        });
        return new Adoption(rule.id(), rule.name(), components, adopters, holdouts);
    }

    private static boolean enclosedByShowing(List<CodeUnit> units, CodeUnit unit, String capability) {
        for (int e = unit.enclosingUnit(); e >= 0; e = units.get(e).enclosingUnit()) {
            if (shows(units.get(e), capability)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shows(CodeUnit unit, String capability) {
        for (CapabilityMatch match : unit.capabilities()) {
            if (match.capability().equals(capability)) {
                return true;
            }
        }
        return false;
    }

    /** Code in file and line order, each unit once (a cluster member that is also a labelled unit). */
    private static List<Adoption.Code> outermost(List<Adoption.Code> code) {
        Map<String, Adoption.Code> unique = new LinkedHashMap<>();
        code.stream().sorted(Comparator.comparing(Adoption.Code::file).thenComparingInt(Adoption.Code::startLine)
                        .thenComparing(Adoption.Code::symbol))
                .forEach(c -> unique.putIfAbsent(c.file() + "|" + c.symbol(), c));
        List<Adoption.Code> kept = new ArrayList<>();
        for (Adoption.Code c : unique.values()) {
            boolean inside = kept.stream().anyMatch(k -> k.file().equals(c.file()) && k.startLine() <= c.startLine()
                    && k.endLine() >= c.endLine());
            if (!inside) {
                kept.add(c);
            }
        }
        return kept;
    }
}
