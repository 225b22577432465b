package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval polnear} over the stand-in analysis, on gold annotations written here in PolNeAR's layout. */
class EvalPolnearCommandTest {
    @TempDir
    Path dir;

    private Path gold() throws IOException {
        // Article 1: the stand-in finds exactly the gold attribution. Article 2: same source and cue, but the
        // gold content is shorter than what the stand-in reads ("it" vs "it rained").
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, """
                {"id": "one", "text": "Ana said the port would close.", "quotes": [{"source": {"text": "Ana", "spans": [[0, 3]]}, "cue": {"text": "said", "spans": [[4, 8]]}, "content": {"text": "the port would close", "spans": [[9, 29]]}}]}
                {"id": "two", "text": "Bo said it rained.", "quotes": [{"source": {"text": "Bo", "spans": [[0, 2]]}, "cue": {"text": "said", "spans": [[3, 7]]}, "content": {"text": "it", "spans": [[8, 10]]}}]}
                """);
        return f;
    }

    @Test
    void scoresEachRoleByExactSpans() throws IOException {
        CliRun r = CliRun.run(FakeStage::analyzer, "eval", "polnear", "--threads", "2", gold().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("source\\s+100\\.0\\s+100\\.0\\s+100\\.0\\s+2\\s+0\\s+0")
                .containsPattern("cue\\s+100\\.0\\s+100\\.0\\s+100\\.0\\s+2\\s+0\\s+0")
                .containsPattern("content\\s+50\\.0\\s+50\\.0\\s+50\\.0\\s+1\\s+1\\s+1");
    }

    @Test
    void writesTheMissesWhenAsked() throws IOException {
        Path errors = dir.resolve("errors.txt");
        CliRun r = CliRun.run(FakeStage::analyzer, "eval", "polnear", "--errors", errors.toString(), gold().toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(errors)).contains("it rained");
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        CliRun r = CliRun.run(FakeStage::analyzer, "eval", "polnear", dir.resolve("nope.jsonl").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("nope.jsonl: no such file");
    }

    @Test
    void aLineThatIsNotJsonIsOneLineNamingTheFile() throws IOException {
        Path f = dir.resolve("broken.jsonl");
        Files.writeString(f, "{\"id\": \"one\", \"text\": \"Ana said it.\", \"quotes\": []}\nnot json\n");
        CliRun r = CliRun.run(FakeStage::analyzer, "eval", "polnear", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("newsgraph: " + f);
    }
}
