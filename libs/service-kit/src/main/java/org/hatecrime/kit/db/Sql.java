package org.hatecrime.kit.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL on the connection enlisted in the caller's transaction, for the statements an entity
 * mapping does not fit (links, counts, keys). Cheaper than ORM native queries on hot paths: no
 * query-plan cache, no flush, one round trip per statement.
 *
 * <p>Parameters are bound in order; a {@code String[]} becomes a PostgreSQL {@code text[]}.
 * Statements see only what was written to the database: flush entities first if a statement must
 * see them.
 */
@ApplicationScoped
public class Sql {

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    Sql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailedException(sql, e);
        }
    }

    /** Every row the query returns. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new SqlFailedException(sql, e);
        }
    }

    /** The first row the query returns, if any. */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** A query's single number, e.g. a count. */
    public long number(String sql, Object... parameters) {
        return first(sql, row -> row.getLong(1), parameters).orElse(0L);
    }

    private static void bind(Connection connection, PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("text", texts));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A statement failed; the caller's transaction rolls back. */
    public static final class SqlFailedException extends RuntimeException {
        SqlFailedException(String sql, SQLException cause) {
            super("SQL failed (" + cause.getSQLState() + "): " + firstLine(sql), cause);
        }

        private static String firstLine(String sql) {
            String trimmed = sql.strip();
            int newline = trimmed.indexOf('\n');
            return newline < 0 ? trimmed : trimmed.substring(0, newline);
        }
    }
}
