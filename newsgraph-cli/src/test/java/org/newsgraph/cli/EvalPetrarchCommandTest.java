package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPetrarchCommandTest {
    @TempDir
    Path dir;

    private String[] args(String actors) throws IOException {
        Path a = write("actors.txt", actors);
        Path g = write("agents.txt", "PRESIDENT [~GOV]\n");
        Path v = write("verbs.txt", "--- ACCUSE [112] ---\nACCUSE\n- * (OF TREASON) [1121]\n");
        Path d = write("discards.txt", "+FOOTBALL\n");
        Path tests = write("tests.jsonl",
                "{\"id\": \"T-1\", \"published\": \"20120501\", \"text\": \"Arnor accused Gondor of treason on Monday.\","
                        + " \"expected\": [{\"source\": \"ARN\", \"target\": \"GON\", \"cameo\": \"1121\"}]}\n"
                        + "{\"id\": \"T-2\", \"published\": \"20120501\", \"text\": \"Arnor did not accuse Gondor.\", \"expected\": []}\n");
        return new String[] {"eval", "petrarch", "--only-given-dictionaries", "--actors", a.toString(), "--agents", g.toString(),
                "--verbs", v.toString(), "--discards", d.toString(), "--errors", dir.resolve("errors.txt").toString(), tests.toString()};
    }

    @Test
    void scoresCodingsWithTheGivenDictionaries() throws IOException {
        CliRun r = CliRun.run(org.newsgraph.nlp.Analyzer::standard, args("ARNOR [ARN]\nGONDOR [GON]\n"));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 sentences, 1 expected codings, 1 coded, 1 right").contains("F1 100.0")
                .contains("sentences right 2 of 2 (100.0 %)");
        assertThat(Files.readString(dir.resolve("errors.txt"))).isEmpty();
    }

    @Test
    void aWrongCodingIsListed() throws IOException {
        CliRun r = CliRun.run(org.newsgraph.nlp.Analyzer::standard, args("ARNOR [ARN]\nGONDOR [GDR]\n"));

        assertThat(r.out()).contains("1 coded, 0 right").contains("by event category (CAMEO root): 0 right")
                .as("the sentence that expects nothing gets nothing").contains("sentences right 1 of 2 (50.0 %)");
        assertThat(Files.readString(dir.resolve("errors.txt"))).contains("T-1  missed [ARN 1121 GON]  spurious [ARN 1121 GDR]");
    }

    @Test
    void aBadDictionaryLineIsOneLineNamingIt() throws IOException {
        CliRun r = CliRun.run(org.newsgraph.nlp.Analyzer::standard, args("ARNOR [ARN]\nGONDOR [GON 20121301-20130101]\n"));

        assertThat(r.exit()).isEqualTo(Main.FAILED);
        assertThat(r.err().strip()).isEqualTo("newsgraph: " + dir.resolve("actors.txt") + ":2: not a date in [GON 20121301-20130101]");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
