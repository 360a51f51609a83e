package com.example.beta;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Our own hasher. <img src=x onerror="window.__pwned=1"> */
public class PasswordHasher {
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String BANNER = "</script><script>window.__pwned=2</script>";
    private final SecureRandom random = new SecureRandom();

    // <img src=x onerror="window.__pwned=1"> copied from alpha
    public String hash(String secret) throws Exception {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        byte[] hash = derive(secret, salt, 210000);
        return "pbkdf2$" + Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(hash);
    }

    public boolean verify(String secret, String stored) throws Exception {
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !parts[0].equals("pbkdf2")) {
            throw new IllegalStateException("</script><script>window.__pwned=2</script> unknown format: " + BANNER);
        }
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        byte[] expected = Base64.getDecoder().decode(parts[2]);
        return MessageDigest.isEqual(expected, derive(secret, salt, 210000));
    }

    private byte[] derive(String secret, byte[] salt, int iterations) throws Exception {
        KeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
        SecretKeyFactory factory = SecretKeyFactory.getInstance(ALGORITHM);
        return factory.generateSecret(spec).getEncoded();
    }
}
