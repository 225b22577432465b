package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest, at several moments, then the same ingest again: the store must hold
 * every article exactly once with all its rows, as a clean ingest of the same input does. The ingest runs
 * in a child JVM (the real command and store, the stand-in analysis) and is killed with SIGKILL.
 */
class IngestKillIT {
    private static final int ARTICLES = 2000;

    @TempDir
    Path tmp;

    @Test
    void ingestKilledAtSeveralMomentsAndRunAgainHoldsEveryArticleOnceWithAllItsRows() throws Exception {
        Path in = StoreSnapshot.articles(tmp.resolve("in.jsonl"), ARTICLES);
        Path reference = tmp.resolve("reference");
        CliRun clean = CliRun.run(FakeStage::analyzer, "ingest", "--db", reference.toString(), "--threads", "2", in.toString());
        assertThat(clean.errLines()).containsExactly("2,000 new, 0 already present, 0 failed");
        List<String> expected = StoreSnapshot.perArticle(reference);

        Path db = tmp.resolve("killed");
        long stored = 0;
        // Kill as soon as the first batch is in, then again well into the run.
        for (long killAt : List.of(1L, 700L)) {
            Path err = tmp.resolve("err-" + killAt + ".txt");
            Process p = ChildJvm.start(FakeAnalyzerMain.class, tmp.resolve("out.txt"), err,
                    "ingest", "--db", db.toString(), "--threads", "2", "--batch-articles", "25", in.toString());
            StoreSnapshot.waitFor(db, Math.max(killAt, stored + 1), p, err);
            p.destroyForcibly().waitFor();
            assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(137);

            stored = StoreSnapshot.articlesOrNone(db);
            assertThat(stored).as("killed in the middle").isBetween(1L, ARTICLES - 1L);
            assertThat(StoreSnapshot.articleCounts(db)).isEqualTo(stored + "/" + stored);
            assertThat(StoreSnapshot.orphans(db)).isZero();
            assertThat(StoreSnapshot.miscountedAliases(db)).isEmpty();
            assertThat(expected).containsAll(StoreSnapshot.perArticle(db));
        }

        CliRun again = CliRun.run(FakeStage::analyzer, "ingest", "--db", db.toString(), "--threads", "2", in.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.errLines()).containsExactly(String.format(java.util.Locale.ROOT,
                "%,d new, %,d already present, 0 failed", ARTICLES - stored, stored));
        assertThat(StoreSnapshot.articleCounts(db)).isEqualTo(ARTICLES + "/" + ARTICLES);
        assertThat(StoreSnapshot.perArticle(db)).isEqualTo(expected);
        assertThat(StoreSnapshot.orphans(db)).isZero();
        assertThat(StoreSnapshot.miscountedAliases(db)).isEmpty();
        assertThat(StoreCounts.rows(db, "SELECT entity_key || ' ' || alias || ' ' || articles FROM entity_aliases ORDER BY 1"))
                .isEqualTo(StoreCounts.rows(reference, "SELECT entity_key || ' ' || alias || ' ' || articles FROM entity_aliases ORDER BY 1"));
    }
}
