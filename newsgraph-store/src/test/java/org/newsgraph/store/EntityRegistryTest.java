package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Document;
import org.newsgraph.entity.EntityType;

class EntityRegistryTest {
    @TempDir
    Path tmp;

    private static List<Document> zakharovaArticles() {
        return List.of(
                Docs.said("Zakharova", "the planes carried equipment"),
                Docs.said("Maria Zakharova", "Russia threatens no one"),
                Docs.said("Zakharova", "the agreement stands"));
    }

    @Test
    void aSurnameStandsForTheOnlyFullNameEndingInItWhicheverArrivesFirst() {
        List<Document> docs = zakharovaArticles();
        List<Document> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        Map<String, String> forward = canonicalAfterWriting(tmp.resolve("forward"), docs, 1);
        Map<String, String> backward = canonicalAfterWriting(tmp.resolve("backward"), reversed, 1);
        assertThat(forward).containsEntry("person:zakharova", "person:maria-zakharova")
                .containsEntry("person:maria-zakharova", "person:maria-zakharova");
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void aSurnameOfTwoCommonPeopleStaysItselfAndARareNamesakeDoesNotStopTheMerge() {
        List<Document> docs = new ArrayList<>();
        docs.add(Docs.said("Trump", "all options are open"));
        for (int i = 0; i < 3; i++) docs.add(Docs.said("Donald Trump", "statement " + i));
        docs.add(Docs.said("Melania Trump", "a garden"));
        Map<String, String> forward = canonicalAfterWriting(tmp.resolve("a"), docs, 1);
        List<Document> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        assertThat(canonicalAfterWriting(tmp.resolve("b"), reversed, 2)).isEqualTo(forward);
        // 3 mentions against 1: Donald Trump dominates.
        assertThat(forward).containsEntry("person:trump", "person:donald-trump")
                .containsEntry("person:melania-trump", "person:melania-trump");

        // Two more Melania Trump articles: 3 against 3, nobody dominates, in either order.
        docs.add(Docs.said("Melania Trump", "a second garden"));
        docs.add(Docs.said("Melania Trump", "a third garden"));
        Map<String, String> ambiguous = canonicalAfterWriting(tmp.resolve("c"), docs, 1);
        reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        assertThat(canonicalAfterWriting(tmp.resolve("d"), reversed, 3)).isEqualTo(ambiguous);
        assertThat(ambiguous).containsEntry("person:trump", "person:trump");
    }

    @Test
    void aShorterFullNameFollowsTheLongestOneAndCountriesAndOrganizationsKeepTheirKeys() {
        Document longName = Docs.article("Jose Rafael Torrealba Perez spoke.")
                .entity("person:jose-rafael-torrealba-perez", "Jose Rafael Torrealba Perez", EntityType.PERSON).build();
        Document shorter = Docs.article("Torrealba Perez spoke again.")
                .entity("person:torrealba-perez", "Torrealba Perez", EntityType.PERSON).build();
        Document surname = Docs.article("Perez spoke once more, in the United States, to the foreign ministry.")
                .entity("person:perez", "Perez", EntityType.PERSON)
                .entity("country:US", "United States", EntityType.COUNTRY)
                .entity("org:foreign-ministry", "foreign ministry", EntityType.ORGANIZATION).build();
        Map<String, String> one = canonicalAfterWriting(tmp.resolve("one"), List.of(surname, shorter, longName), 1);
        Map<String, String> two = canonicalAfterWriting(tmp.resolve("two"), List.of(longName, surname, shorter), 1);
        assertThat(one).isEqualTo(two).containsAllEntriesOf(Map.of(
                "person:perez", "person:jose-rafael-torrealba-perez",
                "person:torrealba-perez", "person:jose-rafael-torrealba-perez",
                "country:US", "country:US",
                "org:foreign-ministry", "org:foreign-ministry"));
    }

    @Test
    void aRareLongerNameDoesNotSwallowACommonFullNameButTheSurnameStillFindsIt() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++) docs.add(Docs.said("Donald Trump", "statement " + i));
        docs.add(Docs.said("Cheeto Donald Trump", "a nickname once"));
        docs.add(Docs.said("Trump", "all options are open"));
        Map<String, String> forward = canonicalAfterWriting(tmp.resolve("a"), docs, 1);
        List<Document> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        assertThat(canonicalAfterWriting(tmp.resolve("b"), reversed, 2)).isEqualTo(forward);
        assertThat(forward).containsEntry("person:donald-trump", "person:donald-trump")
                .containsEntry("person:cheeto-donald-trump", "person:cheeto-donald-trump")
                .containsEntry("person:trump", "person:donald-trump");
    }

    /** One article naming {@code name}, keyed {@code key}, of {@code type}. */
    private static Document naming(String key, String name, EntityType type, String words) {
        return Docs.article(name + " " + words + ".").entity(key, name, type).build();
    }

    @Test
    void aPersonMistypedAsAPlaceOrOrganizationJoinsThePersonNamedFarMoreOftenWhicheverArrivesFirst() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < EntityRegistry.MISTYPED; i++) docs.add(Docs.said("Donald Trump", "statement " + i));
        docs.add(naming("location:trump", "Trump", EntityType.LOCATION, "was cheered in Ohio"));
        docs.add(naming("org:donald-trump", "Donald Trump", EntityType.ORGANIZATION, "rallied"));
        Map<String, String> forward = canonicalAfterWriting(tmp.resolve("a"), docs, 1);
        List<Document> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        assertThat(canonicalAfterWriting(tmp.resolve("b"), reversed, 1)).isEqualTo(forward);
        assertThat(forward).containsEntry("location:trump", "person:donald-trump")
                .containsEntry("org:donald-trump", "person:donald-trump");
    }

    @Test
    void aPlaceThatOnlySomePeopleShareANameWithKeepsItsKey() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) docs.add(Docs.said("George Washington", "statement " + i));
        docs.add(naming("location:washington", "Washington", EntityType.LOCATION, "is rainy"));
        docs.add(naming("org:washington-post", "Washington Post", EntityType.ORGANIZATION, "reported"));
        docs.add(naming("city:washington", "Washington", EntityType.CITY, "is far"));
        assertThat(canonicalAfterWriting(tmp.resolve("a"), docs, 10)).containsEntry("location:washington", "location:washington")
                .containsEntry("org:washington-post", "org:washington-post")
                .containsEntry("city:washington", "city:washington")
                .containsEntry("person:george-washington", "person:george-washington");
    }

    @Test
    void aNameWithMiddleInitialsIsTheNameWithoutThemUnlessTwoInitialsLeadThere() {
        List<Document> docs = new ArrayList<>();
        docs.add(naming("person:donald-j-trump", "Donald J. Trump", EntityType.PERSON, "spoke"));
        docs.add(Docs.said("Donald Trump", "one thing"));
        docs.add(Docs.said("Donald Trump", "another"));
        docs.add(Docs.said("Trump", "a third"));
        docs.add(naming("person:george-w-bush", "George W. Bush", EntityType.PERSON, "spoke"));
        docs.add(naming("person:george-h-w-bush", "George H. W. Bush", EntityType.PERSON, "spoke"));
        docs.add(Docs.said("George Bush", "something"));
        docs.add(Docs.said("George Bush", "something else"));
        Map<String, String> forward = canonicalAfterWriting(tmp.resolve("a"), docs, 1);
        List<Document> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        assertThat(canonicalAfterWriting(tmp.resolve("b"), reversed, 3)).isEqualTo(forward);
        assertThat(forward).containsEntry("person:donald-j-trump", "person:donald-trump")
                .containsEntry("person:trump", "person:donald-trump")
                .containsEntry("person:george-w-bush", "person:george-w-bush")
                .containsEntry("person:george-h-w-bush", "person:george-h-w-bush")
                .containsEntry("person:george-bush", "person:george-bush");
    }

    @Test
    void onlyTheCanonicalKeyChangesTheRowsKeepTheKeysAnalysisGave() {
        Store store = Store.create(tmp.resolve("db"));
        new StoreWriter(store).write(zakharovaArticles());
        assertThat(StoreWriterTest.single(store,
                "SELECT string_agg(DISTINCT entity_key, ',' ORDER BY entity_key) FROM mentions"))
                .isEqualTo("person:maria-zakharova,person:zakharova");
        assertThat(StoreWriterTest.single(store,
                "SELECT string_agg(DISTINCT source_entity_key, ',' ORDER BY source_entity_key) FROM attributions"))
                .isEqualTo("person:maria-zakharova,person:zakharova");
    }

    /** Writes the documents in batches of {@code batch}, in the order given, and reads key → canonical key. */
    private static Map<String, String> canonicalAfterWriting(Path dir, List<Document> docs, int batch) {
        Store store = Store.create(dir);
        StoreWriter writer = new StoreWriter(store);
        for (int i = 0; i < docs.size(); i += batch) writer.write(docs.subList(i, Math.min(docs.size(), i + batch)));
        return store.read(c -> {
            Map<String, String> out = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT key, canonical_key FROM entities")) {
                while (r.next()) out.put(r.getString(1), r.getString(2));
            }
            return out;
        });
    }
}
