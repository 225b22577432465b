package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreWriter;

/** The seed article, really analysed and stored, answers "what did Zakharova say". */
class SeedQuotesTest {
    @TempDir
    Path tmp;

    @Test
    void zakharovasQuotesFromTheAnalysedSeedArticle() throws Exception {
        String text = Files.readString(Path.of("../examples/seed/article.txt"));
        Analyzer analyzer = Analyzer.standard();
        Path db = tmp.resolve("db");
        new StoreWriter(Store.create(db)).write(List.of(analyzer.analyze(Article.ofText("seed", text))));

        CliRun r = CliRun.run(() -> analyzer, "quotes", "--speaker", "Zakharova", "-f", "csv", "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.outLines();
        assertThat(lines.length - 1).as(r.out()).isGreaterThanOrEqualTo(2);
        for (int i = 1; i < lines.length; i++) assertThat(lines[i]).contains(",Maria Zakharova,");
        assertThat(r.out()).contains("Russian specialists have arrived in Venezuela", "Russia is not threatening anyone");

        CliRun about = CliRun.run(() -> analyzer, "quotes", "--speaker", "Zakharova", "--about", "Washington", "-f", "csv",
                "--db", db.toString());
        assertThat(about.exit()).as(about.err()).isZero();
        assertThat(about.out()).contains("unlike (officials) in Washington").doesNotContain("No one canceled this document");
    }
}
