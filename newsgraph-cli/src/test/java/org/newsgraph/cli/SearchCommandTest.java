package org.newsgraph.cli;

import org.newsgraph.cli.output.Terminal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.span.Span;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreWriter;

/** {@code search} and {@code reindex} over a store written here, in each output format. */
class SearchCommandTest {
    private static final Supplier<Analyzer> NO_ANALYZER = () -> {
        throw new AssertionError("searching needs no analysis");
    };
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Two articles; the first quotes its speaker on the planes. */
    private Path store() {
        Path db = tmp.resolve("db");
        String text = "Maria Zakharova said two Russian planes landed in Caracas.";
        Article planes = Article.builder("test#1", text).headline("Planes in Caracas").published("2019-03-25").build();
        Span who = Span.of(0, 15);
        Attribution said = new Attribution("a1", Attribution.Kind.INDIRECT, new Part("Maria Zakharova", List.of(who), null),
                Part.of(text, Span.of(16, 20)), Part.of(text, Span.of(21, text.length() - 1)), null);
        Article oil = Article.builder("test#2", "Oil prices fell again on Monday.").headline("Oil").published("2019-03-26").build();
        Store store = Store.create(db);
        new StoreWriter(store).write(List.of(Document.of(planes).with(Layers.ATTRIBUTIONS, List.of(said)), Document.of(oil)));
        return db;
    }

    private static CliRun run(String... args) {
        return CliRun.run(NO_ANALYZER, args);
    }

    @Test
    void reindexReportsWhatItIndexedAndSearchFindsIt() {
        Path db = store();
        CliRun r = run("reindex", "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).matches("indexed 2 articles and 1 quote in \\d+\\.\\d s; the index takes \\d+\\.\\d MB, \\d+% of the 0\\.0 MB of article text\\n");

        Terminal wide = new Terminal(false, false, 250, false);
        CliRun s = CliRun.run(NO_ANALYZER, wide, java.io.InputStream.nullInputStream(), "search", "--db", db.toString(), "planes", "caracas");
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(s.err()).isEmpty();
        assertThat(s.outLines()[0]).matches("score\\s+published\\s+headline\\s+snippet\\s+article_id");
        assertThat(s.outLines()[2]).contains("2019-03-25", "Planes in Caracas", "two Russian «planes» landed in «Caracas».");
        assertThat(s.outLines()[2]).as("ids cut for a person, whole in CSV and JSON").matches(".*  [0-9a-f]{12}…$");
        assertThat(s.outLines()).hasSize(4);
        assertThat(s.outLines()[3]).isEqualTo("(1 row)");
    }

    @Test
    void csvHasAHeaderAndOneLinePerAnswer() throws Exception {
        Path db = store();
        CliRun r = run("search", "--db", db.toString(), "-f", "csv", "planes", "OR", "oil");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("score,published,headline,snippet,article_id");
        assertThat(lines).hasSize(3);
        assertThat(r.out()).contains(",2019-03-26,Oil,«Oil» prices fell again on Monday.,");
    }

    @Test
    void jsonlGivesOneObjectPerQuoteWithTheSpeaker() throws Exception {
        Path db = store();
        CliRun r = run("search", "--db", db.toString(), "--quotes", "--format", "jsonl", "speaker:zakharova", "planes");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).hasSize(1);
        JsonNode quote = JSON.readTree(r.outLines()[0]);
        assertThat(quote.get("speaker").asText()).isEqualTo("Maria Zakharova");
        assertThat(quote.get("content").asText()).isEqualTo("two Russian «planes» landed in Caracas");
        assertThat(quote.get("attribution_id").asText()).endsWith(":a1").startsWith(quote.get("article_id").asText());
        assertThat(quote.get("score").asDouble()).isPositive();
    }

