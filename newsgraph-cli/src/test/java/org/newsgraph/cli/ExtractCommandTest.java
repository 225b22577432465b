package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract runs no analysis: the analyzer supplier here fails if it is ever called. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    static final String PAGE = "<html><head><title>Harbour bridge to close for six weeks - Daily Example</title></head><body>"
            + "<nav><a href=/>Home</a></nav><p>The harbour bridge will close for six weeks from Monday, the council said.</p>"
            + "<p>Buses will be diverted over the older crossings, a spokeswoman said.</p></body></html>";

    static CliRun run(String... args) {
        return CliRun.run(() -> {
            throw new AssertionError("extract must not load the analyzer");
        }, args);
    }

    @Test
    void printsOneJsonObjectPerArticleWithMetadataTextAndBodyButNoAnalysis() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        Path text = Files.writeString(dir.resolve("a.txt"), "Storm closes schools\n\nSchools closed on Friday.\n\n[Edited by Sam Morgan]\n");
        CliRun r = run("extract", "--format", "jsonl", page.toString(), text.toString());

        assertThat(r.exit()).isZero();
        String[] lines = r.outLines();
        assertThat(lines).hasSize(2);
        JsonNode html = new ObjectMapper().readTree(lines[0]);
        assertThat(html.get("origin").asText()).isEqualTo(page.toString());
        assertThat(html.get("headline").asText()).isEqualTo("Harbour bridge to close for six weeks");
        assertThat(html.get("text").asText()).startsWith("The harbour bridge").doesNotContain("Home");
        assertThat(html.get("body")).hasSize(2);
        assertThat(fieldNames(html)).contains("url", "byline", "published", "captions").doesNotContain("entities", "attributions");
        JsonNode txt = new ObjectMapper().readTree(lines[1]);
        assertThat(txt.get("editor").asText()).isEqualTo("Sam Morgan");
        assertThat(txt.get("body")).hasSize(1);
    }

    @Test
    void problemsAreOneLineEachAndTheRestIsExtracted() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.rss"), "not xml");
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        CliRun r = run("extract", "--format", "text", bad.toString(), page.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.errLines()).containsExactly("newsgraph: " + bad + ": not a readable RSS or Atom feed: " + r.errLines()[0].replaceFirst(".*feed: ", ""));
        assertThat(r.out()).contains("headline:  Harbour bridge to close for six weeks").contains("Buses will be diverted");
    }

    @Test
    void jsonFormatIsOneArrayAndNothingExtractedExitsOne() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        CliRun r = run("extract", "--format", "json", page.toString(), page.toString());
        assertThat(new ObjectMapper().readTree(r.out())).hasSize(2);

        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertThat(run("extract", empty.toString()).exit()).isEqualTo(1);
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
