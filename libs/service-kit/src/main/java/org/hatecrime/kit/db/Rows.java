package org.hatecrime.kit.db;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rows as plain maps, for exports of everything a service holds (subject access): each column by
 * its name in camelCase, with a value JSON writes as it reads (text, number, boolean, ISO-8601
 * time, list). Binary columns are never included: sealed data is opened by the service and added
 * by name, never copied raw. Columns named in {@code leftOut} are left out too (hashes, internal
 * keys, versions).
 */
public final class Rows {

    private Rows() {
    }

    /** Every column but the binary ones and those named (in the database's snake_case). */
    public static Sql.RowMapper<Map<String, Object>> asMap(String... leftOut) {
        Set<String> skipped = Set.copyOf(Arrays.asList(leftOut));
        return row -> {
            ResultSetMetaData meta = row.getMetaData();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
                if (skipped.contains(name) || binary(meta.getColumnType(column))) {
                    continue;
                }
                values.put(camelCase(name), value(row, column, meta.getColumnType(column), meta.getColumnTypeName(column)));
            }
            return values;
        };
    }

    private static boolean binary(int type) {
        return type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
    }

    private static Object value(ResultSet row, int column, int type, String typeName) throws SQLException {
        if (type == Types.TIMESTAMP_WITH_TIMEZONE || "timestamptz".equalsIgnoreCase(typeName)) {
            OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
            return at == null ? null : at.toString();
        }
        if (type == Types.TIMESTAMP) {
            LocalDateTime at = row.getObject(column, LocalDateTime.class);
            return at == null ? null : at.toString();
        }
        if (type == Types.DATE) {
            LocalDate day = row.getObject(column, LocalDate.class);
            return day == null ? null : day.toString();
        }
        if (type == Types.ARRAY) {
            Array array = row.getArray(column);
            if (array == null) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            for (Object item : (Object[]) array.getArray()) {
                items.add(item == null || item instanceof Number || item instanceof Boolean ? item : item.toString());
            }
            return items;
        }
        if (type == Types.NUMERIC || type == Types.DECIMAL) {
            java.math.BigDecimal number = row.getBigDecimal(column);
            return number == null ? null : number.stripTrailingZeros().toPlainString();
        }
        Object value = row.getObject(column);
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return value.toString();
    }

    static String camelCase(String snake) {
        StringBuilder camel = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** Map of the values, in order, as given: a helper for building exports with a stable field order. */
    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
