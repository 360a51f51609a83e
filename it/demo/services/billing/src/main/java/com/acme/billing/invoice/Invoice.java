package com.acme.billing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An invoice as stored in the receivables ledger. */
public class Invoice {

    private String number;
    private long orderId;
    private long customerId;
    private BigDecimal netAmount;
    private BigDecimal taxAmount;
    private String currency;
    private InvoiceStatus status = InvoiceStatus.DRAFT;
    private LocalDate issuedOn;
    private LocalDate dueOn;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public long getOrderId() {
        return orderId;
    }

    public void setOrderId(long orderId) {
        this.orderId = orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public void setNetAmount(BigDecimal netAmount) {
        this.netAmount = netAmount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public void setTaxAmount(BigDecimal taxAmount) {
        this.taxAmount = taxAmount;
    }

    public BigDecimal getGrossAmount() {
        return netAmount.add(taxAmount);
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Invoice)) {
            return false;
        }
        return Objects.equals(number, ((Invoice) o).number);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }

    @Override
    public String toString() {
        return "Invoice{" + number + ", order=" + orderId + ", net=" + netAmount + ", tax=" + taxAmount
                + " " + currency + ", " + status + ", due " + dueOn + '}';
    }
}
