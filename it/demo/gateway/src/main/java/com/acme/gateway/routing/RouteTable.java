package com.acme.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Longest-prefix-match routing table for the edge gateway.
 * <p>
 * Routes are kept sorted by descending prefix length so that {@code /api/orders/admin}
 * wins over {@code /api/orders}. The table is rebuilt on every configuration reload and
 * is immutable afterwards.
 */
public final class RouteTable {

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = routes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the route for a request path.
     *
     * @param path the request path, without query string
     * @return the most specific matching route
     */
    public Optional<Route> resolve(String path) {
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.equals(prefix)
                    || (path.startsWith(prefix) && (prefix.endsWith("/") || path.charAt(prefix.length()) == '/'))) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /**
     * Computes the upstream URI for a request that matched {@code route}.
     */
    public URI upstreamUri(Route route, String path, String query) {
        String remainder = route.stripPrefix() ? path.substring(route.prefix().length()) : path;
        if (remainder.isEmpty()) {
            remainder = "/";
        }
        String base = route.upstream().toString();
        if (base.endsWith("/") && remainder.startsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + remainder + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    public int size() {
        return routes.size();
    }

    /** Collects routes and rejects duplicate prefixes. */
    public static final class Builder {

        private final List<Route> routes = new ArrayList<>();

        public Builder route(String prefix, String upstream, boolean stripPrefix, boolean requiresAuth) {
            for (Route existing : routes) {
                if (existing.prefix().equals(prefix)) {
                    throw new IllegalStateException("duplicate route prefix " + prefix);
                }
            }
            routes.add(new Route(prefix, URI.create(upstream), stripPrefix, requiresAuth));
            return this;
        }

        public RouteTable build() {
            List<Route> sorted = new ArrayList<>(routes);
            sorted.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
            return new RouteTable(List.copyOf(sorted));
        }
    }
}
