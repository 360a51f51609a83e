package dev.platformscan.engine;

import dev.platformscan.engine.cluster.ClusterMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MyBatis Generator output is generated code, left out like files with a generated header (issue 14): it writes no
 * header, but marks each element {@code @mbg.generated} or, with comments suppressed, names its example classes'
 * criteria {@code GeneratedCriteria}. On shuzheng/zheng (fixtures/zheng, MIT licence, commit 7005c0a) the same
 * {@code Criterion} class of 36 example classes was the first opportunity, and two tables' models with the same
 * columns ({@code CmsSystem}, {@code UpmsRole}) a look-alike class pair.
 */
class MyBatisGeneratorOutputScanTest {
    @TempDir
    Path root;

    @Test
    void generatorModelsAndExamplesAreLeftOutAsGeneratedFiles() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("cms-dao", "zheng/CmsTagExample.java", "zheng/CmsSystem.java")
                .module("upms-dao", "zheng/UpmsRoleExample.java", "zheng/UpmsRole.java")
                .scan();

        assertThat(result.summary().generatedFiles()).as("files left out as generated").isEqualTo(4);
        assertThat(result.clusters()).flatExtracting(c -> c.members()).extracting(ClusterMember::symbol)
                .noneMatch(symbol -> symbol.contains("Criterion") || symbol.contains("CmsSystem"));
    }

    @Test
    void withTheGeneratedFilterOffTheExamplesCopiedCriterionIsACopy() throws Exception {
        TestRepository repository = new TestRepository(root)
                .module("cms-dao", "zheng/CmsTagExample.java")
                .module("upms-dao", "zheng/UpmsRoleExample.java");
        ScanRequest request = ScanRequest.defaults(root, repository.modules());
        ScanResult result = TestRepository.scan(request.withParsing(request.parsing()
                .withKeepNoise(java.util.EnumSet.of(dev.platformscan.engine.parse.NoiseFilter.GENERATED))));

        assertThat(result.summary().generatedFiles()).isZero();
        assertThat(PlatformScanEngineTest.clusterWith(result, "com.zheng.cms.dao.model.CmsTagExample.Criterion",
                "com.zheng.upms.dao.model.UpmsRoleExample.Criterion")).isPresent();
    }

    @Test
    void olderGeneratorCommentsMarkTheFileGeneratedToo() {
        assertThat(Units.parse(TestRepository.resource("mbg/OrderItemMapper.java"), 1, 1).generated()).isTrue();
    }
}
