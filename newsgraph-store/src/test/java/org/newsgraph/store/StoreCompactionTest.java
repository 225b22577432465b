package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
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

        assertThat(store.compact(Compaction.ALWAYS)).isTrue();

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
    void theDefaultPolicyCompactsASmallStoreOfManyBatchesAndLeavesAFreshOneAlone() throws Exception {
        Store fresh = Store.create(tmp.resolve("fresh"));
        new StoreWriter(fresh).write(List.of(Docs.said("Maria Zakharova", "one thing")));
        assertThat(fresh.compact(Compaction.DEFAULT)).as("a single batch leaves nothing worth a rewrite").isFalse();

        Store store = Store.create(tmp.resolve("batches"));
        StoreWriter writer = new StoreWriter(store);
        for (int batch = 0; batch < 12; batch++) {
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 5; i++) docs.add(Docs.said("Speaker Number" + (batch % 7), "statement " + batch + "-" + i));
            writer.write(docs);
        }
        Path file = store.dir().resolve(Store.DB_FILE);
        long[] blocks = blocks(store);
        long sizeBefore = Files.size(file);
        long freeBytes = blocks[1] * blocks[2];
        assertThat(freeBytes).as("free bytes").isGreaterThanOrEqualTo(Compaction.DEFAULT.minFreeBytes());

        assertThat(store.compact(Compaction.DEFAULT)).isTrue();

        long[] after = blocks(store);
        // The copy may need a few blocks the original had free (its own metadata): most of the free space comes back.
        assertThat(Files.size(file)).isLessThanOrEqualTo(sizeBefore - freeBytes / 2);
        assertThat(after[1]).isZero();
    }

    @Test
    void compactionIsWorthItForATenthOfTheFileOrAmpleSpaceButNeverForCrumbs() {
        long mb = 1L << 20;
        Compaction policy = Compaction.DEFAULT;
        // The store that stayed at 3.66× its text: 18 % of its file free, under the old threshold of a fifth.
        assertThat(policy.worthIt(18 * mb / 10, 10 * mb)).isTrue();
        assertThat(policy.worthIt(mb, 10 * mb)).isTrue();
        assertThat(policy.worthIt(mb / 2, 10 * mb)).isFalse();
        assertThat(policy.worthIt(300 * mb, 10_000 * mb)).as("3 % of a 10 GB file is still 300 MB").isTrue();
        assertThat(policy.worthIt(100 * mb, 10_000 * mb)).isFalse();
        assertThat(policy.worthIt(32 << 10, 64 << 10)).as("half of a tiny file is still crumbs").isFalse();
        assertThat(policy.worthIt(0, 0)).isFalse();
        assertThat(Compaction.ALWAYS.worthIt(1, mb)).isTrue();
        assertThat(Compaction.ALWAYS.worthIt(0, mb)).isFalse();
    }

    @Test
    void aCopyLeftByAKilledCompactionIsRemovedByTheNextWriter() throws Exception {
        Store store = Store.create(tmp.resolve("db"));
        Path stray = store.dir().resolve(Store.DB_FILE + ".compacting");
        Files.writeString(stray, "half a copy");
        new StoreWriter(store).write(List.of(Docs.said("Maria Zakharova", "one thing")));
        assertThat(stray).doesNotExist();
    }

    /** Total blocks, free blocks, block size. */
    private static long[] blocks(Store store) {
        return store.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT total_blocks, free_blocks, block_size FROM pragma_database_size()")) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        });
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
