package org.newsgraph.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.nlp.attribution.internal.AttributionFinder;
import org.newsgraph.nlp.attribution.internal.CueLexicon;
import org.newsgraph.nlp.attribution.internal.Found;
import org.newsgraph.nlp.attribution.internal.SpeakerResolver;

/**
 * Adds attributions (who said what) in the PARC/PolNeAR sense, from tokens, sentences and quotation
 * marks, with hand-written rules (no parser). Ids are {@code a1}, {@code a2}, … in text order. When an
 * entity layer is present, each source carries the id of the entity it names; otherwise its entity is
 * null. A relayed attribution ("X said Y, Interfax reported") carries the id of the relaying one as
 * {@code via}. Stateless and thread-safe.
 */
public final class AttributionStage implements org.newsgraph.stage.Stage {
    private final AttributionFinder finder = new AttributionFinder(CueLexicon.standard());

    @Override
    public Set<LayerKey<?>> reads() {
        // Entities only name the speakers; the attributions themselves come from tokens and sentences.
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES);
    }

    @Override
    public LayerKey<?> adds() {
        return Layers.ATTRIBUTIONS;
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Found> found = finder.find(text, document.get(Layers.TOKENS), document.get(Layers.SENTENCES));
        List<Entity> entities = document.find(Layers.ENTITIES).orElse(List.of());
        SpeakerResolver speakers = new SpeakerResolver(entities);
        List<Attribution> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Part source = f.sourcePart(text);
            if (source != null) source = source.withEntity(speakers.resolve(f.source()));
            out.add(new Attribution("a" + (i + 1), f.kind(), source, Part.of(text, f.cue()),
                    Part.of(text, f.content()), f.via() < 0 ? null : "a" + (f.via() + 1)));
        }
        return document.with(Layers.ATTRIBUTIONS, List.copyOf(out));
    }
}
