package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexMergeTest {
    @TempDir
    Path tmp;

    @Test
    void aSmallIndexOfSeveralBatchesBecomesOneSegmentWithTheSameAnswers() throws Exception {
        Store store = Store.create(tmp.resolve("db"));
        StoreWriter writer = new StoreWriter(store);
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            for (int batch = 0; batch < 3; batch++) {
                writer.write(List.of(Docs.said("Maria Zakharova", "the planes carried equipment number " + batch),
                        Docs.said("Juan Guaido", "the elections were stolen in round " + batch)));
                index.catchUp();
            }
            assertThat(segments(store)).isEqualTo(3);
            Table before = store.read(c -> {
                try (Search s = Search.open(store)) {
                    return s.search(c, SearchQuery.articles("\"planes carried\""));
                }
            });

            assertThat(index.mergeIfSmall(Long.MAX_VALUE)).isTrue();

            assertThat(segments(store)).isEqualTo(1);
            Table after = store.read(c -> {
                try (Search s = Search.open(store)) {
                    return s.search(c, SearchQuery.articles("\"planes carried\""));
                }
            });
            assertThat(after.size()).isEqualTo(3);
            assertThat(after.rows()).isEqualTo(before.rows());
            assertThat(index.mergeIfSmall(Long.MAX_VALUE)).as("one segment is left alone").isFalse();
        }
    }

    @Test
    void anIndexOverTheLimitIsLeftAsItIs() throws Exception {
        Store store = Store.create(tmp.resolve("db"));
        StoreWriter writer = new StoreWriter(store);
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            for (int batch = 0; batch < 2; batch++) {
                writer.write(List.of(Docs.said("Maria Zakharova", "statement " + batch)));
                index.catchUp();
            }
            assertThat(index.mergeIfSmall(1)).isFalse();
            assertThat(segments(store)).isEqualTo(2);
        }
    }

    private static int segments(Store store) throws Exception {
        try (FSDirectory d = FSDirectory.open(store.indexDir())) {
            return SegmentInfos.readLatestCommit(d).size();
        }
    }
}
