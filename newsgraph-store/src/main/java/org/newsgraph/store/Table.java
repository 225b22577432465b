package org.newsgraph.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a query: named columns and rows of plain values (String, Long, Double, Boolean,
 * List of those, or null). Every query of the store answers with one, and the CLI prints it as a table,
 * CSV or JSON lines; the server will send it as JSON.
 */
public record Table(List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    public static Table of(List<String> columns, List<List<Object>> rows) {
        return new Table(columns, rows);
    }

    /** Reads a whole result set, turning SQL values into plain Java ones. */
    public static Table from(ResultSet r) throws SQLException {
        ResultSetMetaData m = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= m.getColumnCount(); i++) columns.add(m.getColumnLabel(i));
        List<List<Object>> rows = new ArrayList<>();
        while (r.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) row.add(plain(r.getObject(i)));
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /** The value of {@code column} in row {@code row}. */
    public Object get(int row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no column " + column + " in " + columns);
        return rows.get(row).get(i);
    }

    public int size() {
        return rows.size();
    }

    static Object plain(Object v) throws SQLException {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Double) return v;
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof java.math.BigDecimal d) return d.doubleValue();
        if (v instanceof java.math.BigInteger b) return b.longValue();
        if (v instanceof java.sql.Array a) {
            Object[] items = (Object[]) a.getArray();
            List<Object> out = new ArrayList<>(items.length);
            for (Object o : items) out.add(plain(o));
            return out;
        }
        if (v instanceof Object[] items) {
            return Arrays.stream(items).map(o -> {
                try {
                    return plain(o);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        return Objects.toString(v);
    }
}
