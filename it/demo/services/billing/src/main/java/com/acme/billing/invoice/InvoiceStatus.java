package com.acme.billing.invoice;

/** Status of an invoice in the receivables ledger. */
public enum InvoiceStatus {
    DRAFT,
    OPEN,
    PAID,
    /** Cancelled by a credit note; the number stays used. */
    CANCELLED,
    /** Handed over to the collection agency. */
    IN_COLLECTION
}
