package org.newsgraph.store.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.Schema;

/**
 * Writes every table of {@link Schema#TABLES} as {@code DIR/<table>.parquet} through DuckDB's COPY.
 * Each file is written under a temporary name and renamed when complete, so a failed export (a full
 * disk) never leaves a half file under a table's name.
 */
public final class ParquetExport {
    private ParquetExport() {}

    /** Writes the tables into {@code dir} (created if needed), replacing files of the same names. */
    public static List<Path> write(Connection c, Path dir) throws SQLException {
        Exports.directory(dir);
        List<Path> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String table : Schema.TABLES) {
                Path file = dir.resolve(table + ".parquet");
                Path part = dir.resolve("." + table + ".parquet.part");
                s.execute("COPY (SELECT * FROM " + table + ") TO '" + part.toAbsolutePath().toString().replace("'", "''")
                        + "' (FORMAT parquet)");
                Exports.move(part, file);
                out.add(file);
            }
        }
        return out;
    }
}
