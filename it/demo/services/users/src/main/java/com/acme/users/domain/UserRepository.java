package com.acme.users.domain;

import java.util.Optional;

/** Persistence port for customer accounts. */
public interface UserRepository {

    Optional<User> findByUsername(String normalizedUsername);

    Optional<User> findById(long id);

    User save(User user);
}
