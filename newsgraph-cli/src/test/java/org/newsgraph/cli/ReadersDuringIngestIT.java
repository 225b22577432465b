package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While an ingest writes a store (a child JVM), readers in other processes (this JVM, and another child)
 * count its articles: no read fails, and the count never goes down; a second ingest is turned away.
 */
class ReadersDuringIngestIT {
    private static final int ARTICLES = 2000;

    @TempDir
    Path tmp;

    @Test
    void readersInOtherProcessesSeeAGrowingCountAndNeverFail() throws Exception {
        Path in = StoreSnapshot.articles(tmp.resolve("in.jsonl"), ARTICLES);
        Path db = tmp.resolve("store");
        Path ingestErr = tmp.resolve("ingest-err.txt");
        Process ingest = ChildJvm.start(FakeAnalyzerMain.class, tmp.resolve("ingest-out.txt"), ingestErr,
                "ingest", "--db", db.toString(), "--threads", "2", "--batch-articles", "25", in.toString());
        StoreSnapshot.waitFor(db, 1, ingest, ingestErr);
        CliRun second = CliRun.run(FakeStage::analyzer, "ingest", "--db", db.toString(), in.toString());
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.errLines()).containsExactly("newsgraph: store " + db + " is held by another ingest or a running newsgraph serve (pid "
                + ingest.pid() + "); wait for it to finish, or stop the server");

        Path readerOut = tmp.resolve("reader-out.txt");
        Process reader = ChildJvm.start(ArticleCounterMain.class, readerOut, tmp.resolve("reader-err.txt"), db.toString(), "200");
        List<Long> here = new ArrayList<>();
        while (ingest.isAlive()) {
            here.add(StoreCounts.count(db, "articles"));
            Thread.sleep(10);
        }
        assertThat(ingest.waitFor()).as(Files.readString(ingestErr)).isZero();
        assertThat(Files.readString(ingestErr)).startsWith("2,000 new, 0 already present, 0 failed");
        assertThat(reader.waitFor()).as(Files.readString(readerOut)).isZero();

        List<Long> there = Files.readAllLines(readerOut).stream().map(Long::parseLong).toList();
        assertThat(there).hasSize(200).isSorted();
        assertThat(here).isSorted();
        assertThat(here).as("reads while the ingest ran").anyMatch(n -> n > 0 && n < ARTICLES);
        assertThat(StoreCounts.count(db, "articles")).isEqualTo(ARTICLES);
    }
}
