package dev.platformscan.engine.score;

import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the scoring needs to know about the copies beyond their clusters: code lines, the owner of each
 * file, recent changes, tests naming the copied types and the module's own types a copy uses. Files are
 * read again on demand (only files holding a copy); nothing here changes the clusters.
 */
public final class CopyFacts {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)\\.([A-Z]\\w*)\\s*;");
    private static final Pattern PUBLIC_METHOD = Pattern.compile(
            "^\\s*(?:public|protected)\\s+(?:static\\s+|final\\s+|abstract\\s+|synchronized\\s+|<[^>]*>\\s*)*"
                    + "(?!class\\b|record\\b|interface\\b|enum\\b)[\\w.<>\\[\\], ?]+\\s+(\\w+)\\s*\\(");
    private static final Pattern TYPE_WORD = Pattern.compile("\\b[A-Z]\\w*");
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");
    private static final int MAX_TESTS_NAMED = 5;

    private final Path root;
    private final Map<String, ModuleSource> modules = new HashMap<>();
    private final Map<String, BitSet> codeLines;
    private final Map<String, Set<String>> packagesByModule;
    private final TeamDirectory teams;
    private final GitChangeCounts changes;
    private final Map<String, List<String>> fileLines = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > 64;
        }
    };
    private final Map<String, Map<String, Set<String>>> testFilesByTypeWord = new HashMap<>();
    private final Map<String, List<String[]>> importsByFile = new HashMap<>();

    /**
     * @param root             the execution root every file path is relative to
     * @param modules          the scanned modules
     * @param codeLines        per file (relative path), its code lines
     * @param packagesByModule per module id, the packages its sources declare
     * @param teams            ownership
     * @param changes          git change counts, or null outside a git checkout
     */
    public CopyFacts(Path root, List<ModuleSource> modules, Map<String, BitSet> codeLines,
                     Map<String, Set<String>> packagesByModule, TeamDirectory teams, GitChangeCounts changes) {
        this.root = root;
        modules.forEach(m -> this.modules.put(m.id(), m));
        this.codeLines = codeLines;
        this.packagesByModule = packagesByModule;
        this.teams = teams;
        this.changes = changes;
    }

    /** Code lines of a file between two lines (all of them when the file's code lines are unknown). */
    BitSet codeLines(String file, int startLine, int endLine) {
        BitSet code = codeLines.get(file);
        if (code == null) {
            BitSet lines = new BitSet();
            lines.set(startLine, endLine + 1);
            return lines;
        }
        return ParsedFile.codeLinesBetween(code, startLine, endLine);
    }

    TeamDirectory.Owner owner(String module, String file) {
        return teams.ownerOf(module, file);
    }

    boolean hasHistory() {
        return changes != null;
    }

    int recentCommits(String file) {
        return changes == null ? 0 : changes.commits(file);
    }

    /** Qualified names of the types of its own module that the lines use (through imports). */
    Set<String> moduleSpecificTypes(String module, String file, int startLine, int endLine) {
        Set<String> own = packagesByModule.getOrDefault(module, Set.of());
        List<String> lines = lines(module, file);
        Set<String> used = new TreeSet<>();
        if (lines.isEmpty() || own.isEmpty()) {
            return used;
        }
        List<String[]> ownImports = new ArrayList<>();
        for (String[] imported : imports(file, lines)) {
            if (own.contains(imported[0])) {
                ownImports.add(imported);
            }
        }
        if (ownImports.isEmpty()) {
            return used; // nothing of its own module imported: no need to read the copy's words
        }
        Set<String> words = new TreeSet<>();
        for (int i = Math.max(0, startLine - 1); i < Math.min(lines.size(), endLine); i++) {
            Matcher word = TYPE_WORD.matcher(lines.get(i));
            while (word.find()) {
                words.add(word.group());
            }
        }
        for (String[] imported : ownImports) {
            if (words.contains(imported[1])) {
                used.add(imported[0] + "." + imported[1]);
            }
        }
        return used;
    }

    /**
     * The (package, type) imports of a file, read once per file: a file holds many copies, and matching
     * every line of it for each one took more time than clustering on a large code base.
     */
    private List<String[]> imports(String file, List<String> lines) {
        return importsByFile.computeIfAbsent(file, f -> {
            List<String[]> imports = new ArrayList<>();
            for (String line : lines) {
                if (line.contains("import")) {
                    Matcher matcher = IMPORT.matcher(line);
                    if (matcher.find()) {
                        imports.add(new String[] {matcher.group(1), matcher.group(2)});
                    }
                }
            }
            return imports;
        });
    }

    /** Test files of the module (relative paths, at most five) that name one of the types. */
    List<String> testsNaming(String module, Set<String> typeNames) {
        Map<String, Set<String>> index = testFilesByTypeWord.computeIfAbsent(module, this::indexTests);
        Set<String> files = new TreeSet<>();
        for (String type : typeNames) {
            files.addAll(index.getOrDefault(type, Set.of()));
        }
        return files.stream().limit(MAX_TESTS_NAMED).toList();
    }

    /** Public methods declared in the copy's class members (for the suggested component's shape). */
    List<String> publicMethods(Opportunity.Copy copy) {
        Set<String> methods = new TreeSet<>();
        for (Opportunity.CopyMember member : copy.members()) {
            if (member.symbol().indexOf('#') >= 0) {
                continue;
            }
            List<String> lines = lines(copy.module(), member.file());
            String type = simpleTypeName(member.symbol());
            for (int i = Math.max(0, member.startLine() - 1); i < Math.min(lines.size(), member.endLine()); i++) {
                Matcher matcher = PUBLIC_METHOD.matcher(lines.get(i));
                if (matcher.find() && !matcher.group(1).equals(type) && !OBJECT_METHODS.contains(matcher.group(1))) {
                    methods.add(matcher.group(1));
                }
            }
        }
        return List.copyOf(methods);
    }

    private List<String> lines(String module, String file) {
        return fileLines.computeIfAbsent(file, f -> {
            ModuleSource source = modules.get(module);
            return SourceText.lines(root.resolve(f), source == null ? null : source.encoding());
        });
    }

    /** Capitalised words of every test source of the module → the test files using them. */
    private Map<String, Set<String>> indexTests(String module) {
        Map<String, Set<String>> index = new HashMap<>();
        ModuleSource source = modules.get(module);
        if (source == null) {
            return index;
        }
        for (Path testRoot : source.testSourceRoots()) {
            if (!Files.isDirectory(testRoot)) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(testRoot)) {
                walk.filter(p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".java") || name.endsWith(".kt") || name.endsWith(".groovy");
                }).filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                continue; // unreadable test tree: the copy just counts as untested
            }
            for (Path file : files) {
                String relative = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
                for (String line : SourceText.lines(file, source.encoding())) {
                    Matcher word = TYPE_WORD.matcher(line);
                    while (word.find()) {
                        index.computeIfAbsent(word.group(), k -> new TreeSet<>()).add(relative);
                    }
                }
            }
        }
        return index;
    }

    /** "com.acme.Outer.Inner#m(String)" → "Inner". */
    static String simpleTypeName(String symbol) {
        List<String> types = typeNames(symbol);
        return types.isEmpty() ? symbol : types.get(types.size() - 1);
    }

    /** "com.acme.Outer.Inner#m(String)" → "Inner#m"; "com.acme.Outer" → "Outer". */
    static String shortSymbol(String symbol) {
        String method = methodName(symbol);
        return method == null ? simpleTypeName(symbol) : simpleTypeName(symbol) + "#" + method;
    }

    /** "com.acme.Outer.Inner#m(String)" → [Outer, Inner]: segments from the first capitalised one. */
    static List<String> typeNames(String symbol) {
        int hash = symbol.indexOf('#');
        String type = hash < 0 ? symbol : symbol.substring(0, hash);
        List<String> names = new ArrayList<>();
        for (String segment : type.split("\\.")) {
            if (!names.isEmpty() || !segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
                names.add(segment);
            }
        }
        return names;
    }

    /** "pkg.Type#name(String)" → "name"; null for a class symbol or a constructor. */
    static String methodName(String symbol) {
        int hash = symbol.indexOf('#');
        if (hash < 0) {
            return null;
        }
        int paren = symbol.indexOf('(', hash);
        String name = symbol.substring(hash + 1, paren < 0 ? symbol.length() : paren);
        return name.equals(simpleTypeName(symbol)) || name.equals("<init>") ? null : name;
    }

    /**
     * The longest camel-case suffix the copies' main types share ("BillingTokenService",
     * "ShopTokenService" → "TokenService"), else the pioneer's main type.
     */
    static String commonTypeName(List<Opportunity.Copy> copies, Opportunity.Copy pioneer) {
        List<List<String>> words = new ArrayList<>();
        for (Opportunity.Copy copy : copies) {
            words.add(camelWords(simpleTypeName(mainMember(copy).symbol())));
        }
        List<String> common = new ArrayList<>(words.get(0));
        for (List<String> other : words) {
            int keep = 0;
            while (keep < common.size() && keep < other.size()
                    && common.get(common.size() - 1 - keep).equals(other.get(other.size() - 1 - keep))) {
                keep++;
            }
            common = new ArrayList<>(common.subList(common.size() - keep, common.size()));
        }
        return common.isEmpty() ? simpleTypeName(mainMember(pioneer).symbol()) : String.join("", common);
    }

    private static Opportunity.CopyMember mainMember(Opportunity.Copy copy) {
        return copy.members().stream().max(java.util.Comparator.comparingInt(
                (Opportunity.CopyMember m) -> m.endLine() - m.startLine()).thenComparing(Opportunity.CopyMember::symbol,
                java.util.Comparator.reverseOrder())).orElseThrow();
    }

    private static List<String> camelWords(String name) {
        List<String> words = new ArrayList<>();
        Matcher matcher = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+").matcher(name);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** "a/b/LoginServiceTest.java" → "LoginServiceTest.java". */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** "com.acme.UserRepository" → "UserRepository". */
    static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
