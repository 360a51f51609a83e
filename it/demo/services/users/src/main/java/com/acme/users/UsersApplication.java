package com.acme.users;

import com.acme.users.auth.AuditLog;
import com.acme.users.auth.LoginService;
import com.acme.users.auth.PasswordHasher;
import com.acme.users.auth.Session;
import com.acme.users.domain.InMemoryUserRepository;
import com.acme.users.domain.User;
import java.time.Clock;

/**
 * Boots the users service with an in-memory repository and a demo account. Used by
 * {@code make run-users} for local development only.
 */
public final class UsersApplication {

    private UsersApplication() {
    }

    public static void main(String[] args) {
        InMemoryUserRepository repository = new InMemoryUserRepository();
        PasswordHasher hasher = new PasswordHasher();

        User demo = new User();
        demo.setUsername("demo");
        demo.setEmail("demo@acme.example");
        demo.setPasswordHash(hasher.hash("demo-password"));
        repository.save(demo);

        LoginService login = new LoginService(repository, hasher, new AuditLog(), Clock.systemUTC());
        Session session = login.login("demo", "demo-password", "127.0.0.1");
        System.out.println("users service ready; demo session " + session);
    }
}
