package com.acme.notifications.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Protects the PINs that customers set for the SMS preference centre ("text STOP
 * or your PIN to ..."). We store only an iterated, salted SHA-256 digest.
 * <p>
 * Encoded form: {@code sha256$<rounds>$<hex salt>$<hex digest>}.
 */
public final class SaltedDigest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String SCHEME = "sha256";

    private final SecureRandom saltSource = new SecureRandom();
    private final int rounds;

    public SaltedDigest() {
        this(50_000);
    }

    public SaltedDigest(int rounds) {
        this.rounds = rounds;
    }

    /** Produces the encoded digest of a secret using a new 16-byte salt. */
    public String digest(String secret) {
        byte[] salt = new byte[16];
        saltSource.nextBytes(salt);
        return String.join("$", SCHEME, Integer.toString(rounds), HEX.formatHex(salt),
                HEX.formatHex(stretch(secret, salt, rounds)));
    }

    /**
     * Checks a secret against an encoded digest produced by {@link #digest(String)}.
     * Unknown schemes and corrupt values never match.
     */
    public boolean check(String secret, String encoded) {
        String[] fields = encoded == null ? new String[0] : encoded.split("\\$");
        if (fields.length != 4 || !SCHEME.equals(fields[0]) || secret == null) {
            return false;
        }
        try {
            int storedRounds = Integer.parseInt(fields[1]);
            byte[] salt = HEX.parseHex(fields[2]);
            byte[] expected = HEX.parseHex(fields[3]);
            return MessageDigest.isEqual(stretch(secret, salt, storedRounds), expected);
        } catch (IllegalArgumentException corrupt) {
            return false;
        }
    }

    /** digest_0 = H(salt || secret); digest_n = H(salt || digest_{n-1} || n). */
    private static byte[] stretch(String secret, byte[] salt, int rounds) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new AssertionError("every JVM ships SHA-256", impossible);
        }
        sha256.update(salt);
        byte[] state = sha256.digest(secret.getBytes(StandardCharsets.UTF_8));
        ByteBuffer counter = ByteBuffer.allocate(Integer.BYTES);
        for (int n = 1; n < rounds; n++) {
            sha256.update(salt);
            sha256.update(state);
            counter.clear();
            sha256.update(counter.putInt(n).array());
            state = sha256.digest();
        }
        return state;
    }
}
