package dev.platformscan.engine.classify;

import dev.platformscan.engine.RunSettings;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.cluster.CloneCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which capability labels a cluster when its copies show several: a real scan of two services that each send a
 * login SMS code and keep it in Redis (youlai-mall's {@code AuthService#sendLoginSmsCode} and its copy). Both copies
 * show caching (Redis, with a higher confidence: two strong signals) and verification codes (the name and the random
 * digits): what the code is called says what it is for.
 */
class CapabilityClassifierTest {
    @TempDir
    Path root;

    private static String smsSender(String pkg, String template) {
        return """
                package %s;

                import cn.hutool.core.util.RandomUtil;
                import org.springframework.data.redis.core.StringRedisTemplate;
                import java.util.concurrent.TimeUnit;

                public class SmsCodeService {
                    private StringRedisTemplate redisTemplate;
                    private SmsClient smsService;
                    private SmsProperties properties;

                    public boolean sendLoginSmsCode(String mobile) {
                        String templateCode = properties.getTemplateCodes().get("%s");
                        String code = RandomUtil.randomNumbers(4);
                        String templateParams = "{\\"code\\":\\"" + code + "\\"}";
                        boolean result = smsService.sendSms(mobile, templateCode, templateParams);
                        if (result) {
                            redisTemplate.opsForValue().set("sms:code:" + mobile, code, 5, TimeUnit.MINUTES);
                        }
                        return result;
                    }
                }
                """.formatted(pkg, template);
    }

    @Test
    void theCapabilityTheCopiesNamesSpeakForWinsOverAStrongerOneTheyOnlyUse() throws Exception {
        TestRepository repository = new TestRepository(root)
                .moduleWithSources("auth", List.of(smsSender("com.example.auth", "login")))
                .moduleWithSources("system", List.of(smsSender("com.example.system", "register")));
        ScanResult result = TestRepository.scan(ScanRequest.defaults(repository.root(), repository.modules())
                .withRun(RunSettings.DEFAULTS.withThreads(2)));

        CloneCluster cluster = result.copies().stream()
                .filter(c -> c.members().get(0).symbol().contains("SmsCodeService")).findFirst().orElseThrow();
        assertThat(cluster.members()).allSatisfy(member -> assertThat(member.capabilities())
                .extracting(CapabilityMatch::capability).contains("caching", "verification-code"));
        double caching = cluster.members().get(0).capabilities().stream()
                .filter(m -> m.capability().equals("caching")).findFirst().orElseThrow().confidence();
        double code = cluster.members().get(0).capabilities().stream()
                .filter(m -> m.capability().equals("verification-code")).findFirst().orElseThrow().confidence();
        assertThat(caching).as("caching is the more confident match").isGreaterThan(code);
        assertThat(cluster.capability().id()).isEqualTo("verification-code");
    }
}
