package org.newsgraph.entity;

import java.util.List;
import java.util.Objects;
import org.newsgraph.span.Span;

/**
 * A person, organization, country or place of one article, with every mention of it.
 *
 * <p>{@code id} is local to the article ({@code e3}); {@code key} is stable across articles
 * ({@code country:RU}, {@code person:maria-zakharova}). {@code name} is the canonical, fullest proper
 * name. {@code roles} are titles as written ("spokeswoman"); {@code affiliations} are ids of other
 * entities of the same article. Mentions are sorted by position.
 */
public record Entity(String id, String name, EntityType type, String key, List<Span> mentions,
                     List<String> roles, List<String> affiliations) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        affiliations = List.copyOf(affiliations);
    }
}
