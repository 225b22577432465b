package org.newsgraph.entity;

import java.util.Objects;
import org.newsgraph.span.Span;

/** A stretch of text that names or refers to an entity, before mentions are grouped into entities. */
public record Mention(Span span, String text, EntityType type) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
