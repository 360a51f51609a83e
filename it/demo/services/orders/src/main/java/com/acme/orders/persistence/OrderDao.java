package com.acme.orders.persistence;

import com.acme.orders.domain.Order;
import com.acme.orders.domain.OrderLine;
import com.acme.orders.domain.OrderStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads and writes orders and their lines ({@code orders}, {@code order_lines}). */
public class OrderDao extends AbstractJdbcDao {

    private static final RowMapper<Order> ORDER_MAPPER = (rs, rowNum) -> {
        Order order = new Order();
        order.setId(rs.getLong("id"));
        order.setCustomerId(rs.getLong("customer_id"));
        order.setStatus(OrderStatus.valueOf(rs.getString("status")));
        order.setCurrency(rs.getString("currency"));
        order.setTotal(rs.getBigDecimal("total"));
        order.setPlacedAt(rs.getTimestamp("placed_at").toInstant());
        return order;
    };

    private static final RowMapper<OrderLine> LINE_MAPPER = (ResultSet rs, int rowNum) -> new OrderLine(
            rs.getString("sku"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"));

    public OrderDao(DataSource dataSource) {
        super(dataSource);
    }

    public Optional<Order> findById(long id) {
        Optional<Order> order = queryForObject(
                "SELECT id, customer_id, status, currency, total, placed_at FROM orders WHERE id = ?",
                ORDER_MAPPER, id);
        order.ifPresent(o -> o.setLines(
                queryForList("SELECT sku, quantity, unit_price FROM order_lines WHERE order_id = ? ORDER BY line_no",
                        LINE_MAPPER, id)));
        return order;
    }

    public List<Order> findOpenByCustomer(long customerId) {
        return queryForList(
                "SELECT id, customer_id, status, currency, total, placed_at FROM orders "
                        + "WHERE customer_id = ? AND status IN ('PLACED', 'PAID') ORDER BY placed_at DESC",
                ORDER_MAPPER, customerId);
    }

    /** Inserts the order and all its lines atomically and returns the new order id. */
    public long insert(Order order) {
        return inTransaction(connection -> {
            long orderId;
            try (PreparedStatement insertOrder = connection.prepareStatement(
                    "INSERT INTO orders (customer_id, status, currency, total, placed_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insertOrder.setLong(1, order.getCustomerId());
                insertOrder.setString(2, order.getStatus().name());
                insertOrder.setString(3, order.getCurrency());
                insertOrder.setBigDecimal(4, order.getTotal());
                insertOrder.setTimestamp(5, java.sql.Timestamp.from(order.getPlacedAt()));
                insertOrder.executeUpdate();
                try (ResultSet keys = insertOrder.getGeneratedKeys()) {
                    keys.next();
                    orderId = keys.getLong(1);
                }
            }
            try (PreparedStatement insertLine = connection.prepareStatement(
                    "INSERT INTO order_lines (order_id, line_no, sku, quantity, unit_price) VALUES (?, ?, ?, ?, ?)")) {
                int lineNo = 1;
                for (OrderLine line : order.getLines()) {
                    insertLine.setLong(1, orderId);
                    insertLine.setInt(2, lineNo++);
                    insertLine.setString(3, line.sku());
                    insertLine.setInt(4, line.quantity());
                    insertLine.setBigDecimal(5, line.unitPrice());
                    insertLine.addBatch();
                }
                insertLine.executeBatch();
            }
            return orderId;
        });
    }

    public boolean updateStatus(long orderId, OrderStatus from, OrderStatus to) {
        return update("UPDATE orders SET status = ? WHERE id = ? AND status = ?", to, orderId, from) == 1;
    }
}
