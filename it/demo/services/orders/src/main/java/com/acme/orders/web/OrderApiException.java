package com.acme.orders.web;

/** Business error of the orders API with an explicit status and error code. */
public class OrderApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorCode;

    public OrderApiException(int httpStatus, String errorCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public static OrderApiException conflict(String message) {
        return new OrderApiException(409, "ORDER_STATE_CONFLICT", message);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String errorCode() {
        return errorCode;
    }
}
