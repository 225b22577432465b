package org.newsgraph.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import org.newsgraph.store.Table;

class EntityReportTest {
    @TempDir
    static Path tmp;
    static Store store;

    @BeforeAll
    static void build() {
        store = Newsroom.store(tmp.resolve("db"));
    }

    private static EntityReport report(String name) {
        return store.read(c -> EntityReport.of(c, name, 10));
    }

    private static List<Object> column(Table t, String name) {
        return t.rows().stream().map(r -> r.get(t.columns().indexOf(name))).toList();
    }

    @Test
    void rolesAffiliationsAndAliasesOfEveryKeyMergedIntoTheEntity() {
        EntityReport r = report("Zakharova");
        assertThat(r.entity().key()).isEqualTo(Newsroom.ZAKHAROVA);
        assertThat(r.section("entity").get(0, "keys")).isEqualTo("person:maria-zakharova, person:zakharova");
        assertThat(r.section("roles").rows()).containsExactly(List.of("spokeswoman", 1L, "2019-03-20", "2019-03-20"));
        assertThat(column(r.section("affiliations"), "affiliation")).containsExactly("foreign ministry");
        assertThat(r.section("aliases").rows()).containsExactlyInAnyOrder(List.of("Maria Zakharova", 2L), List.of("Zakharova", 2L));
    }

    @Test
    void whatTheySaidWhoSpeaksAboutThemAndWhoTheyAreMentionedWith() {
        EntityReport r = report("Maria Zakharova");
        assertThat(column(r.section("said"), "content")).first().isEqualTo("the agreement with Venezuela stands");
        assertThat(r.section("per_month").columns()).containsExactly("month", "articles", "quotes");
        assertThat(column(r.section("per_month"), "month")).as("newest first").isSortedAccordingTo(java.util.Comparator.<Object, String>comparing(String::valueOf).reversed());
        assertThat(r.section("per_month").rows()).allSatisfy(row -> assertThat((String) row.get(0)).matches("\\d{4}-\\d{2}"));
        long quotes = r.section("per_month").rows().stream().mapToLong(row -> (Long) row.get(2)).sum();
        assertThat(quotes).as("every dated quotation counted once").isEqualTo(r.section("said").rows().stream()
                .filter(row -> row.get(0) != null).count());
        assertThat(r.section("quoted_by").rows()).containsExactly(List.of("Juan Guaidó", "speaks about them", 1L, "person:juan-guaido"));
        Table with = r.section("mentioned_with");
        assertThat(with.rows().get(0)).containsExactly("Venezuela", "COUNTRY", 4L, "country:VE");
        assertThat(column(with, "key")).doesNotContain(Newsroom.ZAKHAROVA, "person:zakharova")
                .contains("person:juan-guaido", "org:interfax", "country:RU");
    }

    @Test
    void aSourceThatRelaysSomeonesWordsQuotesThem() {
        EntityReport r = report("Jose Torrealba");
        assertThat(r.section("quoted_by").rows()).contains(List.of("Interfax", "relays their words", 1L, "org:interfax"));
        assertThat(column(r.section("roles"), "role")).containsExactly("attaché");
    }

    @Test
    void flattenedAReportIsOneTableWithASectionColumn() {
        EntityReport r = report("Zakharova");
        Table flat = r.flatten();
        assertThat(flat.columns().get(0)).isEqualTo("section");
        assertThat(flat.columns()).contains("role", "alias", "content", "how");
        int rows = r.sections().stream().mapToInt(s -> s.table().size()).sum();
        assertThat(flat.size()).isEqualTo(rows);
        assertThat(column(flat, "section")).startsWith("entity", "roles", "affiliations");
    }
}
