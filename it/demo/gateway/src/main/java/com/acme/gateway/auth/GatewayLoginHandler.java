package com.acme.gateway.auth;

import com.acme.gateway.web.GatewayException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Handles {@code POST /login} for back-office staff accounts that live in the gateway
 * itself (the customer login is proxied to the users service).
 * <p>
 * Originally copied from the users service when the back office was split out; the
 * lockout rules are kept in sync with it by hand.
 */
public class GatewayLoginHandler {

    /**
     * Verifies a clear-text password against the stored hash. The gateway does not
     * hash passwords itself; staff passwords are provisioned by the identity team.
     */
    @FunctionalInterface
    public interface PasswordCheck {
        boolean matches(String password, String storedHash);
    }

    private static final Logger AUDIT = Logger.getLogger("com.acme.gateway.audit");

    private static final int MAX_FAILED_ATTEMPTS = 5;
    private static final Duration LOCKOUT_DURATION = Duration.ofMinutes(15);
    private static final Duration SESSION_TTL = Duration.ofHours(8);

    private final AccountStore accounts;
    private final PasswordCheck passwordCheck;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, LoginOutcome> sessions = new ConcurrentHashMap<>();

    public GatewayLoginHandler(AccountStore accounts, PasswordCheck passwordCheck, Clock clock) {
        this.accounts = accounts;
        this.passwordCheck = passwordCheck;
        this.clock = clock;
    }

    /**
     * Authenticates a staff member and opens a session.
     *
     * @param username      login name as typed
     * @param password      clear-text password from the login form
     * @param clientAddress remote address, for the audit trail
     * @return the new session
     * @throws GatewayException with 400, 401, 403 or 423 when the login is refused
     */
    public LoginOutcome authenticate(String username, String password, String clientAddress) {
        if (username == null || username.isBlank() || password == null) {
            audit("LOGIN_REJECTED", username, clientAddress, "missing credentials");
            throw new GatewayException(400, "MISSING_CREDENTIALS", "username and password are required");
        }
        String normalized = username.trim().toLowerCase(Locale.ROOT);
        Optional<GatewayAccount> found = accounts.findByUsername(normalized);
        if (found.isEmpty()) {
            audit("LOGIN_FAILED", normalized, clientAddress, "unknown user");
            throw new GatewayException(401, "INVALID_CREDENTIALS", "invalid credentials");
        }
        GatewayAccount account = found.get();
        if (!account.isEnabled()) {
            audit("LOGIN_FAILED", normalized, clientAddress, "account disabled");
            throw new GatewayException(403, "ACCOUNT_DISABLED", "account is disabled");
        }
        Instant now = clock.instant();
        if (account.getLockedUntil() != null && now.isBefore(account.getLockedUntil())) {
            audit("LOGIN_LOCKED", normalized, clientAddress, "locked until " + account.getLockedUntil());
            throw new GatewayException(423, "ACCOUNT_LOCKED", "account is temporarily locked");
        }
        if (!passwordCheck.matches(password, account.getPasswordHash())) {
            int attempts = account.getFailedAttempts() + 1;
            account.setFailedAttempts(attempts);
            if (attempts >= MAX_FAILED_ATTEMPTS) {
                account.setLockedUntil(now.plus(LOCKOUT_DURATION));
                account.setFailedAttempts(0);
            }
            accounts.update(account);
            audit("LOGIN_FAILED", normalized, clientAddress, "bad password, attempt " + attempts);
            throw new GatewayException(401, "INVALID_CREDENTIALS", "invalid credentials");
        }
        account.setFailedAttempts(0);
        account.setLockedUntil(null);
        accounts.update(account);
        byte[] tokenBytes = new byte[32];
        random.nextBytes(tokenBytes);
        String sessionToken = Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
        LoginOutcome outcome = new LoginOutcome(sessionToken, account.getUsername(), now.plus(SESSION_TTL));
        sessions.put(sessionToken, outcome);
        audit("LOGIN_SUCCEEDED", normalized, clientAddress, "session expires " + outcome.expiresAt());
        return outcome;
    }

    /** Returns the live session for a token, dropping it if it has expired. */
    public Optional<LoginOutcome> session(String sessionToken) {
        LoginOutcome outcome = sessions.get(sessionToken);
        if (outcome == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(outcome.expiresAt())) {
            sessions.remove(sessionToken);
            return Optional.empty();
        }
        return Optional.of(outcome);
    }

    private static void audit(String event, String username, String clientAddress, String detail) {
        AUDIT.info(String.format("event=%s user=%s client=%s detail=%s", event, username, clientAddress, detail));
    }
}
