package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.source.Entries.article;
import static org.newsgraph.source.Entries.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.document.ContentHash;

class SourcesTest {
    @TempDir
    Path dir;

    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    private List<Entry> read(SourceOptions options, String... operands) {
        try (Source s = Sources.open(List.of(operands), NO_STDIN, options)) {
            return s.stream().toList();
        }
    }

    private List<Entry> read(String... operands) {
        return read(SourceOptions.DEFAULTS, operands);
    }

    private String write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p.toString();
    }

    @Test
    void textFileIsOneArticleWithItsTextVerbatimAndItsHashAsId() throws IOException {
        String text = "Headline here\n\nFirst paragraph, said Ana.\r\n\n  Second.  \n";
        String path = write("a.txt", text);
        List<Entry> entries = read(path);
        assertThat(entries).hasSize(1);
        Article a = article(entries.get(0));
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.id()).isEqualTo(ContentHash.of(text)).hasSize(64);
        assertThat(a.origin()).isEqualTo(path);
        assertThat(a.headline()).isEqualTo("Headline here");
    }

    @Test
    void headlineOnlyWhenFirstParagraphIsOneShortLineWithoutFinalPeriod() throws IOException {
        assertThat(article(read(write("p.txt", "Russia said it sent troops.\n\nMore text.")).get(0)).headline()).isNull();
        assertThat(article(read(write("two.txt", "Line one\nline two\n\nMore.")).get(0)).headline()).isNull();
        assertThat(article(read(write("one.txt", "Just one line of text")).get(0)).headline()).isNull();
        assertThat(article(read(write("long.txt", "x".repeat(300) + "\n\nMore.")).get(0)).headline()).isNull();
        assertThat(article(read(write("q.txt", "\n\nIs this next?\n\nBody.")).get(0)).headline()).isEqualTo("Is this next?");
    }

    @Test
    void seedArticleHeadlineIsItsFirstLine() throws IOException {
        Path seed = Path.of("..", "examples", "seed", "article.txt");
        if (!Files.exists(seed)) return;
        Article a = article(read(seed.toString()).get(0));
        assertThat(a.headline()).isEqualTo("EU frowns, US roars as Russian troops start arriving in Venezuela");
    }

    @Test
    void jsonlLinesBecomeArticlesWithIdsKeptAndOriginsNumberedFromOne() throws IOException {
        String path = write("in.jsonl", """
                {"id": "a1", "text": "Alpha said so.", "title": "Alpha", "url": "http://x/1", "published": "2019-03-29", "extra": [1]}

                {"text": "No id here."}
                """);
        List<Entry> entries = read(path);
        assertThat(entries).hasSize(2);
        Article first = article(entries.get(0));
        assertThat(first.id()).isEqualTo("a1");
        assertThat(first.origin()).isEqualTo(path + "#1");
        assertThat(first.headline()).isEqualTo("Alpha");
        assertThat(first.url()).isEqualTo("http://x/1");
        assertThat(first.published()).isEqualTo("2019-03-29");
        Article second = article(entries.get(1));
        assertThat(second.origin()).isEqualTo(path + "#3");
        assertThat(second.id()).isEqualTo(ContentHash.of("No id here."));
    }

    @Test
    void aJsonlPlaceholderDateIsNoDate() throws IOException {
        String path = write("zero.jsonl", """
                {"id": "z1", "text": "Zero said so.", "published": "0001-01-01T00:00:00Z"}
                """);
        assertThat(article(read(path).get(0)).published()).isNull();
    }

    @Test
    void jsonlDatesUnderTheUsualNamesBecomeIsoDates() throws IOException {
        String path = write("dated.jsonl", """
                {"id": "d1", "text": "One.", "publication_date": "2016-09-12"}
                {"id": "d2", "text": "Two.", "date": "2019/03/29"}
                {"id": "d3", "text": "Three.", "pubDate": "Tue, 05 Mar 2024 08:00:00 GMT"}
                {"id": "d4", "text": "Four.", "datePublished": "2019-11-19T06:12:56-0500"}
                {"id": "d5", "text": "Five.", "published_at": 1552000000}
                {"id": "d6", "text": "Six.", "published": "0001-01-01", "date": "2020-01-02"}
                """);
        assertThat(read(path)).extracting(e -> article(e).published()).containsExactly("2016-09-12", "2019-03-29",
                "2024-03-05T08:00:00Z", "2019-11-19T06:12:56-05:00", "2019-03-07T23:06:40Z", "2020-01-02");
    }

    @Test
    void aJsonlDateThatReadsAsNoDateIsAWarningBeforeTheUndatedArticle() throws IOException {
        String path = write("spring.jsonl", """
                {"id": "s1", "text": "Spring said so.", "published": "Spring 2019"}
                """);
        List<Entry> entries = read(path);
        assertThat(entries).hasSize(2);
        Problem p = problem(entries.get(0));
        assertThat(p.isWarning()).isTrue();
        assertThat(p.origin()).isEqualTo(path + "#1");
        assertThat(p.message()).startsWith("\"published\" is not a date newsgraph reads (Spring 2019)");
        assertThat(article(entries.get(1)).published()).isNull();
    }

    @Test
    void badJsonlLinesAreProblemsNamingTheLineAndTheRestIsRead() throws IOException {
        String path = write("mixed.jsonl", String.join("\n",
                "{\"id\": \"1\", \"text\": \"one\"}",
                "this is not json",
                "{\"id\": \"3\"}",
                "[1, 2]",
                "{\"id\": \"5\", \"text\": 42}",
                "{\"id\": \"6\", \"text\": \"   \"}",
                "{\"id\": \"7\", \"text\": \"seven\"} trailing",
                "{\"id\": \"8\", \"text\": \"eight\"}"));
        List<Entry> entries = read(path);
        assertThat(entries).extracting(Entry::origin).containsExactly(
                path + "#1", path + "#2", path + "#3", path + "#4", path + "#5", path + "#6", path + "#7", path + "#8");
        assertThat(article(entries.get(0)).id()).isEqualTo("1");
        assertThat(problem(entries.get(1)).message()).startsWith("not JSON");
        assertThat(problem(entries.get(2)).message()).contains("no \"text\"");
        assertThat(problem(entries.get(3)).message()).contains("not a JSON object");
        assertThat(problem(entries.get(4)).message()).contains("not a string");
        assertThat(problem(entries.get(5)).message()).contains("empty");
        assertThat(problem(entries.get(6)).message()).startsWith("not JSON");
        assertThat(article(entries.get(7)).id()).isEqualTo("8");
    }

    @Test
    void emptyFileIsAProblem() throws IOException {
        assertThat(problem(read(write("e.txt", "")).get(0)).message()).isEqualTo("empty file");
        assertThat(problem(read(write("w.txt", " \n\t\n")).get(0)).message()).contains("empty");
        assertThat(problem(read(write("e.jsonl", "")).get(0)).message()).isEqualTo("empty file");
        assertThat(problem(read(write("b.jsonl", "\n\n")).get(0)).message()).contains("no records");
    }

    @Test
    void binaryFileIsAProblemNotGarbageText() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Problem p = problem(read(write("img.txt", png)).get(0));
        assertThat(p.message()).contains("binary").contains("NUL");
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        assertThat(problem(read(write("ctl.txt", controls)).get(0)).message()).contains("binary").contains("control");
        assertThat(problem(read(write("img.jsonl", png)).get(0)).message()).contains("binary");
    }

    @Test
    void invalidUtf8IsAProblemThatSaysWhere() throws IOException {
        byte[] bad = "Line one\nLine tw\u00f6".getBytes(StandardCharsets.ISO_8859_1);
        Problem p = problem(read(write("latin1.txt", bad)).get(0));
        assertThat(p.message()).contains("invalid UTF-8").contains("byte offset 16").contains("line 2");

        byte[] jsonl = ("{\"text\": \"fine\"}\n{\"text\": \"caf\u00e9\"}\n").getBytes(StandardCharsets.ISO_8859_1);
        String path = write("latin1.jsonl", jsonl);
        List<Entry> entries = read(path);
        assertThat(entries.get(0)).isInstanceOf(Loaded.class);
        Problem lp = problem(entries.get(1));
        assertThat(lp.origin()).isEqualTo(path + "#2");
        assertThat(lp.message()).contains("invalid UTF-8").contains("byte offset 13");
    }

    @Test
    void utf16FileIsCalledUtf16() throws IOException {
        byte[] utf16 = "\uFEFFHello world".getBytes(StandardCharsets.UTF_16LE);
        assertThat(problem(read(write("u16.txt", utf16)).get(0)).message()).contains("UTF-16");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() throws IOException {
        byte[] withBom = "\uFEFFText.".getBytes(StandardCharsets.UTF_8);
        assertThat(article(read(write("bom.txt", withBom)).get(0)).text()).isEqualTo("Text.");
    }

    @Test
    void textOverTheSizeCapIsAProblemThatSaysHowToSplitIt() throws IOException {
        SourceOptions oneMb = SourceOptions.withMaxArticleMb(1);
        String path = write("big.txt", "word ".repeat(400_000));
        Problem p = problem(read(oneMb, path).get(0));
        assertThat(p.message()).contains("2 MB").contains("1 MB").contains("split");

        String jsonl = write("big.jsonl", "{\"text\": \"" + "word ".repeat(400_000) + "\"}\n{\"text\": \"small\"}\n");
        List<Entry> entries = read(oneMb, jsonl);
        assertThat(problem(entries.get(0)).origin()).isEqualTo(jsonl + "#1");
        assertThat(problem(entries.get(0)).message()).contains("over the 1 MB limit");
        assertThat(article(entries.get(1)).text()).isEqualTo("small");
    }

    @Test
    void sizeJustOverTheCapIsSaidInBytesNotAsARoundedEqual() throws IOException {
        String path = write("edge.txt", "x".repeat(1_000_200));
        assertThat(problem(read(SourceOptions.withMaxArticleMb(1), path).get(0)).message())
                .startsWith("text is 1,000,200 bytes, over the 1 MB limit");
    }

    @Test
    void twentyMegabyteTextIsRefusedByDefaultWithoutReadingIt() throws IOException {
        Path p = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(p)) {
            byte[] chunk = "All work and no play. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 20_000_000L; n += chunk.length) out.write(chunk);
        }
        Problem problem = problem(read(p.toString()).get(0));
        assertThat(problem.message()).contains("20.0 MB").contains("2 MB");
    }

    @Test
    void missingAndUnreadablePathsAreProblemsAndTheRestIsRead() throws IOException {
        String good = write("good.txt", "Fine text.");
        String locked = write("locked.txt", "Secret.");
        Files.setPosixFilePermissions(Path.of(locked), PosixFilePermissions.fromString("---------"));
        boolean rootCanReadAnyway = Files.isReadable(Path.of(locked));
        List<Entry> entries = read(dir.resolve("nope.txt").toString(), locked, good);
        assertThat(problem(entries.get(0)).message()).isEqualTo("no such file or directory");
        if (!rootCanReadAnyway) assertThat(problem(entries.get(1)).message()).contains("permission denied");
        assertThat(article(entries.get(2)).text()).isEqualTo("Fine text.");
    }

    @Test
    void ioFailuresReadAsPlainWords() {
        assertThat(Inputs.describe(new java.nio.file.AccessDeniedException("/x"))).isEqualTo("cannot read: permission denied");
        assertThat(Inputs.describe(new java.nio.file.NoSuchFileException("/x"))).isEqualTo("no such file or directory");
        assertThat(Inputs.describe(new IOException("Is a directory"))).isEqualTo("is a directory");
        assertThat(Inputs.describe(new IOException("Input/output error\nat sector 9"))).isEqualTo("cannot read: Input/output error at sector 9");
    }

    @Test
    void directoryIsWalkedInSortedOrderReadingArticleFilesAndSayingHowManyOthersItSkipped() throws IOException {
        write("corpus/b.txt", "Bee.");
        write("corpus/a.jsonl", "{\"text\": \"Ay.\"}");
        write("corpus/sub/c.txt", "Sea.");
        write("corpus/notes.md", "# not read");
        write("corpus/sub/more.md", "# not read");
        write("corpus/sub/LICENSE", "not read");
        write("corpus/.hidden.txt", "not read");
        List<Entry> entries = read(dir.resolve("corpus").toString());
        Problem skipped = problem(entries.get(0));
        assertThat(skipped.isWarning()).isTrue();
        assertThat(skipped.origin()).isEqualTo(dir.resolve("corpus").toString());
        assertThat(skipped.message()).startsWith("3 files (2 .md, 1 without an ending) skipped");
        assertThat(entries.subList(1, entries.size())).extracting(e -> article(e).text()).containsExactly("Ay.", "Bee.", "Sea.");
        assertThat(entries.get(1).origin()).isEqualTo(dir.resolve("corpus/a.jsonl") + "#1");
    }

    @Test
    void aDirectoryOfOnlyOtherFilesIsOneProblemThatCountsThem() throws IOException {
        write("pics/a.png", "x");
        write("pics/b.png", "x");
        List<Entry> entries = read(dir.resolve("pics").toString());
        assertThat(entries).hasSize(1);
        assertThat(problem(entries.get(0)).isWarning()).isFalse();
        assertThat(problem(entries.get(0)).message()).contains("no article files").contains("2 files (2 .png) skipped");
    }

    @Test
    void emptyDirectoryIsAProblem() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThat(problem(read(dir.resolve("empty").toString()).get(0)).message()).contains("no article files");
    }

    @Test
    void stdinIsJsonlWhenItStartsWithABraceElseOneText() {
        byte[] jsonl = "\n  {\"id\": \"x\", \"text\": \"From a pipe.\"}\n{\"text\": \"Two.\"}\n".getBytes(StandardCharsets.UTF_8);
        List<Entry> entries;
        try (Source s = Sources.open(List.of("-"), new ByteArrayInputStream(jsonl), SourceOptions.DEFAULTS)) {
            entries = s.stream().toList();
        }
        assertThat(entries).extracting(Entry::origin).containsExactly("stdin#2", "stdin#3");
        assertThat(article(entries.get(0)).id()).isEqualTo("x");

        byte[] text = "Plain words, said Bo.\n".getBytes(StandardCharsets.UTF_8);
        try (Source s = Sources.open(List.of("-"), new ByteArrayInputStream(text), SourceOptions.DEFAULTS)) {
            Article a = article(s.next());
            assertThat(a.origin()).isEqualTo("stdin");
            assertThat(a.text()).isEqualTo("Plain words, said Bo.\n");
            assertThat(s.hasNext()).isFalse();
        }
    }

    @Test
    void oversizedStdinIsAProblemWithoutASize() {
        byte[] big = "word ".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        try (Source s = Sources.open(List.of("-"), new ByteArrayInputStream(big), SourceOptions.withMaxArticleMb(1))) {
            Problem p = problem(s.next());
            assertThat(p.origin()).isEqualTo("stdin");
            assertThat(p.message()).startsWith("text over the 1 MB limit");
        }
    }

    @Test
    void windowsLineEndsStillGiveAHeadline() throws IOException {
        assertThat(article(read(write("crlf.txt", "Title here\r\n\r\nBody text.\r\n")).get(0)).headline()).isEqualTo("Title here");
    }

    @Test
    void emptyStdinIsAProblem() {
        try (Source s = Sources.open(List.of("-"), InputStream.nullInputStream(), SourceOptions.DEFAULTS)) {
            assertThat(problem(s.next()).origin()).isEqualTo("stdin");
        }
    }

    @Test
    void bigJsonlIsStreamedLineByLineWithProgressInBytes() throws IOException {
        Path p = dir.resolve("many.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 5000; i++) sb.append("{\"id\": \"").append(i).append("\", \"text\": \"Article number ").append(i).append(".\"}\n");
        Files.writeString(p, sb);
        try (Source s = Sources.open(p)) {
            assertThat(s.totalBytes()).isEqualTo(Files.size(p));
            Article first = article(s.next());
            assertThat(first.id()).isEqualTo("1");
            // Only the first line (and the read-ahead buffer) has been consumed, not the whole file.
            assertThat(s.bytesRead()).isLessThan(Files.size(p));
            long n = 1 + s.stream().count();
            assertThat(n).isEqualTo(5000);
            assertThat(s.bytesRead()).isEqualTo(Files.size(p));
        }
    }

    @Test
    void fileWithAnotherExtensionIsSniffed() throws IOException {
        assertThat(article(read(write("x.data", "{\"id\": \"j\", \"text\": \"t\"}")).get(0)).id()).isEqualTo("j");
        assertThat(article(read(write("y.data", "Just text.")).get(0)).text()).isEqualTo("Just text.");
    }
}
