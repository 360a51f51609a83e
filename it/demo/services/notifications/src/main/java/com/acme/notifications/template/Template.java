package com.acme.notifications.template;

/**
 * A message template as maintained by CRM in the template admin.
 *
 * @param key     template key, e.g. {@code order.shipped}
 * @param locale  BCP 47 language tag
 * @param subject subject line (e-mail and push only)
 * @param body    body with {@code {{variable}}} placeholders and
 *                {@code {{#if variable}}...{{/if}}} sections
 */
public record Template(String key, String locale, String subject, String body) {
}