    @Test
    void searchIndexesWhatTheIndexLacksWhenNoIngestIsWritingIt() throws Exception {
        Path db = store();
        run("reindex", "--db", db.toString());
        try (Stream<Path> files = Files.walk(db.resolve(Store.INDEX_DIR))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        CliRun r = run("search", "--db", db.toString(), "-f", "jsonl", "oil");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("newsgraph: the search index lacks 2 articles of the store (an interrupted ingest, or a removed index);"
                + " indexing them first\n");
        assertThat(JSON.readTree(r.outLines()[0]).get("headline").asText()).isEqualTo("Oil");
    }

    @Test
    void whileAnotherWriterHoldsTheIndexSearchAnswersFromItAndReindexIsRefused() {
        Path db = store();
        Store store = Store.open(db);
        try (SearchIndex ingest = SearchIndex.openForWriting(store)) {
            CliRun s = run("search", "--db", db.toString(), "oil");
            assertThat(s.exit()).as(s.err()).isZero();
            assertThat(s.err()).isEqualTo("newsgraph: note: an ingest is indexing; its 2 newest articles are not searchable yet\n");
            assertThat(s.out()).contains("(0 rows)");

            CliRun r = run("reindex", "--db", db.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.err()).contains("is being written by another process (an ingest or a reindex); try again when it is done");

            ingest.catchUp();
            assertThat(run("search", "--db", db.toString(), "oil").out()).contains("(1 row)");
        }
    }

    @Test
    void aQueryThatCannotBeReadIsAUsageMistakeOnOneLine() {
        Path db = store();
        CliRun r = run("search", "--db", db.toString(), "planes", "AND");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("newsgraph: search: cannot read the query 'planes AND': it ends too early (after 'AND');"
                + " finish it, or put quotes around a word like AND, OR, NOT");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aDirectoryThatIsNotAStoreIsOneLineAndExitOne() {
        CliRun r = run("search", "--db", tmp.resolve("nowhere").toString(), "planes");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("newsgraph: search: no store at ");
    }

    @Test
    void scoresReadInOneFormatInATableAndInCsvAndStayNumbersInJson() throws Exception {
        Path db = store();
        Terminal wide = new Terminal(false, false, 250, false);
        CliRun table = CliRun.run(NO_ANALYZER, wide, java.io.InputStream.nullInputStream(), "search", "--db", db.toString(),
                "planes OR oil OR caracas^3");
        assertThat(table.exit()).as(table.err()).isZero();
        List<String> scores = Stream.of(table.outLines()).skip(2).filter(l -> !l.startsWith("(")).map(l -> l.strip().split("\\s+")[0]).toList();
        assertThat(scores).hasSize(2).allMatch(v -> v.matches("\\d+\\.\\d{3}"), "a number with 3 decimals");
        assertThat(table.outLines()[2].indexOf('.')).as("decimal points aligned").isEqualTo(table.outLines()[3].indexOf('.'));

        CliRun csv = run("search", "--db", db.toString(), "-f", "csv", "planes OR oil OR caracas^3");
        assertThat(Stream.of(csv.out().split("\r\n")).skip(1).map(l -> l.split(",")[0]).toList())
                .hasSize(2).allMatch(v -> v.matches("\\d+\\.\\d{3}"), "a number with 3 decimals");

        CliRun jsonl = run("search", "--db", db.toString(), "-f", "jsonl", "planes OR oil");
        for (String line : jsonl.outLines()) assertThat(JSON.readTree(line).get("score").isNumber()).isTrue();
    }

    @Test
    void aBrokenQueryIsDescribedWhereItBreaksAndAHugeOneIsNotEchoedWhole() {
        Path db = store();
        CliRun caret = run("search", "--db", db.toString(), "foo~bar^^");
        assertThat(caret.exit()).isEqualTo(2);
        assertThat(caret.errLines()).containsExactly("newsgraph: search: cannot read the query 'foo~bar^^': the ^ at column 8 must be"
                + " followed by a number (word^2 weighs a word twice); remove it, or write \\^");

        String words = java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "w" + i).collect(java.util.stream.Collectors.joining(" "));
        CliRun huge = run("search", "--db", db.toString(), words);
        assertThat(huge.exit()).isEqualTo(2);
        assertThat(huge.errLines()).hasSize(1);
        assertThat(huge.err().length()).isLessThan(300);
        assertThat(huge.err()).contains("'w0 w1 w2").contains("…'").doesNotContain("w19999");
    }
}
