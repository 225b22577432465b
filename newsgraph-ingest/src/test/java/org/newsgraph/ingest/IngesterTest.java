package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Sources;
import org.newsgraph.store.StoreException;

/**
 * Ingest as the server will use it: one store held open, several sources taken in one after another.
 * The analysis is left empty (no stages): what is tested is what reaches the store, not what it says.
 */
class IngesterTest {
    @TempDir
    Path dir;

    private static final Supplier<Analyzer> NO_STAGES = () -> Analyzer.of(List.of());

    @Test
    void oneOpenStoreTakesSourceAfterSourceAndNeverTwiceTheSameArticle() throws IOException {
        Path db = dir.resolve("db");
        Path first = write("first.jsonl", "{\"id\":\"a\",\"text\":\"One article.\"}\n{\"id\":\"b\",\"text\":\"Another one.\"}\n");
        Path second = write("second.jsonl", "{\"id\":\"b\",\"text\":\"Another one.\"}\n{\"id\":\"c\",\"text\":\"A third.\"}\n");
        try (Ingester ingester = Ingester.open(db)) {
            IngestSummary s1 = ingester.ingest(Sources.open(first), NO_STAGES, Ingester.Options.DEFAULT, Ingester.Listener.NONE);
            assertThat(s1.added()).isEqualTo(2);
            IngestSummary s2 = ingester.ingest(Sources.open(second), NO_STAGES, Ingester.Options.DEFAULT, Ingester.Listener.NONE);
            assertThat(s2.added()).isEqualTo(1);
            assertThat(s2.present()).isEqualTo(1);
            assertThat(ingester.articles()).isEqualTo(3);
        }
        try (Ingester again = Ingester.open(db)) {
            assertThat(again.articles()).as("kept on disk").isEqualTo(3);
        }
    }

    @Test
    void aBadRecordIsCountedAndTheOthersStored() throws IOException {
        Path in = write("mixed.jsonl", "{\"id\":\"a\",\"text\":\"Fine.\"}\n{not json\n{\"id\":\"c\",\"text\":\"Also fine.\"}\n");
        int[] steps = {0};
        try (Ingester ingester = Ingester.open(dir.resolve("db"))) {
            IngestSummary s = ingester.ingest(Sources.open(in), NO_STAGES, Ingester.Options.DEFAULT, new Ingester.Listener() {
                @Override
                public void step() {
                    steps[0]++;
                }
            });
            assertThat(s.added()).isEqualTo(2);
            assertThat(s.failed()).isEqualTo(1);
            assertThat(s.nothingIngested()).isFalse();
            assertThat(s.lines()).anyMatch(l -> l.contains("mixed.jsonl"));
        }
        assertThat(steps[0]).as("a step per record, the bad one too").isEqualTo(3);
    }

    @Test
    void aSecondWriterIsToldWhoHoldsTheStore() {
        Path db = dir.resolve("db");
        try (Ingester holder = Ingester.open(db)) {
            assertThatThrownBy(() -> Ingester.open(db)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is held by another ingest or a running newsgraph serve (pid " + ProcessHandle.current().pid());
        }
    }

    @Test
    void aStoreMadeForNothingIsRemoved() throws IOException {
        Path db = dir.resolve("db");
        Path empty = write("empty.jsonl", "");
        Ingester ingester = Ingester.open(db);
        ingester.ingest(Sources.open(empty), NO_STAGES, Ingester.Options.DEFAULT, Ingester.Listener.NONE);
        ingester.close();
        assertThat(db).doesNotExist();
        assertThat(ingester.closingNote()).isEqualTo("nothing was stored, so no store was made in " + db);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
