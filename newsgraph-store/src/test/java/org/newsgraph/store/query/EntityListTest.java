package org.newsgraph.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.entity.EntityType;
import org.newsgraph.store.Store;
import org.newsgraph.store.Table;

class EntityListTest {
    @TempDir
    static Path tmp;
    static Store store;

    @BeforeAll
    static void build() {
        store = Newsroom.store(tmp.resolve("db"));
    }

    @Test
    void canonicalEntitiesWithMergedCountsMostMentionedFirst() {
        Table t = store.read(c -> EntityList.top(c, null, 0));
        assertThat(t.columns()).containsExactly("name", "type", "mentions", "articles", "quotes", "key");
        // Zakharova: "Maria Zakharova" twice and "Zakharova" twice, four articles, three quotes; Venezuela ties on
        // mentions but is quoted by nobody.
        assertThat(t.rows().get(0)).containsExactly("Maria Zakharova", "PERSON", 4L, 4L, 3L, Newsroom.ZAKHAROVA);
        assertThat(t.rows().get(1)).containsExactly("Venezuela", "COUNTRY", 4L, 4L, 0L, "country:VE");
        assertThat(t.rows()).extracting(r -> r.get(5)).doesNotContain("person:zakharova");
        assertThat(t.size()).isEqualTo(8);
    }

    @Test
    void typeAndTopNarrowTheList() {
        Table people = store.read(c -> EntityList.top(c, EntityList.type("person"), 2));
        assertThat(people.rows()).extracting(r -> r.get(0)).containsExactly("Maria Zakharova", "Donald Trump");
        Table orgs = store.read(c -> EntityList.top(c, EntityList.type("ORGANIZATION"), 0));
        assertThat(orgs.rows()).extracting(r -> r.get(0)).containsExactlyInAnyOrder("Interfax", "foreign ministry");
        assertThat(EntityList.type("org")).isEqualTo(EntityType.ORGANIZATION);
        assertThatThrownBy(() -> EntityList.type("planet")).hasMessageContaining("not an entity type");
    }
}
