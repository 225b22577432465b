package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityKeys;
import org.newsgraph.entity.EntityType;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.span.Span;

/**
 * A stand-in for the real analysis, so command tests run without CoreNLP: "X said Y." gives entity X and
 * an attribution X · said · Y; a text containing BOOM throws, as a stage with a bug would, and one
 * containing HUGE runs out of memory; a text
 * starting with a digit sleeps that many tens of milliseconds, so later articles can finish first.
 */
final class FakeStage implements org.newsgraph.stage.Stage {
    static Analyzer analyzer() {
        return Analyzer.of(List.of(new FakeStage()));
    }

    @Override
    public Set<LayerKey<?>> reads() {
        return Set.of();
    }

    @Override
    public LayerKey<?> adds() {
        return Layers.ENTITIES;
    }

    @Override
    public Set<LayerKey<?>> alsoAdds() {
        return Set.of(Layers.ATTRIBUTIONS);
    }

    @Override
    public Document apply(Document d) {
        String t = d.text();
        if (t.contains("BOOM")) throw new IllegalStateException("stage bug on purpose");
        if (t.contains("HUGE")) throw new OutOfMemoryError("Java heap space (on purpose)");
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            try {
                Thread.sleep(10L * (t.charAt(0) - '0'));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Entity> entities = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        int said = t.indexOf(" said ");
        if (said > 0) {
            Span who = new Span(0, said);
            String name = who.of(t);
            entities.add(new Entity("e1", name, EntityType.PERSON, EntityKeys.of(EntityType.PERSON, name),
                    List.of(who), List.of("spokeswoman"), List.of()));
            Span cue = new Span(said + 1, said + 5);
            int end = t.indexOf('.', said) < 0 ? t.length() : t.indexOf('.', said);
            Span content = new Span(said + 6, end);
            attributions.add(new Attribution("a1", Attribution.Kind.INDIRECT, Part.of(t, who).withEntity("e1"),
                    Part.of(t, cue), Part.of(t, content), null));
        }
        return d.with(Layers.ENTITIES, List.copyOf(entities)).with(Layers.ATTRIBUTIONS, List.copyOf(attributions));
    }
}
