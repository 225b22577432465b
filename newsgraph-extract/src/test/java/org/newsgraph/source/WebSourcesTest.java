package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.source.Entries.article;
import static org.newsgraph.source.Entries.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;

/** Web pages, gzip, WARC, RSS/Atom and JSONL with HTML, and the bad input each can bring. */
class WebSourcesTest {
    @TempDir
    Path dir;

    static final String PAGE = "<!DOCTYPE html><html><head><title>Harbour bridge to close for six weeks | Daily Example</title>"
            + "<meta property=\"article:published_time\" content=\"2024-03-05\"></head><body>"
            + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article>"
            + "<p>The harbour bridge will close for six weeks from Monday, the council said on Tuesday.</p>"
            + "<p>\"We cannot wait any longer,\" said the head of transport, adding that buses would be diverted.</p>"
            + "</article><footer>All rights reserved</footer></body></html>";

    private List<Entry> read(String... operands) {
        try (Source s = Sources.open(List.of(operands), InputStream.nullInputStream(), SourceOptions.DEFAULTS)) {
            return s.stream().toList();
        }
    }

    private String write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p.toString();
    }

    private String write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(b);
        }
        return bytes.toByteArray();
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/sources/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void htmlFileIsExtractedWithTheHeadlineApartAndTheTextClean() throws IOException {
        String f = write("page.html", PAGE);
        Article a = article(read(f).get(0));
        assertThat(a.origin()).isEqualTo(f);
        assertThat(a.headline()).isEqualTo("Harbour bridge to close for six weeks");
        assertThat(a.published()).isEqualTo("2024-03-05");
        assertThat(a.text()).startsWith("The harbour bridge").contains("\n\n\"We cannot wait").doesNotContain("Home", "rights");
        assertThat(a.body()).hasSize(2);
    }

    @Test
    void formatIsRecognisedFromTheContentWhateverTheName() throws IOException {
        String html = write("download.bin", PAGE);
        String gz = write("page.gz", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        String feed = write("news.xml", resource("feed.atom"));
        assertThat(article(read(html).get(0)).headline()).isEqualTo("Harbour bridge to close for six weeks");
        assertThat(article(read(gz).get(0)).text()).startsWith("The harbour bridge");
        assertThat(article(read(feed).get(0)).headline()).isEqualTo("Bridge reopens early");
    }

    @Test
    void truncatedGzipPageGivesAProblemAndWhatItHeld() throws IOException {
        byte[] gz = gzip((PAGE + " ".repeat(2000) + PAGE).getBytes(StandardCharsets.UTF_8));
        String f = write("cut.html.gz", Arrays.copyOf(gz, gz.length - 30));
        List<Entry> entries = read(f, write("next.html", PAGE));
        assertThat(problem(entries.get(0)).message()).contains("ends early");
        assertThat(article(entries.get(1)).text()).contains("harbour bridge");
        assertThat(article(entries.get(2)).origin()).endsWith("next.html");
    }

    @Test
    void warcHtmlResponsesBecomeArticlesWithUrlAndCaptureDate() throws IOException {
        String f = write("crawl.warc.gz", gzipEachRecord(warcResponse("https://example.org/bridge", PAGE.replace(
                "<meta property=\"article:published_time\" content=\"2024-03-05\">", "")), warcRequest(),
                warcResponse("https://example.org/logo.png", "PNG", "image/png"),
                warcResponse("https://example.org/ferry", PAGE.replace("harbour bridge", "ferry"))));
        List<Entry> entries = read(f);
        assertThat(entries).hasSize(2);
        Article first = article(entries.get(0));
        assertThat(first.origin()).isEqualTo(f + "#1");
        assertThat(first.url()).isEqualTo("https://example.org/bridge");
        assertThat(first.published()).isEqualTo("2024-03-05T10:00:00Z");
        Article second = article(entries.get(1));
        assertThat(second.origin()).isEqualTo(f + "#4");
        assertThat(second.text()).contains("ferry");
        assertThat(second.published()).isEqualTo("2024-03-05");
    }

    @Test
    void brokenWarcRecordIsOneProblemNamingItAndTheBatchGoesOn() throws IOException {
        byte[] good = warcResponse("https://example.org/bridge", PAGE);
        byte[] broken = "WARC/1.0\r\nWARC-Type: response\r\nthis is not a header line at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        String f = write("bad.warc", concat(good, broken, good));
        List<Entry> entries = read(f, write("next.html", PAGE));
        assertThat(article(entries.get(0)).origin()).isEqualTo(f + "#1");
        Problem p = problem(entries.get(1));
        assertThat(p.origin()).isEqualTo(f + "#2");
        assertThat(p.message()).contains("broken WARC record").doesNotContain("\n");
        assertThat(article(entries.get(2)).origin()).endsWith("next.html");
    }

    @Test
    void rssItemsGiveFullContentWhenTheFeedHasItElseTheSummary() throws IOException {
        String f = write("feed.rss", resource("feed.rss"));
        List<Entry> entries = read(f);
        Article full = article(entries.get(0));
        assertThat(full.origin()).isEqualTo(f + "#1");
        assertThat(full.headline()).isEqualTo("Ferry fares to rise in spring");
        assertThat(full.url()).isEqualTo("https://example.org/ferry");
        assertThat(full.published()).isEqualTo("2024-03-05T08:00:00Z");
        assertThat(full.byline()).containsExactly("Jane Doe");
        assertThat(full.text()).isEqualTo("Ferry fares will rise by ten percent in spring, the operator said on Tuesday.\n\n"
                + "\"Fuel costs leave us no choice,\" a spokeswoman said.");
        assertThat(article(entries.get(1)).text()).isEqualTo("The council passed its budget after a long night of debate.");
        assertThat(problem(entries.get(2)).origin()).isEqualTo(f + "#3");
    }

    @Test
    void atomEntriesGiveTheirContentAuthorAndDate() throws IOException {
        Article a = article(read(write("feed.atom", resource("feed.atom"))).get(0));
        assertThat(a.text()).isEqualTo("The harbour bridge reopened two weeks early.\n\nTraffic flowed by noon.");
        assertThat(a.byline()).containsExactly("Ali Khan");
        assertThat(a.published()).isEqualTo("2024-03-06T09:30:00Z");
    }

    @Test
    void anAtomEntryWithAPlaceholderPublicationDateGivesItsUpdateDate() throws IOException {
        String feed = new String(resource("feed.atom"), StandardCharsets.UTF_8).replace("<published>2024-03-06T09:30:00Z</published>",
                "<published>0001-01-01T00:00:00Z</published>");
        assertThat(article(read(write("zero.atom", feed)).get(0)).published()).isEqualTo("2024-03-06T10:00:00Z");
    }

    @Test
    void aFeedThatIsNotXmlIsOneProblem() throws IOException {
        String f = write("broken.rss", "this is not XML at all, just words");
        String g = write("cut.xml", "<?xml version=\"1.0\"?><rss><channel><item><title>Cut short");
        List<Entry> entries = read(f, g);
        assertThat(problem(entries.get(0)).message()).startsWith("not a readable RSS or Atom feed");
        assertThat(problem(entries.get(1)).message()).startsWith("not a readable RSS or Atom feed");
    }

    @Test
    void jsonlRecordWithHtmlIsExtractedLikeAPage() throws IOException {
        String line = "{\"id\": \"p1\", \"url\": \"https://example.org/b\", \"html\": " + jsonString(PAGE) + "}\n";
        Article a = article(read(write("pages.jsonl", line)).get(0));
        assertThat(a.id()).isEqualTo("p1");
        assertThat(a.url()).isEqualTo("https://example.org/b");
        assertThat(a.headline()).isEqualTo("Harbour bridge to close for six weeks");
        assertThat(a.text()).startsWith("The harbour bridge").doesNotContain("<p>");
    }

    @Test
    void aFiftyMegabytePageIsRefusedWithoutReadingItAndTheBatchGoesOn() throws IOException {
        Path big = dir.resolve("big.html");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "lorem ipsum dolor sit amet ".repeat(40_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) out.write(chunk);
        }
        List<Entry> entries = read(big.toString(), write("next.html", PAGE));
        assertThat(problem(entries.get(0)).message()).contains("page is 54.0 MB").contains("over the 16 MB limit");
        assertThat(article(entries.get(1)).origin()).endsWith("next.html");
    }

    @Test
    void legacyEncodingsWithoutAMetaTagAreDetected() throws IOException {
        String russian = "<html><body><p>Министр иностранных дел заявил во вторник, что переговоры продолжатся на следующей неделе"
                + " в Москве, несмотря на разногласия между сторонами.</p></body></html>";
        String french = "<html><body><p>Le ministre a déclaré mardi que les négociations reprendront la semaine prochaine à"
                + " Genève, malgré les désaccords entre les deux côtés.</p></body></html>";
        String ru = write("ru.html", russian.getBytes(Charset.forName("windows-1251")));
        String fr = write("fr.html", french.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(article(read(ru).get(0)).text()).startsWith("Министр иностранных дел");
        assertThat(article(read(fr).get(0)).text()).contains("déclaré", "reprendront", "à Genève");
    }

    @Test
    void malformedHtmlStillGivesItsText() throws IOException {
        String f = write("bad.html", "<html><body><div><p>The council met on Tuesday and voted, after a long debate,"
                + " to close the bridge<p>for six weeks <b>from <i>Monday</b></div></td></span>");
        assertThat(article(read(f).get(0)).text()).contains("to close the bridge").contains("for six weeks from Monday");
    }

    @Test
    void directoriesYieldPagesWarcsAndFeedsToo() throws IOException {
        write("corpus/a.html", PAGE);
        write("corpus/b.rss", resource("feed.rss"));
        write("corpus/c.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        List<Entry> entries = read(dir.resolve("corpus").toString());
        assertThat(problem(entries.get(0)).message()).startsWith("1 file (1 .png) skipped");
        assertThat(entries.subList(1, entries.size())).extracting(Entry::origin).allMatch(o -> o.contains("a.html") || o.contains("b.rss"));
        assertThat(entries).hasSize(5);
    }

    static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static byte[] warcResponse(String url, String html) {
        return warcResponse(url, html, "text/html; charset=utf-8");
    }

    static byte[] warcResponse(String url, String body, String type) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), b);
        return record("response", url, "application/http; msgtype=response", http);
    }

    static byte[] warcRequest() {
        byte[] http = "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        return record("request", "https://example.org/", "application/http; msgtype=request", http);
    }

    static byte[] record(String type, String url, String contentType, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url
                + "\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(concat(url.getBytes(StandardCharsets.UTF_8), type.getBytes(StandardCharsets.UTF_8)))
                + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] gzipEachRecord(byte[]... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) out.write(gzip(r));
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
