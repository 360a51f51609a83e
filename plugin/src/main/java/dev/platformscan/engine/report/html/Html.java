package dev.platformscan.engine.report.html;

/**
 * The report's one escaper: every piece of text that comes from a scan (identifiers, module and file
 * names, code, evidence, problems) goes through {@link #escape} before it enters the page, in element
 * content and in quoted attributes alike. The line and paragraph separators become character references
 * too, so no raw U+2028/U+2029 from a scan reaches the file.
 */
final class Html {

    private Html() {
    }

    /** Text made safe for element content and double- or single-quoted attribute values; null gives "". */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\u2028' -> "&#x2028;";
                case '\u2029' -> "&#x2029;";
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (entity != null) {
                    escaped.append(entity);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
