package com.acme.gateway.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Account store backed by a map; staff accounts are loaded from the deployment
 * descriptor at start-up, so there is no database behind the gateway.
 */
public class InMemoryAccountStore implements AccountStore {

    private final Map<String, GatewayAccount> accounts = new ConcurrentHashMap<>();

    public void add(GatewayAccount account) {
        accounts.put(account.getUsername(), account);
    }

    @Override
    public Optional<GatewayAccount> findByUsername(String normalizedUsername) {
        return Optional.ofNullable(accounts.get(normalizedUsername));
    }

    @Override
    public void update(GatewayAccount account) {
        accounts.put(account.getUsername(), account);
    }

    public int size() {
        return accounts.size();
    }
}
