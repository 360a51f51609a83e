package com.acme.orders.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Base class for the orders service's DAOs: a thin layer over plain JDBC that takes
 * care of connection handling, parameter binding, row mapping and transactions.
 * <p>
 * Every method borrows a connection from the pool and returns it before it
 * returns, except inside {@link #inTransaction(TransactionCallback)}, where the
 * callback receives the transaction's connection.
 */
public abstract class AbstractJdbcDao {

    /** Maps the current row of a result set to an object. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T mapRow(ResultSet rs, int rowNum) throws SQLException;
    }

    /** Work to run inside a single transaction. */
    @FunctionalInterface
    public interface TransactionCallback<T> {
        T doInTransaction(Connection connection) throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(AbstractJdbcDao.class.getName());
    private static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 30;

    private final DataSource dataSource;
    private final int queryTimeoutSeconds;

    protected AbstractJdbcDao(DataSource dataSource) {
        this(dataSource, DEFAULT_QUERY_TIMEOUT_SECONDS);
    }

    protected AbstractJdbcDao(DataSource dataSource, int queryTimeoutSeconds) {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource is required");
        }
        this.dataSource = dataSource;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /**
     * Runs a query and maps every row.
     *
     * @param sql    SQL with {@code ?} placeholders
     * @param mapper maps one row
     * @param params placeholder values, in order
     * @return the mapped rows, possibly empty
     */
    protected <T> List<T> queryForList(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rs = statement.executeQuery()) {
            List<T> results = new ArrayList<>();
            int rowNum = 0;
            while (rs.next()) {
                results.add(mapper.mapRow(rs, rowNum++));
            }
            return results;
        } catch (SQLException e) {
            throw new DataAccessException("query failed: " + sql, e);
        }
    }

    /**
     * Runs a query expected to return at most one row.
     *
     * @throws DataAccessException if more than one row is returned
     */
    protected <T> Optional<T> queryForObject(String sql, RowMapper<T> mapper, Object... params) {
        List<T> results = queryForList(sql, mapper, params);
        if (results.size() > 1) {
            throw new DataAccessException("expected at most one row but got " + results.size() + ": " + sql, null);
        }
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }

    /**
     * Executes an INSERT, UPDATE or DELETE.
     *
     * @return the number of affected rows
     */
    protected int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("update failed: " + sql, e);
        }
    }

    /**
     * Executes an INSERT and returns the generated key of the new row.
     */
    protected long insertAndReturnKey(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            for (int i = 0; i < params.length; i++) {
                bind(statement, i + 1, params[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new DataAccessException("no generated key returned: " + sql, null);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("insert failed: " + sql, e);
        }
    }

    /**
     * Runs {@code callback} in a transaction: commits if it returns normally, rolls
     * back if it throws. The connection's auto-commit flag is restored afterwards.
     */
    protected <T> T inTransaction(TransactionCallback<T> callback) {
        Connection connection = null;
        boolean previousAutoCommit = true;
        try {
            connection = dataSource.getConnection();
            previousAutoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            T result = callback.doInTransaction(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
            }
            if (e instanceof RuntimeException) {
                throw (RuntimeException) e;
            }
            throw new DataAccessException("transaction rolled back", e);
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

    /**
     * Prepares a statement and binds its parameters. Closes the statement if binding
     * fails so that callers only have to close what they received.
     */
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
        } else if (value instanceof Integer) {
            statement.setInt(index, (Integer) value);
        } else if (value instanceof Long) {
            statement.setLong(index, (Long) value);
        } else if (value instanceof BigDecimal) {
            statement.setBigDecimal(index, (BigDecimal) value);
        } else if (value instanceof Boolean) {
            statement.setBoolean(index, (Boolean) value);
        } else if (value instanceof Instant) {
            statement.setTimestamp(index, Timestamp.from((Instant) value));
        } else if (value instanceof LocalDate) {
            statement.setDate(index, Date.valueOf((LocalDate) value));
        } else if (value instanceof Enum) {
            statement.setString(index, ((Enum<?>) value).name());
        } else {
            statement.setObject(index, value);
        }
    }
}
