package org.hatecrime.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Searches a service's whole database for a marker planted in personal data, so a test can show
 * the data is nowhere in clear: not in any text-like column, and inside binary columns only
 * encrypted. Every table of the public schema is searched, including ones added later.
 */
public final class PersonalDataScan {

    private static final String TEXT_TYPES = "('text','character varying','jsonb','json','ARRAY')";
    private static final String BINARY_TYPES = "('bytea')";

    private PersonalDataScan() {
    }

    /** The {@code table.column}s whose text holds the marker. */
    public static List<String> plainColumnsContaining(DataSource dataSource, String marker) throws SQLException {
        return columnsWhere(dataSource, TEXT_TYPES, "cast(%s as text) like ?", "%" + marker + "%");
    }

    /** The binary {@code table.column}s whose bytes hold the marker unencrypted. */
    public static List<String> binaryColumnsContainingInPlain(DataSource dataSource, String marker) throws SQLException {
        return columnsWhere(dataSource, BINARY_TYPES, "position(convert_to(?, 'UTF8') in %s) > 0", marker);
    }

    /** Every binary {@code table.column}: where sealed data lives. */
    public static List<String> binaryColumns(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return columns(connection, BINARY_TYPES).stream().map(c -> c[0] + "." + c[1]).toList();
        }
    }

    private static List<String> columnsWhere(DataSource dataSource, String types, String condition, String parameter)
            throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String[] column : columns(connection, types)) {
                try (PreparedStatement search = connection.prepareStatement(
                        "select count(*) from " + column[0] + " where " + condition.formatted(column[1]))) {
                    search.setString(1, parameter);
                    try (ResultSet result = search.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            hits.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static List<String[]> columns(Connection connection, String types) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.table_name, c.column_name from information_schema.columns c
                          join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                         where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.data_type in """ + types)) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return columns;
    }
}
