package dev.platformscan.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as plain maps, lists and scalars that remember their line, so every validation
 * message can name the line. Read with Jackson's streaming YAML parser: no type is ever instantiated
 * from the document (no tags, no classes), whatever it contains.
 */
final class YamlTree {
    /** A value and the line it starts on. */
    record Node(Object value, int line) {
        boolean isMap() {
            return value instanceof Map;
        }

        boolean isList() {
            return value instanceof List;
        }

        boolean isScalar() {
            return !isMap() && !isList() && value != null;
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> map() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> list() {
            return (List<Node>) value;
        }
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() {
    }

    /** Tags of YAML's core schema; any other tag (a Java type, a custom one) makes the file no rule file. */
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null",
            "seq", "map");

    private static final java.util.regex.Pattern PROBLEM_LINE = java.util.regex.Pattern.compile("in 'reader', line (\\d+)");

    /** The document's root, or null for an empty document; duplicate keys are reported as errors. */
    static Node read(Reader reader, String file) throws IOException, RuleFileException {
        try (YAMLParser parser = FACTORY.createParser(reader)) {
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return null;
                }
                Node root = readValue(parser, file);
                if (parser.nextToken() != null) {
                    throw new RuleFileException(file, line(parser), "more than one YAML document; put one rule in each file");
                }
                return root;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // SnakeYAML's text names the offending line ("in 'reader', line 4"); Jackson's location is that
                // of the last good token, and limits (nesting depth) come without one: the parser knows where it is
                java.util.regex.Matcher problemLine = PROBLEM_LINE.matcher(String.valueOf(e.getOriginalMessage()));
                int line = e.getLocation() != null ? e.getLocation().getLineNr() : parser.currentLocation().getLineNr();
                while (problemLine.find()) {
                    line = Integer.parseInt(problemLine.group(1)); // the problem mark comes after any context mark
                }
                throw new RuleFileException(file, Math.max(line, 0), "not valid YAML: " + oneLine(e.getOriginalMessage()));
            }
        }
    }

    /** SnakeYAML's message without its quoted context lines ("in 'reader', line 3, column 1: ..."). */
    private static String oneLine(String message) {
        String text = String.valueOf(message);
        int context = text.indexOf(" in 'reader'");
        return (context > 0 ? text.substring(0, context) : text).replaceAll("\\s+", " ").trim();
    }

    /**
     * Tags and anchors are refused rather than ignored: Jackson never instantiates a tag's type, but a
     * tagged file is not a rule file, and an alias would silently read as its anchor's name.
     */
    private static void refuseTagsAndAnchors(YAMLParser parser, String file) throws IOException, RuleFileException {
        String tag = parser.getTypeId();
        if (tag != null) {
            String name = tag.startsWith("tag:yaml.org,2002:") ? tag.substring("tag:yaml.org,2002:".length())
                    : tag.startsWith("!!") ? tag.substring(2) : null;
            if (name == null || !CORE_TAGS.contains(name)) {
                throw new RuleFileException(file, line(parser), "YAML tag '" + tag + "' is not allowed: rule files "
                        + "hold plain text, numbers, lists and mappings");
            }
        }
        if (parser.isCurrentAlias() || parser.getObjectId() != null) {
            throw new RuleFileException(file, line(parser), "YAML anchors and aliases (&name, *name) are not "
                    + "supported in rule files; write the values out");
        }
    }

    private static Node readValue(YAMLParser parser, String file) throws IOException, RuleFileException {
        refuseTagsAndAnchors(parser, file);
        int line = line(parser);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = line(parser);
                    parser.nextToken();
                    Node value = readValue(parser, file);
                    if (map.put(key, value) != null) {
                        throw new RuleFileException(file, keyLine, "key '" + key + "' appears twice");
                    }
                }
                return new Node(map, line);
            }
            case START_ARRAY -> {
                List<Node> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser, file));
                }
                return new Node(list, line);
            }
            case VALUE_NULL -> {
                return new Node(null, line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node(parser.getDoubleValue(), line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(token == JsonToken.VALUE_TRUE, line);
            }
            default -> {
                return new Node(parser.getText(), line);
            }
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
