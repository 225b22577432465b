package org.newsgraph.nlp.entity;

import java.util.Set;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.entity.internal.EntityAnalysis;
import org.newsgraph.stage.Stage;

/**
 * Adds the entities of the article: named mentions grouped under canonical names ("Trump" → Donald
 * Trump), typed and keyed (countries by ISO 3166-1 alpha-2), with roles and affiliations from titles
 * and appositions, capitals acting as governments joined to their country, and the pronouns and
 * role-noun phrases that could be resolved added to the person they refer to. Ids "e1", "e2"… follow the
 * order of first mention; mentions are sorted. Stateless and thread-safe; the same input gives the same
 * output.
 */
public final class EntityStage implements Stage {

    @Override
    public Set<LayerKey<?>> reads() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override
    public LayerKey<?> adds() {
        return Layers.ENTITIES;
    }

    @Override
    public Document apply(Document document) {
        return document.with(Layers.ENTITIES, EntityAnalysis.entities(document.text(),
                document.get(Layers.TOKENS), document.get(Layers.SENTENCES), document.get(Layers.MENTIONS)));
    }
}
