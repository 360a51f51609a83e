package com.example.c;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class CustomerRepository {
    private final DataSource pool;

    public boolean exists(long customerId) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM customers WHERE id = ?")) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public CustomerRepository(DataSource pool) {
        this.pool = pool;
    }

    public int rename(long customerId, String name) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE customers SET name = ? WHERE id = ?")) {
                ps.setString(1, name);
                ps.setLong(2, customerId);
                int count = ps.executeUpdate();
                c.commit();
                return count;
            } catch (SQLException failure) {
                c.rollback();
                throw failure;
            }
        }
    }

    public List<String> findNames(String start, int max) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT name FROM customers WHERE name LIKE ? ORDER BY name LIMIT ?")) {
            ps.setString(1, start + "%");
            ps.setInt(2, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString("name"));
                }
            }
        }
        return result;
    }
}
