package org.newsgraph.cli;

import org.newsgraph.cli.output.Terminal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.Analyzer;

/** The analyze command over a stand-in analysis (no CoreNLP), so the tests are about the command. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Supplier<Analyzer> FAKE = FakeStage::analyzer;

    @TempDir
    Path dir;

    private String write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    @Test
    void jsonlWithABadLineInTheMiddleGivesTheGoodOnesInOrderAndOneErrorLine() throws IOException {
        String in = write("three.jsonl", """
                {"id": "first", "text": "Ana said it rains."}
                {"id": "second", "text":
                {"id": "third", "text": "Bo said it snows."}
                """);
        CliRun r = CliRun.run(FAKE, "analyze", "--format", "jsonl", in);
        assertThat(r.exit()).isZero();
        assertThat(r.outLines()).hasSize(2);
        assertThat(JSON.readTree(r.outLines()[0]).get("id").asText()).isEqualTo("first");
        assertThat(JSON.readTree(r.outLines()[0]).get("origin").asText()).isEqualTo(in + "#1");
        assertThat(JSON.readTree(r.outLines()[1]).get("id").asText()).isEqualTo("third");
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("newsgraph: " + in + "#2: not JSON");
    }

    @Test
    void outputKeepsInputOrderWhenLaterArticlesFinishFirst() throws IOException {
        StringBuilder sb = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Slow and fast articles interleaved: 9 → 90 ms, 0 → none.
            int delay = i % 3 == 0 ? 9 : 0;
            ids.add("n" + i);
            sb.append("{\"id\": \"n").append(i).append("\", \"text\": \"").append(delay).append(" Cy said ").append(i).append(".\"}\n");
        }
        String in = write("many.jsonl", sb.toString());
        CliRun r = CliRun.run(FAKE, "analyze", "--threads", "4", "--format", "jsonl", in);
        assertThat(r.exit()).isZero();
        List<String> got = new ArrayList<>();
        for (String line : r.outLines()) got.add(JSON.readTree(line).get("id").asText());
        assertThat(got).containsExactlyElementsOf(ids);
    }

    @Test
    void allBadInputExitsOneWithALinePerProblem() throws IOException {
        String empty = write("empty.txt", "");
        String bad = write("bad.jsonl", "nope\n{\"id\": 1}\n");
        CliRun r = CliRun.run(FAKE, "analyze", empty, bad, dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("newsgraph: " + empty + ": empty file")
                .contains("newsgraph: " + bad + "#1: not JSON")
                .contains("newsgraph: " + bad + "#2: no \"text\"")
                .contains("missing.txt: no such file or directory")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        CliRun r = CliRun.run(FAKE, "analyze", "--frobnicate", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate");
    }

    @Test
    void badFormatAndZeroThreadsAreUsageErrors() {
        assertThat(CliRun.run(FAKE, "analyze", "--format", "xml", "x.txt").exit()).isEqualTo(2);
        CliRun r = CliRun.run(FAKE, "analyze", "--threads", "0", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()[0]).isEqualTo("newsgraph: analyze: invalid value for option '--threads': give 1 or more, not 0");
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun r = CliRun.run(FAKE);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("analyze");
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(CliRun.run(FAKE, "--version").out()).startsWith("newsgraph ");
        CliRun help = CliRun.run(FAKE, "analyze", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--format").contains("--threads");
    }

    @Test
    void aRecordThatBreaksTheAnalysisIsOneLineNamingItAndTheRestGoesOn() throws IOException {
        String in = write("boom.jsonl", """
                {"id": "ok1", "text": "Ana said fine."}
                {"id": "bad", "text": "BOOM goes the stage."}
                {"id": "ok2", "text": "Bo said fine too."}
                """);
        CliRun r = CliRun.run(FAKE, "analyze", "--format", "jsonl", in);
        assertThat(r.exit()).isZero();
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).startsWith("newsgraph: " + in + "#2: analysis failed").contains("--debug");

        CliRun debug = CliRun.run(FAKE, "analyze", "--debug", "--format", "jsonl", in);
        assertThat(debug.err()).contains("stage bug on purpose").contains("\tat ");
    }

    @Test
    void anArticleThatExhaustsMemoryIsSkippedWithAdviceAndTheRestGoesOn() throws IOException {
        String in = write("huge.jsonl", """
                {"id": "big", "text": "HUGE text."}
                {"id": "ok", "text": "Ana said fine."}
                """);
        CliRun r = CliRun.run(FAKE, "analyze", in);
        assertThat(r.exit()).isZero();
        assertThat(r.outLines()).hasSize(1);
        assertThat(r.err()).startsWith("newsgraph: " + in + "#1: out of memory").contains("-Xmx");
    }

    @Test
    void jsonFormatIsOneObjectForOneArticleAndAnArrayForSeveral() throws IOException {
        String one = write("one.txt", "Ana said it rains.");
        JsonNode single = JSON.readTree(CliRun.run(FAKE, "analyze", "--format", "json", one).out());
        assertThat(single.isObject()).isTrue();
        assertThat(single.get("attributions").get(0).get("cue").get("text").asText()).isEqualTo("said");

        String two = write("two.jsonl", "{\"id\": \"a\", \"text\": \"Ana said x.\"}\n{\"id\": \"b\", \"text\": \"Bo said y.\"}\n");
        CliRun r = CliRun.run(FAKE, "analyze", "--format", "json", two);
        JsonNode array = JSON.readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).extracting(n -> n.get("id").asText()).containsExactly("a", "b");
    }

    @Test
    void defaultFormatIsTextAtATerminalAndJsonlOtherwise() throws IOException {
        String in = write("t.txt", "Headline\n\nAna said it rains.");
        Terminal tty = new Terminal(true, true, 80, false);
        CliRun atTerminal = CliRun.run(FAKE, tty, stdinOf(""), "analyze", in);
        assertThat(atTerminal.out()).startsWith("Headline\n").contains("SPEAKER");
        CliRun piped = CliRun.run(FAKE, "analyze", in);
        assertThat(JSON.readTree(piped.out()).get("headline").asText()).isEqualTo("Headline");
    }

    @Test
    void fullAsksForTheTextFormatEvenInAPipeAndRefusesAnotherFormat() throws IOException {
        String in = write("full.txt", "Headline\n\nAna said it rains.");
        CliRun full = CliRun.run(FAKE, "analyze", "--full", in);
        assertThat(full.exit()).as(full.err()).isZero();
        assertThat(full.out()).startsWith("Headline\n").contains("SPEAKER").doesNotContain("\u001b[");
        CliRun json = CliRun.run(FAKE, "analyze", "--full", "--format", "jsonl", in);
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("--full shapes the text format");
    }

    @Test
    void stdinIsReadWhenThePathIsADash() throws IOException {
        CliRun r = CliRun.run(FAKE, Terminal.piped(), stdinOf("{\"id\": \"s1\", \"text\": \"Ana said so.\"}\n"),
                "analyze", "-");
        assertThat(r.exit()).isZero();
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.get("id").asText()).isEqualTo("s1");
        assertThat(n.get("origin").asText()).isEqualTo("stdin#1");
    }

    @Test
    void progressBarNeverShowsWhenStderrIsNotATerminal() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) sb.append("{\"text\": \"Ana said ").append("x".repeat(100)).append(i).append(".\"}\n");
        String in = write("big.jsonl", sb.toString());
        CliRun r = CliRun.run(FAKE, "analyze", in);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).hasSize(3000);
    }

    private static ByteArrayInputStream stdinOf(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void webPagesAndFeedsAreAnalyzedLikeAnyArticleWithTheirHeadlineApart() throws IOException {
        String page = write("page.html", "<html><head><title>Harbour bridge to close for six weeks | Daily Example</title></head>"
                + "<body><nav><a href=/>Home</a></nav><p>Ana said the harbour bridge will close for six weeks from Monday.</p></body></html>");
        String feed = write("news.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item>"
                + "<title>Ferry fares rise</title><description>Bo said ferry fares will rise in spring.</description></item></channel></rss>");
        CliRun r = CliRun.run(FAKE, "analyze", "--format", "jsonl", page, feed);

        assertThat(r.exit()).isZero();
        assertThat(r.outLines()).hasSize(2);
        JsonNode first = JSON.readTree(r.outLines()[0]);
        assertThat(first.get("headline").asText()).isEqualTo("Harbour bridge to close for six weeks");
        assertThat(first.get("text").asText()).isEqualTo("Ana said the harbour bridge will close for six weeks from Monday.");
        JsonNode second = JSON.readTree(r.outLines()[1]);
        assertThat(second.get("origin").asText()).isEqualTo(feed + "#1");
        assertThat(second.get("headline").asText()).isEqualTo("Ferry fares rise");
    }
}
