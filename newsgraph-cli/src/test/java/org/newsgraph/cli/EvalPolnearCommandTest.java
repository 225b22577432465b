package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval polnear} over the stand-in analysis, on gold annotations written here in PolNeAR's layout. */
class EvalPolnearCommandTest {
    private static final java.util.function.Supplier<org.newsgraph.nlp.Analyzer> NO_ANALYSIS = () -> {
        throw new AssertionError("a bad gold file must be refused before any analysis");
    };

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
        CliRun d = CliRun.run(NO_ANALYSIS, "eval", "polnear", dir.toString());
        assertThat(d.exit()).isEqualTo(1);
        assertThat(d.errLines()).containsExactly("newsgraph: " + dir + ": a directory; give the gold JSONL file");
    }

    @Test
    void aLineThatIsNotJsonIsOneLineNamingTheFileAndTheLine() throws IOException {
        Path f = dir.resolve("broken.jsonl");
        Files.writeString(f, "{\"id\": \"one\", \"text\": \"Ana said it.\", \"quotes\": []}\n\nnot json\n");
        CliRun r = CliRun.run(NO_ANALYSIS, "eval", "polnear", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("newsgraph: " + f + "#3: not JSON: Unrecognized token 'not'");
    }

    @Test
    void aLineTheEvaluationCannotScoreIsNamedWithWhatIsWrong() throws IOException {
        String good = "{\"id\": \"one\", \"text\": \"Ana said it.\", \"quotes\": []}\n";
        assertThat(badLine(good + "{\"id\": \"two\", \"quotes\": []}\n"))
                .endsWith("#2: no \"text\" string; each line must be {\"id\": …, \"text\": …, \"quotes\": […]}");
        assertThat(badLine(good + "{\"text\": \"Bo said so.\", \"quotes\": [{\"content\": {\"spans\": [[8]]}}]}\n"))
                .endsWith("#2: quote 1: content span [8] is not a pair [begin, end] of whole numbers");
        assertThat(badLine(good + "{\"text\": \"Bo said so.\", \"quotes\": [{\"cue\": {\"spans\": [[3, 7]]}, \"content\": {\"spans\": [[8, 40]]}}]}\n"))
                .endsWith("#2: quote 1: content span [8,40] ends past the text (11 characters)");
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, (good + "{\"text\": \"caf\u00e9\"}\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun r = CliRun.run(NO_ANALYSIS, "eval", "polnear", latin1.toString());
        assertThat(r.errLines()).containsExactly("newsgraph: " + latin1 + "#2: not UTF-8 text");
    }

    private String badLine(String content) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.jsonl"), content);
        CliRun r = CliRun.run(NO_ANALYSIS, "eval", "polnear", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("newsgraph: " + f + "#");
        return r.errLines()[0];
    }
}
