package org.newsgraph.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import org.newsgraph.store.Table;

class ReadOnlySqlTest {
    @TempDir
    static Path tmp;
    static Store store;

    @BeforeAll
    static void build() {
        store = Newsroom.store(tmp.resolve("db"));
    }

    private static Table sql(String q) {
        return store.read(c -> ReadOnlySql.run(c, q));
    }

    private static String everything() {
        return store.read(c -> {
            StringBuilder b = new StringBuilder();
            for (String t : org.newsgraph.store.Schema.TABLES) {
                b.append(t).append(ReadOnlySql.run(c, "SELECT * FROM " + t + " ORDER BY ALL").rows()).append('\n');
            }
            b.append(ReadOnlySql.run(c, "SELECT table_name FROM information_schema.tables ORDER BY 1").rows());
            return b.toString();
        });
    }

    @Test
    void queriesAnswerInAnyReadingForm() {
        assertThat(sql("SELECT count(*) AS n FROM articles;").rows()).containsExactly(List.of(4L));
        assertThat(sql("-- how many\nFROM attributions SELECT count(*)").rows()).containsExactly(List.of(7L));
        assertThat(sql("WITH x AS (SELECT 'insert; drop' AS s) SELECT s FROM x").rows()).containsExactly(List.of("insert; drop"));
        assertThat(sql("DESCRIBE articles").size()).isGreaterThan(5);
        assertThat(sql("PRAGMA table_info('mentions')").size()).isEqualTo(5);
    }

    @Test
    void writesDdlFilesAndSeveralStatementsAreRefusedBeforeRunningAndTheStoreIsUnchanged() {
        String before = everything();
        Path outside = tmp.resolve("leak.csv");
        List<String> refused = List.of(
                "INSERT INTO articles SELECT * FROM articles",
                "UPDATE entities SET canonical_key = 'x'",
                "delete from mentions",
                "DROP TABLE articles",
                "CREATE TABLE t AS SELECT 1",
                "ALTER TABLE articles ADD COLUMN x INT",
                "COPY articles TO '" + outside + "'",
                "ATTACH '" + tmp.resolve("other.duckdb") + "' AS other",
                "INSTALL httpfs",
                "LOAD httpfs",
                "SET threads = 1",
                "PRAGMA enable_profiling",
                "SELECT 1; DROP TABLE articles",
                "SELECT 1; SELECT 2",
                "WITH x AS (SELECT 1) INSERT INTO articles SELECT * FROM articles",
                "/* harmless */ CHECKPOINT",
                "EXPLAIN ANALYZE DELETE FROM mentions");
        for (String q : refused) {
            assertThatThrownBy(() -> sql(q)).as(q).isInstanceOf(RefusedSqlException.class)
                    .hasMessageStartingWith("refused: ").hasMessageNotContaining("\n");
        }
        assertThatThrownBy(() -> sql("SELECT 1; SELECT 2")).hasMessageContaining("2 statements given");
        assertThatThrownBy(() -> sql("DROP TABLE articles")).hasMessageContaining("DROP is not allowed, it changes the schema");
        assertThatThrownBy(() -> sql("  ;  ")).hasMessageStartingWith("no SQL given");
        assertThat(everything()).isEqualTo(before);
        assertThat(outside).doesNotExist();
    }

    @Test
    void theReadOnlyConnectionStopsWhatTheCheckDoesNotSee() {
        // Below the check, the connection Store.read gives refuses writes on its own.
        assertThatThrownBy(() -> store.read(c -> {
            try (var s = c.createStatement()) {
                return s.execute("DELETE FROM mentions");
            }
        })).hasStackTraceContaining("read-only mode");
        assertThat(sql("SELECT count(*) FROM mentions").rows()).isNotEqualTo(List.of(List.of(0L)));
    }

    @Test
    void anSqlErrorIsDuckDbsFirstLine() {
        assertThatThrownBy(() -> sql("SELECT * FROM no_such_table")).isInstanceOf(SqlFailedException.class)
                .hasMessageStartingWith("Catalog Error: Table with name no_such_table does not exist")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> sql("SELEC 1")).hasMessageStartingWith("refused: SELEC is not a query");
        assertThatThrownBy(() -> sql("SELECT FROM WHERE")).isInstanceOf(SqlFailedException.class)
                .hasMessageStartingWith("Parser Error");
    }

    @Test
    void noExtensionIsInstalledOrLoadedOnDemand() {
        Table settings = sql("SELECT current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions')");
        assertThat(settings.rows()).containsExactly(List.of(false, false));
    }

}
