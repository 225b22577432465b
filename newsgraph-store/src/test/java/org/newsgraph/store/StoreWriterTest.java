package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.EntityType;
import org.newsgraph.event.Event;
import org.newsgraph.event.Relation;
import org.newsgraph.span.Span;

class StoreWriterTest {
    @TempDir
    Path tmp;

    @Test
    void writesEveryTableOfAnArticleAndTheSameArticleTwiceAddsNothing() {
        Store store = Store.create(tmp.resolve("db"));
        StoreWriter writer = new StoreWriter(store);
        var first = writer.write(List.of(Docs.said("Maria Zakharova", "the planes carried equipment"),
                Docs.said("Maria Zakharova", "the planes carried equipment")));
        assertThat(first.added()).hasSize(1);
        assertThat(first.present()).hasSize(1);

        var again = writer.write(List.of(Docs.said("Maria Zakharova", "the planes carried equipment")));
        assertThat(again.added()).isEmpty();
        assertThat(again.present()).hasSize(1);

        assertThat(count(store, "articles")).isEqualTo(1);
        assertThat(count(store, "mentions")).isEqualTo(1);
        assertThat(count(store, "attributions")).isEqualTo(1);
        assertThat(count(store, "entities")).isEqualTo(1);
        assertThat(count(store, "entity_roles")).isEqualTo(1);
        String id = first.added().get(0);
        assertThat(single(store, "SELECT id || ' ' || source_entity_key || ' ' || cue_text || ' ' || content_text FROM attributions"))
                .isEqualTo(id + ":a1 person:maria-zakharova said the planes carried equipment");
        assertThat(writer.articleIds()).containsExactly(id);
    }

    @Test
    void aliasesCountTheArticlesTheyAppearIn() {
        Store store = Store.create(tmp.resolve("db"));
        StoreWriter writer = new StoreWriter(store);
        writer.write(List.of(Docs.said("Maria Zakharova", "one thing")));
        writer.write(List.of(Docs.said("Maria Zakharova", "another thing"), Docs.said("Maria Zakharova", "a third")));
        assertThat(single(store, "SELECT alias || '=' || articles FROM entity_aliases")).isEqualTo("Maria Zakharova=3");
    }

    @Test
    void aBatchThatFailsBeforeItsCommitLeavesNoRowOfAnyOfItsArticles() {
        Store store = Store.create(tmp.resolve("db"));
        new StoreWriter(store).write(List.of(Docs.said("Maria Zakharova", "one thing")));
        assertThatThrownBy(() -> store.write(c -> {
            try (ArticleRows rows = new ArticleRows(c, 100)) {
                rows.add(Docs.said("Ned Price", "another thing"));
                rows.add(Docs.said("Ned Price", "a third thing"));
                rows.flush();
            }
            throw new java.sql.SQLException("the disk went away, say");
        })).isInstanceOf(StoreException.class).hasMessageContaining("the disk went away");
        for (String table : List.of("articles", "mentions", "attributions", "entities", "entity_aliases", "entity_roles")) {
            assertThat(count(store, table)).as(table).isEqualTo(1);
        }
        assertThat(single(store, "SELECT string_agg(alias || '=' || articles, ',') FROM entity_aliases")).isEqualTo("Maria Zakharova=1");
    }

    @Test
    void everyColumnOfAnArticleComesBackAsWritten() {
        Store store = Store.create(tmp.resolve("db"));
        new StoreWriter(store).write(List.of(Docs.said("given-id", "Ana Ruiz", "rates rise", "2024-03-01")));
        assertThat(single(store, "SELECT concat_ws('|', id, seq, origin, headline, published, len(byline), coalesce(editor, '-'), "
                + "coalesce(captions, '-'), body, text) FROM articles"))
                .isEqualTo("given-id|1|test#Ana Ruiz|About rates rise|2024-03-01|0|-|-|[[0,25]]|Ana Ruiz said rates rise.");
        assertThat(single(store, "SELECT concat_ws('|', id, kind, source_text, source_entity_key, cue_text, content_text, spans, "
                + "coalesce(via_id, '-')) FROM attributions"))
                .isEqualTo("given-id:a1|indirect|Ana Ruiz|person:ana-ruiz|said|rates rise|"
                        + "{\"source\":[[0,8]],\"cue\":[[9,13]],\"content\":[[14,24]]}|-");
        assertThat(single(store, "SELECT concat_ws('|', entity_key, role, article_id, published) FROM entity_roles"))
                .isEqualTo("person:ana-ruiz|spokeswoman|given-id|2024-03-01");
    }

    @Test
    void refusesADirectoryThatIsNotAStore() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(folder.resolve("holiday.jpg"), "not a store");
        assertThatThrownBy(() -> Store.create(folder)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a newsgraph store");
        assertThatThrownBy(() -> Store.open(folder)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a newsgraph store");
        assertThatThrownBy(() -> Store.open(tmp.resolve("nowhere"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("no store at");
        assertThat(Files.readString(folder.resolve("holiday.jpg"))).isEqualTo("not a store");
    }

    @Test
    void refusesADatabaseFileThatIsNotDuckDb() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("fake"));
        Files.writeString(folder.resolve(Store.DB_FILE), "hello, I am text");
        assertThatThrownBy(() -> Store.open(folder)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a newsgraph store").hasMessageNotContaining("\n");
    }

    static long count(Store store, String table) {
        return Long.parseLong(single(store, "SELECT count(*) FROM " + table));
    }

    @Test
    void eventsAndRelationsAreStoredUnderTheirEntitiesKeys() {
        Document d = Docs.article("Arnor accused Gondor of treason.")
                .entity("country:AR", "Arnor", EntityType.COUNTRY)
                .entity("country:GO", "Gondor", EntityType.COUNTRY)
                .build();
        Span trigger = Span.of(6, 13);
        Event accuse = new Event("v1", "1121", "11", -2.0, 3, "e1", "e2", "ARN", "GON", Part.of(d.text(), trigger),
                "2012-04-30", Part.of(d.text(), Span.of(0, 5)), null);
        Event unscored = new Event("v2", "903", "90", null, null, "e1", "e2", "ARN", "GON", Part.of(d.text(), trigger),
                null, null, null);
        d = d.with(Layers.EVENTS, List.of(accuse, unscored))
                .with(Layers.RELATIONS, List.of(new Relation("e1", Relation.Predicate.OPPOSES, "e2", List.of(trigger))));
        Store store = Store.create(tmp.resolve("db"));
        new StoreWriter(store).write(List.of(d));

        String id = d.article().id();
        assertThat(single(store, "SELECT string_agg(concat_ws('|', id, cameo, root, goldstein, quad, source_entity_key, "
                + "target_entity_key, source_actor, target_actor, trigger_text, date), ';' ORDER BY id) FROM events"))
                .isEqualTo(id + ":v1|1121|11|-2.0|3|country:AR|country:GO|ARN|GON|accused|2012-04-30;"
                        + id + ":v2|903|90|country:AR|country:GO|ARN|GON|accused");
        assertThat(single(store, "SELECT concat_ws('|', subject_key, predicate, object_key, evidence) FROM relations"))
                .isEqualTo("country:AR|opposes|country:GO|[[6,13]]");
    }

    static String single(Store store, String sql) {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                assertThat(r.next()).as(sql).isTrue();
                return r.getString(1);
            }
        });
    }
}
