package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreWriter;

/**
 * What a new user sees after a typical mistake: exit 2, one line saying what is wrong (the option or
 * command as typed, the nearest right one, the range a value must be in), then where to read more.
 */
class UsageMistakesTest {
    private static final Supplier<Analyzer> NO_ANALYSIS = () -> {
        throw new AssertionError("a usage mistake must be caught before any analysis");
    };

    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void store() {
        db = tmp.resolve("db");
        new StoreWriter(Store.create(db)).write(List.of(FakeStage.analyzer().analyze(Article.ofText("t", "Ana Lopez said yes."))));
    }

    private static CliRun run(String... args) {
        return CliRun.run(NO_ANALYSIS, args);
    }

    private static void assertUsage(CliRun r, String line, String command) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(line, "Try 'newsgraph" + command + " --help' for more information.");
    }

    @Test
    void aMisspeltOptionIsNamedWithTheNearestOneEvenWhenARequiredOneIsMissing() {
        assertUsage(run("quotes", "--speakr", "Trump"), "newsgraph: quotes: unknown option '--speakr' (did you mean --speaker?)", " quotes");
        assertUsage(run("quotes", "--db", db.toString(), "--speakr", "Trump"),
                "newsgraph: quotes: unknown option '--speakr' (did you mean --speaker?)", " quotes");
        assertUsage(run("quotes", "--db", db.toString(), "--speaker", "Ana", "--sinse", "2019"),
                "newsgraph: quotes: unknown option '--sinse' (did you mean --since?)", " quotes");
        assertUsage(run("search", "--db", db.toString(), "--limt", "5", "yes"),
                "newsgraph: search: unknown option '--limt' (did you mean --limit?)", " search");
    }

    @Test
    void aMisspeltCommandGetsTheNearestOneAndAnUnknownOneTheList() {
        assertUsage(run("analyse", "x.txt"), "newsgraph: unknown command 'analyse' (did you mean analyze?)", "");
        assertUsage(run("serach", "--db", db.toString(), "x"), "newsgraph: unknown command 'serach' (did you mean search?)", "");
        assertUsage(run("eval", "polnaer", "x.jsonl"), "newsgraph: eval: unknown command 'polnaer' (did you mean polnear?)", " eval");
        CliRun unknown = run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.errLines()[0]).startsWith("newsgraph: unknown command 'frobnicate'; the commands are analyze, extract, ingest,")
                .doesNotContain("corenlp-baseline").doesNotContain("help");
    }

    @Test
    void helpForAMisspeltCommandGetsTheNearestOneToo() {
        assertUsage(run("help", "serach"), "newsgraph: unknown command 'serach' (did you mean search?)", "");
    }

    @Test
    void aFileToWriteIsCheckedBeforeTheWorkThatFillsIt() {
        Path nowhere = tmp.resolve("no-such-dir").resolve("errors.txt");
        assertUsage(run("eval", "polnear", "--errors", nowhere.toString(), "gold.jsonl"), "newsgraph: eval polnear: invalid value for"
                + " option '--errors': there is no directory " + nowhere.getParent() + " to write errors.txt in", " eval polnear");
        assertUsage(run("eval", "quotes", "--errors", tmp.toString(), "gold.jsonl"), "newsgraph: eval quotes: invalid value for"
                + " option '--errors': " + tmp + " is a directory; give a file to write", " eval quotes");
    }

    @Test
    void aCommandMayBeShortenedWhileItFitsOneNameOnly() {
        assertThat(run("ent", "--db", db.toString()).errLines()[0])
                .isEqualTo("newsgraph: 'ent' is short for more than one command (entities or entity); give more of the name");
        CliRun q = run("quo", "--db", db.toString(), "--speaker", "Ana", "-f", "csv");
        assertThat(q.exit()).as(q.err()).isZero();
        assertThat(q.out()).contains("Ana Lopez,said,yes");
    }

    @Test
    void aLeadingDashInASearchIsExplainedAndAnUnquotedNameOfTwoWordsToo() {
        assertUsage(run("search", "--db", db.toString(), "trump", "-wall"), "newsgraph: search: unknown option '-wall'; to leave a word"
                + " out of the search, put the whole query in quotes ('trump -wall')", " search");
        assertUsage(run("entity", "--db", db.toString(), "Ana", "Lopez"), "newsgraph: entity: one NAME is taken, and 'Lopez' is one more;"
                + " put words that go together in quotes ('Ana Lopez')", " entity");
    }

    @Test
    void aValueOutOfRangeSaysTheRange() {
        for (String command : List.of("analyze", "extract", "ingest")) {
            List<String> args = command.equals("ingest") ? List.of(command, "--db", tmp.resolve("new").toString()) : List.of(command);
            CliRun r = run(concat(args, "--max-article-mb", "5000", "x.txt"));
            assertUsage(r, "newsgraph: " + command + ": invalid value for option '--max-article-mb': give 1 to 2,147 MB (an article is"
                    + " read into one Java array, which holds at most 2 GB), not 5000", " " + command);
        }
        assertUsage(run("search", "--db", db.toString(), "--limit", "0", "yes"),
                "newsgraph: search: invalid value for option '--limit': give 1 to 10,000, not 0", " search");
        assertUsage(run("quotes", "--db", db.toString(), "--speaker", "Ana", "--limit", "many"),
                "newsgraph: quotes: invalid value for option '--limit': 'many' is not a whole number; give 0 or more", " quotes");
        assertUsage(run("eval", "polnear", "--threads", "0", "x.jsonl"),
                "newsgraph: eval polnear: invalid value for option '--threads': give 1 or more, not 0", " eval polnear");
    }

    @Test
    void aBadOptionOfIngestWritesNothing() {
        Path fresh = tmp.resolve("never");
        CliRun r = run("ingest", "--db", fresh.toString(), "--max-article-mb", "5000", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(fresh).doesNotExist();
        assertThat(run("ingest", "--db", fresh.toString(), "--threads", "0", "x.txt").exit()).isEqualTo(2);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void anImpossibleDateIsAUsageMistake() {
        assertUsage(run("quotes", "--db", db.toString(), "--speaker", "Ana", "--since", "2019-13-45"),
                "newsgraph: quotes: invalid value for option '--since': '2019-13-45' is not a date: there is no month 13;"
                        + " give YYYY, YYYY-MM or YYYY-MM-DD (2019, 2019-03, 2019-03-25)", " quotes");
        assertUsage(run("search", "--db", db.toString(), "--since", "2019-02-29", "yes"),
                "newsgraph: search: invalid value for option '--since': '2019-02-29' is not a date: February 2019 has 28 days", " search");
        for (String ok : List.of("2019", "2019-03", "2020-02-29")) {
            CliRun r = run("search", "--db", db.toString(), "--since", ok, "yes");
            assertThat(r.exit()).as(ok + ": " + r.err()).isZero();
        }
    }

    @Test
    void anIngestThatStoresNothingLeavesNoStoreBehind() throws Exception {
        Path fresh = tmp.resolve("nothing");
        CliRun r = CliRun.run(FakeStage::analyzer, "ingest", "--db", fresh.toString(), tmp.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()[r.errLines().length - 1]).isEqualTo("newsgraph: nothing was stored, so no store was made in " + fresh);
        assertThat(fresh).doesNotExist();

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun again = CliRun.run(FakeStage::analyzer, "ingest", "--db", empty.toString(), tmp.resolve("missing.txt").toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(empty).isEmptyDirectory();
    }

    private static String[] concat(List<String> head, String... tail) {
        return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toArray(String[]::new);
    }
}
