package dev.platformscan.engine.report.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's Content-Security-Policy: nothing may load from anywhere, and only the report's own
 * inline script and style (allowed by their SHA-256 hashes) may run. Scan text that slipped through
 * escaping still could not execute.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /**
     * The policy for one inline script and the inline styles, exactly as they appear between their tags
     * (a style inside {@code <noscript>} applies when scripts are off, and needs its hash too).
     */
    static String policy(String script, String... styles) {
        StringBuilder styleSources = new StringBuilder();
        for (String style : styles) {
            styleSources.append(" '").append(sha256(style)).append('\'');
        }
        return "default-src 'none'; script-src '" + sha256(script) + "'; style-src" + styleSources
                + "; img-src data:; base-uri 'none'; form-action 'none'";
    }

    /** "sha256-&lt;base64&gt;" of the UTF-8 bytes, the form CSP source lists use. */
    static String sha256(String inlineContent) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inlineContent.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
