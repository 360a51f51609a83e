package com.acme.users.auth;

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
 * Verifies access tokens issued by this service when they come back on the
 * {@code /me} and {@code /sessions} endpoints.
 * <p>
 * Tokens are JWTs signed with HMAC-SHA256 using the service signing key from the
 * vault. See ADR-0007 for why we did not adopt an external JWT library.
 */
public class TokenVerifier {

    private static final String MAC_NAME = "HmacSHA256";

    private final byte[] signingKey;
    private final String issuer;
    private final Clock timeSource;

    public TokenVerifier(byte[] signingKey, String issuer, Clock timeSource) {
        if (signingKey == null || signingKey.length < 32) {
            throw new IllegalArgumentException("signing key too short");
        }
        this.signingKey = signingKey.clone();
        this.issuer = issuer;
        this.timeSource = timeSource;
    }

    /**
     * Checks signature and lifetime of {@code jwt} and returns the payload claims.
     *
     * @throws InvalidTokenException when the token must be rejected
     */
    public Map<String, Object> verify(String jwt) {
        if (jwt == null || jwt.isBlank()) {
            throw new InvalidTokenException("no token supplied");
        }
        String[] segments = jwt.trim().split("\\.");
        if (segments.length != 3) {
            throw new InvalidTokenException("token must have three segments, found " + segments.length);
        }
        Base64.Decoder b64 = Base64.getUrlDecoder();
        String header;
        String payload;
        byte[] providedSignature;
        try {
            header = new String(b64.decode(segments[0]), StandardCharsets.UTF_8);
            payload = new String(b64.decode(segments[1]), StandardCharsets.UTF_8);
            providedSignature = b64.decode(segments[2]);
        } catch (IllegalArgumentException ex) {
            throw new InvalidTokenException("bad base64url encoding", ex);
        }
        if (!header.replace(" ", "").contains("\"alg\":\"HS256\"")) {
            throw new InvalidTokenException("algorithm not allowed");
        }
        byte[] computed = computeSignature(segments[0] + "." + segments[1]);
        if (!slowEquals(computed, providedSignature)) {
            throw new InvalidTokenException("invalid signature");
        }
        Map<String, Object> payloadClaims = readClaims(payload);
        long nowSeconds = timeSource.instant().getEpochSecond();
        Object expiry = payloadClaims.get("exp");
        if (!(expiry instanceof Long) || nowSeconds >= (Long) expiry) {
            throw new InvalidTokenException("token has expired");
        }
        Object notBefore = payloadClaims.get("nbf");
        if (notBefore instanceof Long && nowSeconds < (Long) notBefore) {
            throw new InvalidTokenException("token is not active yet");
        }
        if (issuer != null && !issuer.equals(payloadClaims.get("iss"))) {
            throw new InvalidTokenException("wrong issuer: " + payloadClaims.get("iss"));
        }
        return payloadClaims;
    }

    private byte[] computeSignature(String data) {
        try {
            Mac hmac = Mac.getInstance(MAC_NAME);
            hmac.init(new SecretKeySpec(signingKey, MAC_NAME));
            return hmac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException("cannot compute HMAC", ex);
        }
    }

    // Constant-time comparison; do not replace with Arrays.equals.
    static boolean slowEquals(byte[] left, byte[] right) {
        if (left == null || right == null || left.length != right.length) {
            return false;
        }
        int result = 0;
        for (int idx = 0; idx < left.length; idx++) {
            result |= left[idx] ^ right[idx];
        }
        return result == 0;
    }

    // Minimal JSON object reader for the token payload.
    static Map<String, Object> readClaims(String text) {
        Map<String, Object> result = new LinkedHashMap<>();
        String src = text.trim();
        if (!src.startsWith("{") || !src.endsWith("}")) {
            throw new InvalidTokenException("payload is not an object");
        }
        int pos = 1;
        int last = src.length() - 1;
        while (pos < last) {
            char ch = src.charAt(pos);
            if (ch == ',' || Character.isWhitespace(ch)) {
                pos++;
                continue;
            }
            if (ch != '"') {
                throw new InvalidTokenException("unexpected '" + ch + "' in payload at " + pos);
            }
            int nameEnd = src.indexOf('"', pos + 1);
            String name = src.substring(pos + 1, nameEnd);
            pos = src.indexOf(':', nameEnd) + 1;
            while (Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
            if (src.charAt(pos) == '"') {
                StringBuilder sb = new StringBuilder();
                pos++;
                while (src.charAt(pos) != '"') {
                    if (src.charAt(pos) == '\\') {
                        pos++;
                    }
                    sb.append(src.charAt(pos));
                    pos++;
                }
                result.put(name, sb.toString());
                pos++;
            } else if (src.charAt(pos) == '[') {
                int closing = src.indexOf(']', pos);
                List<String> values = new ArrayList<>();
                for (String element : src.substring(pos + 1, closing).split(",")) {
                    String cleaned = element.trim();
                    if (!cleaned.isEmpty()) {
                        values.add(cleaned.replace("\"", ""));
                    }
                }
                result.put(name, values);
                pos = closing + 1;
            } else if (src.charAt(pos) == '{') {
                throw new InvalidTokenException("objects are not allowed in claims: " + name);
            } else {
                int stop = pos;
                while (stop < last && src.charAt(stop) != ',') {
                    stop++;
                }
                result.put(name, literal(src.substring(pos, stop).trim()));
                pos = stop;
            }
        }
        return result;
    }

    private static Object literal(String token) {
        switch (token) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                try {
                    return Long.parseLong(token);
                } catch (NumberFormatException ex) {
                    return Double.parseDouble(token);
                }
        }
    }
}
