package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.Analyzer;

/**
 * The import command over tables laid out as newsgraph spark writes them (here written by DuckDB, so the
 * test needs no Spark; the Spark module's own test imports what the job really writes).
 */
class ImportCommandTest {
    private static final Supplier<Analyzer> NO_ANALYSIS = () -> {
        throw new AssertionError("import never analyzes");
    };

    @TempDir
    Path tmp;

    @Test
    void loadsTheTablesOnceAndRunningItAgainAddsNothing() throws Exception {
        Path tables = sparkOutput();
        Path db = tmp.resolve("store");
        CliRun first = CliRun.run(NO_ANALYSIS, "import", "--db", db.toString(), tables.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("imported 2 articles", "(0 already there)", "1 rejects");
        assertThat(StoreCounts.rows(db, "SELECT source_text || ' · ' || content_text || ' · ' || article_seq FROM attributions ORDER BY 1"))
                .containsExactly("Ana · the port would close · 1", "Bo · it rained · 2");
        assertThat(StoreCounts.rows(db, "SELECT name || ' ' || articles FROM entities JOIN entity_aliases ON key = entity_key "
                + "WHERE alias = 'Ana'")).containsExactly("Ana 2");
        assertThat(StoreCounts.rows(db, "SELECT count(*) FROM entity_roles WHERE role = 'minister'")).containsExactly("1");

        CliRun second = CliRun.run(NO_ANALYSIS, "import", "--db", db.toString(), tables.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains("imported 0 articles", "(2 already there)");
        assertThat(StoreCounts.count(db, "attributions")).isEqualTo(2);
        assertThat(StoreCounts.rows(db, "SELECT articles FROM entity_aliases WHERE alias = 'Ana'")).containsExactly("2");
    }

    @Test
    void aDirectoryThatIsNoJobsOutputIsOneLineAndTheStoreIsUntouched() throws Exception {
        Path db = tmp.resolve("store");
        assertThat(CliRun.run(NO_ANALYSIS, "import", "--db", db.toString(), sparkOutput().toString()).exit()).isZero();
        Path elsewhere = Files.createDirectories(tmp.resolve("photos"));
        CliRun r = CliRun.run(NO_ANALYSIS, "import", "--db", db.toString(), elsewhere.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("newsgraph: no articles under " + elsewhere)
                .contains("newsgraph spark");
        assertThat(StoreCounts.count(db, "articles")).isEqualTo(2);
    }

    @Test
    void sqlReadsTheTablesWithoutAStore() throws Exception {
        Path tables = sparkOutput();
        CliRun r = CliRun.run(NO_ANALYSIS, "sql", "-f", "csv", "SELECT month, count(*) AS n FROM read_parquet('"
                + tables.resolve("attributions") + "/**/*.parquet') GROUP BY month ORDER BY month");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().split("\r\n")).containsExactly("month,n", "2024-03,1", "unknown,1"); // RFC 4180 lines
        CliRun refused = CliRun.run(NO_ANALYSIS, "sql", "COPY (SELECT 1) TO '" + tmp.resolve("x.csv") + "'");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(tmp.resolve("x.csv")).doesNotExist();
        assertThat(CliRun.run(NO_ANALYSIS, "quotes", "--speaker", "Ana").errLines())
                .contains("newsgraph: quotes: missing required option: '--db=DIR'");
    }

    /** Two articles with an entity each, one attribution each, a role and a reject, partitioned by month. */
    private Path sparkOutput() throws IOException, SQLException {
        Path out = tmp.resolve("out");
        if (Files.isDirectory(out)) return out;
        Files.createDirectories(out);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            copy(s, out, "articles", """
                    SELECT * FROM (VALUES
                      ('a1', 'file:/in/x.jsonl#2', NULL, NULL, '2024-03-01', ['Cy'], NULL, NULL, '[[0,30]]', 'Ana said the port would close.', '2024-03'),
                      ('a2', 'file:/in/x.jsonl#10', NULL, NULL, NULL, [], NULL, NULL, '[[0,17]]', 'Bo said it rained, Ana too.', 'unknown'))
                    t(id, origin, url, headline, published, byline, editor, captions, body, text, month)""");
            copy(s, out, "entities", """
                    SELECT * FROM (VALUES
                      ('a1', 'person:ana', 'Ana', 'PERSON', 0, ['minister'], []::VARCHAR[], ['Ana'], '2024-03-01', '2024-03'),
                      ('a2', 'person:ana', 'Ana', 'PERSON', 0, []::VARCHAR[], []::VARCHAR[], ['Ana'], NULL, 'unknown'),
                      ('a2', 'person:bo', 'Bo', 'PERSON', 1, []::VARCHAR[], []::VARCHAR[], ['Bo'], NULL, 'unknown'))
                    t(article_id, key, name, type, ordinal, roles, affiliation_keys, aliases, published, month)""");
            copy(s, out, "mentions", """
                    SELECT * FROM (VALUES ('a1', 'person:ana', 0, 3, 'Ana', '2024-03'), ('a2', 'person:bo', 0, 2, 'Bo', 'unknown'))
                    t(article_id, entity_key, span_begin, span_end, text, month)""");
            copy(s, out, "attributions", """
                    SELECT * FROM (VALUES
                      ('a1:a1', 'a1', 'indirect', 'Ana', 'person:ana', 'said', 'the port would close', '{}', NULL, '2024-03-01', '2024-03'),
                      ('a2:a1', 'a2', 'indirect', 'Bo', 'person:bo', 'said', 'it rained', '{}', NULL, NULL, 'unknown'))
                    t(id, article_id, kind, source_text, source_entity_key, cue_text, content_text, spans, via_id, published, month)""");
            s.execute("COPY (SELECT 'file:/in/x.jsonl#5' AS origin, 'error' AS severity, 'not JSON' AS reason) TO '"
                    + Files.createDirectories(out.resolve("rejects")).resolve("part-0.parquet") + "' (FORMAT parquet)");
        }
        return out;
    }

    private static void copy(Statement s, Path out, String table, String select) throws SQLException {
        s.execute("COPY (" + select + ") TO '" + out.resolve(table) + "' (FORMAT parquet, PARTITION_BY (month))");
    }
}
