package com.acme.billing.portal;

import com.acme.billing.security.CredentialHasher;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in for the merchant portal.
 * <p>
 * Throttling works on a sliding window: more than {@code maxFailures} failed
 * attempts within {@code window} block further attempts until the oldest failure
 * leaves the window. Results are returned as values rather than exceptions because
 * the portal's form controller renders every outcome differently.
 */
public class MerchantSignIn {

    /** Outcome of a sign-in attempt. */
    public enum Status { SIGNED_IN, INVALID, THROTTLED, SUSPENDED }

    /** Result of {@link #signIn(String, char[])}; {@code ticket} is set only when signed in. */
    public record Result(Status status, String ticket, Instant validUntil) {
        static Result of(Status status) {
            return new Result(status, null, null);
        }
    }

    private static final System.Logger SECURITY_LOG = System.getLogger("acme.billing.security");

    private final Map<String, MerchantAccount> accountsByEmail;
    private final CredentialHasher hasher;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration ticketLifetime;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Result> tickets = new ConcurrentHashMap<>();

    public MerchantSignIn(Map<String, MerchantAccount> accountsByEmail, CredentialHasher hasher, Clock clock) {
        this(accountsByEmail, hasher, clock, 10, Duration.ofMinutes(30), Duration.ofMinutes(45));
    }

    public MerchantSignIn(Map<String, MerchantAccount> accountsByEmail, CredentialHasher hasher, Clock clock,
                          int maxFailures, Duration window, Duration ticketLifetime) {
        this.accountsByEmail = accountsByEmail;
        this.hasher = hasher;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.ticketLifetime = ticketLifetime;
    }

    /**
     * Attempts to sign a merchant in. The password array is cleared before returning.
     */
    public Result signIn(String email, char[] password) {
        String key = email == null ? "" : email.strip().toLowerCase();
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        Result result;
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.pollFirst();
            }
            MerchantAccount account = accountsByEmail.get(key);
            boolean passwordOk = account != null
                    && hasher.verify(new String(password), account.getPasswordHash());
            java.util.Arrays.fill(password, ' ');
            if (recent.size() >= maxFailures) {
                result = Result.of(Status.THROTTLED);
            } else if (!passwordOk) {
                recent.addLast(now);
                result = Result.of(Status.INVALID);
            } else if (account.isSuspended()) {
                result = Result.of(Status.SUSPENDED);
            } else {
                recent.clear();
                result = new Result(Status.SIGNED_IN, UUID.randomUUID().toString(), now.plus(ticketLifetime));
                tickets.put(result.ticket(), result);
            }
        }
        SECURITY_LOG.log(result.status() == Status.SIGNED_IN ? Level.INFO : Level.WARNING,
                "merchant sign-in {0} for {1}", result.status(), key);
        return result;
    }

    /** Whether a ticket handed out by {@link #signIn} is still valid. */
    public boolean isValid(String ticket) {
        Result issued = ticket == null ? null : tickets.get(ticket);
        return issued != null && clock.instant().isBefore(issued.validUntil());
    }
}
