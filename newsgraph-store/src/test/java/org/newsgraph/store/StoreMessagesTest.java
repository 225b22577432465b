package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's own messages, as it wrote them when it happened, turned into one line a user can act on. */
class StoreMessagesTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskDuringACommitSaysSoAndWhatToDo() {
        Store store = Store.create(tmp.resolve("db"));
        // Seen from DuckDB 1.5.6 on a full tmpfs (FullDiskIT runs the real thing).
        SQLException e = new SQLException("TransactionContext Error: Failed to commit: Could not write file \""
                + tmp.resolve("db").resolve(Store.DB_FILE) + ".wal\": No space left on device");
        assertThat(store.translate(e, "writing").getMessage())
                .isEqualTo("no space left on the disk of " + tmp.resolve("db") + " while writing (free some space and run again)");
    }

    @Test
    void aDatabaseHeldTooLongNamesTheProcess() {
        Store store = Store.create(tmp.resolve("db"));
        SQLException e = new SQLException("IO Error: Could not set lock on file \"/x/newsgraph.duckdb\": Conflicting lock is held in "
                + "/usr/bin/java (PID 4242) by user root. See also https://duckdb.org/docs/stable/connect/concurrency");
        assertThat(store.translate(e, "reading").getMessage()).isEqualTo("store " + tmp.resolve("db")
                + " is in use by process 4242 (/usr/bin/java), which kept it for longer than we waited; try again when it is done");
    }
}
