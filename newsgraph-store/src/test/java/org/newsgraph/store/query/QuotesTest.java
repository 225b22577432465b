package org.newsgraph.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import org.newsgraph.store.Table;

class QuotesTest {
    @TempDir
    static Path tmp;
    static Store store;

    @BeforeAll
    static void build() {
        store = Newsroom.store(tmp.resolve("db"));
    }

    private static Table quotes(String speaker, String about, String since, int limit) {
        return store.read(c -> Quotes.find(c, new Quotes.Query(speaker, about, since, limit))).table();
    }

    private static List<Object> column(Table t, String name) {
        return t.rows().stream().map(r -> r.get(t.columns().indexOf(name))).toList();
    }

    @Test
    void aSurnameFindsEveryQuoteOfTheFullNameNewestFirstUndatedLast() {
        Table t = quotes("Zakharova", null, null, 0);
        assertThat(t.columns()).isEqualTo(Quotes.COLUMNS);
        assertThat(column(t, "content")).containsExactly("the agreement with Venezuela stands",
                "Russia threatens no one in Venezuela", "sanctions hurt Venezuela");
        assertThat(column(t, "speaker")).containsOnly("Maria Zakharova");
        assertThat(column(t, "published")).containsExactly("2019-03-27", "2019-03-20", null);
        assertThat(t.get(0, "headline")).isEqualTo("Attaché speaks");
        assertThat(t.get(0, "attribution")).isEqualTo("attache:a1");
        assertThat(t.get(0, "cue")).isEqualTo("said");
    }

    @Test
    void theSameQuotesByKeyByFullNameInAnyCaseAndByAlias() {
        Table bySurname = quotes("Zakharova", null, null, 0);
        assertThat(quotes("person:maria-zakharova", null, null, 0)).isEqualTo(bySurname);
        assertThat(quotes("MARIA ZAKHAROVA", null, null, 0)).isEqualTo(bySurname);
        assertThat(quotes("juan guaidó", null, null, 0).get(0, "speaker")).isEqualTo("Juan Guaidó");
        assertThat(quotes("Juan Guaido", null, null, 0).size()).isEqualTo(1);
    }

    @Test
    void aboutKeepsQuotesWhoseContentMentionsTheEntity() {
        assertThat(column(quotes("Zakharova", "Russia", null, 0), "content"))
                .containsExactly("Russia threatens no one in Venezuela");
        assertThat(quotes("Zakharova", "Venezuela", null, 0).size()).isEqualTo(3);
    }

    @Test
    void aboutFindsSpeakersTalkingOfSomeoneByAnyOfTheirNames() {
        assertThat(column(quotes("Juan Guaidó", "Zakharova", null, 0), "content"))
                .containsExactly("Maria Zakharova is wrong about Venezuela");
        assertThat(quotes("Donald Trump", "Venezuela", null, 0).size()).isZero();
    }

    @Test
    void sinceComparesWithThePublishedDateAndLimitCuts() {
        assertThat(column(quotes("Zakharova", null, "2019-03-25", 0), "content"))
                .containsExactly("the agreement with Venezuela stands");
        assertThat(quotes("Zakharova", null, "2019-03", 0).size()).isEqualTo(2);
        assertThat(quotes("Zakharova", null, null, 1).size()).isEqualTo(1);
    }

    @Test
    void anUnknownNameSaysSoAndOffersCloseNames() {
        assertThatThrownBy(() -> quotes("Zakharowa", null, null, 0)).isInstanceOf(UnknownEntityException.class)
                .hasMessage("no entity matches Zakharowa; did you mean Maria Zakharova?");
        assertThatThrownBy(() -> quotes("Nobody At All", null, null, 0)).isInstanceOf(UnknownEntityException.class)
                .hasMessage("no entity matches Nobody At All");
        assertThatThrownBy(() -> quotes("the attaché", null, null, 0)).as("a mention form, not a name")
                .isInstanceOf(UnknownEntityException.class);
        assertThatThrownBy(() -> quotes("Zakharova", "Atlantis", null, 0)).isInstanceOf(UnknownEntityException.class)
                .hasMessageStartingWith("no entity matches Atlantis");
    }

    @Test
    void aDateThatIsNotIsoOrCannotBeIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> new Quotes.Query("Zakharova", null, "March 2019", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("since: 'March 2019' is not a date; give YYYY, YYYY-MM or YYYY-MM-DD"
                        + " (2019, 2019-03, 2019-03-25)");
        assertThatThrownBy(() -> new Quotes.Query("Zakharova", null, "2019-13-45", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("since: '2019-13-45' is not a date: there is no month 13");
    }
}
