package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchServerCommandTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheServerWhileArticlesArePostedAndReportsEveryKindOfRequest() throws IOException {
        Path db = dir.resolve("db");
        Path in = Files.writeString(dir.resolve("a.jsonl"),
                "{\"id\": \"a\", \"text\": \"Maria Zakharova said the plan was reckless.\"}\n"
                        + "{\"id\": \"b\", \"text\": \"Dmitry Peskov said Russia was not threatening anyone.\"}\n");
        assertThat(CliRun.run(FakeStage::analyzer, "ingest", "--db", db.toString(), in.toString()).exit()).isZero();
        Path more = Files.writeString(dir.resolve("more.jsonl"), "{\"id\": \"c\", \"text\": \"Pompeo said the sanctions stay.\"}\n");

        CliRun r = CliRun.run(FakeStage::analyzer, "bench-server", "--db", db.toString(), "--connections", "2", "--seconds", "1",
                "--ingest", more.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("quotes +[\\d,]+ +0 ").containsPattern("search +[\\d,]+ +0 ")
                .containsPattern("article page +[\\d,]+ +0 ").contains("requests/s over 2 connections")
                .contains("meanwhile 1 articles posted and stored");
        assertThat(CliRun.run(FakeStage::analyzer, "ingest", "--db", db.toString(), more.toString()).err())
                .as("the posted article is in the store").contains("0 new, 1 already present");
    }
}
