package org.newsgraph.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.EntityType;
import org.newsgraph.event.Event;
import org.newsgraph.span.Span;
import org.newsgraph.store.Docs;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.Table;

class EventsTest {
    @TempDir
    Path tmp;

    /** "<source> accused <target> …" with one accusation (112) between the two entities, on {@code date}. */
    private static Document accusation(String text, String source, String target, String date) {
        Document d = Docs.article(text)
                .entity("country:" + source.substring(0, 2).toUpperCase(), source, EntityType.COUNTRY)
                .entity("country:" + target.substring(0, 2).toUpperCase(), target, EntityType.COUNTRY)
                .build();
        int at = text.indexOf("accused");
        Event e = new Event("v1", "112", "11", -2.0, 3, "e1", "e2", source.substring(0, 3).toUpperCase(),
                target.substring(0, 3).toUpperCase(), Part.of(text, Span.of(at, at + 7)), date, null, null);
        return d.with(Layers.EVENTS, List.of(e));
    }

    private Store store() {
        Store store = Store.create(tmp.resolve("db"));
        new StoreWriter(store).write(List.of(
                accusation("Arnor accused Gondor of treason.", "Arnor", "Gondor", "2019-03-25"),
                accusation("On Monday Arnor accused Gondor of spying.", "Arnor", "Gondor", "2019-03-25"),
                accusation("Gondor accused Arnor of lying.", "Gondor", "Arnor", "2019-03-26")));
        return store;
    }

    @Test
    void reportsOfOneEventFoldIntoOneRow() {
        Store store = store();
        Table t = store.read(c -> Events.folded(c, new Events.Query(null, null, null, 0)));

        assertThat(t.size()).isEqualTo(2);
        assertThat(t.get(1, "source")).isEqualTo("Arnor");
        assertThat(t.get(1, "target")).isEqualTo("Gondor");
        assertThat(((Number) t.get(1, "reports")).intValue()).isEqualTo(2);
        assertThat(t.get(1, "articles").toString().split(" ")).hasSize(2);
    }

    @Test
    void filtersByActorCodeNameCameoAndDate() {
        Store store = store();
        assertThat(store.read(c -> Events.folded(c, new Events.Query("GON", null, null, 0))).size()).isEqualTo(2);
        assertThat(store.read(c -> Events.folded(c, new Events.Query("gondor", "11", "2019-03-26", 0))).size()).isEqualTo(1);
        assertThat(store.read(c -> Events.folded(c, new Events.Query(null, "19", null, 0))).size()).isZero();
    }

    @Test
    void theDailyTableCountsEventsAndAveragesGoldstein() {
        Table t = store().read(c -> Events.daily(c, new Events.Query(null, null, null, 0)));

        assertThat(t.columns()).containsExactly("date", "source", "source_actor", "target", "target_actor", "events", "mean_goldstein", "articles");
        assertThat(t.get(1, "date")).isEqualTo("2019-03-25");
        assertThat(((Number) t.get(1, "events")).intValue()).isEqualTo(2);
        assertThat(((Number) t.get(1, "mean_goldstein")).doubleValue()).isEqualTo(-2.0);
    }

    @Test
    void eventsAreEdgesOfTheGraphByTheirRoot() {
        Table edges = store().read(Graph::edges);
        List<String> kinds = new java.util.ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            kinds.add(edges.get(i, "source") + " " + edges.get(i, "kind") + " " + edges.get(i, "target") + " " + edges.get(i, "weight"));
        }
        assertThat(kinds).contains("country:AR cameo_11 country:GO 2", "country:GO cameo_11 country:AR 1");
    }
}
