package com.acme.users.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.users.domain.InMemoryUserRepository;
import com.acme.users.domain.User;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AuthFlowTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /**
     * Builds a signed token the same way the token service does. Deliberately a copy:
     * tests must not share code with the implementation they check.
     */
    static String signToken(String payloadJson, byte[] key) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = encoder.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + payload;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + encoder.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void acceptsValidToken() {
        long exp = NOW.getEpochSecond() + 60;
        String token = signToken("{\"sub\":\"42\",\"iss\":\"users\",\"exp\":" + exp
                + ",\"roles\":[\"CUSTOMER\",\"B2B_BUYER\"],\"mfa\":true}", KEY);
        Map<String, Object> claims = new TokenVerifier(KEY, "users", CLOCK).verify(token);
        assertEquals("42", claims.get("sub"));
        assertEquals(List.of("CUSTOMER", "B2B_BUYER"), claims.get("roles"));
        assertEquals(Boolean.TRUE, claims.get("mfa"));
    }

    @Test
    void rejectsExpiredAndForgedTokens() {
        TokenVerifier verifier = new TokenVerifier(KEY, "users", CLOCK);
        String expired = signToken("{\"sub\":\"42\",\"iss\":\"users\",\"exp\":" + (NOW.getEpochSecond() - 1) + "}", KEY);
        assertThrows(InvalidTokenException.class, () -> verifier.verify(expired));
        byte[] otherKey = "ffffffffffffffffffffffffffffffff".getBytes(StandardCharsets.US_ASCII);
        String forged = signToken("{\"sub\":\"42\",\"iss\":\"users\",\"exp\":" + (NOW.getEpochSecond() + 60) + "}", otherKey);
        assertThrows(InvalidTokenException.class, () -> verifier.verify(forged));
    }

    @Test
    void hashesAndVerifiesPasswords() {
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash("correct horse battery staple");
        assertTrue(hasher.verify("correct horse battery staple", stored));
        assertFalse(hasher.verify("Tr0ub4dor&3", stored));
        assertFalse(hasher.needsRehash(stored));
    }

    @Test
    void locksAccountAfterRepeatedFailures() {
        InMemoryUserRepository repository = new InMemoryUserRepository();
        PasswordHasher hasher = new PasswordHasher();
        User user = new User();
        user.setUsername("alice");
        user.setPasswordHash(hasher.hash("s3cret!"));
        repository.save(user);
        LoginService login = new LoginService(repository, hasher, new AuditLog(), CLOCK);

        for (int i = 0; i < LoginService.MAX_FAILED_ATTEMPTS; i++) {
            assertThrows(AuthenticationException.class, () -> login.login("alice", "wrong", "10.0.0.1"));
        }
        AuthenticationException locked =
                assertThrows(AuthenticationException.class, () -> login.login("Alice", "s3cret!", "10.0.0.1"));
        assertTrue(locked.getMessage().contains("locked"));
        assertThrows(AuthenticationException.class, () -> login.login("nobody", "whatever", "10.0.0.1"));
    }

    @Test
    void opensSessionOnSuccess() {
        InMemoryUserRepository repository = new InMemoryUserRepository();
        PasswordHasher hasher = new PasswordHasher();
        User user = new User();
        user.setUsername("bob");
        user.setPasswordHash(hasher.hash("hunter22"));
        repository.save(user);
        LoginService login = new LoginService(repository, hasher, new AuditLog(), CLOCK);

        Session session = login.login(" Bob ", "hunter22", "10.0.0.2");
        assertEquals(user.getId(), session.userId());
        assertTrue(login.currentSession(session.token()).isPresent());
        login.logout(session.token());
        assertTrue(login.currentSession(session.token()).isEmpty());
    }
}
