package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.event.Event;
import org.newsgraph.event.Relation;
import org.newsgraph.event.Relation.Predicate;
import org.newsgraph.span.Span;

/**
 * Adds relations between entities of the article: {@code supports} and {@code opposes} from the events
 * between them (backing, aid and cooperation; accusation, threats, sanctions, force), and
 * {@code holds_role} / {@code member_of} from a person's affiliation ("Russian foreign ministry
 * spokeswoman Maria Zakharova"). One relation per subject, predicate and object, its evidence the spans
 * of every event or mention that says so, in text order. Stateless and thread-safe.
 */
public final class RelationStage implements org.newsgraph.stage.Stage {
    /** CAMEO roots of cooperation a relation of support rests on: 05 diplomatic, 06 material, 07 aid. */
    private static final Set<String> SUPPORT = Set.of("05", "06", "07");
    /** CAMEO roots of conflict: 11 disapprove … 20 mass violence, but not 14 (protest is not between states). */
    private static final Set<String> OPPOSE = Set.of("11", "12", "13", "15", "16", "17", "18", "19", "20");

    @Override
    public Set<LayerKey<?>> reads() {
        return Set.of(Layers.ENTITIES, Layers.ATTRIBUTIONS, Layers.EVENTS);
    }

    @Override
    public LayerKey<?> adds() {
        return Layers.RELATIONS;
    }

    @Override
    public Document apply(Document document) {
        Map<Tie, List<Span>> found = new LinkedHashMap<>();
        Map<String, String> speakerOf = new HashMap<>();
        for (Attribution a : document.find(Layers.ATTRIBUTIONS).orElse(List.of())) {
            if (a.source() != null && a.source().entity() != null) speakerOf.put(a.id(), a.source().entity());
        }
        for (Event e : document.get(Layers.EVENTS)) {
            if (e.source() == null || e.target() == null || e.source().equals(e.target())) continue;
            // What a quotation says others did is the speaker's claim, not a relation the article reports; what
            // the speaker does by saying it ("Guaidó is a puppet", said by Maduro) is the speaker's own act.
            if (e.attribution() != null && !e.source().equals(speakerOf.get(e.attribution()))) continue;
            Predicate p = SUPPORT.contains(e.root()) ? Predicate.SUPPORTS : OPPOSE.contains(e.root()) ? Predicate.OPPOSES : null;
            if (p == null) continue;
            found.computeIfAbsent(new Tie(e.source(), p, e.target()), k -> new ArrayList<>()).addAll(e.trigger().spans());
        }
        List<Entity> entities = document.find(Layers.ENTITIES).orElse(List.of());
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) byId.put(e.id(), e);
        for (Entity person : entities) {
            if (person.type() != EntityType.PERSON || person.mentions().isEmpty()) continue;
            for (String aff : person.affiliations()) {
                Entity body = byId.get(aff);
                if (body == null || body.mentions().isEmpty()) continue;
                Predicate p = person.roles().isEmpty() ? Predicate.MEMBER_OF : Predicate.HOLDS_ROLE;
                List<Span> evidence = found.computeIfAbsent(new Tie(person.id(), p, body.id()), k -> new ArrayList<>());
                evidence.add(nearestMention(body, person.mentions().get(0)));
                evidence.add(person.mentions().get(0));
            }
        }
        List<Relation> out = new ArrayList<>(found.size());
        found.forEach((t, spans) -> out.add(new Relation(t.subject(), t.predicate(), t.object(), List.copyOf(new java.util.TreeSet<>(spans)))));
        return document.with(Layers.RELATIONS, List.copyOf(out));
    }

    /** One relation of the article, whatever number of spans say so. */
    private record Tie(String subject, Predicate predicate, String object) {}

    /** The mention of {@code body} nearest before the person's ("spokeswoman of X, Y" or "X spokeswoman Y"). */
    private static Span nearestMention(Entity body, Span person) {
        Span best = body.mentions().get(0);
        for (Span m : body.mentions()) {
            if (Math.abs(m.begin() - person.begin()) < Math.abs(best.begin() - person.begin())) best = m;
        }
        return best;
    }
}
