package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.run(() -> {
            throw new AssertionError("eval extraction must not load the analyzer");
        }, args);
    }

    @Test
    void evalExtractionPrintsPrecisionRecallAndF1ForAZyteDirectory() throws IOException {
        Files.createDirectory(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p.html.gz")))) {
            out.write("<html><body><p>The council voted on Tuesday to close the bridge for repairs, officials said.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p\": {\"articleBody\": \"The council voted on Tuesday to close the bridge for repairs, officials said.\"}}");
        CliRun r = run("eval", "extraction", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("zyte article extraction\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    }

    @Test
    void aDirectoryOfNoKnownLayoutIsAUsageMistake() {
        CliRun r = run("eval", "extraction", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ground-truth.json");
    }

    @Test
    void evalAloneAsksForASubcommand() {
        CliRun r = run("eval");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("extraction");
    }

    @Test
    void benchExtractionReportsPagesPerSecond() throws IOException {
        Files.writeString(dir.resolve("a.html"), "<html><body><p>The council voted on Tuesday to close the bridge.</p></body></html>");
        CliRun r = run("bench", "--extraction", "--passes", "1", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 pages").containsPattern("extraction, 1 thread\\s+[\\d,]+");
    }
}
