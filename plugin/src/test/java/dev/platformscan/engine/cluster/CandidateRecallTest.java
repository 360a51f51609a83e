package dev.platformscan.engine.cluster;

import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateRecallTest {

    @TempDir
    Path root;

    @Test
    void everyPairAtTheThresholdIsFollowedThroughTheFiltersAndTheCopiesAreProposed() throws Exception {
        TestRepository repository = new TestRepository(root)
                .module("users", "classes/UserDao.java")
                .module("billing", "classes/CustomerRepository.java");
        CandidateRecall.Figures figures = CandidateRecall.measure(
                dev.platformscan.engine.ScanRequest.defaults(root, repository.modules()), ScanListener.SILENT);

        assertThat(figures.pairsAtThreshold()).as("the two DAOs' methods are copies").isPositive();
        assertThat(figures.comparablePairs()).isGreaterThanOrEqualTo(figures.pairsAtThreshold());
        assertThat(figures.pairsAtThreshold()).isGreaterThanOrEqualTo(figures.proposed());
        assertThat(figures.proposed()).isGreaterThanOrEqualTo(figures.passedApiCheck());
        assertThat(figures.passedApiCheck()).isGreaterThanOrEqualTo(figures.passedEvidence());
        assertThat(figures.candidateRecall()).isEqualTo(1.0);
        assertThat(figures.missedExamples()).isEmpty();
        assertThat(figures.missed().total()).isEqualTo(figures.copies() - figures.passedEvidence()).isZero();
    }
}
