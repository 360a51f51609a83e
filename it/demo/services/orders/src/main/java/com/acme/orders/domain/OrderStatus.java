package com.acme.orders.domain;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of an order. */
public enum OrderStatus {
    PLACED,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    /** Statuses this status may move to. */
    public Set<OrderStatus> successors() {
        switch (this) {
            case PLACED:
                return EnumSet.of(PAID, CANCELLED);
            case PAID:
                return EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED:
                return EnumSet.of(DELIVERED);
            default:
                return EnumSet.noneOf(OrderStatus.class);
        }
    }

    public boolean canMoveTo(OrderStatus next) {
        return successors().contains(next);
    }
}
