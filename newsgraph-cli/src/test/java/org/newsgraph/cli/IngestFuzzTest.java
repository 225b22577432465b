package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Loaded;
import org.newsgraph.source.Problem;
import org.newsgraph.source.Source;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;

/**
 * A directory of damaged inputs (seeded, so the same every run), through extract and through ingest
 * with the stand-in analysis: extract prints JSON for each article and one line naming its input for
 * each problem; ingest's counts agree with what the sources read: every article new or already present,
 * every error a failure, every warning (and every other text under a repeated id) a warning, not a failure.
 */
class IngestFuzzTest {
    private static final long SEED = 7_2024L;
    private static final int FILES = 40;
    private static final Pattern COUNTS = Pattern.compile("([\\d,]+) new, ([\\d,]+) already present, ([\\d,]+) failed(?:, ([\\d,]+) warnings?)?");

    @TempDir
    Path tmp;

    @Test
    void extractAndIngestAccountForEveryDamagedInput() throws IOException {
        Path dir = damagedInputs();

        CliRun extract = CliRun.run(() -> {
            throw new AssertionError("extract must not load the analyzer");
        }, "extract", "--format", "jsonl", dir.toString());
        assertThat(extract.exit()).as(extract.err()).isIn(0, 1);
        ObjectMapper json = new ObjectMapper();
        for (String line : extract.outLines()) assertThat(json.readTree(line).get("origin").asText()).startsWith(dir.toString());
        for (String line : extract.errLines()) assertThat(line).startsWith("newsgraph: " + dir);

        long articles = 0;
        long errors = 0;
        long warnings = 0;
        long otherTexts = 0;
        Map<String, String> texts = new HashMap<>();
        try (Source s = Sources.open(List.of(dir.toString()), InputStream.nullInputStream(), SourceOptions.DEFAULTS)) {
            while (s.hasNext()) {
                Entry e = s.next();
                if (e instanceof Problem p && p.isWarning()) warnings++;
                else if (e instanceof Problem) errors++;
                else {
                    articles++;
                    var a = ((Loaded) e).article();
                    String first = texts.putIfAbsent(a.id(), a.text());
                    if (first != null && !first.equals(a.text())) otherTexts++;
                }
            }
        }
        assertThat(extract.outLines()).hasSize((int) articles);
        // Extract knows nothing of ids: another text under a repeated id is a warning only in ingest.
        assertThat(extract.errLines()).hasSize((int) (errors + warnings));

        CliRun ingest = CliRun.run(FakeStage::analyzer, "ingest", "--db", tmp.resolve("store").toString(), dir.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Matcher m = COUNTS.matcher(ingest.errLines()[0]);
        assertThat(m.matches()).as(ingest.errLines()[0]).isTrue();
        long added = count(m.group(1));
        long present = count(m.group(2));
        assertThat(added).as(ingest.err()).isEqualTo(texts.size());
        assertThat(added + present).as(ingest.err()).isEqualTo(articles);
        assertThat(count(m.group(3))).as(ingest.err()).isEqualTo(errors);
        assertThat(m.group(4) == null ? 0 : count(m.group(4))).as(ingest.err()).isEqualTo(warnings + otherTexts);
        assertThat(otherTexts).as("the inputs hold another text under a repeated id").isPositive();
        assertThat(warnings).as("the inputs hold warnings to count").isPositive();
        assertThat(errors).as("the inputs hold errors to count").isPositive();
    }

    private static long count(String s) {
        return Long.parseLong(s.replace(",", ""));
    }

    private Path damagedInputs() throws IOException {
        String page = ExtractCommandTest.PAGE;
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>N</title>"
                + "<item><title>Ferry</title><description>Ana said ferry fares would rise in spring.</description></item>"
                + "<item><title>Budget</title><description>Bo said the council passed its budget.</description></item>"
                + "</channel></rss>";
        String jsonl = "{\"id\": \"j1\", \"text\": \"Cy said prices rose.\", \"date\": \"2019-03-29\"}\n"
                + "{\"id\": \"j2\", \"text\": \"Di said the talks failed.\", \"published\": \"Spring 2019\"}\n"
                + "{\"id\": \"j1\", \"text\": \"Cy said prices fell.\"}\n";
        String text = "Storm closes schools\n\nEd said schools would close on Friday.\n";
        List<String[]> seeds = List.of(new String[] {"page.html", page}, new String[] {"feed.rss", feed},
                new String[] {"wire.jsonl", jsonl}, new String[] {"story.txt", text});
        Random r = new Random(SEED);
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (int n = 0; n < FILES; n++) {
            String[] seed = seeds.get(r.nextInt(seeds.size()));
            byte[] b = seed[1].getBytes(StandardCharsets.UTF_8);
            String name = seed[0];
            switch (r.nextInt(7)) {
                case 0 -> b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length));
                case 2 -> b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
                case 3 -> b = concat("HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII), b);
                case 4 -> {
                    byte[] gz = gzip(b);
                    b = Arrays.copyOf(gz, gz.length - 1 - r.nextInt(12)); // cut short
                    name += ".gz";
                }
                case 5 -> b[r.nextInt(b.length)] = 0;
                default -> name = name.replace('.', '-'); // no ending: a directory skips it, and says so
            }
            Files.write(dir.resolve(String.format("%02d-%s", n, name)), b);
        }
        return dir;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(b);
        }
        return bytes.toByteArray();
    }
}
