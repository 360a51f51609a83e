package dev.platformscan.engine.classify;

import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.Units;
import dev.platformscan.engine.parse.CodeUnit;
import dev.platformscan.rules.RuleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each built-in rule on a real-looking snippet that has the capability, and on near misses that don't. */
class BuiltInRulesTest {
    private static final CapabilityMatcher MATCHER = new CapabilityMatcher(RuleLoader.builtIn());

    private static List<String> capabilities(String source, String symbol) {
        CodeUnit unit = new dev.platformscan.engine.parse.JavaSourceParser(1, 1, MATCHER)
                .parse(Units.sourceFile(source)).units().stream().filter(u -> u.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + symbol));
        return unit.capabilities().stream().map(CapabilityMatch::capability).toList();
    }

    static Stream<Arguments> positives() {
        return Stream.of(
            Arguments.of("authentication", """
                import org.springframework.security.core.userdetails.*;
                class AccountDetails implements UserDetailsService {
                    public UserDetails loadUserByUsername(String username) {
                        Account account = accounts.find(username);
                        if (account == null) { throw new UsernameNotFoundException("bad credentials"); }
                        return User.withUsername(username).password(account.hash()).build();
                    }
                }""", "AccountDetails"),
            Arguments.of("login-session", """
                class SignIn {
                    Session login(String user, String password) {
                        if (failedAttempts.get(user) > 5) { throw new IllegalStateException("account is locked"); }
                        if (!hasher.verify(password, store.hash(user))) { throw new IllegalArgumentException("invalid credentials"); }
                        return new Session(UUID.randomUUID().toString(), clock.instant().plusSeconds(1800));
                    }
                }""", "SignIn#login(String, String)"),
            Arguments.of("token-jwt", """
                import io.jsonwebtoken.*;
                class Tokens {
                    Claims parse(String header) {
                        String token = header.substring("Bearer ".length());
                        return Jwts.parser().setSigningKey(key).build().parseClaimsJws(token).getBody();
                    }
                }""", "Tokens#parse(String)"),
            Arguments.of("password-hashing", """
                import javax.crypto.SecretKeyFactory; import javax.crypto.spec.PBEKeySpec;
                class Hasher {
                    byte[] hash(char[] password, byte[] salt) throws Exception {
                        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
                        return factory.generateSecret(new PBEKeySpec(password, salt, 210000, 256)).getEncoded();
                    }
                }""", "Hasher#hash(char[], byte[])"),
            Arguments.of("authorization", """
                class Orders {
                    @PreAuthorize("hasRole('ADMIN')")
                    void cancel(long id) { if (!user.hasPermission("orders:cancel")) throw new AccessDeniedException("forbidden"); }
                }""", "Orders#cancel(long)"),
            Arguments.of("data-access", """
                import java.sql.*;
                class Dao {
                    int count(Connection connection) throws SQLException {
                        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM orders")) {
                            ResultSet rows = statement.executeQuery(); rows.next(); return rows.getInt(1);
                        }
                    }
                }""", "Dao#count(Connection)"),
            Arguments.of("http-client", """
                import java.net.http.*;
                class Client {
                    String get(HttpClient client, String url) throws Exception {
                        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(url)).header("Accept", "application/json").build();
                        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
                    }
                }""", "Client#get(HttpClient, String)"),
            Arguments.of("caching", """
                import com.github.benmanes.caffeine.cache.*;
                class Prices {
                    private final Cache<String, Long> cache = Caffeine.newBuilder().expireAfterWrite(java.time.Duration.ofMinutes(5)).build();
                    long price(String sku) { return cache.get(sku, this::load); }
                }""", "Prices"),
            Arguments.of("messaging", """
                import org.apache.kafka.clients.producer.*;
                class Events {
                    void publish(KafkaProducer<String, String> producer, String orderId) {
                        producer.send(new ProducerRecord<>("orders", orderId, "created"));
                    }
                }""", "Events#publish(KafkaProducer, String)"),
            Arguments.of("input-validation", """
                class Signup {
                    void check(Form form, Errors errors) {
                        if (form.email() == null || !form.email().matches(".+@.+")) { errors.reject("email", "invalid email"); }
                        if (form.name().isBlank()) { errors.reject("name", "name is required"); }
                    }
                }""", "Signup#check(Form, Errors)"),
            Arguments.of("error-handling", """
                class Advice {
                    @ExceptionHandler(IllegalStateException.class)
                    ResponseEntity<String> conflict(IllegalStateException e) {
                        return ResponseEntity.status(HttpStatus.CONFLICT).body("{\\"error\\": \\"" + e.getMessage() + "\\"}");
                    }
                }""", "Advice#conflict(IllegalStateException)"),
            Arguments.of("configuration", """
                class Settings {
                    String databaseUrl() {
                        String fromEnv = System.getenv("DATABASE_URL");
                        return fromEnv != null ? fromEnv : System.getProperty("db.url", "jdbc:h2:mem:test");
                    }
                }""", "Settings#databaseUrl()"),
            Arguments.of("audit-logging", """
                class AuditTrail {
                    void recordEvent(String actor, String action) {
                        MDC.put("actor", actor);
                        log.info("audit action=" + action + " actor=" + actor);
                    }
                }""", "AuditTrail#recordEvent(String, String)"),
            Arguments.of("json-serialization", """
                import com.fasterxml.jackson.databind.ObjectMapper;
                class Codec {
                    String write(Object value) throws Exception { return new ObjectMapper().writeValueAsString(value); }
                }""", "Codec#write(Object)"),
            Arguments.of("file-storage", """
                import software.amazon.awssdk.services.s3.S3Client;
                class Uploads {
                    void upload(S3Client s3, String bucket, java.nio.file.Path file) {
                        s3.putObject(b -> b.bucket(bucket).key(file.getFileName().toString()), file);
                    }
                }""", "Uploads#upload(S3Client, String, java.nio.file.Path)"),
            Arguments.of("scheduling-retry", """
                class Jobs {
                    @Scheduled(cron = "0 0 * * * *")
                    void retryFailedPayments() { for (int attempt = 0; attempt < 3; attempt++) { if (pay()) return; } }
                }""", "Jobs#retryFailedPayments()"),
            Arguments.of("email-notification", """
                import jakarta.mail.*; import jakarta.mail.internet.*;
                class Mailer {
                    void sendWelcome(Session session, String recipient) throws Exception {
                        MimeMessage message = new MimeMessage(session);
                        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient));
                        message.setSubject("Welcome"); Transport.send(message);
                    }
                }""", "Mailer#sendWelcome(Session, String)"),
            Arguments.of("rate-limiting", """
                class Throttle {
                    boolean allow(String client) {
                        if (!limiter.tryAcquire()) { response.setStatus(429); response.setHeader("Retry-After", "1"); return false; }
                        return true;
                    }
                }""", "Throttle#allow(String)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void eachBuiltInRuleRecognisesItsCapability(String capability, String source, String symbol) {
        assertThat(capabilities(source, symbol)).contains(capability);
    }

    @Test
    void ordinaryBusinessCodeHasNoCapability() {
        assertThat(capabilities(TestRepository.resource("clones/Unrelated.java"),
                "com.example.pricing.PriceCalculator#total(List, BigDecimal, String)")).isEmpty();
    }

    @Test
    void aSingleWeakSignalIsNotEnough() {
        // a name alone does not make password hashing, a Logger alone does not make auditing
        assertThat(capabilities("class PasswordPolicy { boolean longEnough(String password) { return password.length() >= 12; } }",
                "PasswordPolicy#longEnough(String)")).doesNotContain("password-hashing");
        assertThat(capabilities("class Pricing { long total(long a) { log.info(\"total\"); return a * 2; } }",
                "Pricing#total(long)")).doesNotContain("audit-logging");
        // a Java method named 'send' on an unknown receiver is not messaging by itself
        assertThat(capabilities("class Mail { void send(Object o) { if (o != null) { queue.send(o.toString().trim()); } } }", "Mail#send(Object)"))
                .doesNotContain("messaging");
    }
}
