package com.acme.gateway.auth;

import java.time.Instant;
import java.util.Objects;

/** A back-office staff account. */
public class GatewayAccount {

    private String username;
    private String passwordHash;
    private boolean enabled = true;
    private int failedAttempts;
    private Instant lockedUntil;

    public GatewayAccount() {
    }

    public GatewayAccount(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public void setFailedAttempts(int failedAttempts) {
        this.failedAttempts = failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return Objects.equals(username, ((GatewayAccount) o).username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }

    @Override
    public String toString() {
        return "GatewayAccount{username='" + username + "', enabled=" + enabled
                + ", failedAttempts=" + failedAttempts + ", lockedUntil=" + lockedUntil + '}';
    }
}
