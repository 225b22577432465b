package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.source.Entries.article;
import static org.newsgraph.source.Entries.problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A stream read as the file its address names, as a Spark job hands files over. */
class NamedStreamsTest {
    @Test
    void readsAStreamInTheFormatItsNameAnnounces() {
        String jsonl = "{\"id\": \"a\", \"text\": \"Officials said it rained.\"}\n{\"id\": \"b\", \"text\": \n";
        List<Entry> read = read(stream(jsonl), "hdfs://cluster/news/day.jsonl");
        assertThat(read).hasSize(2);
        assertThat(article(read.get(0)).origin()).isEqualTo("hdfs://cluster/news/day.jsonl#1");
        assertThat(problem(read.get(1)).origin()).isEqualTo("hdfs://cluster/news/day.jsonl#2");
    }

    @Test
    void aTextFileIsOneArticleEvenWhenItLooksLikeJson() {
        List<Entry> read = read(stream("{not json, a note}"), "s3a://bucket/notes/x.txt");
        assertThat(article(read.get(0)).text()).isEqualTo("{not json, a note}");
    }

    @Test
    void gzipAndUnnamedKindsAreRecognisedFromTheContent() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write("{\"id\": \"g\", \"text\": \"A gzipped line.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(article(read(new ByteArrayInputStream(b.toByteArray()), "file:/data/part-0001.jsonl.gz").get(0)).id()).isEqualTo("g");
        assertThat(article(read(stream("{\"id\": \"s\", \"text\": \"Sniffed.\"}\n"), "file:/data/part-0002").get(0)).id()).isEqualTo("s");
    }

    @Test
    void tellsArticleFilesFromMarkersAndOtherKinds() {
        assertThat(Sources.isArticleFile("hdfs://nn/news/2019/crawl-00001.warc.gz")).isTrue();
        assertThat(Sources.isArticleFile("file:/data/Feed.RSS")).isTrue();
        assertThat(Sources.isArticleFile("file:/data/out/_SUCCESS")).isFalse();
        assertThat(Sources.isArticleFile("file:/data/.part-0001.jsonl.crc")).isFalse();
        assertThat(Sources.isArticleFile("file:/data/photo.png")).isFalse();
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Entry> read(InputStream in, String uri) {
        List<Entry> out = new ArrayList<>();
        try (Source s = Sources.stream(in, uri, SourceOptions.DEFAULTS)) {
            s.forEachRemaining(out::add);
        }
        return out;
    }
}
