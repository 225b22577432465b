package org.newsgraph.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.event.Event;
import org.newsgraph.nlp.SharedAnalyzer;

/**
 * The events and relations of the seed article (src/test/resources/seed/article.txt) that its expected.json
 * lists and newsgraph finds today: 7 of its 8 events (missed: the sanctions on "the country", whose target is only
 * implied) and 4 of its 5 relations.
 */
class SeedEventsTest {
    private static Document seed;
    private static Map<String, Entity> entities;

    @BeforeAll
    static void analyseSeed() throws IOException {
        try (InputStream in = SeedEventsTest.class.getResourceAsStream("/seed/article.txt")) {
            seed = SharedAnalyzer.analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        entities = seed.get(Layers.ENTITIES).stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void codesWhatTheArticleReports() {
        assertThat(coded()).contains(
                "Russia 06 Venezuela",          // Russia had sent "servicemen" to Venezuela
                "United States 11 Russia",      // the United States accused Russia of "reckless escalation"
                "Russia 05 Nicolás Maduro",     // Russia and China have backed Maduro
                "China 05 Nicolás Maduro",
                "United States 05 Juan Guaidó",  // the United States … support opposition leader Juan Guaidó
                "Donald Trump 13 Russia",          // Trump said "all options" were open to make Moscow pull troops out
                "Donald Trump 10 Russia",          // Russia brushed aside a call from Trump to remove all military personnel
                "Nicolás Maduro 11 Juan Guaidó");  // Maduro … has said Guaidó is a puppet of the United States
    }

    @Test
    void theUndatedSeedIsDatedByItsOwnEvidence() {
        // "on Thursday (28 March)" and a 2018 re-election: 28 March 2019; "on Monday" is then 25 March.
        Event accused = seed.get(Layers.EVENTS).stream().filter(e -> e.trigger().text().equals("accused")).findFirst().orElseThrow();
        assertThat(accused.date()).isEqualTo("2019-03-25");
        assertThat(accused.dateExpression().text()).isEqualTo("on Monday");
        assertThat(seed.get(Layers.EVENTS)).filteredOn(e -> e.root().equals("13")).extracting(Event::sourceActor)
                .as("Trump, president on that date").containsOnly("USAGOV");
    }

    @Test
    void aDenialIsNoThreat() {
        // "Russia is not threatening anyone"
        assertThat(seed.get(Layers.EVENTS)).noneMatch(e -> e.root().equals("13") && e.trigger().text().contains("threaten"));
    }

    @Test
    void noStatementFlood() {
        assertThat(seed.get(Layers.EVENTS)).noneMatch(e -> e.cameo().equals("010"));
        assertThat(seed.get(Layers.EVENTS).size()).isLessThanOrEqualTo(3 * seed.get(Layers.SENTENCES).size());
    }

    @Test
    void everyEventIsCodedAndPointsAtItsTrigger() {
        String text = seed.text();
        for (Event e : seed.get(Layers.EVENTS)) {
            assertThat(e.cameo()).startsWith(e.root());
            assertThat(e.quad()).isBetween(1, 4);
            assertThat(e.date()).as("dated by the text's own evidence").startsWith("2019-0");
            var span = e.trigger().spans().get(0);
            assertThat(text.substring(span.begin(), span.end())).isEqualTo(e.trigger().text());
        }
    }

    @Test
    void actorsCarryCameoCodes() {
        Event accuse = seed.get(Layers.EVENTS).stream().filter(e -> e.cameo().startsWith("11")).findFirst().orElseThrow();
        assertThat(accuse.sourceActor()).isEqualTo("USA");
        assertThat(accuse.targetActor()).isEqualTo("RUS");
        Event backs = seed.get(Layers.EVENTS).stream()
                .filter(e -> e.root().equals("05") && "Nicolás Maduro".equals(name(e.target()))).findFirst().orElseThrow();
        assertThat(backs.targetActor()).isEqualTo("VENGOV");
    }

    @Test
    void relationsRestOnEventsAndAffiliations() {
        List<String> relations = seed.get(Layers.RELATIONS).stream()
                .map(r -> name(r.subject()) + " " + r.predicate().jsonName() + " " + name(r.object())).toList();
        // 4 of the 5 of expected.json; missed: the US opposes Venezuela (sanctions on "the country").
        assertThat(relations).contains(
                "Russia supports Nicolás Maduro", "China supports Nicolás Maduro", "United States supports Juan Guaidó",
                "Nicolás Maduro opposes Juan Guaidó",
                "Maria Zakharova holds_role Russian foreign ministry", "Federica Mogherini holds_role European Union");
        assertThat(relations).doesNotContain("Venezuela opposes Nicolás Maduro"); // "Guaidó …, arguing that Maduro's re-election …"
        assertThat(relations).doesNotHaveDuplicates();
        for (var r : seed.get(Layers.RELATIONS)) {
            assertThat(r.evidence()).isNotEmpty().allMatch(sp -> sp.end() <= seed.text().length() && sp.begin() < sp.end());
        }
    }

    private static List<String> coded() {
        return seed.get(Layers.EVENTS).stream().map(e -> name(e.source()) + " " + e.root() + " " + name(e.target())).toList();
    }

    private static String name(String id) {
        return id == null ? "?" : entities.get(id).name();
    }
}
