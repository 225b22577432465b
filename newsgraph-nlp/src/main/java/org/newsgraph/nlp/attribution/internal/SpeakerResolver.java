package org.newsgraph.nlp.attribution.internal;

import java.util.List;
import org.newsgraph.entity.Entity;
import org.newsgraph.span.Span;

/**
 * Names the entity an attribution's source refers to: the entity with a mention inside or overlapping
 * the source span. When several do ("Commission spokesperson Carlos Martin Ruiz de Gordejuela"), the one
 * whose mention ends last wins — in English the head of a noun phrase (the person's surname, not the
 * organisation before it) comes last. Stateless and thread-safe.
 */
public final class SpeakerResolver {
    private final List<Entity> entities;

    public SpeakerResolver(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    /** The id of the entity {@code source} names, or null. */
    public String resolve(List<Span> source) {
        if (source == null) return null;
        String best = null;
        int bestEnd = -1;
        int bestLength = -1;
        for (Span s : source) {
            for (Entity e : entities) {
                for (Span m : e.mentions()) {
                    if (!m.overlaps(s) && !s.contains(m)) continue;
                    if (m.end() > bestEnd || m.end() == bestEnd && m.length() > bestLength) {
                        best = e.id();
                        bestEnd = m.end();
                        bestLength = m.length();
                    }
                }
            }
        }
        return best;
    }
}
