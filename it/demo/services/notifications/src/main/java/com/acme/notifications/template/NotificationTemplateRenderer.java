package com.acme.notifications.template;

import com.acme.notifications.model.Channel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders CRM templates. Supports a deliberately tiny subset of Mustache:
 * {@code {{name}}} substitution (HTML-escaped for e-mail) and one level of
 * {@code {{#if name}}...{{/if}}} conditional sections.
 * <p>
 * Template lookup falls back from {@code de-AT} to {@code de} to {@code en}.
 */
public class NotificationTemplateRenderer {

    private static final String FALLBACK_LOCALE = "en";

    private final Map<String, Template> templates = new HashMap<>();

    public void register(Template template) {
        templates.put(template.key() + "/" + template.locale(), template);
    }

    public Optional<Template> lookup(String key, String localeTag) {
        Locale locale = Locale.forLanguageTag(localeTag == null ? FALLBACK_LOCALE : localeTag);
        for (String candidate : new String[] {locale.toLanguageTag(), locale.getLanguage(), FALLBACK_LOCALE}) {
            Template template = templates.get(key + "/" + candidate);
            if (template != null) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /**
     * Renders the body of a template for a channel.
     *
     * @throws IllegalArgumentException if a referenced variable is missing
     */
    public String render(Template template, Map<String, String> variables, Channel channel) {
        String body = template.body();
        StringBuilder out = new StringBuilder(body.length() + 64);
        int i = 0;
        while (i < body.length()) {
            int open = body.indexOf("{{", i);
            if (open < 0) {
                out.append(body, i, body.length());
                break;
            }
            out.append(body, i, open);
            int close = body.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalArgumentException("unterminated tag in template " + template.key());
            }
            String tag = body.substring(open + 2, close).trim();
            if (tag.startsWith("#if ")) {
                String name = tag.substring(4).trim();
                int end = body.indexOf("{{/if}}", close);
                if (end < 0) {
                    throw new IllegalArgumentException("missing {{/if}} for " + name + " in " + template.key());
                }
                String value = variables.get(name);
                if (value != null && !value.isEmpty()) {
                    Template section = new Template(template.key(), template.locale(), null, body.substring(close + 2, end));
                    out.append(render(section, variables, channel));
                }
                i = end + "{{/if}}".length();
            } else {
                if (!variables.containsKey(tag)) {
                    throw new IllegalArgumentException("template " + template.key() + " needs variable " + tag);
                }
                String value = variables.get(tag);
                out.append(channel == Channel.EMAIL ? htmlEscape(value) : value);
                i = close + 2;
            }
        }
        if (out.length() > channel.maxBodyLength()) {
            out.setLength(channel.maxBodyLength() - 1);
            out.append('\u2026');
        }
        return out.toString();
    }

    private static String htmlEscape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
