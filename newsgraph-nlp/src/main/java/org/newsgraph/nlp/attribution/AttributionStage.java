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
import org.newsgraph.span.Span;
import org.newsgraph.text.Token;

/**
 * Adds attributions (who said what), from tokens, sentences and quotation marks, with hand-written rules
 * (no parser), by one of two definitions ({@link AttributionScheme}): speech, or PARC's broader one. Ids are {@code a1}, {@code a2}, … in text order. When an
 * entity layer is present, each source carries the id of the entity it names; otherwise its entity is
 * null. A relayed attribution ("X said Y, Interfax reported") carries the id of the relaying one as
 * {@code via}. Stateless and thread-safe.
 */
public final class AttributionStage implements org.newsgraph.stage.Stage {
    private final AttributionFinder finder;

    /** Attributions of speech ({@link AttributionScheme#SPEECH}). */
    public AttributionStage() {
        this(AttributionScheme.SPEECH);
    }

    public AttributionStage(AttributionScheme scheme) {
        this.finder = new AttributionFinder(CueLexicon.standard(), java.util.Objects.requireNonNull(scheme, "scheme")
                == AttributionScheme.SPEECH);
    }

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
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Entity> entities = document.find(Layers.ENTITIES).orElse(List.of());
        List<Found> found = finder.find(text, tokens, document.get(Layers.SENTENCES), names(text, entities));
        SpeakerResolver speakers = new SpeakerResolver(entities, tokens);
        // A source naming several speakers ("Both men", "Roscosmos and NASA") gives one attribution each.
        List<List<String>> speakersOf = new ArrayList<>(found.size());
        int[] firstId = new int[found.size()];
        int next = 1;
        for (int i = 0; i < found.size(); i++) {
            List<String> ids = speakers.resolveAll(found.get(i).source());
            speakersOf.add(ids.isEmpty() ? java.util.Collections.singletonList(null) : ids);
            firstId[i] = next;
            next += speakersOf.get(i).size();
        }
        List<Attribution> out = new ArrayList<>(next);
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String via = f.via() < 0 ? null : "a" + firstId[f.via()];
            int id = firstId[i];
            for (String entity : speakersOf.get(i)) {
                Part source = f.sourcePart(text);
                if (source != null) source = source.withEntity(entity);
                out.add(new Attribution("a" + id++, f.kind(), source, Part.of(text, f.cue()), Part.of(text, f.content()), via));
            }
        }
        return document.with(Layers.ATTRIBUTIONS, List.copyOf(out));
    }

    /** The mentions that are names (not pronouns or descriptions): those that start with a capital letter. */
    private static List<Span> names(String text, List<Entity> entities) {
        List<Span> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                if (m.length() > 0 && Character.isUpperCase(text.charAt(m.begin())) && m.length() > 3) out.add(m);
            }
        }
        return out;
    }
}
