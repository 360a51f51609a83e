package com.acme.gateway.routing;

import java.net.URI;

/**
 * A routing rule: requests whose path starts with {@code prefix} are forwarded to
 * {@code upstream}, optionally stripping the prefix.
 *
 * @param prefix        path prefix, always starting with {@code /}
 * @param upstream      base URI of the upstream service
 * @param stripPrefix   whether to remove the prefix before forwarding
 * @param requiresAuth  whether a valid bearer token is required
 */
public record Route(String prefix, URI upstream, boolean stripPrefix, boolean requiresAuth) {

    public Route {
        if (prefix == null || !prefix.startsWith("/")) {
            throw new IllegalArgumentException("route prefix must start with '/': " + prefix);
        }
    }
}
