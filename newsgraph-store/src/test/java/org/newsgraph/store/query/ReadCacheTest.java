package org.newsgraph.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Document;
import org.newsgraph.entity.EntityType;
import org.newsgraph.store.Docs;
import org.newsgraph.store.Search;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreWriter;

/** What the server reads through: always the tables' answer, before and after more articles arrive. */
class ReadCacheTest {
    @TempDir
    Path tmp;
    Store store;
    ReadCache reads;

    @BeforeEach
    void open() {
        store = Newsroom.store(tmp.resolve("db")).holdOpen();
        reads = new ReadCache(store, null, ReadCache.DEFAULT_BYTES);
    }

    @AfterEach
    void close() {
        store.release();
    }

    private ArticleView direct(String id) {
        return store.read(c -> ArticleView.of(c, id)).orElseThrow();
    }

    private Quotes.Answer directQuotes(String speaker) {
        return store.read(c -> Quotes.find(c, new Quotes.Query(speaker, null, null, 0)));
    }

    private Quotes.Answer quotes(String speaker) {
        return reads.quotes(new Quotes.Query(speaker, null, null, 0));
    }

    private void store(Document d) {
        new StoreWriter(store).write(List.of(d));
    }

    @Test
    void everyArticleReadsAsTheTablesSayFirstTimeAndKept() {
        for (String id : List.of("planes", "attache", "puppet", "undated")) {
            assertThat(reads.article(id)).contains(direct(id));
            assertThat(reads.article(id)).as("kept").contains(direct(id));
        }
        assertThat(reads.articlesKept()).isEqualTo(4);
        ArticleView attache = reads.article("attache").orElseThrow();
        assertThat(attache.quotes()).extracting(ArticleView.Quote::speakerKey)
                .as("Zakharova is the registry's Maria Zakharova").contains(Newsroom.ZAKHAROVA);
        assertThat(reads.article("nothing")).isEmpty();
    }

    @Test
    void anArticleStoredLaterIsSeenAtOnceWithItsNewSpeakerAndAMissIsNotRemembered() {
        reads.article("planes");
        assertThat(reads.article("later")).isEmpty();
        store(Docs.article("Nicolas Maduro said the planes are welcome.").id("later").published("2019-04-05")
                .entity("person:nicolas-maduro", "Nicolas Maduro", EntityType.PERSON)
                .quote("Nicolas Maduro", "person:nicolas-maduro", "said", "the planes are welcome").build());
        ArticleView later = reads.article("later").orElseThrow();
        assertThat(later).isEqualTo(direct("later"));
        assertThat(later.quotes()).extracting(ArticleView.Quote::speaker).containsExactly("Nicolas Maduro");
        assertThat(reads.article("planes")).contains(direct("planes"));
    }

    @Test
    void whatSomeoneSaidIncludesAQuoteStoredAfterTheAnswerWasKept() {
        assertThat(quotes("Maria Zakharova")).isEqualTo(directQuotes("Maria Zakharova"));
        int before = quotes("Maria Zakharova").table().size();
        store(Docs.article("Maria Zakharova said the flights will go on.").id("flights").published("2019-04-10")
                .entity(Newsroom.ZAKHAROVA, "Maria Zakharova", EntityType.PERSON)
                .quote("Maria Zakharova", Newsroom.ZAKHAROVA, "said", "the flights will go on").build());
        Quotes.Answer after = quotes("Maria Zakharova");
        assertThat(after.table().size()).isEqualTo(before + 1);
        assertThat(after).isEqualTo(directQuotes("Maria Zakharova"));
        assertThat(after.table().rows().get(0)).as("newest first").contains("the flights will go on");
    }

    @Test
    void anAnswerIsGivenAgainAfterACommitThatBroughtNothingOfThatSpeaker() {
        Quotes.Answer kept = quotes("Donald Trump");
        store(Docs.article("Juan Guaido said elections will come.").id("elections").published("2019-04-11")
                .entity("person:juan-guaido", "Juan Guaidó", EntityType.PERSON, "Juan Guaido")
                .quote("Juan Guaido", "person:juan-guaido", "said", "elections will come").build());
        Quotes.Answer again = quotes("Donald Trump");
        assertThat(again.table()).as("not asked of the tables again").isSameAs(kept.table());
        assertThat(again).isEqualTo(directQuotes("Donald Trump"));
        assertThat(quotes("Juan Guaido")).isEqualTo(directQuotes("Juan Guaido"));
    }

    @Test
    void anUnknownNameIsStillTheUsersMistakeWithTheClosestNames() {
        assertThatThrownBy(() -> quotes("Maria Zaharova")).isInstanceOf(UnknownEntityException.class)
                .hasMessageContaining("Maria Zakharova");
    }

    @Test
    void aStoreNotHeldIsReadAsItIsEachTime() {
        store.release();
        ReadCache loose = new ReadCache(store, null, ReadCache.DEFAULT_BYTES);
        assertThat(loose.article("planes")).contains(direct("planes"));
        int before = loose.quotes(new Quotes.Query("Zakharova", null, null, 0)).table().size();
        // Without the store held, no commit count says what changed: a write is seen at the next read.
        store(Docs.article("Maria Zakharova said the talks go on.").id("talks").published("2019-04-12")
                .entity(Newsroom.ZAKHAROVA, "Maria Zakharova", EntityType.PERSON)
                .quote("Maria Zakharova", Newsroom.ZAKHAROVA, "said", "the talks go on").build());
        Quotes.Answer after = loose.quotes(new Quotes.Query("Zakharova", null, null, 0));
        assertThat(after.table().size()).isEqualTo(before + 1);
        assertThat(after).isEqualTo(directQuotes("Zakharova"));
        assertThat(loose.article("talks")).contains(direct("talks"));
        store.holdOpen();
    }

    @Test
    void theTextComesFromTheSearchIndexWhenItHasIt() {
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            index.catchUp();
        }
        try (Search search = Search.open(store)) {
            StoredArticle.Stored planes = store.read(c -> StoredArticle.withSeq(c, "planes")).orElseThrow();
            assertThat(search.articleText(planes.seq())).contains(planes.article().text());
            assertThat(search.articleText(planes.seq() + 1_000)).as("no such article indexed").isEmpty();
            ReadCache withIndex = new ReadCache(store, search, ReadCache.DEFAULT_BYTES);
            for (String id : List.of("planes", "attache", "puppet", "undated")) assertThat(withIndex.article(id)).contains(direct(id));
        }
    }
}
