package org.newsgraph.attribution;

import java.util.List;
import java.util.Objects;
import org.newsgraph.span.Span;

/**
 * One part of an attribution (source, cue or content): its text, its spans (more than one when the part
 * is discontinuous, as in a quote split by "he said"), and for a source the id of the entity it names or
 * null.
 */
public record Part(String text, List<Span> spans, String entity) {
    public Part {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        if (spans.isEmpty()) throw new IllegalArgumentException("a part needs at least one span");
    }

    public static Part of(String documentText, List<Span> spans) {
        return new Part(org.newsgraph.span.Spans.join(documentText, spans), spans, null);
    }

    public static Part of(String documentText, Span span) {
        return of(documentText, List.of(span));
    }

    public Part withEntity(String entityId) {
        return new Part(text, spans, entityId);
    }

    /** The smallest span covering all of this part. */
    public Span extent() {
        return spans.stream().reduce(Span::union).orElseThrow();
    }
}
