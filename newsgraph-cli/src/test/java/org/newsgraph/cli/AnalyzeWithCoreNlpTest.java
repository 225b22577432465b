package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.Analyzer;

/** The analyze command over the real analysis; one analyzer (CoreNLP loads once, ~5 s) for all tests. */
class AnalyzeWithCoreNlpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Analyzer shared;
    private static final Supplier<Analyzer> STANDARD = AnalyzeWithCoreNlpTest::standard;

    private static synchronized Analyzer standard() {
        if (shared == null) shared = Analyzer.standard();
        return shared;
    }

    @TempDir
    Path dir;

    @Test
    void threeLineJsonlWithABadLineGivesTwoDocumentsInOrderAndNamesTheBadLine() throws IOException {
        Path in = dir.resolve("three.jsonl");
        Files.writeString(in, """
                {"id": "one", "text": "Russia said on Thursday it had sent specialists to Venezuela."}
                {"id": "two", "txt": "misspelled field"}
                {"id": "three", "text": "“The situation is tense,” Carlos Martin Ruiz de Gordejuela said."}
                """);
        CliRun r = CliRun.run(STANDARD, "analyze", "--threads", "2", in.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.outLines()).hasSize(2);
        JsonNode first = JSON.readTree(r.outLines()[0]);
        JsonNode third = JSON.readTree(r.outLines()[1]);
        assertThat(first.get("id").asText()).isEqualTo("one");
        assertThat(third.get("id").asText()).isEqualTo("three");
        assertThat(third.get("origin").asText()).isEqualTo(in + "#3");
        assertThat(third.get("text").asText()).startsWith("“The situation");
        assertThat(r.errLines()).containsExactly("newsgraph: " + in + "#2: no \"text\" (or \"html\") field; each line must be {\"id\": …, \"text\": …}");
    }

    @Test
    void seedAsTextShowsItsHeadlineAndTheTable() {
        Path seed = Path.of("..", "examples", "seed", "article.txt");
        CliRun r = CliRun.run(STANDARD, "analyze", "--format", "text", seed.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("EU frowns, US roars as Russian troops start arriving in Venezuela\n")
                .containsPattern("#\\s+SPEAKER\\s+VIA\\s+CUE\\s+KIND\\s+CONTENT")
                .containsPattern("12\\s+Jose Rafael Torrealba.*\\s+was quoted as saying\\s+direct")
                .containsPattern("8\\s+\"media reports\"\\s+according to");
        assertThat(r.err()).isEmpty();
    }
}
