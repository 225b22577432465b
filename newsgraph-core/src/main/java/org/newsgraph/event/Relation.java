package org.newsgraph.event;

import java.util.List;
import java.util.Objects;
import org.newsgraph.span.Span;

/**
 * A lasting tie between two entities of an article — "Russia and China have backed Maduro" gives
 * Russia {@code supports} Maduro and China {@code supports} Maduro — with the spans that say so.
 * {@code subject} and {@code object} are entity ids.
 */
public record Relation(String subject, Predicate predicate, String object, List<Span> evidence) {
    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) throw new IllegalArgumentException("a relation needs its evidence");
    }

    /** What ties the subject to the object; the JSON and SQL name is the lower-case name. */
    public enum Predicate {
        SUPPORTS, OPPOSES, MEMBER_OF, HOLDS_ROLE;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
