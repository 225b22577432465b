package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.span.Span;

/**
 * Seeded fuzzing of every container the sources read. Small pages, feeds, WARCs (plain and gzipped),
 * JSONL and texts written here are damaged the ways files are damaged (bytes flipped, cut short,
 * byte-order marks and junk put before them, header lines doubled, a huge line, deep nesting, NUL bytes,
 * gzip around them), named as what they were or as nothing, read from a file or from stdin; every case
 * must give articles or one-line problems naming the input, never an exception, and in time proportional
 * to its size: each case is held to {@value #MAX_CASE_CPU_MS} ms of CPU (they take a few ms; a
 * quadratic walk or a catastrophic backtrack takes seconds). The same seed makes the same cases, so a
 * failure names a case that can be made again by its number.
 */
class SourceFuzzTest {
    private static final long SEED = 20_240_305L;
    private static final int CASES = 320;
    private static final long MAX_CASE_CPU_MS = 1_000;
    /** The smallest cap users can set, so that a huge line or page goes over it cheaply. */
    private static final SourceOptions OPTIONS = SourceOptions.withMaxArticleMb(1);

    @TempDir
    Path dir;

    private record Seed(String name, byte[] bytes, String nest) {}

    /** One case: its bytes, how it is named and read, and what was done to it (said when it fails). */
    record Case(int number, String name, byte[] bytes, boolean viaStdin, String done) {
        @Override
        public String toString() {
            return "case " + number + " (" + name + (viaStdin ? " via stdin" : "") + ", " + bytes.length + " bytes: " + done + ")";
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyDamagedInputGivesArticlesOrOneLineProblemsNamingItInProportionateTime() throws IOException {
        List<Seed> seeds = seeds();
        for (Seed s : seeds) read(new Case(-1, s.name(), s.bytes(), false, "as written")); // warm up, and the seeds must read
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int cases = 0;
        for (Case c : cases(seeds)) {
            long start = cpu.getCurrentThreadCpuTime();
            List<String> first = read(c);
            long ms = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
            cases++;
            assertThat(ms).as("CPU ms for %s", c).isLessThan(MAX_CASE_CPU_MS);
            if (c.number() % 10 == 0) assertThat(read(c)).as("a second reading of %s", c).isEqualTo(first);
        }
        assertThat(cases).isEqualTo(CASES);
    }

    @Test
    void theCasesAreTheSameEveryRun() throws IOException {
        List<Case> a = cases(seeds());
        List<Case> b = cases(seeds());
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).name()).isEqualTo(a.get(i).name());
            assertThat(b.get(i).bytes()).isEqualTo(a.get(i).bytes());
        }
    }

    /** Reads one case and checks what came of it; gives each entry in short, to compare two readings. */
    private List<String> read(Case c) throws IOException {
        String origin;
        InputStream stdin = InputStream.nullInputStream();
        String operand;
        if (c.viaStdin()) {
            stdin = new ByteArrayInputStream(c.bytes());
            operand = Sources.STDIN;
            origin = Sources.STDIN_ORIGIN;
        } else {
            Path p = dir.resolve(c.number() < 0 ? "seed-" + c.name() : String.format("c%03d-%s", c.number(), c.name()));
            Files.write(p, c.bytes());
            operand = p.toString();
            origin = operand;
        }
        List<String> out = new ArrayList<>();
        try (Source s = Sources.open(List.of(operand), stdin, OPTIONS)) {
            while (s.hasNext()) {
                Entry e = s.next();
                assertThat(e.origin()).as("origin in %s", c).satisfiesAnyOf(
                        o -> assertThat(o).isEqualTo(origin), o -> assertThat(o).startsWith(origin + "#"));
                if (e instanceof Problem p) {
                    assertThat(p.message()).as("problem in %s", c).isNotBlank().hasSizeLessThan(400).doesNotContain("\n", "\r");
                    out.add(p.severity() + " " + p.origin() + ": " + p.message());
                } else {
                    Article a = ((Loaded) e).article();
                    assertThat(a.text()).as("text in %s", c).isNotBlank();
                    for (Span span : a.body()) {
                        assertThat(span.end()).as("body span in %s", c).isLessThanOrEqualTo(a.text().length());
                    }
                    out.add("article " + a.origin() + " " + a.id());
                }
                assertThat(out.size()).as("entries of %s", c).isLessThan(10_000);
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(c + " threw " + e, e);
        }
        assertThat(out).as("entries of %s", c).isNotEmpty();
        if (c.number() < 0) assertThat(out).as("the seed %s", c.name()).anyMatch(s -> s.startsWith("article"));
        return out;
    }

    // ---- the cases ----

    private List<Case> cases(List<Seed> seeds) throws IOException {
        Random r = new Random(SEED);
        List<Case> out = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            Seed s = seeds.get(r.nextInt(seeds.size()));
            byte[] b = s.bytes();
            StringBuilder done = new StringBuilder(s.name());
            int mutations = 1 + r.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                Mutation mutation = Mutation.values()[r.nextInt(Mutation.values().length)];
                b = mutation.apply(b, r, s.nest());
                done.append(", ").append(mutation.name().toLowerCase());
            }
            int naming = r.nextInt(8);
            String name = naming < 4 ? s.name() : naming < 6 ? "download.bin" : "noname";
            out.add(new Case(n, name, b, naming == 7, done.toString()));
        }
        return out;
    }

    /** Ways files are damaged. Each takes the bytes, a source of randomness and the seed's nesting unit. */
    enum Mutation {
        FLIP_BYTES {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                byte[] out = b.clone();
                for (int i = 0, n = 1 + r.nextInt(16); i < n && out.length > 0; i++) out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
                return out;
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                return Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
            }
        },
        BYTE_ORDER_MARKS {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    if (r.nextBoolean()) out.writeBytes(" \r\n\t".substring(r.nextInt(4)).getBytes(StandardCharsets.US_ASCII));
                }
                out.writeBytes(b);
                return out.toByteArray();
            }
        },
        JUNK_BEFORE {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                return insert(b, 0, junk(r, 1 + r.nextInt(600)));
            }
        },
        JUNK_INSIDE {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                return insert(b, b.length == 0 ? 0 : r.nextInt(b.length), junk(r, 1 + r.nextInt(200)));
            }
        },
        DUPLICATE_LINE {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                List<Integer> starts = lineStarts(b, 40);
                int i = r.nextInt(starts.size());
                int from = starts.get(i);
                int to = i + 1 < starts.size() ? starts.get(i + 1) : b.length;
                return insert(b, from, Arrays.copyOfRange(b, from, to));
            }
        },
        HUGE_LINE {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                List<Integer> starts = lineStarts(b, Integer.MAX_VALUE);
                String word = r.nextBoolean() ? "a" : "said the minister ";
                int chars = 50_000 + r.nextInt(1_150_000);
                byte[] line = (word.repeat(chars / word.length()) + "\n").getBytes(StandardCharsets.US_ASCII);
                return insert(b, starts.get(r.nextInt(starts.size())), line);
            }
        },
        DEEP_NESTING {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                int depth = 500 + r.nextInt(20_000);
                return insert(b, b.length == 0 ? 0 : r.nextInt(b.length), nest.repeat(depth).getBytes(StandardCharsets.US_ASCII));
            }
        },
        NUL_BYTES {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                byte[] out = b;
                for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) out = insert(out, out.length == 0 ? 0 : r.nextInt(out.length), new byte[1]);
                return out;
            }
        },
        GZIP {
            @Override
            byte[] apply(byte[] b, Random r, String nest) {
                return gzip(b);
            }
        };

        abstract byte[] apply(byte[] b, Random r, String nest);

        private static byte[] junk(Random r, int n) {
            byte[] j = new byte[n];
            if (r.nextBoolean()) {
                r.nextBytes(j);
            } else {
                String text = "<html>502 Bad Gateway</html>\nHTTP/1.1 200 OK\r\n{\"x\": WARC/1.0\r\n";
                for (int i = 0; i < n; i++) j[i] = (byte) text.charAt(r.nextInt(text.length()));
            }
            return j;
        }

        private static List<Integer> lineStarts(byte[] b, int max) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < b.length - 1 && starts.size() < max; i++) if (b[i] == '\n') starts.add(i + 1);
            return starts;
        }

        private static byte[] insert(byte[] b, int at, byte[] what) {
            byte[] out = new byte[b.length + what.length];
            System.arraycopy(b, 0, out, 0, at);
            System.arraycopy(what, 0, out, at, what.length);
            System.arraycopy(b, at, out, at + what.length, b.length - at);
            return out;
        }
    }

    // ---- the seeds ----

    private List<Seed> seeds() throws IOException {
        String story = "Harbour bridge to close\n\nBy Jane Doe\n\nThe harbour bridge will close for six weeks from Monday, "
                + "the council said on Tuesday.\n\n\"We cannot wait any longer,\" said the head of transport.\n";
        String jsonl = "{\"id\": \"w1\", \"text\": \"Ana said the port would close.\", \"publication_date\": \"2016-09-12\"}\n"
                + "{\"id\": \"w2\", \"title\": \"Ferry\", \"html\": " + WebSourcesTest.jsonString(WebSourcesTest.PAGE) + "}\n"
                + "{\"id\": \"w3\", \"text\": \"Bo said it rained in Lima.\", \"date\": \"Tue, 05 Mar 2024 08:00:00 GMT\"}\n";
        byte[] warc = WebSourcesTest.concat(WebSourcesTest.warcResponse("https://example.org/a", WebSourcesTest.PAGE),
                WebSourcesTest.warcRequest(), WebSourcesTest.warcResponse("https://example.org/b", WebSourcesTest.PAGE.replace("bridge", "ferry")));
        return List.of(
                new Seed("page.html", utf8(WebSourcesTest.PAGE), "<div>"),
                new Seed("page.html.gz", gzip(utf8(WebSourcesTest.PAGE)), "<div>"),
                new Seed("feed.rss", resource("feed.rss"), "<b>"),
                new Seed("feed.atom", resource("feed.atom"), "<div>"),
                new Seed("crawl.warc", warc, "<p>"),
                new Seed("crawl.warc.gz", WebSourcesTest.gzipEachRecord(WebSourcesTest.warcResponse("https://example.org/a", WebSourcesTest.PAGE),
                        WebSourcesTest.warcRequest()), "<div>"),
                new Seed("wire.jsonl", utf8(jsonl), "["),
                new Seed("story.txt", utf8(story), "("));
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/sources/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(b);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
