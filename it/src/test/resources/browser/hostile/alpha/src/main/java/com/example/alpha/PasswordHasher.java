package com.example.alpha;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Hashes passwords. <img src=x onerror="window.__pwned=1"> */
public class PasswordHasher {
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String BANNER = "</script><script>window.__pwned=2</script>";
    private final SecureRandom random = new SecureRandom();

    // <img src=x onerror="window.__pwned=1">
    public String hash(String password) throws Exception {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, 120000);
        return "pbkdf2$" + Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(hash);
    }

    public boolean verify(String password, String stored) throws Exception {
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !parts[0].equals("pbkdf2")) {
            throw new IllegalArgumentException("</script><script>window.__pwned=2</script> bad hash: " + BANNER);
        }
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        byte[] expected = Base64.getDecoder().decode(parts[2]);
        byte[] actual = derive(password, salt, 120000);
        return MessageDigest.isEqual(expected, actual);
    }

    private byte[] derive(String password, byte[] salt, int iterations) throws Exception {
        KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        SecretKeyFactory factory = SecretKeyFactory.getInstance(ALGORITHM);
        return factory.generateSecret(spec).getEncoded();
    }
}
