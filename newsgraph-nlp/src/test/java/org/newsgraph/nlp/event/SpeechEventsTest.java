package org.newsgraph.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.nlp.SharedAnalyzer;

/** Events a speaker commits by what they say: a pejorative name for someone, the stock threat. */
class SpeechEventsTest {
    private static List<String> events(String text) {
        Document d = SharedAnalyzer.analyze(text);
        Map<String, Entity> byId = d.get(Layers.ENTITIES).stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        return d.get(Layers.EVENTS).stream()
                .map(e -> name(byId, e.source()) + " " + e.cameo() + " " + name(byId, e.target()) + (e.attribution() == null ? "" : " (said)"))
                .toList();
    }

    private static String name(Map<String, Entity> byId, String id) {
        return id == null ? "?" : byId.get(id).name();
    }

    @Test
    void callingSomeoneATraitorDenouncesThem() {
        assertThat(events("Governor Ines Calder said on Friday that Tomas Verhoeven is a traitor to the province."))
                .contains("Ines Calder 111 Tomas Verhoeven (said)");
        assertThat(events("Governor Ines Calder said on Friday that Tomas Verhoeven is a doctor in the province."))
                .noneMatch(e -> e.contains(" 111 "));
    }

    @Test
    void allOptionsOnTheTableThreatensWhomTheyAreAimedAt() {
        assertThat(events("Prime Minister Ines Calder said all options were on the table to force Chile to withdraw its claim."))
                .anyMatch(e -> e.startsWith("Ines Calder 130 Chile"));
    }

    @Test
    void whatAQuotationSaysOthersDidIsNoRelationButTheSpeakersOwnActIs() {
        Document d = SharedAnalyzer.analyze("Governor Ines Calder said that Tomas Verhoeven is a traitor. "
                + "Tomas Verhoeven said Chile had attacked Peru.");
        Map<String, Entity> byId = d.get(Layers.ENTITIES).stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        List<String> relations = d.get(Layers.RELATIONS).stream()
                .map(r -> byId.get(r.subject()).name() + " " + r.predicate().jsonName() + " " + byId.get(r.object()).name()).toList();
        assertThat(relations).contains("Ines Calder opposes Tomas Verhoeven").doesNotContain("Chile opposes Peru");
    }
}
