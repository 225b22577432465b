package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analyze and ingest take the event dictionaries too; a bad one stops them before they read or write. */
class DictionaryOptionsTest {
    @TempDir
    Path dir;

    @Test
    void analyzeCodesWithAGivenActorOverPhoenixs() throws IOException {
        Path actors = write("actors.txt", "ARNOR [ARN]\n");
        Path text = write("a.txt", "Arnor accused Russia of meddling.");
        CliRun r = CliRun.run(org.newsgraph.nlp.Analyzer::standard, "analyze", "--format", "jsonl", "--actors", actors.toString(), text.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        // Phoenix knows the river Arno (ITA), whose stem ARNO would match; the given name, spelt as written, wins.
        assertThat(r.out()).contains("\"source_actor\":\"ARN\"").contains("\"cameo\":\"112\"").contains("\"target_actor\":\"RUS\"");
    }

    @Test
    void aBadDictionaryStopsIngestBeforeTheStoreExists() throws IOException {
        Path actors = write("actors.txt", "ARNOR [ARN 20121301-20130101]\n");
        Path db = dir.resolve("db");
        CliRun r = CliRun.run(FakeStage::analyzer, "ingest", "--db", db.toString(), "--actors", actors.toString(),
                write("a.txt", "Some text.").toString());

        assertThat(r.exit()).isEqualTo(Main.FAILED);
        assertThat(r.err().strip()).isEqualTo("newsgraph: " + actors + ":1: not a date in [ARN 20121301-20130101]");
        assertThat(db).doesNotExist();
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
