package org.newsgraph.table;

import java.util.List;

/**
 * One table of an article's facts, as a job that writes files (Parquet, on Spark) lays it out: its name
 * and its columns, in order. The rows come from {@link ArticleTables}.
 */
public record FactTable(String name, List<Column> columns) {
    public FactTable {
        columns = List.copyOf(columns);
    }

    /** A column and the Java type of its values: String, Integer, Long, Double, or List of String. */
    public record Column(String name, Type type, boolean nullable) {}

    public enum Type { TEXT, TEXT_LIST, INT, DOUBLE }

    static Column text(String name) {
        return new Column(name, Type.TEXT, true);
    }

    static Column required(String name) {
        return new Column(name, Type.TEXT, false);
    }
}
