package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest into a store on a disk that fills up (a small tmpfs, which needs root to mount; skipped
 * otherwise, saying why): one line, exit 1, what was committed before kept and readable, and once there is
 * room again the same ingest completes.
 */
class FullDiskIT {
    private static final int ARTICLES = 1_000;

    @TempDir
    Path tmp;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Files.createDirectories(tmp.resolve("small-disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        mounted = p.waitFor() == 0;
        Assumptions.assumeTrue(mounted, "cannot mount an 16 MB tmpfs to fill (" + output + "); the full-disk test needs root");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
    }

    @Test
    void aFullDiskStopsTheIngestInOneLineKeepsWhatWasCommittedAndTheNextRunCompletes() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        StringBuilder sb = new StringBuilder();
        // Words drawn at random, so the database cannot compress the texts away.
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder words = new StringBuilder();
            while (words.length() < 1500) {
                words.append(' ');
                for (int k = 3 + random.nextInt(6); k > 0; k--) words.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(String.format(Locale.ROOT, "{\"id\": \"d%05d\", \"text\": \"Speaker%d said item %d went%s.\"}%n", i, i % 37, i, words));
        }
        Files.writeString(in, sb.toString());
        // Most of the disk taken by something else, freed later as a user would.
        Path ballast = Files.write(disk.resolve("ballast"), new byte[14 * 1024 * 1024]);
        Path db = disk.resolve("store");

        CliRun full = CliRun.run(FakeStage::analyzer, "ingest", "--db", db.toString(), "--batch-articles", "50", in.toString());
        assertThat(full.exit()).as(full.err()).isEqualTo(1);
        String last = full.errLines()[full.errLines().length - 1];
        // The disk fills while writing the tables or while writing the index beside them: either way one line.
        Matcher m = Pattern.compile("newsgraph: (no space left on the disk of " + Pattern.quote(db.toString())
                + "|cannot write the search index of " + Pattern.quote(db.toString()) + ": No space left on device)"
                + ".*; ([\\d,]+) articles committed before are kept").matcher(last);
        assertThat(m.matches()).as(full.err()).isTrue();
        assertThat(full.err()).doesNotContain("\tat ").doesNotContain("Exception");
        long kept = Long.parseLong(m.group(2).replace(",", ""));
        assertThat(kept).isBetween(1L, ARTICLES - 1L);
        assertThat(StoreSnapshot.articleCounts(db)).isEqualTo(kept + "/" + kept);
        assertThat(StoreSnapshot.orphans(db)).isZero();
        assertThat(StoreSnapshot.miscountedAliases(db)).isEmpty();

        Files.delete(ballast);
        CliRun again = CliRun.run(FakeStage::analyzer, "ingest", "--db", db.toString(), in.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.errLines()).containsExactly(String.format(Locale.ROOT,
                "%,d new, %,d already present, 0 failed", ARTICLES - kept, kept));
        assertThat(StoreSnapshot.articleCounts(db)).isEqualTo(ARTICLES + "/" + ARTICLES);
        assertThat(StoreSnapshot.orphans(db)).isZero();
    }
}
