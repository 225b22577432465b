package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQuotesCommandTest {
    @TempDir
    Path dir;

    private Path gold(String speaker) throws IOException {
        Files.createDirectories(dir.resolve("extraction/site"));
        Files.writeString(dir.resolve("extraction/site/page.html"),
                "<html><body><article><p>Ines Dalton said the harbour would be dredged in spring.</p></article></body></html>");
        Files.createDirectories(dir.resolve("quotes"));
        Path gold = dir.resolve("quotes/gold.jsonl");
        Files.writeString(gold, "{\"page\": \"site/page.html\", \"attributions\": [{\"speaker\": \"" + speaker
                + "\", \"aliases\": [], \"speaker_type\": \"PERSON\", \"source_text\": \"Ines Dalton\", \"cue\": \"said\","
                + " \"content\": \"the harbour would be dredged in spring\", \"kind\": \"indirect\", \"via\": null}]}\n");
        return gold;
    }

    @Test
    void scoresEachPageOfTheGoldFileFoundBesideIt() throws IOException {
        CliRun r = CliRun.run(FakeStage::analyzer, "eval", "quotes", "--per-page", gold("Ines Dalton").toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("site/page\\.html\\s+1\\s+1\\s+100\\.0\\s+100\\.0\\s+100\\.0");
        assertThat(r.out()).containsPattern("all \\(1 pages\\)\\s+1\\s+1");
    }

    @Test
    void theErrorListingNamesAWrongSpeaker() throws IOException {
        Path errors = dir.resolve("errors.txt");
        CliRun r = CliRun.run(FakeStage::analyzer, "eval", "quotes", "--errors", errors.toString(), gold("Karl Berg").toString());

        assertThat(r.exit()).isZero();
        assertThat(Files.readString(errors)).contains("SPEAKER  Karl Berg").contains("got Ines Dalton");
    }

    @Test
    void aMissingPageCountsAsMissedAndIsNamed() throws IOException {
        Path gold = gold("Ines Dalton");
        Files.delete(dir.resolve("extraction/site/page.html"));
        CliRun r = CliRun.run(FakeStage::analyzer, "eval", "quotes", gold.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("site/page.html");
        assertThat(r.out()).containsPattern("all \\(1 pages\\)\\s+1\\s+0");
    }

    @Test
    void aBrokenGoldLineIsNamed() throws IOException {
        Path gold = dir.resolve("bad.jsonl");
        Files.writeString(gold, "{\"page\": \"x\"}\nnot json\n");
        CliRun r = CliRun.run(FakeStage::analyzer, "eval", "quotes", "--pages", dir.toString(), gold.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("bad.jsonl#2");
    }
}
