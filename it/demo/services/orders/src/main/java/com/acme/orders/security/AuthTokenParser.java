package com.acme.orders.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Parses and checks the bearer token on every orders API call.
 * <p>
 * The orders service sits behind the gateway, which already validates tokens, but
 * internal batch jobs call us directly, so we validate again. Tolerates a little clock
 * skew between the job hosts and us.
 */
public class AuthTokenParser {

    private static final Logger LOG = Logger.getLogger(AuthTokenParser.class.getName());
    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final String BEARER_PREFIX = "Bearer ";

    private final byte[] key;
    private final String issuer;
    private final String audience;
    private final long leewaySeconds;
    private final Clock clock;

    public AuthTokenParser(byte[] key, String issuer, String audience, long leewaySeconds, Clock clock) {
        this.key = key.clone();
        this.issuer = issuer;
        this.audience = audience;
        this.leewaySeconds = leewaySeconds;
        this.clock = clock;
    }

    /**
     * Parses the value of an {@code Authorization} header (with or without the
     * {@code Bearer } prefix) and returns the verified claims.
     *
     * @throws AuthenticationFailedException if the token is not acceptable
     */
    public Map<String, Object> parse(String token) {
        if (token == null || token.isBlank()) {
            throw new AuthenticationFailedException("missing bearer token");
        }
        if (token.startsWith(BEARER_PREFIX)) {
            token = token.substring(BEARER_PREFIX.length());
        }
        String[] parts = token.trim().split("\\.");
        if (parts.length != 3) {
            throw new AuthenticationFailedException("malformed token (" + parts.length + " parts)");
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
            throw new AuthenticationFailedException("token is not base64url", e);
        }
        if (!headerJson.replace(" ", "").contains("\"alg\":\"HS256\"")) {
            throw new AuthenticationFailedException("only HS256 tokens are accepted");
        }
        byte[] expected = hmac(parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, signature)) {
            LOG.warning("rejected token with bad signature");
            throw new AuthenticationFailedException("signature mismatch");
        }
        Map<String, Object> claims = parsePayload(payloadJson);
        long now = clock.instant().getEpochSecond();
        Object exp = claims.get("exp");
        if (!(exp instanceof Long) || now - leewaySeconds >= (Long) exp) {
            throw new AuthenticationFailedException("token expired");
        }
        if (issuer != null && !issuer.equals(claims.get("iss"))) {
            throw new AuthenticationFailedException("unexpected issuer " + claims.get("iss"));
        }
        Object aud = claims.get("aud");
        boolean audienceOk = audience.equals(aud) || (aud instanceof List && ((List<?>) aud).contains(audience));
        if (!audienceOk) {
            throw new AuthenticationFailedException("token not issued for " + audience);
        }
        if (!(claims.get("sub") instanceof String)) {
            throw new AuthenticationFailedException("token has no subject");
        }
        return claims;
    }

    private byte[] hmac(String signingInput) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    // Copied from the gateway's validator (2022) and trimmed: we never see nested
    // objects, and every numeric claim we use is an integer.
    static Map<String, Object> parsePayload(String json) {
        Map<String, Object> claims = new HashMap<>();
        String body = json.trim();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            throw new AuthenticationFailedException("payload is not a JSON object");
        }
        int i = 1;
        int end = body.length() - 1;
        while (i < end) {
            char c = body.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
                continue;
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
                    items.add(item.trim().replace("\"", ""));
                }
                claims.put(key, items);
                i = close + 1;
            } else {
                int valueEnd = i;
                while (valueEnd < end && body.charAt(valueEnd) != ',') {
                    valueEnd++;
                }
                String raw = body.substring(i, valueEnd).trim();
                if (raw.equals("true") || raw.equals("false")) {
                    claims.put(key, Boolean.valueOf(raw));
                } else if (!raw.equals("null")) {
                    claims.put(key, Long.parseLong(raw));
                }
                i = valueEnd;
            }
        }
        return claims;
    }
}
