package org.newsgraph.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.newsgraph.extract.HtmlExtractor;
import org.newsgraph.extract.Page;

/**
 * Scores {@link HtmlExtractor} on a benchmark directory, whose layout says which benchmark it is:
 * <ul>
 *   <li>Zyte's article-extraction benchmark: {@code ground-truth.json} (page id → {@code articleBody},
 *       {@code url}) beside {@code html/<id>.html.gz}; scored by {@link Shingles}, precision and recall
 *       the means over pages, F1 from those means.</li>
 *   <li>Mozilla Readability's test pages: {@code <case>/source.html} with {@code expected-metadata.json};
 *       title and byline exact after whitespace normalisation, byline accuracy over the pages that have
 *       one.</li>
 * </ul>
 */
public final class ExtractionEval {
    private ExtractionEval() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Layout { ZYTE, READABILITY }

    /** One page's result: for Zyte its counts, for Readability whether title and byline matched. */
    public record PageResult(String id, Shingles.Counts counts, boolean titleRight, Boolean bylineRight,
                             String expected, String got) {}

    /** The whole run: Zyte P/R/F1, or Readability title and byline accuracy, with each page's result. */
    public record Report(Layout layout, int pages, double precision, double recall, double f1, double titleAccuracy,
                         double bylineAccuracy, int bylinePages, List<PageResult> results) {}

    /** The layout of {@code dir}; a user mistake (neither layout) is an IllegalArgumentException that says what is expected. */
    public static Layout detect(Path dir) {
        if (Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"))) return Layout.ZYTE;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected-metadata.json"))) {
                    return Layout.READABILITY;
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + ": cannot read the directory");
        }
        throw new IllegalArgumentException(dir + ": neither ground-truth.json with html/ (Zyte) nor */source.html with"
                + " expected-metadata.json (Readability)");
    }

    public static Report run(Path dir) {
        return detect(dir) == Layout.ZYTE ? zyte(dir) : readability(dir);
    }

    static Report zyte(Path dir) {
        JsonNode truth = readJson(dir.resolve("ground-truth.json"));
        List<PageResult> results = new ArrayList<>();
        double p = 0;
        double r = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) continue;
            String url = e.getValue().path("url").asText(null);
            Page page = HtmlExtractor.extract(gunzip(html), url, null);
            String expected = e.getValue().path("articleBody").asText("");
            Shingles.Counts c = Shingles.score(page.text(), expected);
            p += c.precision();
            r += c.recall();
            results.add(new PageResult(e.getKey(), c, false, null, expected, page.text()));
        }
        int n = results.size();
        double mp = n == 0 ? 0 : p / n;
        double mr = n == 0 ? 0 : r / n;
        double f1 = mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr);
        return new Report(Layout.ZYTE, n, mp, mr, f1, Double.NaN, Double.NaN, 0, results);
    }

    static Report readability(Path dir) {
        List<Path> cases = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) if (Files.isRegularFile(p.resolve("source.html"))) cases.add(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.sort(null);
        List<PageResult> results = new ArrayList<>();
        int titles = 0;
        int bylines = 0;
        int bylinePages = 0;
        for (Path c : cases) {
            Path meta = c.resolve("expected-metadata.json");
            if (!Files.isRegularFile(meta)) continue;
            JsonNode m = readJson(meta);
            Page page;
            try {
                page = HtmlExtractor.extract(Files.readAllBytes(c.resolve("source.html")), "http://fakehost/test/page.html", null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String wantTitle = norm(m.path("title").asText(""));
            boolean titleRight = wantTitle.equals(norm(page.headline()));
            Boolean bylineRight = null;
            String wantByline = m.path("byline").isTextual() ? norm(m.path("byline").asText()) : "";
            if (!wantByline.isEmpty()) {
                bylinePages++;
                bylineRight = wantByline.equals(norm(page.bylineAsStated()));
                if (bylineRight) bylines++;
            }
            if (titleRight) titles++;
            results.add(new PageResult(c.getFileName().toString(), null, titleRight, bylineRight,
                    wantTitle + " | " + wantByline, norm(page.headline()) + " | " + norm(page.bylineAsStated())));
        }
        int n = results.size();
        return new Report(Layout.READABILITY, n, Double.NaN, Double.NaN, Double.NaN, n == 0 ? 0 : titles / (double) n,
                bylinePages == 0 ? 0 : bylines / (double) bylinePages, bylinePages, results);
    }

    static String norm(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static JsonNode readJson(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gunzip(Path p) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
