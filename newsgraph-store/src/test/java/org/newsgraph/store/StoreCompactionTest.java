package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Document;

class StoreCompactionTest {
    @TempDir
    Path tmp;

    @Test
    void compactingKeepsEveryRowAndTheKeysAndGivesBackFreeSpace() throws Exception {
        Store store = Store.create(tmp.resolve("db"));
        StoreWriter writer = new StoreWriter(store);
        List<Document> all = new ArrayList<>();
        // Many small batches: each checkpoint rewrites the tables' last row groups and frees the old blocks.
        for (int batch = 0; batch < 40; batch++) {
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 5; i++) docs.add(Docs.said("Speaker Number" + (batch % 7), "statement " + batch + "-" + i));
            writer.write(docs);
            all.addAll(docs);
        }
        String before = snapshot(store);
        long sizeBefore = Files.size(store.dir().resolve(Store.DB_FILE));

        assertThat(store.compact(0.0)).isTrue();

        assertThat(snapshot(store)).isEqualTo(before);
        assertThat(Files.size(store.dir().resolve(Store.DB_FILE))).isLessThan(sizeBefore);
        assertThat(Files.list(store.dir()).map(p -> p.getFileName().toString())).doesNotContain(Store.DB_FILE + ".compacting");
        // The copy keeps the primary keys: the same articles are still known, and a duplicate id is refused.
        assertThat(writer.write(all.subList(0, 3)).present()).hasSize(3);
        String id = all.get(0).article().id();
        assertThatThrownBy(() -> store.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO articles (id, seq, text, ingested_at) VALUES ('" + id + "', 999, 'x', now())");
            }
        })).isInstanceOf(StoreException.class);
        assertThat(Store.open(store.dir())).isNotNull();
    }

    @Test
    void aStoreWithLittleFreeSpaceIsLeftAlone() {
        Store store = Store.create(tmp.resolve("db"));
        new StoreWriter(store).write(List.of(Docs.said("Maria Zakharova", "one thing")));
        assertThat(store.compact(0.99)).isFalse();
    }

    @Test
    void aCopyLeftByAKilledCompactionIsRemovedByTheNextWriter() throws Exception {
        Store store = Store.create(tmp.resolve("db"));
        Path stray = store.dir().resolve(Store.DB_FILE + ".compacting");
        Files.writeString(stray, "half a copy");
        new StoreWriter(store).write(List.of(Docs.said("Maria Zakharova", "one thing")));
        assertThat(stray).doesNotExist();
    }

    private static String snapshot(Store store) {
        StringBuilder b = new StringBuilder();
        for (String table : Schema.TABLES) {
            b.append(table).append('=').append(StoreWriterTest.single(store,
                    "SELECT count(*) || ':' || coalesce(sum(hash(t)), 0) FROM " + table + " t")).append('\n');
        }
        return b.toString();
    }
}
