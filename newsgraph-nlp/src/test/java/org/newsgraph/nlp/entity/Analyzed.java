package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.span.Span;

/**
 * One analysed text for the entity tests, with the standard Analyzer shared by all of them (CoreNLP
 * loads once per JVM) and look-ups that read like the assertions.
 */
final class Analyzed {
    final String text;
    final Document document;

    private Analyzed(String text) {
        this.text = text;
        this.document = SharedAnalyzer.analyze(text);
    }

    static Analyzed text(String text) {
        return new Analyzed(text);
    }

    static Analyzer analyzer() {
        return SharedAnalyzer.get();
    }

    List<Entity> entities() {
        return document.get(Layers.ENTITIES);
    }

    List<Mention> mentions() {
        return document.get(Layers.MENTIONS);
    }

    List<String> mentionTexts(EntityType type) {
        return mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    Optional<Entity> find(String name) {
        return entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    Entity entity(String name) {
        return find(name).orElseThrow(() -> new AssertionError("no entity named '" + name + "' among "
                + entities().stream().map(e -> e.name() + "/" + e.type()).toList()));
    }

    Entity byId(String id) {
        return entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** The covered texts of an entity's mentions, in order. */
    List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(s -> s.of(text)).toList();
    }

    /** The span of the {@code nth} (0-based) occurrence of {@code words} in the text. */
    Span spanOf(String words, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(words, at + 1);
            assertThat(at).as("occurrence %d of '%s'", i, words).isNotNegative();
        }
        return new Span(at, at + words.length());
    }

    Span spanOf(String words) {
        return spanOf(words, 0);
    }

    /** The entity that has {@code span} among its mentions, if any. */
    Optional<Entity> owner(Span span) {
        return entities().stream().filter(e -> e.mentions().contains(span)).findFirst();
    }
}
