package com.acme.inventory.db;

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
 * Common JDBC plumbing for inventory repositories.
 * <p>
 * NOTE: this is the orders team's DAO base class, copied in 2022 when inventory moved
 * off the monolith. Keep it in sync manually if you fix something here.
 */
public abstract class BaseRepository {

    /** Converts one row into a domain object. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T mapRow(ResultSet rs, int rowNum) throws SQLException;
    }

    @FunctionalInterface
    public interface TransactionCallback<T> {
        T doInTransaction(Connection connection) throws SQLException;
    }

    private static final Logger LOGGER = Logger.getLogger(BaseRepository.class.getName());
    private static final int DEFAULT_STATEMENT_TIMEOUT = 30;

    private final DataSource connectionSource;
    private final int statementTimeout;

    protected BaseRepository(DataSource connectionSource) {
        this(connectionSource, DEFAULT_STATEMENT_TIMEOUT);
    }

    protected BaseRepository(DataSource connectionSource, int statementTimeout) {
        if (connectionSource == null) {
            throw new IllegalArgumentException("connectionSource is required");
        }
        this.connectionSource = connectionSource;
        this.statementTimeout = statementTimeout;
    }

    // SELECT returning any number of rows
    protected <T> List<T> queryForList(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection connection = connectionSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rs = statement.executeQuery()) {
            List<T> results = new ArrayList<>();
            int rowNum = 0;
            while (rs.next()) {
                results.add(mapper.mapRow(rs, rowNum++));
            }
            return results;
        } catch (SQLException e) {
            throw new RepositoryException("query failed: " + sql, e);
        }
    }

    // SELECT returning zero or one row
    protected <T> Optional<T> queryForObject(String sql, RowMapper<T> mapper, Object... params) {
        List<T> results = queryForList(sql, mapper, params);
        if (results.size() > 1) {
            throw new RepositoryException("expected at most one row but got " + results.size() + ": " + sql, null);
        }
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }

    // INSERT / UPDATE / DELETE, returns affected rows
    protected int update(String sql, Object... params) {
        try (Connection connection = connectionSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new RepositoryException("update failed: " + sql, e);
        }
    }

    protected long insertAndReturnKey(String sql, Object... params) {
        try (Connection connection = connectionSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setQueryTimeout(statementTimeout);
            for (int i = 0; i < params.length; i++) {
                bind(statement, i + 1, params[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new RepositoryException("no generated key returned: " + sql, null);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new RepositoryException("insert failed: " + sql, e);
        }
    }

    /**
     * Commit-or-rollback wrapper. Restores auto-commit before handing the connection back.
     */
    protected <T> T inTransaction(TransactionCallback<T> callback) {
        Connection connection = null;
        boolean previousAutoCommit = true;
        try {
            connection = connectionSource.getConnection();
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
            throw new RepositoryException("inventory transaction failed", e);
        } finally {
            if (connection != null) {
                try {
                    connection.setAutoCommit(previousAutoCommit);
                    connection.close();
                } catch (SQLException closeFailure) {
                    LOGGER.log(Level.WARNING, "failed to close pooled connection", closeFailure);
                }
            }
        }
    }

    protected PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setQueryTimeout(statementTimeout);
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
