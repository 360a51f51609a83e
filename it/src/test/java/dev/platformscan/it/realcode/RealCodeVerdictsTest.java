package dev.platformscan.it.realcode;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RealCodeVerdictsTest {

    private static final String REPORT = """
            {"modules": [{"id": "com.zlt:zlt-uaa"}, {"id": "com.zlt:zlt-auth-client-spring-boot-starter"},
                         {"id": "com.zlt:ss-sso"}, {"id": "com.zlt:web-sso"}],
             "clusters": [
              {"id": "C1", "similarity": 1.0, "unit": "class", "members": [
                {"module": "com.zlt:zlt-uaa", "symbol": "com.central.oauth.utils.OAuth2ConfigurerUtils"},
                {"module": "com.zlt:zlt-auth-client-spring-boot-starter", "symbol": "com.central.oauth2.common.util.OAuth2ConfigurerUtils"}]},
              {"id": "C2", "similarity": 0.9, "unit": "method", "members": [
                {"module": "com.zlt:ss-sso", "symbol": "com.sso.demo.controller.ApiController#getAccessToken(String)"},
                {"module": "com.zlt:zlt-uaa", "symbol": "x.Y#z()"}]}]}
            """;

    @Test
    void scoresClustersByMemberSetAndFindsCopiesOfTheScannedReactorOnly() throws Exception {
        RealCodeVerdicts verdicts = RealCodeVerdicts.read(Path.of("real-code-verdicts.json"));
        RealCodeVerdicts.Score score = verdicts.score(new ObjectMapper().readTree(REPORT));

        assertThat(score.clusters()).extracting(RealCodeVerdicts.Judged::verdict).containsExactly("real", "unjudged");
        assertThat(score.found()).extracting(RealCodeVerdicts.MustFind::name)
                .containsExactly("OAuth2ConfigurerUtils (identical, 180 lines each)");
        // the ss-sso/web-sso copy is of this reactor and no cluster holds both classes; AddrUtil's modules are absent
        assertThat(score.missed()).hasSize(1);
    }

    @Test
    void everyJudgedReactorHasVerdictsAndEveryVerdictIsKnown() throws Exception {
        RealCodeVerdicts verdicts = RealCodeVerdicts.read(Path.of("real-code-verdicts.json"));
        assertThat(verdicts.verdicts()).hasSizeGreaterThan(60);
        assertThat(verdicts.verdicts().values()).allMatch(RealCodeVerdicts.VERDICTS::contains);
    }

    @Test
    void roundTwoVerdictsAreReadWithTheirPairs() throws Exception {
        RealCodeVerdicts verdicts = RealCodeVerdicts.read(Path.of("real-code-verdicts.json"));
        // the entity/DTO copy the newer engine reported (round 2); read() has checked every pair's verdict and member
        assertThat(verdicts.verdicts()).containsEntry(Set.of(
                "com.zlt:zlt-uaa|com.central.oauth.model.Client",
                "com.zlt:zlt-auth-client-spring-boot-starter|com.central.oauth2.common.pojo.ClientDto"), "real");
    }
}
