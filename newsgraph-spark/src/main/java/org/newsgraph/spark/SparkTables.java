package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.table.ArticleTables;
import org.newsgraph.table.FactTable;

/**
 * The job's output tables as Spark schemas: {@link ArticleTables}' columns, then {@code month} (the
 * article's month of publication, {@code 2019-03}, or {@code unknown}), which the Parquet is partitioned
 * by; and {@code rejects}, the records that gave no article, with the reason.
 */
final class SparkTables {
    static final String MONTH = "month";
    static final String UNKNOWN_MONTH = "unknown";
    static final String REJECTS = "rejects";
    /** A reject's index among the outputs, after the fact tables'. */
    static final int REJECTS_INDEX = ArticleTables.ALL.size();

    static final StructType REJECTS_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("origin", DataTypes.StringType, false),
        DataTypes.createStructField("severity", DataTypes.StringType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, false)});

    private static final Pattern MONTH_PREFIX = Pattern.compile("\\d{4}-\\d{2}.*");

    private SparkTables() {}

    /** {@code t}'s index in {@link ArticleTables#ALL}, by identity: a record's equals would compare every column. */
    static int index(FactTable t) {
        for (int i = 0; i < ArticleTables.ALL.size(); i++) if (ArticleTables.ALL.get(i) == t) return i;
        throw new IllegalArgumentException("not one of the article tables: " + t.name());
    }

    static StructType schema(FactTable t) {
        List<StructField> fields = new ArrayList<>();
        for (FactTable.Column c : t.columns()) fields.add(DataTypes.createStructField(c.name(), type(c.type()), c.nullable()));
        fields.add(DataTypes.createStructField(MONTH, DataTypes.StringType, false));
        return new StructType(fields.toArray(StructField[]::new));
    }

    private static DataType type(FactTable.Type t) {
        return switch (t) {
            case TEXT -> DataTypes.StringType;
            case TEXT_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
            case INT -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
        };
    }

    /** {@code 2019-03} for a date or date-time in March 2019; {@code unknown} without one. */
    static String month(String published) {
        return published != null && MONTH_PREFIX.matcher(published).matches() ? published.substring(0, 7) : UNKNOWN_MONTH;
    }
}
