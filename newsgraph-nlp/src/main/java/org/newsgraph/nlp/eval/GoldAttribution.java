package org.newsgraph.nlp.eval;

import java.util.List;
import java.util.Objects;
import org.newsgraph.span.Span;

/**
 * One gold attribution of a PolNeAR-layout record, spans already in UTF-16 offsets of the record's text.
 * {@code source} and {@code cue} are null when the annotator marked none.
 */
public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {
    public GoldAttribution {
        source = source == null || source.isEmpty() ? null : List.copyOf(source);
        cue = cue == null || cue.isEmpty() ? null : List.copyOf(cue);
        content = List.copyOf(Objects.requireNonNull(content, "content"));
    }
}
