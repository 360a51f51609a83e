package dev.platformscan.engine.report.html;

/**
 * JSON that goes inside {@code <script type="application/json">}: the characters that could end the
 * element or confuse a JavaScript parser ({@code < > &}, U+2028, U+2029) are written as \\uXXXX escapes.
 * They can only occur inside JSON strings, where the escape means the same character.
 */
final class ScriptData {

    private ScriptData() {
    }

    static String escape(String json) {
        StringBuilder escaped = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> escaped.append(String.format("\\u%04x", (int) c));
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
