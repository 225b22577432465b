package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Document;

class SearchTest {
    @TempDir
    Path tmp;

    private Store store;

    private Store storeWith(Document... docs) {
        store = Store.create(tmp.resolve("db"));
        new StoreWriter(store).write(List.of(docs));
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            index.catchUp();
        }
        return store;
    }

    private Table search(SearchQuery q) {
        try (Search search = Search.open(store)) {
            return store.read(c -> search.search(c, q));
        }
    }

    private static List<Object> column(Table t, String column) {
        return java.util.stream.IntStream.range(0, t.size()).mapToObj(i -> t.get(i, column)).toList();
    }

    private static String idOf(Document d) {
        return d.article().id();
    }

    @Test
    void aQuotedPhraseMatchesOnlyThoseWordsInThatOrder() {
        Document exact = Docs.said("Maria Zakharova", "the planes carried military equipment to Caracas");
        Document reversed = Docs.said("Sergei Lavrov", "the equipment carried by planes was military");
        storeWith(exact, reversed);

        assertThat(column(search(SearchQuery.articles("\"planes carried\"")), "article_id")).containsExactly(idOf(exact));
        assertThat(search(SearchQuery.articles("\"planes carried\"")).get(0, "snippet"))
                .isEqualTo("Maria Zakharova said the «planes carried» military equipment to Caracas.");
        assertThat(column(search(SearchQuery.articles("planes carried")), "article_id"))
                .containsExactlyInAnyOrder(idOf(exact), idOf(reversed));
    }

    @Test
    void theArticleThatIsMoreAboutTheWordsRanksFirst() {
        Document passing = Docs.said("Sergei Lavrov", "talks on trade went on for hours and Venezuela came up once near the end");
        Document central = Docs.said("Maria Zakharova", "Venezuela must decide, and the people of Venezuela alone");
        storeWith(passing, central);

        Table t = search(SearchQuery.articles("venezuela"));
        assertThat(column(t, "article_id")).containsExactly(idOf(central), idOf(passing));
        assertThat((Double) t.get(0, "score")).isGreaterThan((Double) t.get(1, "score"));
    }

    @Test
    void snippetsMarkTheMatchedWordsInTheTextOfTheirOwnArticle() {
        Document planes = Docs.said("Maria Zakharova", "two Russian planes landed in Caracas with equipment");
        Document other = Docs.said("Sergei Lavrov", "sanctions will not work");
        storeWith(planes, other);

        Table t = search(SearchQuery.articles("planes caracas"));
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.get(0, "snippet")).isEqualTo("Maria Zakharova said two Russian «planes» landed in «Caracas» with equipment.");
        assertThat(t.get(0, "headline")).isEqualTo("About two Russian planes landed in Caracas with equipment");
    }

    @Test
    void aLongArticleGivesShortPassagesAroundTheMatches() {
        String filler = "The committee met again on Tuesday to discuss the budget for the coming year. ".repeat(40);
        Document longOne = Docs.said("Maria Zakharova", filler + "The ministry denied that any warplanes had been sent. " + filler);
        storeWith(longOne);

        String snippet = (String) search(SearchQuery.articles("warplanes")).get(0, "snippet");
        assertThat(snippet).contains("«warplanes»").startsWith("…").endsWith("…");
        assertThat(snippet.length()).isLessThan(400);
    }

    @Test
    void quotesAreFoundByContentAndBySpeaker() {
        Document zakharova = Docs.said(null, "Maria Zakharova", "the planes carried equipment", "2019-03-25");
        Document lavrov = Docs.said(null, "Sergei Lavrov", "planes are not the issue", "2019-03-26");
        storeWith(zakharova, lavrov);

        Table t = search(SearchQuery.quotes("speaker:zakharova planes"));
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.get(0, "speaker")).isEqualTo("Maria Zakharova");
        assertThat(t.get(0, "speaker_key")).isEqualTo("person:maria-zakharova");
        assertThat(t.get(0, "content")).isEqualTo("the «planes» carried equipment");
        assertThat(t.get(0, "attribution_id")).isEqualTo(idOf(zakharova) + ":a1");
        assertThat(t.get(0, "published")).isEqualTo("2019-03-25");

        assertThat(column(search(SearchQuery.quotes("planes")), "speaker"))
                .containsExactlyInAnyOrder("Maria Zakharova", "Sergei Lavrov");
    }

    @Test
    void sinceLeavesOutWhatWasPublishedBefore() {
        Document old = Docs.said(null, "Maria Zakharova", "the embassy is closed", "2018-12-31");
        Document recent = Docs.said(null, "Maria Zakharova", "the embassy is open", "2019-01-02");
        storeWith(old, recent);

        assertThat(column(search(SearchQuery.articles("embassy").withSince("2019-01-01")), "article_id")).containsExactly(idOf(recent));
        assertThat(column(search(SearchQuery.quotes("embassy").withSince("2019")), "article_id")).containsExactly(idOf(recent));
        assertThat(search(SearchQuery.articles("embassy").withLimit(1)).size()).isEqualTo(1);
    }

    @Test
    void catchUpIndexesOnlyWhatIsNewAndAgainAddsNothing() {
        storeWith(Docs.said("Maria Zakharova", "first statement about oil"));
        new StoreWriter(store).write(List.of(Docs.said("Maria Zakharova", "second statement about oil"),
                Docs.said("Sergei Lavrov", "third statement about oil")));
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            assertThat(index.catchUp()).isEqualTo(2);
            assertThat(index.catchUp()).isZero();
            assertThat(index.documents()).isEqualTo(6); // three articles, three quotes
        }
        assertThat(search(SearchQuery.articles("oil")).size()).isEqualTo(3);
    }

    @Test
    void anIndexThatLagsTheTablesIsRepairedByCatchUpWithoutDuplicates() {
        storeWith(Docs.said("Maria Zakharova", "the first flight landed"));
        // An ingest killed between the tables' commit and the index's: the tables hold more than the index.
        Document missed = Docs.said("Maria Zakharova", "the second flight landed");
        new StoreWriter(store).write(List.of(missed));
        assertThat(column(search(SearchQuery.articles("second")), "article_id")).isEmpty();

        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            assertThat(index.catchUp()).isEqualTo(1);
        }
        assertThat(column(search(SearchQuery.articles("second")), "article_id")).containsExactly(idOf(missed));
        assertThat(search(SearchQuery.articles("flight")).size()).isEqualTo(2);
    }

    @Test
    void replayingArticlesTheIndexAlreadyHasLeavesOneCopyOfEach() {
        storeWith(Docs.said("Maria Zakharova", "the flight landed"), Docs.said("Sergei Lavrov", "the flight left"));
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            index.rewindTo(0);
            assertThat(index.catchUp()).isEqualTo(2);
            index.rewindTo(1);
            assertThat(index.catchUp()).isEqualTo(1);
            assertThat(index.documents()).isEqualTo(4); // two articles, two quotes
        }
        assertThat(search(SearchQuery.articles("flight")).size()).isEqualTo(2);
    }

    @Test
    void deletingTheIndexAndRebuildingItGivesTheSameAnswers() throws Exception {
        storeWith(Docs.said("Maria Zakharova", "Venezuela and Russia signed a deal on oil"),
                Docs.said("Sergei Lavrov", "oil prices will fall"), Docs.said("John Bolton", "Venezuela will be free"));
        List<SearchQuery> queries = List.of(SearchQuery.articles("oil"), SearchQuery.articles("venezuela OR oil"),
                SearchQuery.quotes("venezuela"), SearchQuery.articles("\"signed a deal\""));
        List<Table> before = queries.stream().map(this::search).toList();

        try (Stream<Path> files = Files.walk(store.indexDir())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThatThrownBy(() -> Search.open(store)).isInstanceOf(StoreException.class)
                .hasMessageContaining("has no search index; make it with: newsgraph reindex --db");
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            assertThat(index.rebuild()).isEqualTo(3);
        }
        assertThat(queries.stream().map(this::search).toList()).isEqualTo(before);
        assertThat(before.get(1).size()).isEqualTo(3);
    }

    @Test
    void aReaderHeldOpenSeesWhatIsIndexedLater() {
        storeWith(Docs.said("Maria Zakharova", "the first flight landed"));
        try (Search search = Search.open(store)) {
            new StoreWriter(store).write(List.of(Docs.said("Sergei Lavrov", "the second flight landed")));
            try (SearchIndex index = SearchIndex.openForWriting(store)) {
                index.catchUp();
            }
            assertThat(store.read(c -> search.search(c, SearchQuery.articles("flight"))).size()).isEqualTo(2);
            assertThat(search.indexedSeq()).isEqualTo(2);
        }
    }

    @Test
    void aSecondWriterIsRefusedWithOneLine() {
        storeWith(Docs.said("Maria Zakharova", "the flight landed"));
        try (SearchIndex first = SearchIndex.openForWriting(store)) {
            assertThat(first.indexedSeq()).isEqualTo(1);
            assertThatThrownBy(() -> SearchIndex.openForWriting(store)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is being written by another process").hasMessageNotContaining("\n");
            assertThat(SearchIndex.tryOpenForWriting(store)).isEmpty();
        }
        try (SearchIndex again = SearchIndex.openForWriting(store)) {
            assertThat(again.indexedSeq()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedIndexIsStartedAfreshAndRefilled() throws Exception {
        storeWith(Docs.said("Maria Zakharova", "the flight landed"));
        try (Stream<Path> files = Files.list(store.indexDir())) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(p, "garbage");
            }
        }
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            assertThat(index.indexedSeq()).isZero();
            assertThat(index.catchUp()).isEqualTo(1);
        }
        assertThat(search(SearchQuery.articles("flight")).size()).isEqualTo(1);
    }

    @Test
    void anIndexOfAnotherFormatIsNeverMisreadAndIsRebuiltByTheWriter() throws Exception {
        storeWith(Docs.said("Maria Zakharova", "the flight landed"));
        try (var dir = org.apache.lucene.store.FSDirectory.open(store.indexDir());
             var old = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            old.setLiveCommitData(java.util.Map.of(SearchFields.SEQ, "1", SearchFields.FORMAT_KEY, "1").entrySet());
            old.commit();
        }
        assertThatThrownBy(() -> Search.open(store)).isInstanceOf(StoreException.class)
                .hasMessageContaining("was made by another version of newsgraph; rebuild it with: newsgraph reindex --db");
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            assertThat(index.indexedSeq()).isZero();
            assertThat(index.catchUp()).isEqualTo(1);
        }
        assertThat(search(SearchQuery.articles("flight")).size()).isEqualTo(1);
    }

    @Test
    void aQueryThatCannotBeReadIsRefusedWithOneLineSayingWhere() {
        storeWith(Docs.said("Maria Zakharova", "the flight landed"));
        assertThatThrownBy(() -> search(SearchQuery.articles("flight AND"))).isInstanceOf(SearchQueryException.class)
                .hasMessage("cannot read the query 'flight AND': it ends too early (after 'AND'); finish it, or put quotes around a word like AND, OR, NOT");
        assertThatThrownBy(() -> search(SearchQuery.articles("flight )"))).isInstanceOf(SearchQueryException.class)
                .hasMessageContaining("the ) at column 8 closes nothing").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> search(SearchQuery.articles("\"flight landed"))).isInstanceOf(SearchQueryException.class)
                .hasMessageContaining("the quotation mark at column 1 is not closed").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> search(SearchQuery.articles("speaker:zakharova"))).isInstanceOf(SearchQueryException.class)
                .hasMessageContaining("names the field speaker: which articles do not have").hasMessageContaining("--quotes");
        assertThatThrownBy(() -> SearchQuery.articles("flight").withSince("yesterday")).isInstanceOf(SearchQueryException.class)
                .hasMessageContaining("'yesterday' is not a date");
    }

    @Test
    void aQueryWithMoreTermsThanASearchMayLookUpIsAUsersMistakeNotAFailure() {
        storeWith(Docs.said("Maria Zakharova", "the flight landed"));
        // 600 words parse, but an article search looks each up in two fields: 1,200 clauses, over Lucene's 1,024.
        String words = java.util.stream.IntStream.range(0, 600).mapToObj(i -> "w" + i).collect(java.util.stream.Collectors.joining(" "));
        assertThatThrownBy(() -> search(SearchQuery.articles(words))).isInstanceOf(SearchQueryException.class)
                .hasMessageStartingWith("cannot read the query 'w0 w1 ").hasMessageContaining("…': it asks for more than 1,024 terms");
    }
}
