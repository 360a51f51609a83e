package dev.platformscan.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Loads capability rules: the built-in catalog and every rule pack on the class path (each lists its
 * files in {@value #INDEX}), then the user's files and directories. A user rule with the id of a
 * packaged rule replaces it; two user rules with one id are an error. Every problem is a
 * {@link RuleFileException} naming the file and line.
 */
public final class RuleLoader {
    /** Resource that lists a rule pack's files, one per line, relative to its own directory. */
    public static final String INDEX = "META-INF/platform-scan/capabilities/index.txt";
    private static final long MAX_FILE_BYTES = 1 << 20;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> RULE_KEYS = Set.of("id", "name", "description", "threshold", "component",
            "adoptedByDependency", "signals");
    /** "platform-auth: TokenService": a module name, then the main type. */
    private static final Pattern COMPONENT = Pattern.compile("([a-z][a-z0-9]*(?:[.-][a-z0-9]+)*): ([A-Z][A-Za-z0-9]*)");

    /** The built-in catalog and rule packs found through the class loader, then the user's paths. */
    public RuleCatalog load(ClassLoader classLoader, List<Path> userPaths) throws RuleFileException, IOException {
        Map<String, CapabilityRule> rules = new LinkedHashMap<>();
        List<URL> indexes = Collections.list(classLoader.getResources(INDEX));
        indexes.sort(java.util.Comparator.comparing(URL::toString));
        for (URL index : indexes) {
            for (String entry : readIndex(index)) {
                URL file = new URL(index, entry);
                try (InputStream in = file.openStream()) {
                    CapabilityRule rule = parse(new InputStreamReader(in, StandardCharsets.UTF_8), shortName(file));
                    CapabilityRule before = rules.put(rule.id(), rule);
                    if (before != null) {
                        throw new RuleFileException(rule.source(), 0, "rule id '" + rule.id()
                                + "' is already defined in " + before.source());
                    }
                }
            }
        }
        Map<String, CapabilityRule> userRules = new LinkedHashMap<>();
        for (Path file : userFiles(userPaths)) {
            String name = file.toString().replace('\\', '/');
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new RuleFileException(name, 0, "larger than 1 MB; is this really a rule file?");
            }
            String text = text(Files.readAllBytes(file), name);
            if (text.isBlank()) {
                throw new RuleFileException(name, 0, "empty file; a rule needs id, name and signals");
            }
            CapabilityRule rule = parse(new java.io.StringReader(text), name);
            CapabilityRule before = userRules.put(rule.id(), rule);
            if (before != null) {
                throw new RuleFileException(name, 0, "rule id '" + rule.id() + "' is already defined in " + before.source()
                        + "; rename one of them");
            }
            rules.put(rule.id(), rule);
        }
        return new RuleCatalog(new ArrayList<>(rules.values()));
    }

    /** The built-in catalog only (and any rule pack on this class's class path). */
    public static RuleCatalog builtIn() {
        try {
            return new RuleLoader().load(RuleLoader.class.getClassLoader(), List.of());
        } catch (RuleFileException | IOException e) {
            throw new IllegalStateException("the built-in capability catalog is broken: " + e.getMessage(), e);
        }
    }

    private static List<String> readIndex(URL index) throws IOException {
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static String shortName(URL url) {
        String text = url.toString();
        int bang = text.lastIndexOf('!');
        return bang >= 0 ? text.substring(text.lastIndexOf('/', bang) + 1) : text.substring(text.lastIndexOf('/') + 1);
    }

    private static List<Path> userFiles(List<Path> paths) throws IOException, RuleFileException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new RuleFileException(path.toString().replace('\\', '/'), 0,
                        "no such rule file or directory (check platform.rules)");
            }
        }
        return files;
    }

    /**
     * The file's text, if it is UTF-8 text: a binary file, another encoding or control characters (which
     * YAML forbids) fail here with the line of the first offending byte, before the YAML parser sees it.
     */
    static String text(byte[] bytes, String file) throws RuleFileException {
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes), out, true);
        out.flip();
        if (result.isError()) {
            throw new RuleFileException(file, 1 + lineBreaks(out, out.length()),
                    "not UTF-8 text (a binary file, or another encoding); rule files are UTF-8 YAML");
        }
        String text = out.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f && c != 0x85)) {
                throw new RuleFileException(file, 1 + lineBreaks(text, i), String.format(java.util.Locale.ROOT,
                        "control character U+%04X; rule files are UTF-8 YAML text", (int) c));
            }
        }
        return text;
    }

    private static int lineBreaks(CharSequence text, int end) {
        int breaks = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    /** Parses and validates one rule document. */
    public CapabilityRule parse(Reader reader, String file) throws RuleFileException, IOException {
        YamlTree.Node root = YamlTree.read(reader, file);
        if (root == null || root.value() == null) {
            throw new RuleFileException(file, 0, "empty file; a rule needs id, name and signals");
        }
        if (!root.isMap()) {
            throw new RuleFileException(file, root.line(), "expected a mapping with id, name and signals");
        }
        Map<String, YamlTree.Node> map = root.map();
        for (Map.Entry<String, YamlTree.Node> entry : map.entrySet()) {
            if (!RULE_KEYS.contains(entry.getKey())) {
                throw new RuleFileException(file, entry.getValue().line(), "unknown key '" + entry.getKey()
                        + "'; a rule has: id, name, description, threshold, component, adoptedByDependency, signals");
            }
        }
        String id = requiredText(map, "id", root, file);
        if (!ID.matcher(id).matches()) {
            throw new RuleFileException(file, map.get("id").line(), "id '" + id
                    + "' must be lower-case words joined by '-' (e.g. password-hashing)");
        }
        String name = requiredText(map, "name", root, file);
        String description = map.containsKey("description") ? text(map.get("description"), "description", file) : "";
        double threshold = map.containsKey("threshold") ? positiveNumber(map.get("threshold"), "threshold", file) : 1.0;
        YamlTree.Node signalsNode = map.get("signals");
        if (signalsNode == null || !signalsNode.isList() || signalsNode.list().isEmpty()) {
            throw new RuleFileException(file, signalsNode == null ? root.line() : signalsNode.line(),
                    "'signals' must be a non-empty list of signals such as '- calls: MessageDigest.getInstance'");
        }
        List<Signal> signals = new ArrayList<>();
        for (YamlTree.Node signal : signalsNode.list()) {
            signals.add(signal(signal, file));
        }
        double reachable = signals.stream().mapToDouble(Signal::weight).filter(weight -> weight > 0).sum();
        if (reachable < threshold) {
            throw new RuleFileException(file, map.containsKey("threshold") ? map.get("threshold").line() : root.line(),
                    "threshold " + threshold + " can never be reached: all signals together weigh " + reachable);
        }
        String componentModule = null;
        String componentType = null;
        if (map.containsKey("component")) {
            String component = text(map.get("component"), "component", file);
            Matcher parts = COMPONENT.matcher(component);
            if (!parts.matches()) {
                throw new RuleFileException(file, map.get("component").line(), "component '" + component
                        + "' must be a module name and a type, e.g. \"platform-auth: TokenService\"");
            }
            componentModule = parts.group(1);
            componentType = parts.group(2);
        }
        boolean adoptedByDependency = false;
        if (map.containsKey("adoptedByDependency")) {
            YamlTree.Node flag = map.get("adoptedByDependency");
            String value = flag.isScalar() ? String.valueOf(flag.value()) : null;
            if (!"true".equals(value) && !"false".equals(value)) {
                throw new RuleFileException(file, flag.line(), "adoptedByDependency must be true or false, was '"
                        + (value == null ? "a list or mapping" : value) + "'");
            }
            adoptedByDependency = Boolean.parseBoolean(value);
        }
        return new CapabilityRule(id, name, description, threshold, signals, file, componentModule, componentType,
                adoptedByDependency);
    }

    private static Signal signal(YamlTree.Node node, String file) throws RuleFileException {
        if (!node.isMap()) {
            throw new RuleFileException(file, node.line(), "a signal is a mapping such as '- calls: MessageDigest.getInstance'");
        }
        SignalKind kind = null;
        YamlTree.Node values = null;
        double weight = 1.0;
        for (Map.Entry<String, YamlTree.Node> entry : node.map().entrySet()) {
            if (entry.getKey().equals("weight")) {
                weight = nonZeroNumber(entry.getValue(), file);
                continue;
            }
            SignalKind candidate = SignalKind.fromId(entry.getKey());
            if (candidate == null) {
                throw new RuleFileException(file, entry.getValue().line(), "unknown signal '" + entry.getKey()
                        + "'; signals are: " + SignalKind.ids() + " (and an optional weight)");
            }
            if (kind != null) {
                throw new RuleFileException(file, entry.getValue().line(), "one signal per list item: found both '"
                        + kind.id() + "' and '" + candidate.id() + "'");
            }
            kind = candidate;
            values = entry.getValue();
        }
        if (kind == null) {
            throw new RuleFileException(file, node.line(), "signal without a kind; use one of: " + SignalKind.ids());
        }
        List<String> texts = new ArrayList<>();
        if (values.isList()) {
            for (YamlTree.Node value : values.list()) {
                texts.add(text(value, kind.id(), file));
            }
        } else {
            texts.add(text(values, kind.id(), file));
        }
        if (texts.isEmpty()) {
            throw new RuleFileException(file, values.line(), "'" + kind.id() + "' needs at least one value");
        }
        List<Pattern> patterns = new ArrayList<>();
        if (kind.isPattern()) {
            for (String text : texts) {
                try {
                    patterns.add(Pattern.compile(text));
                } catch (PatternSyntaxException e) {
                    throw new RuleFileException(file, values.line(), "invalid regular expression '" + text + "': "
                            + e.getDescription());
                }
            }
        }
        return new Signal(kind, texts, weight, patterns);
    }

    private static String requiredText(Map<String, YamlTree.Node> map, String key, YamlTree.Node root, String file)
            throws RuleFileException {
        YamlTree.Node node = map.get(key);
        if (node == null) {
            throw new RuleFileException(file, root.line(), "missing '" + key + "'");
        }
        return text(node, key, file);
    }

    private static String text(YamlTree.Node node, String key, String file) throws RuleFileException {
        if (!node.isScalar() || node.value() instanceof Boolean || String.valueOf(node.value()).isBlank()) {
            throw new RuleFileException(file, node.line(), "'" + key + "' must be a non-empty text");
        }
        return String.valueOf(node.value()).strip();
    }

    /** A signal's weight: above 0 for evidence of the capability, below 0 for evidence that the unit is something else. */
    private static double nonZeroNumber(YamlTree.Node node, String file) throws RuleFileException {
        if (!(node.value() instanceof Double number) || number == 0 || number.isNaN() || number.isInfinite()) {
            throw new RuleFileException(file, node.line(), "'weight' must be a number other than 0 (below 0 for a "
                    + "counter-signal), was '" + node.value() + "'");
        }
        return number;
    }

    private static double positiveNumber(YamlTree.Node node, String key, String file) throws RuleFileException {
        if (!(node.value() instanceof Double number) || !(number > 0) || number.isInfinite()) {
            throw new RuleFileException(file, node.line(), "'" + key + "' must be a number above 0, was '"
                    + node.value() + "'");
        }
        return number;
    }
}
