package com.acme.billing.data;

import com.acme.billing.invoice.Invoice;
import com.acme.billing.invoice.InvoiceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Persistence of invoices ({@code billing.invoices}). */
public class InvoiceDao extends JdbcSupport {

    private static final String COLUMNS =
            "invoice_number, order_id, customer_id, net_amount, tax_amount, currency, status, issued_on, due_on";

    private static final ResultSetMapper<Invoice> MAPPER = (rs, rowNum) -> {
        Invoice invoice = new Invoice();
        invoice.setNumber(rs.getString("invoice_number"));
        invoice.setOrderId(rs.getLong("order_id"));
        invoice.setCustomerId(rs.getLong("customer_id"));
        invoice.setNetAmount(rs.getBigDecimal("net_amount"));
        invoice.setTaxAmount(rs.getBigDecimal("tax_amount"));
        invoice.setCurrency(rs.getString("currency"));
        invoice.setStatus(InvoiceStatus.valueOf(rs.getString("status")));
        invoice.setIssuedOn(rs.getDate("issued_on").toLocalDate());
        invoice.setDueOn(rs.getDate("due_on").toLocalDate());
        return invoice;
    };

    public InvoiceDao(DataSource dataSource) {
        super(dataSource, 15);
    }

    public Invoice findByNumber(String number) {
        return queryForObject("SELECT " + COLUMNS + " FROM invoices WHERE invoice_number = ?", MAPPER, number);
    }

    public List<Invoice> findOverdue(LocalDate today) {
        return queryForList("SELECT " + COLUMNS + " FROM invoices WHERE status = 'OPEN' AND due_on < ? ORDER BY due_on",
                MAPPER, java.sql.Date.valueOf(today));
    }

    public void save(Invoice invoice) {
        update("INSERT INTO invoices (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                invoice.getNumber(), invoice.getOrderId(), invoice.getCustomerId(), invoice.getNetAmount(),
                invoice.getTaxAmount(), invoice.getCurrency(), invoice.getStatus().name(),
                java.sql.Date.valueOf(invoice.getIssuedOn()), java.sql.Date.valueOf(invoice.getDueOn()));
    }

    /** Marks invoices as paid, e.g. after importing a bank statement. */
    public int markPaid(List<String> invoiceNumbers, Instant paidAt) {
        List<Object[]> rows = new ArrayList<>();
        for (String number : invoiceNumbers) {
            rows.add(new Object[] {paidAt, number});
        }
        int changed = 0;
        for (int count : batchUpdate("UPDATE invoices SET status = 'PAID', paid_at = ? WHERE invoice_number = ?", rows)) {
            changed += Math.max(count, 0);
        }
        return changed;
    }

    /** Reserves the next value of the yearly invoice sequence. */
    public long nextSequenceValue(int year) {
        return inTransaction(connection -> {
            try (var select = connection.prepareStatement(
                    "SELECT last_value FROM invoice_sequences WHERE year = ? FOR UPDATE")) {
                select.setInt(1, year);
                long next;
                try (var rs = select.executeQuery()) {
                    next = rs.next() ? rs.getLong(1) + 1 : 1;
                }
                try (var upsert = connection.prepareStatement(
                        "MERGE INTO invoice_sequences (year, last_value) KEY (year) VALUES (?, ?)")) {
                    upsert.setInt(1, year);
                    upsert.setLong(2, next);
                    upsert.executeUpdate();
                }
                return next;
            }
        });
    }
}
