package com.acme.billing.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * JDBC helper that billing DAOs extend.
 * <p>
 * Started life as a copy of the orders team's DAO base class; billing added batch
 * updates, slow-query logging and READ_COMMITTED transactions, and dropped what it
 * did not need.
 */
public abstract class JdbcSupport {

    /** Maps one result-set row. */
    @FunctionalInterface
    public interface ResultSetMapper<T> {
        T map(ResultSet rs, int rowNum) throws SQLException;
    }

    /** Unit of work executed in a transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T execute(Connection connection) throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(JdbcSupport.class.getName());
    private static final long SLOW_QUERY_MILLIS = 500;

    private final DataSource dataSource;
    private final int queryTimeoutSeconds;

    protected JdbcSupport(DataSource dataSource, int queryTimeoutSeconds) {
        this.dataSource = dataSource;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    protected <T> List<T> queryForList(String sql, ResultSetMapper<T> mapper, Object... params) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rs = statement.executeQuery()) {
            List<T> results = new ArrayList<>();
            int rowNum = 0;
            while (rs.next()) {
                results.add(mapper.map(rs, rowNum++));
            }
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            if (elapsedMillis > SLOW_QUERY_MILLIS) {
                LOG.warning("slow query (" + elapsedMillis + " ms, " + results.size() + " rows): " + sql);
            }
            return results;
        } catch (SQLException e) {
            throw new BillingDataException("query failed: " + sql, e);
        }
    }

    /**
     * @return the single row, or {@code null} if there is none
     */
    protected <T> T queryForObject(String sql, ResultSetMapper<T> mapper, Object... params) {
        List<T> results = queryForList(sql, mapper, params);
        if (results.size() > 1) {
            throw new BillingDataException("query returned " + results.size() + " rows, expected one: " + sql, null);
        }
        return results.isEmpty() ? null : results.get(0);
    }

    protected int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new BillingDataException("update failed: " + sql, e);
        }
    }

    /** Executes the same statement once per parameter row, in one round trip. */
    protected int[] batchUpdate(String sql, List<Object[]> rows) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(statement, i + 1, row[i]);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw new BillingDataException("batch update failed: " + sql, e);
        }
    }

    protected <T> T inTransaction(TransactionWork<T> work) {
        Connection connection = null;
        boolean previousAutoCommit = true;
        try {
            connection = dataSource.getConnection();
            previousAutoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            T result = work.execute(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    LOG.log(Level.SEVERE, "rollback failed", rollbackFailure);
                }
            }
            throw new BillingDataException("transaction rolled back", e);
        } finally {
            if (connection != null) {
                try {
                    connection.setAutoCommit(previousAutoCommit);
                    connection.close();
                } catch (SQLException closeFailure) {
                    LOG.log(Level.WARNING, "could not release connection", closeFailure);
                }
            }
        }
    }

    protected PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setQueryTimeout(queryTimeoutSeconds);
            for (int i = 0; i < params.length; i++) {
                bind(statement, i + 1, params[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String) {
            statement.setString(index, (String) value);
        } else if (value instanceof Long) {
            statement.setLong(index, (Long) value);
        } else if (value instanceof BigDecimal) {
            statement.setBigDecimal(index, (BigDecimal) value);
        } else if (value instanceof Instant) {
            statement.setTimestamp(index, Timestamp.from((Instant) value));
        } else {
            statement.setObject(index, value);
        }
    }
}
