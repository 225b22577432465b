package org.newsgraph.cli;

import org.newsgraph.cli.output.Terminal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreWriter;

/** The query commands on a store of "X said Y." articles analysed by {@link FakeStage}. */
class QueryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db");
        Analyzer fake = FakeStage.analyzer();
        List<Document> docs = new ArrayList<>();
        for (String text : List.of("Maria Zakharova said Russia threatens no one.", "Zakharova said the deal stands.",
                "Zakharova said planes carried equipment, \"specialists\".", "Donald Trump said all options are open.")) {
            docs.add(fake.analyze(Article.ofText("test", text)));
        }
        new StoreWriter(Store.create(db)).write(docs);
    }

    private static CliRun run(String... args) {
        return CliRun.run(FakeStage::analyzer, args);
    }

    @Test
    void quotesBySurnameInEachFormat() throws Exception {
        CliRun table = CliRun.run(FakeStage::analyzer, new Terminal(true, true, 300, false), java.io.InputStream.nullInputStream(),
                "quotes", "--speaker", "Zakharova", "--db", db.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.outLines()[0]).startsWith("published").contains("speaker", "cue", "content", "attribution")
                .doesNotContain("article");
        assertThat(table.out()).contains("Russia threatens no one", "the deal stands", "(3 rows)").doesNotContain("options");

        CliRun csv = run("quotes", "--speaker", "zakharova", "-f", "csv", "--db", db.toString());
        assertThat(csv.outLines()[0].strip()).isEqualTo("published,speaker,cue,content,kind,headline,article,attribution");
        assertThat(csv.out()).contains(",Maria Zakharova,said,\"planes carried equipment, \"\"specialists\"\"\",indirect,");

        CliRun jsonl = run("quotes", "--speaker", "person:maria-zakharova", "--format", "jsonl", "--limit", "2", "--db", db.toString());
        assertThat(jsonl.outLines()).hasSize(2);
        for (String line : jsonl.outLines()) assertThat(JSON.readTree(line).get("speaker").asText()).isEqualTo("Maria Zakharova");
    }

    @Test
    void anAmbiguousNameIsOneLineOnStderrNamingTheOthersAndAWordOfANameFindsThePerson() {
        Path names = tmp.resolve("names");
        Analyzer fake = FakeStage.analyzer();
        List<Document> docs = new ArrayList<>();
        for (String text : List.of("Anna Smith said rates rise.", "Bob Smith said rates fall.", "Jane Doe said the river is clean.")) {
            docs.add(fake.analyze(Article.ofText("test", text)));
        }
        new StoreWriter(Store.create(names)).write(docs);

        CliRun smith = run("quotes", "--speaker", "Smith", "-f", "csv", "--db", names.toString());
        assertThat(smith.exit()).isZero();
        assertThat(smith.errLines()).containsExactly("newsgraph: quotes: 'Smith' may mean Anna Smith (person:anna-smith, 1 article)"
                + " or Bob Smith (person:bob-smith, 1 article); showing Anna Smith; give a full name or a key for another");
        assertThat(smith.out()).contains("Anna Smith,said,rates rise").doesNotContain("Bob Smith");
        CliRun entity = run("entity", "Smith", "--db", names.toString());
        assertThat(entity.outLines()[0]).isEqualTo("Anna Smith (person:anna-smith)");
        assertThat(entity.errLines()).hasSize(1);
        assertThat(entity.errLines()[0]).startsWith("newsgraph: entity: 'Smith' may mean Anna Smith");

        CliRun doe = run("quotes", "--speaker", "Doe", "-f", "csv", "--db", names.toString());
        assertThat(doe.err()).isEmpty();
        assertThat(doe.out()).contains("Jane Doe,said,the river is clean");
    }

    @Test
    void anUnknownSpeakerIsOneLineWithCloseNames() {
        CliRun r = run("quotes", "--speaker", "Zakharowa", "--db", db.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("newsgraph: quotes: no entity matches Zakharowa; did you mean Maria Zakharova?");
    }

    @Test
    void aBadDateIsAUsageMistakeAndAMissingStoreOneLine() {
        CliRun date = run("quotes", "--speaker", "Zakharova", "--since", "yesterday", "--db", db.toString());
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.errLines()[0]).isEqualTo("newsgraph: quotes: invalid value for option '--since': 'yesterday' is not a date;"
                + " give YYYY, YYYY-MM or YYYY-MM-DD (2019, 2019-03, 2019-03-25)");
        CliRun none = run("entities", "--db", tmp.resolve("nowhere").toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.errLines()).hasSize(1);
        assertThat(none.errLines()[0]).startsWith("newsgraph: entities: no store at ");
    }

    @Test
    void entitiesWithCountsAsCsv() {
        CliRun r = run("entities", "--type", "person", "-f", "csv", "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly("name,type,mentions,articles,quotes,key\r",
                "Maria Zakharova,PERSON,3,3,3,person:maria-zakharova\r", "Donald Trump,PERSON,1,1,1,person:donald-trump\r");
    }

    @Test
    void entityAsTitledSectionsOrRowsWithTheirSection() throws Exception {
        CliRun table = run("entity", "Zakharova", "--db", db.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.outLines()[0]).isEqualTo("Maria Zakharova (person:maria-zakharova)");
        assertThat(table.out()).contains("── roles", "spokeswoman", "── aliases", "── said", "── quoted by", "── mentioned with");

        CliRun jsonl = run("entity", "Zakharova", "-f", "jsonl", "--db", db.toString());
        List<String> sections = new ArrayList<>();
        for (String line : jsonl.outLines()) {
            JsonNode row = JSON.readTree(line);
            sections.add(row.get("section").asText());
            if (row.get("section").asText().equals("roles")) assertThat(row.get("role").asText()).isEqualTo("spokeswoman");
            if (row.get("section").asText().equals("aliases")) assertThat(row.has("role")).isFalse();
        }
        assertThat(sections).contains("entity", "roles", "aliases", "said");

        CliRun csv = run("entity", "Zakharova", "-f", "csv", "--db", db.toString());
        assertThat(csv.outLines()[0]).startsWith("section,name,type,key,mentions,articles,quotes,keys,role,");
    }

    @Test
    void sqlAnswersReadsParquetAndRefusesWritesInOneLineLeavingTheStoreAsItWas() throws Exception {
        CliRun count = run("sql", "SELECT count(*) AS n FROM attributions", "-f", "csv", "--db", db.toString());
        assertThat(count.outLines()).containsExactly("n\r", "4\r");

        CliRun insert = run("sql", "INSERT INTO articles SELECT * FROM articles", "--db", db.toString());
        assertThat(insert.exit()).isEqualTo(1);
        assertThat(insert.errLines()).hasSize(1);
        assertThat(insert.errLines()[0]).startsWith("newsgraph: sql: refused: INSERT is not allowed");
        for (String q : List.of("DROP TABLE mentions", "COPY articles TO 'x.csv'", "ATTACH 'x.db'", "SELECT 1; DELETE FROM articles")) {
            CliRun r = run("sql", q, "--db", db.toString());
            assertThat(r.exit()).as(q).isEqualTo(1);
            assertThat(r.errLines()).as(q).hasSize(1);
            assertThat(r.errLines()[0]).as(q).startsWith("newsgraph: sql: refused: ");
        }
        CliRun error = run("sql", "SELECT nope FROM articles", "--db", db.toString());
        assertThat(error.exit()).isEqualTo(1);
        assertThat(error.errLines()).hasSize(1);
        assertThat(error.errLines()[0]).startsWith("newsgraph: sql: Binder Error: Referenced column \"nope\" not found");
        assertThat(run("sql", "SELECT count(*) FROM articles", "-f", "csv", "--db", db.toString()).outLines())
                .containsExactly("count_star()\r", "4\r");

        Path out = tmp.resolve("parquet");
        CliRun export = run("export", "--db", db.toString(), "--format", "parquet", out.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("wrote 9 tables to ");
        CliRun parquet = run("sql", "SELECT count(*) AS n FROM read_parquet('" + out.resolve("mentions.parquet") + "')",
                "-f", "csv", "--db", db.toString());
        assertThat(parquet.outLines()).containsExactly("n\r", "4\r");
    }

    @Test
    void exportGraphMlAndRefuseAnUnknownFormat() throws Exception {
        Path out = tmp.resolve("graph");
        CliRun r = run("export", "--db", db.toString(), "-f", "graphml", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("newsgraph.graphml"))).contains("<node id=\"person:maria-zakharova\">");
        CliRun bad = run("export", "--db", db.toString(), "-f", "xlsx", out.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'xlsx' is not an export format; use parquet or graphml");
    }
}
