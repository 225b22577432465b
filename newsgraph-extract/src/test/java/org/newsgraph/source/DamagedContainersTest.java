package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.source.Entries.article;
import static org.newsgraph.source.Entries.problem;
import static org.newsgraph.source.WebSourcesTest.PAGE;
import static org.newsgraph.source.WebSourcesTest.concat;
import static org.newsgraph.source.WebSourcesTest.warcResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;

/**
 * Containers damaged the ways a fuzz run found (byte-order marks stacked before XML, junk before a
 * WARC's first record, a record without a type, gzip cut short): each is read, or said, never lost.
 */
class DamagedContainersTest {
    @TempDir
    Path dir;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private List<Entry> read(String... operands) {
        try (Source s = Sources.open(List.of(operands), InputStream.nullInputStream(), SourceOptions.DEFAULTS)) {
            return s.stream().toList();
        }
    }

    private String write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p.toString();
    }

    private byte[] feed() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/sources/feed.rss")) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(b);
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long articles(List<Entry> entries) {
        return entries.stream().filter(e -> e instanceof Loaded).count();
    }

    @Test
    void aFeedBehindAnyNumberOfByteOrderMarksAndBlankLinesIsStillAFeed() throws IOException {
        byte[] two = concat(BOM, BOM, feed());
        byte[] mixed = concat(ascii("\n "), BOM, ascii("\r\n"), BOM, BOM, ascii("\t"), feed());
        for (String name : List.of("two.xml", "two.rss", "two.download")) {
            List<Entry> entries = read(write(name, two));
            assertThat(articles(entries)).as(name).isEqualTo(2);
            assertThat(article(entries.get(0)).headline()).as(name).isEqualTo("Ferry fares to rise in spring");
        }
        assertThat(articles(read(write("mixed.bin", mixed)))).isEqualTo(2);
    }

    @Test
    void aPageTextAndJsonlBehindTwoByteOrderMarksAreReadAndNoMarkIsText() throws IOException {
        Article page = article(read(write("page.bin", concat(BOM, ascii(" "), BOM, ascii(PAGE)))).get(0));
        assertThat(page.headline()).isEqualTo("Harbour bridge to close for six weeks");
        assertThat(page.text()).startsWith("The harbour bridge");
        Article text = article(read(write("story.txt", concat(BOM, BOM, ascii("Ana said yes.")))).get(0));
        assertThat(text.text()).isEqualTo("Ana said yes.");
        List<Entry> jsonl = read(write("two.jsonl", concat(BOM, BOM, ascii("{\"text\": \"One.\"}\n"), BOM, ascii("{\"text\": \"Two.\"}\n"))));
        assertThat(jsonl).extracting(e -> article(e).text()).containsExactly("One.", "Two.");
    }

    @Test
    void aUtf16FeedIsRecognisedAsAFeed() throws IOException {
        String xml = new String(feed(), StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, xml.getBytes(StandardCharsets.UTF_16LE));
        assertThat(articles(read(write("wide.dat", utf16)))).isEqualTo(2);
    }

    @Test
    void aWarcAfterJunkIsReadWithOneWarningNamingTheFile() throws IOException {
        byte[] junk = ascii("<title>502 Bad Gateway</title>\nthe proxy said no\n");
        byte[] records = concat(warcResponse("https://example.org/a", PAGE), warcResponse("https://example.org/b", PAGE));
        String plain = write("junk.warc", concat(junk, records));
        String sniffed = write("junk.download", concat(ascii("garbage before\r\n"), records));
        String gzipped = write("junk.warc.gz", gzip(concat(junk, records)));
        for (String f : List.of(plain, sniffed, gzipped)) {
            List<Entry> entries = read(f);
            assertThat(entries).as(f).hasSize(3);
            Problem p = problem(entries.get(0));
            assertThat(p.origin()).isEqualTo(f);
            assertThat(p.isWarning()).isTrue();
            assertThat(p.message()).contains("bytes before the first WARC record");
            assertThat(article(entries.get(1)).origin()).isEqualTo(f + "#1");
            assertThat(article(entries.get(2)).url()).isEqualTo("https://example.org/b");
        }
    }

    @Test
    void junkWithoutALineBreakBeforeTheFirstRecordLosesNoRecord() throws IOException {
        byte[] records = concat(warcResponse("https://example.org/a", PAGE), warcResponse("https://example.org/b", PAGE));
        for (byte[] junk : List.of(ascii("no newline here"), concat(BOM, BOM))) {
            List<Entry> entries = read(write("glued.download", concat(junk, records)));
            assertThat(articles(entries)).isEqualTo(2);
        }
    }

    @Test
    void aWarcRecordWithAnUnreadableDateIsReadWithoutOne() throws IOException {
        byte[] record = new String(warcResponse("https://example.org/a", PAGE.replace(
                "<meta property=\"article:published_time\" content=\"2024-03-05\">", "")), StandardCharsets.ISO_8859_1)
                .replace("WARC-Date: 2024-03-05T10:00:00Z", "WARC-Date: 2024-03-05T10:00:0sZ").getBytes(StandardCharsets.ISO_8859_1);
        Article a = article(read(write("baddate.warc", record)).get(0));
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.published()).isNull();
    }

    @Test
    void aBrokenWarcRecordIsSaidWithoutTheBytesAroundIt() throws IOException {
        byte[] good = warcResponse("https://example.org/a", PAGE);
        byte[] broken = ascii("WARC/1.0\r\nWARC-Type: response\r\nThe harbour bridge will close, said the council\r\n\r\n");
        List<Entry> entries = read(write("broken.warc", concat(good, broken)));
        assertThat(problem(entries.get(1)).message()).contains("broken WARC record").doesNotContain("harbour", "council");
    }

    @Test
    void aFeedAfterJunkIsReadWithOneWarning() throws IOException {
        byte[] headers = ascii("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n");
        for (String name : List.of("saved.rss", "saved.xml", "saved.download")) {
            List<Entry> entries = read(write(name, concat(headers, feed())));
            assertThat(problem(entries.get(0)).isWarning()).as(name).isTrue();
            assertThat(problem(entries.get(0)).message()).as(name).isEqualTo(headers.length + " bytes before the feed's XML are not XML; skipped");
            assertThat(articles(entries)).as(name).isEqualTo(2);
        }
    }

    @Test
    void jsonlAfterLinesOfJunkIsStillJsonlAndEachJunkLineIsAProblem() throws IOException {
        String f = write("export.download", ascii("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\n\r\n"
                + "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n"));
        List<Entry> entries = read(f);
        assertThat(entries.stream().filter(e -> e instanceof Problem).map(Entry::origin)).containsExactly(f + "#1", f + "#2");
        assertThat(entries.stream().filter(e -> e instanceof Loaded).map(e -> article(e).id())).containsExactly("a", "b");
    }

    @Test
    void aNulByteInOneJsonlLineIsThatLinesProblemOnly() throws IOException {
        String f = write("nul.jsonl", concat(ascii("{\"id\": \"a\", \"text\": \"On"), new byte[1], ascii("e.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n")));
        List<Entry> entries = read(f);
        assertThat(problem(entries.get(0)).origin()).isEqualTo(f + "#1");
        assertThat(problem(entries.get(0)).message()).isEqualTo("NUL byte at byte offset 23 of the line; not text");
        assertThat(article(entries.get(1)).id()).isEqualTo("b");
    }

    @Test
    void aFileNamedWarcWithoutARecordIsOneProblem() throws IOException {
        List<Entry> entries = read(write("empty.warc", ascii("just some words, no records\n")));
        assertThat(entries).hasSize(1);
        assertThat(problem(entries.get(0)).message()).startsWith("no WARC record in the first 64 KB");
    }

    @Test
    void aWarcRecordWithoutATypeIsOneProblemNamingItAndTheNextRecordIsRead() throws IOException {
        byte[] good = warcResponse("https://example.org/a", PAGE);
        byte[] untyped = new String(good, StandardCharsets.ISO_8859_1).replace("WARC-Type: response\r\n", "")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] misspelt = new String(good, StandardCharsets.ISO_8859_1).replace("WARC-Type: response", "WARC-Type: respnse")
                .getBytes(StandardCharsets.ISO_8859_1);
        String f = write("types.warc", concat(good, untyped, misspelt, good));
        List<Entry> entries = read(f);
        assertThat(entries).hasSize(4);
        assertThat(article(entries.get(0)).origin()).isEqualTo(f + "#1");
        assertThat(problem(entries.get(1)).origin()).isEqualTo(f + "#2");
        assertThat(problem(entries.get(1)).message()).isEqualTo("WARC record without a WARC-Type header; skipped");
        assertThat(problem(entries.get(2)).message()).isEqualTo("WARC record of unknown type \"respnse\"; skipped");
        assertThat(article(entries.get(3)).origin()).isEqualTo(f + "#4");
    }

    @Test
    void aWarcResponseWithoutAContentTypeIsAPageWhenItHoldsMarkup() throws IOException {
        byte[] noType = warcResponse("https://example.org/a", PAGE, "text/html");
        noType = new String(noType, StandardCharsets.ISO_8859_1).replace("Content-Type: text/html\r\n", "")
                .getBytes(StandardCharsets.ISO_8859_1);
        // The WARC Content-Length counts the removed header: rebuild the record around the shorter block.
        String http = new String(noType, StandardCharsets.ISO_8859_1);
        byte[] block = http.substring(http.indexOf("HTTP/1.1"), http.length() - 4).getBytes(StandardCharsets.ISO_8859_1);
        byte[] record = WebSourcesTest.record("response", "https://example.org/a", "application/http; msgtype=response", block);
        assertThat(article(read(write("untyped-payload.warc", record)).get(0)).url()).isEqualTo("https://example.org/a");
    }

    @Test
    void aTruncatedGzipPageIsAWarningBeforeWhatItHeldAndAnErrorOnlyWhenItHeldNoArticle() throws IOException {
        byte[] gz = gzip(ascii(PAGE + " ".repeat(2000) + PAGE));
        List<Entry> cut = read(write("cut.html.gz", Arrays.copyOf(gz, gz.length - 30)));
        assertThat(cut).hasSize(2);
        assertThat(problem(cut.get(0)).isWarning()).isTrue();
        assertThat(problem(cut.get(0)).message()).isEqualTo("the gzip data ends early (truncated file); what it held is read");
        assertThat(article(cut.get(1)).text()).contains("harbour bridge");

        byte[] empty = gzip(ascii("<html><body><nav>Home</nav></body></html>" + " ".repeat(4000)));
        List<Entry> nothing = read(write("nothing.html.gz", Arrays.copyOf(empty, empty.length - 10)));
        assertThat(nothing).hasSize(1);
        assertThat(problem(nothing.get(0)).isWarning()).isFalse();
        assertThat(problem(nothing.get(0)).message()).startsWith("the gzip data ends early (truncated file), and what it held gives no article");
    }

    @Test
    void aTruncatedGzipTextIsAWarningAndTheTextItHeld() throws IOException {
        byte[] gz = gzip(ascii("Ana said the port would close. ".repeat(200)));
        List<Entry> entries = read(write("cut.txt.gz", Arrays.copyOf(gz, gz.length - 12)));
        assertThat(entries).hasSize(2);
        assertThat(problem(entries.get(0)).isWarning()).isTrue();
        assertThat(article(entries.get(1)).text()).startsWith("Ana said the port would close.");
    }
}
