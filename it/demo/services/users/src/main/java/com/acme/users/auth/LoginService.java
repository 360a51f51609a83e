package com.acme.users.auth;

import com.acme.users.domain.User;
import com.acme.users.domain.UserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Customer login: verifies credentials, enforces the lockout policy and opens a
 * session.
 * <p>
 * Lockout policy (agreed with Security, 2023-04): after {@value #MAX_FAILED_ATTEMPTS}
 * consecutive failures the account is locked for 15 minutes. Sessions last 12 hours.
 */
public class LoginService {

    static final int MAX_FAILED_ATTEMPTS = 5;
    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Duration SESSION_TTL = Duration.ofHours(12);

    /** Hash of a random password, used to equalise timing for unknown usernames. */
    private static final String DUMMY_HASH =
            "210000:c2FsdHNhbHRzYWx0c2FsdA==:y7ZyXzB3bq0zJ9uTOC1cvl8d3Rs1nEwHj8C4gHnq9zQ=";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public LoginService(UserRepository users, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Logs a customer in.
     *
     * @param username      e-mail or username as typed by the customer
     * @param password      clear-text password
     * @param remoteAddress client address, recorded in the audit log
     * @return the new session
     * @throws AuthenticationException if the login is refused for any reason
     */
    public Session login(String username, String password, String remoteAddress) {
        if (username == null || username.isBlank() || password == null) {
            audit.record("LOGIN_REJECTED", username, remoteAddress, "missing credentials");
            throw new AuthenticationException("username and password are required");
        }
        String normalized = username.trim().toLowerCase(Locale.ROOT);
        Optional<User> found = users.findByUsername(normalized);
        if (found.isEmpty()) {
            // Burn roughly the same time as a real verification so that response
            // timing does not reveal which usernames exist.
            hasher.verify(password, DUMMY_HASH);
            audit.record("LOGIN_FAILED", normalized, remoteAddress, "unknown user");
            throw new AuthenticationException("invalid credentials");
        }
        User user = found.get();
        Instant now = clock.instant();
        if (user.getLockedUntil() != null && now.isBefore(user.getLockedUntil())) {
            audit.record("LOGIN_LOCKED", normalized, remoteAddress, "locked until " + user.getLockedUntil());
            throw new AuthenticationException("account is temporarily locked");
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            int attempts = user.getFailedAttempts() + 1;
            user.setFailedAttempts(attempts);
            if (attempts >= MAX_FAILED_ATTEMPTS) {
                user.setLockedUntil(now.plus(LOCKOUT));
                user.setFailedAttempts(0);
            }
            users.save(user);
            audit.record("LOGIN_FAILED", normalized, remoteAddress, "bad password, attempt " + attempts);
            throw new AuthenticationException("invalid credentials");
        }
        user.setFailedAttempts(0);
        user.setLockedUntil(null);
        user.setLastLoginAt(now);
        users.save(user);
        byte[] tokenBytes = new byte[32];
        random.nextBytes(tokenBytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
        Session session = new Session(token, user.getId(), now, now.plus(SESSION_TTL));
        sessions.put(token, session);
        audit.record("LOGIN_SUCCEEDED", normalized, remoteAddress, "session expires " + session.expiresAt());
        return session;
    }

    /** Ends a session; unknown tokens are ignored. */
    public void logout(String token) {
        Session removed = sessions.remove(token);
        if (removed != null) {
            audit.record("LOGOUT", String.valueOf(removed.userId()), null, "session closed");
        }
    }

    /** Returns the session for a token if it exists and has not expired. */
    public Optional<Session> currentSession(String token) {
        Session session = sessions.get(token);
        if (session == null || session.isExpired(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }
}
