package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.Analyzer;

/** Files dropped in a watched folder reach the store once, and only once they have settled. */
class FolderWatchTest {
    @TempDir
    Path dir;

    @Test
    void aSettledFileIsTakenInOnceAndAFileStillBeingWrittenWaits() throws IOException {
        Path drop = Files.createDirectory(dir.resolve("drop"));
        List<String> said = new CopyOnWriteArrayList<>();
        try (Ingester ingester = Ingester.open(dir.resolve("db"))) {
            FolderWatch w = FolderWatch.start(drop, ingester, () -> Analyzer.of(List.of()), Ingester.Options.DEFAULT, said::add, 3_600_000);
            w.close(); // the looks are made by hand below, so the test does not wait on a clock
            Files.writeString(drop.resolve("a.jsonl"), "{\"id\": \"a\", \"text\": \"One article.\"}\n");
            Files.writeString(drop.resolve("b.jsonl.part"), "{\"id\": \"b\", \"text\": \"Half written.\"}\n");
            w.look();
            assertThat(ingester.articles()).as("first seen: not yet settled").isZero();
            w.look();
            assertThat(ingester.articles()).isEqualTo(1);
            assertThat(said).containsExactly("newsgraph: watch: a.jsonl: 1 new, 0 already present, 0 failed");
            w.look();
            assertThat(said).as("taken once").hasSize(1);
            Files.writeString(drop.resolve("bad.jsonl"), "{not json\n");
            w.look();
            w.look();
            assertThat(said.get(1)).startsWith("newsgraph: watch: bad.jsonl: 0 new, 0 already present, 1 failed");
        }
    }
}
