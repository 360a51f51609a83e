package com.acme.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Validates the HS256-signed JSON Web Tokens presented to the edge gateway.
 * <p>
 * We deliberately do not pull in a JWT library here: the gateway image has to stay
 * small and the token format issued by the identity team is fixed (HS256, flat
 * claims, optional string arrays for roles). If that ever changes, revisit this.
 */
public final class JwtValidator {

    private static final String HMAC_ALGORITHM = "HmacSHA256";

    private final byte[] secret;
    private final String expectedIssuer;
    private final Clock clock;

    /**
     * @param secret         shared HMAC key, at least 32 bytes
     * @param expectedIssuer required {@code iss} claim, or {@code null} to accept any issuer
     * @param clock          clock used for {@code exp}/{@code nbf} checks
     */
    public JwtValidator(byte[] secret, String expectedIssuer, Clock clock) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("HS256 secret must be at least 256 bits");
        }
        this.secret = secret.clone();
        this.expectedIssuer = expectedIssuer;
        this.clock = clock;
    }

    /**
     * Validates a compact-serialised token and returns its claims.
     *
     * @param token the raw token, without the {@code Bearer } prefix
     * @return the verified claims
     * @throws TokenValidationException if the token is malformed, forged, expired or not yet valid
     */
    public Map<String, Object> validate(String token) {
        if (token == null || token.isBlank()) {
            throw new TokenValidationException("missing token");
        }
        String[] parts = token.trim().split("\\.");
        if (parts.length != 3) {
            throw new TokenValidationException("malformed token: expected 3 segments but got " + parts.length);
        }
        Base64.Decoder decoder = Base64.getUrlDecoder();
        String headerJson;
        String payloadJson;
        byte[] signature;
        try {
            headerJson = new String(decoder.decode(parts[0]), StandardCharsets.UTF_8);
            payloadJson = new String(decoder.decode(parts[1]), StandardCharsets.UTF_8);
            signature = decoder.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new TokenValidationException("token is not valid base64url", e);
        }
        if (!headerJson.replace(" ", "").contains("\"alg\":\"HS256\"")) {
            throw new TokenValidationException("unsupported signing algorithm");
        }
        byte[] expected = hmacSha256(parts[0] + "." + parts[1]);
        if (!constantTimeEquals(expected, signature)) {
            throw new TokenValidationException("signature mismatch");
        }
        Map<String, Object> claims = parseClaims(payloadJson);
        long now = clock.instant().getEpochSecond();
        Object exp = claims.get("exp");
        if (!(exp instanceof Long) || now >= (Long) exp) {
            throw new TokenValidationException("token expired or has no exp claim");
        }
        Object nbf = claims.get("nbf");
        if (nbf instanceof Long && now < (Long) nbf) {
            throw new TokenValidationException("token not valid before " + nbf);
        }
        if (expectedIssuer != null && !expectedIssuer.equals(claims.get("iss"))) {
            throw new TokenValidationException("unexpected issuer " + claims.get("iss"));
        }
        return claims;
    }

    private byte[] hmacSha256(String signingInput) {
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(new SecretKeySpec(secret, HMAC_ALGORITHM));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * Compares two byte arrays in time that depends only on their length, so that an
     * attacker cannot learn the expected signature byte by byte.
     */
    static boolean constantTimeEquals(byte[] a, byte[] b) {
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff |= a[i] ^ b[i];
        }
        return diff == 0;
    }

    /**
     * Parses the flat JSON object found in the token payload. Supports string, number,
     * boolean and null values plus arrays of strings; nested objects are not used by
     * the identity team and are rejected.
     */
    static Map<String, Object> parseClaims(String json) {
        Map<String, Object> claims = new LinkedHashMap<>();
        String body = json.trim();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            throw new TokenValidationException("claims are not a JSON object");
        }
        int i = 1;
        int end = body.length() - 1;
        while (i < end) {
            char c = body.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c != '"') {
                throw new TokenValidationException("unexpected character '" + c + "' at offset " + i);
            }
            int keyEnd = body.indexOf('"', i + 1);
            String key = body.substring(i + 1, keyEnd);
            i = body.indexOf(':', keyEnd) + 1;
            while (Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (body.charAt(i) == '"') {
                StringBuilder value = new StringBuilder();
                i++;
                while (body.charAt(i) != '"') {
                    if (body.charAt(i) == '\\') {
                        i++;
                    }
                    value.append(body.charAt(i));
                    i++;
                }
                claims.put(key, value.toString());
                i++;
            } else if (body.charAt(i) == '[') {
                int close = body.indexOf(']', i);
                List<String> items = new ArrayList<>();
                for (String item : body.substring(i + 1, close).split(",")) {
                    String trimmed = item.trim();
                    if (!trimmed.isEmpty()) {
                        items.add(trimmed.replace("\"", ""));
                    }
                }
                claims.put(key, items);
                i = close + 1;
            } else if (body.charAt(i) == '{') {
                throw new TokenValidationException("nested claim objects are not supported: " + key);
            } else {
                int valueEnd = i;
                while (valueEnd < end && body.charAt(valueEnd) != ',') {
                    valueEnd++;
                }
                claims.put(key, toScalar(body.substring(i, valueEnd).trim()));
                i = valueEnd;
            }
        }
        return claims;
    }

    private static Object toScalar(String raw) {
        switch (raw) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                try {
                    return Long.parseLong(raw);
                } catch (NumberFormatException e) {
                    return Double.parseDouble(raw);
                }
        }
    }
}
