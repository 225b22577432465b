package org.newsgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalTest {
    static final String PARAGRAPH = "The council voted on Tuesday to close the harbour bridge for six weeks of repairs,"
            + " which engineers say cannot wait any longer.";

    static void gzip(Path p, String s) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresAZyteLayoutDirectory(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("html"));
        gzip(dir.resolve("html/a.html.gz"), "<html><body><nav><a href=/>Home</a></nav><p>" + PARAGRAPH + "</p></body></html>");
        gzip(dir.resolve("html/b.html.gz"), "<html><body><p>" + PARAGRAPH + "</p></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"), "{\"a\": {\"articleBody\": \"" + PARAGRAPH + "\", \"url\": \"http://x/a\"},"
                + " \"b\": {\"articleBody\": \"Something else entirely, about ferries and their fares next year.\", \"url\": null}}");

        ExtractionEval.Report r = ExtractionEval.run(dir);

        assertThat(r.layout()).isEqualTo(ExtractionEval.Layout.ZYTE);
        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isEqualTo(0.5);
    }

    @Test
    void scoresAReadabilityLayoutDirectory(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.writeString(one.resolve("source.html"), "<html><head><title>Bridge to close for repairs</title>"
                + "<meta name=author content='Jane Doe'></head><body><p>" + PARAGRAPH + "</p></body></html>");
        Files.writeString(one.resolve("expected-metadata.json"), "{\"title\": \"Bridge to close  for repairs\", \"byline\": \"Jane Doe\"}");
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(two.resolve("source.html"), "<html><head><title>Another title entirely here</title></head><body></body></html>");
        Files.writeString(two.resolve("expected-metadata.json"), "{\"title\": \"Not what the page says\", \"byline\": null}");

        ExtractionEval.Report r = ExtractionEval.run(dir);

        assertThat(r.layout()).isEqualTo(ExtractionEval.Layout.READABILITY);
        assertThat(r.titleAccuracy()).isEqualTo(0.5);
        assertThat(r.bylineAccuracy()).isEqualTo(1.0);
        assertThat(r.bylinePages()).isEqualTo(1);
    }

    @Test
    void aDirectoryOfNeitherLayoutIsAUserMistakeThatSaysWhatIsExpected(@TempDir Path dir) {
        assertThatThrownBy(() -> ExtractionEval.run(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ground-truth.json").hasMessageContaining("source.html");
    }
}
