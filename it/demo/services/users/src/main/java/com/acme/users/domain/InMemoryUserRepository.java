package com.acme.users.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Repository used by local development and component tests. */
public class InMemoryUserRepository implements UserRepository {

    private final Map<Long, User> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(1000);

    @Override
    public Optional<User> findByUsername(String normalizedUsername) {
        return byId.values().stream()
                .filter(u -> normalizedUsername.equals(u.getUsername()))
                .findFirst();
    }

    @Override
    public Optional<User> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public User save(User user) {
        if (user.getId() == 0) {
            user.setId(sequence.incrementAndGet());
            user.setCreatedAt(Instant.now());
        }
        byId.put(user.getId(), user);
        return user;
    }
}
