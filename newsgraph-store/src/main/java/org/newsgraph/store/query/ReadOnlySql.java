package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.store.Table;

/**
 * A user's SQL over the store's tables, for reading only. Checked twice: {@link #check} refuses, before
 * anything runs, all but one query statement (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW,
 * SUMMARIZE, EXPLAIN, PIVOT, a read-only PRAGMA), and any statement naming a writing command (INSERT,
 * COPY, ATTACH, INSTALL, SET …) outside strings and comments; and the query runs on a read-only
 * connection, so what slips past the first check still cannot change the store.
 *
 * <p>The connection also stops DuckDB from installing or loading extensions by itself: parquet and json
 * are built in, and a query must never make the store reach the network.
 */
public final class ReadOnlySql {
    private static final Set<String> QUERIES = Set.of("SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "SHOW",
            "SUMMARIZE", "EXPLAIN", "PIVOT", "UNPIVOT", "PRAGMA", "(");
    private static final Map<String, String> WRITES = Map.ofEntries(
            Map.entry("INSERT", "it adds rows"), Map.entry("UPDATE", "it changes rows"), Map.entry("DELETE", "it removes rows"),
            Map.entry("TRUNCATE", "it removes rows"), Map.entry("MERGE", "it changes rows"),
            Map.entry("CREATE", "it changes the schema"), Map.entry("DROP", "it changes the schema"),
            Map.entry("ALTER", "it changes the schema"), Map.entry("COPY", "it writes or reads files in bulk"),
            Map.entry("EXPORT", "it writes files"), Map.entry("IMPORT", "it loads a database"),
            Map.entry("ATTACH", "it opens another database"), Map.entry("DETACH", "it closes a database"),
            Map.entry("USE", "it switches database"), Map.entry("INSTALL", "it installs extensions"),
            Map.entry("LOAD", "it loads extensions"), Map.entry("SET", "it changes settings"),
            Map.entry("RESET", "it changes settings"), Map.entry("CHECKPOINT", "it writes the database"),
            Map.entry("VACUUM", "it writes the database"), Map.entry("CALL", "it runs a procedure"),
            Map.entry("BEGIN", "it starts a transaction"), Map.entry("COMMIT", "it ends a transaction"),
            Map.entry("ROLLBACK", "it ends a transaction"), Map.entry("GRANT", "it changes permissions"));
    /** PRAGMAs that only read; the others may change settings or the database. */
    private static final Set<String> READ_PRAGMAS = Set.of("TABLE_INFO", "SHOW_TABLES", "SHOW_TABLES_EXPANDED",
            "DATABASE_SIZE", "STORAGE_INFO", "VERSION", "PLATFORM", "FUNCTIONS", "SHOW", "DATABASE_LIST", "METADATA_INFO",
            "COLLATIONS", "USER_AGENT");
    private static final List<String> SETTINGS = List.of(
            "SET autoinstall_known_extensions = false", "SET autoload_known_extensions = false",
            "SET allow_community_extensions = false", "SET lock_configuration = true");

    private ReadOnlySql() {}

    /** Refuses (with a one-line reason) anything but one query; returns the query without a trailing ';'. */
    public static String check(String sql) {
        List<List<String>> statements = SqlWords.statements(sql);
        if (statements.isEmpty()) throw new RefusedSqlException("no SQL given; for example: SELECT count(*) FROM articles");
        if (statements.size() > 1) {
            throw new RefusedSqlException("refused: " + statements.size() + " statements given; sql runs one query at a time");
        }
        List<String> words = statements.get(0);
        String first = words.get(0).toUpperCase(Locale.ROOT);
        for (String w : words) {
            String reason = WRITES.get(w.toUpperCase(Locale.ROOT));
            if (reason != null) {
                throw new RefusedSqlException("refused: " + w.toUpperCase(Locale.ROOT) + " is not allowed, " + reason
                        + "; sql only reads (SELECT, WITH, FROM, DESCRIBE, SHOW …) and the store is unchanged");
            }
        }
        if (first.equals("PRAGMA")) {
            String name = words.size() > 1 ? words.get(1).toUpperCase(Locale.ROOT) : "";
            if (!READ_PRAGMAS.contains(name)) {
                throw new RefusedSqlException("refused: PRAGMA " + name.toLowerCase(Locale.ROOT)
                        + " may change the store; read-only pragmas: table_info, show_tables, database_size, storage_info …");
            }
        } else if (!QUERIES.contains(first)) {
            throw new RefusedSqlException("refused: " + first + " is not a query; sql only reads (SELECT, WITH, FROM, "
                    + "DESCRIBE, SHOW …) and the store is unchanged");
        }
        return SqlWords.withoutTrailingSemicolons(sql);
    }

    /**
     * Checks and runs {@code sql} on {@code c}, which must be read-only (as {@code Store.read} gives).
     * A refused statement throws {@link RefusedSqlException}, one DuckDB rejects {@link SqlFailedException}
     * with DuckDB's first line.
     */
    public static Table run(Connection c, String sql) {
        String query = check(sql);
        try (Statement s = c.createStatement()) {
            if (!locked(s)) for (String setting : SETTINGS) s.execute(setting);
            try (ResultSet r = s.executeQuery(query)) {
                return Table.from(r);
            }
        } catch (SQLException e) {
            throw new SqlFailedException(firstLine(e.getMessage()), e);
        }
    }

    /**
     * As {@link #run}, on an empty in-memory database: for queries over files ({@code read_parquet}) when
     * there is no store. The same checks hold, so it writes nothing and loads no extension.
     */
    public static Table runWithoutStore(String sql) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
            return run(c, sql);
        } catch (SQLException e) {
            throw new SqlFailedException(firstLine(e.getMessage()), e);
        }
    }

    /** Whether this connection's settings were already fixed by an earlier query. */
    private static boolean locked(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT current_setting('lock_configuration')")) {
            return r.next() && r.getBoolean(1);
        }
    }

    /**
     * The line of DuckDB's message that says what is wrong. The JDBC driver may wrap it ("Attempting to
     * execute an unsuccessful or closed pending query result", then "Error: " and DuckDB's own message);
     * DuckDB's message may go on with a caret under the error, or suggestions.
     */
    static String firstLine(String message) {
        String m = String.valueOf(message).strip();
        int inner = m.indexOf("\nError: ");
        if (m.startsWith("Invalid Input Error: Attempting to execute an unsuccessful") && inner >= 0) {
            m = m.substring(inner + "\nError: ".length()).strip();
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
