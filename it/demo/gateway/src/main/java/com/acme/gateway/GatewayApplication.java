package com.acme.gateway;

import com.acme.gateway.routing.Route;
import com.acme.gateway.routing.RouteTable;
import java.util.logging.Logger;

/**
 * Entry point of the edge gateway. The real HTTP server is wired by the platform
 * runtime; this class only assembles the routing table and prints it for ops.
 */
public final class GatewayApplication {

    private static final Logger LOG = Logger.getLogger(GatewayApplication.class.getName());

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        String env = args.length > 0 ? args[0] : "local";
        String host = "local".equals(env) ? "http://localhost" : "http://" + env + ".svc.acme.internal";
        RouteTable routes = RouteTable.builder()
                .route("/api/users", host + ":8081", true, true)
                .route("/api/login", host + ":8081/login", true, false)
                .route("/api/orders", host + ":8082", true, true)
                .route("/api/invoices", host + ":8083", true, true)
                .route("/api/stock", host + ":8084", true, false)
                .build();
        LOG.info("Gateway starting in environment '" + env + "' with " + routes.size() + " routes");
        for (String probe : new String[] {"/api/users/42", "/api/orders", "/health"}) {
            String target = routes.resolve(probe).map(Route::upstream).map(Object::toString).orElse("<none>");
            LOG.info(probe + " -> " + target);
        }
    }
}
