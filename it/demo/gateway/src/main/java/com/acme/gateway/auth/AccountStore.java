package com.acme.gateway.auth;

import java.util.Optional;

/** Storage for back-office staff accounts. */
public interface AccountStore {

    Optional<GatewayAccount> findByUsername(String normalizedUsername);

    void update(GatewayAccount account);
}
