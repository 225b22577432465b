package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.IngestLock;
import org.newsgraph.ingest.RepeatedIds;
import org.newsgraph.nlp.Analyzer;

/** The ingest command over the stand-in analysis (no CoreNLP), into real stores in a temporary directory. */
class IngestCommandTest {
    private static final Supplier<Analyzer> FAKE = FakeStage::analyzer;
    private static final Supplier<Analyzer> NO_ANALYSIS = () -> {
        throw new AssertionError("analysis was asked for, but every article is in the store already");
    };

    @TempDir
    Path tmp;

    private Path news() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("news"));
        Files.writeString(in.resolve("a.txt"), "Ana said the port would close.");
        Files.writeString(in.resolve("b.txt"), "Bo said it rained in Lima.");
        Files.writeString(in.resolve("c.jsonl"), """
                {"id": "wire-1", "text": "Cy said prices rose."}
                {"id": "wire-2", "text": "Di said the talks failed.", "published": "2024-03-01"}
                """);
        return in;
    }

    @Test
    void ingestingTheSameInputTwiceAddsNothingAndSpendsNoAnalysisTheSecondTime() throws IOException {
        Path in = news();
        Path db = tmp.resolve("store");
        CliRun first = CliRun.run(FAKE, "ingest", "--db", db.toString(), in.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.errLines()).containsExactly("4 new, 0 already present, 0 failed");
        List<Long> counts = Stream.of("articles", "mentions", "attributions", "entities", "entity_aliases", "entity_roles")
                .map(t -> StoreCounts.count(db, t)).toList();
        assertThat(counts).containsExactly(4L, 4L, 4L, 4L, 4L, 4L);
        assertThat(StoreCounts.rows(db, "SELECT source_text || ' · ' || content_text FROM attributions ORDER BY 1"))
                .containsExactly("Ana · the port would close", "Bo · it rained in Lima", "Cy · prices rose", "Di · the talks failed");

        CliRun second = CliRun.run(NO_ANALYSIS, "ingest", "--db", db.toString(), in.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.errLines()).containsExactly("0 new, 4 already present, 0 failed");
        assertThat(Stream.of("articles", "mentions", "attributions", "entities", "entity_aliases", "entity_roles")
                .map(t -> StoreCounts.count(db, t)).toList()).isEqualTo(counts);
    }

    @Test
    void theSameArticleTwiceInOneInputIsStoredOnce() throws IOException {
        Path in = tmp.resolve("twice.jsonl");
        Files.writeString(in, """
                {"id": "x", "text": "Ana said yes."}
                {"id": "x", "text": "Ana said yes."}
                """);
        CliRun r = CliRun.run(FAKE, "ingest", "--db", tmp.resolve("store").toString(), in.toString());
        assertThat(r.errLines()).containsExactly("1 new, 1 already present, 0 failed");
        assertThat(StoreCounts.count(tmp.resolve("store"), "articles")).isEqualTo(1);
    }

    @Test
    void anotherTextUnderAnIdAlreadyReadIsAWarningNamingTheRecordAndTheId() throws IOException {
        Path in = tmp.resolve("edited.jsonl");
        Files.writeString(in, """
                {"id": "x", "text": "Ana said yes."}
                {"id": "x", "text": "Ana said no."}
                {"id": "x", "text": "Ana said yes."}
                """);
        CliRun r = CliRun.run(FAKE, "ingest", "--db", tmp.resolve("store").toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.errLines()).containsExactly("1 new, 2 already present, 0 failed, 1 warning",
                "  1× warning: " + RepeatedIds.REASON + ": " + in + "#2 (id x)");
        assertThat(StoreCounts.rows(tmp.resolve("store"), "SELECT text FROM articles")).containsExactly("Ana said yes.");
    }

    @Test
    void anotherTextUnderAnIdStoredByAnEarlierIngestIsAWarningToo() throws IOException {
        Path db = tmp.resolve("store");
        Path first = tmp.resolve("first.jsonl");
        Files.writeString(first, "{\"id\": \"x\", \"text\": \"Ana said yes.\"}\n{\"id\": \"y\", \"text\": \"Bo said so.\"}\n");
        assertThat(CliRun.run(FAKE, "ingest", "--db", db.toString(), first.toString()).exit()).isZero();
        Path second = tmp.resolve("second.jsonl");
        Files.writeString(second, "{\"id\": \"y\", \"text\": \"Bo said so.\"}\n{\"id\": \"x\", \"text\": \"Ana said no.\"}\n");
        CliRun r = CliRun.run(NO_ANALYSIS, "ingest", "--db", db.toString(), second.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.errLines()).containsExactly("0 new, 2 already present, 0 failed, 1 warning",
                "  1× warning: " + RepeatedIds.REASON + ": " + second + "#2 (id x)");
    }

    @Test
    void aTruncatedGzipPageIsNewWithAWarningNotAFailure() throws IOException {
        String page = "<html><head><title>Bridge to close</title></head><body><article><p>Ana said the harbour bridge would"
                + " close for six weeks from Monday, and that buses would be diverted.</p></article></body></html>";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write((page + " ".repeat(3000)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] whole = bytes.toByteArray();
        Path in = tmp.resolve("cut.html.gz");
        Files.write(in, java.util.Arrays.copyOf(whole, whole.length - 12));
        CliRun r = CliRun.run(FAKE, "ingest", "--db", tmp.resolve("store").toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.errLines()).containsExactly("1 new, 0 already present, 0 failed, 1 warning",
                "  1× warning: the gzip data ends early (truncated file); what it held is read: " + in);
    }

    @Test
    void badRecordsAmongGoodOnesAreCountedAsFailedWithTheirOriginsAndTheOthersAreStored() throws IOException {
        Path in = tmp.resolve("mixed.jsonl");
        Files.writeString(in, """
                {"id": "one", "text": "Ana said it rains."}
                {"id": "two", "text":
                {"id": "three", "text": "BOOM said the stage."}
                {"id": "four", "text": "Bo said it snows."}
                {"id": "five", "text": "BOOM again."}
                """);
        Path db = tmp.resolve("store");
        CliRun r = CliRun.run(FAKE, "ingest", "--db", db.toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.errLines()[0]).isEqualTo("2 new, 0 already present, 3 failed");
        assertThat(r.err()).contains("2× analysis failed: IllegalStateException: stage bug on purpose: " + in + "#3, " + in + "#5")
                .contains("1× not JSON").contains(in + "#2").doesNotContain("\tat ");
        assertThat(StoreCounts.rows(db, "SELECT id FROM articles ORDER BY seq")).containsExactly("one", "four");
    }

    @Test
    void inputWithNothingGoodExitsOne() throws IOException {
        Path in = tmp.resolve("bad.jsonl");
        Files.writeString(in, "nope\n");
        CliRun r = CliRun.run(FAKE, "ingest", "--db", tmp.resolve("store").toString(), in.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()[0]).isEqualTo("0 new, 0 already present, 1 failed");
    }

    @Test
    void aDirectoryThatIsNotAStoreIsRefusedInOneLineAndLeftUntouched() throws IOException {
        Path photos = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(photos.resolve("holiday.jpg"), "not a store");
        CliRun r = CliRun.run(FAKE, "ingest", "--db", photos.toString(), news().toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("newsgraph: " + photos + " is not a newsgraph store");
        try (Stream<Path> files = Files.list(photos)) {
            assertThat(files).containsExactly(photos.resolve("holiday.jpg"));
        }
        assertThat(Files.readString(photos.resolve("holiday.jpg"))).isEqualTo("not a store");
    }

    @Test
    void aFileGivenAsTheStoreIsRefusedInOneLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "my notes");
        CliRun r = CliRun.run(FAKE, "ingest", "--db", file.toString(), news().toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("newsgraph: " + file + " is a file, not a store directory");
        assertThat(Files.readString(file)).isEqualTo("my notes");
    }

    @Test
    void aSecondIngestWhileOneRunsSaysWhichProcessToWaitFor() throws IOException {
        Path db = tmp.resolve("store");
        Path in = news();
        assertThat(CliRun.run(FAKE, "ingest", "--db", db.toString(), in.resolve("a.txt").toString()).exit()).isZero();
        IngestLock running = IngestLock.take(db);
        try {
            CliRun r = CliRun.run(FAKE, "ingest", "--db", db.toString(), in.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.errLines()).containsExactly("newsgraph: store " + db + " is held by another ingest or a running newsgraph serve (pid "
                    + ProcessHandle.current().pid() + "); wait for it to finish, or stop the server");
        } finally {
            running.close();
        }
        assertThat(StoreCounts.count(db, "articles")).isEqualTo(1);
        CliRun after = CliRun.run(FAKE, "ingest", "--db", db.toString(), in.toString());
        assertThat(after.errLines()).containsExactly("3 new, 1 already present, 0 failed");
    }
}
