package org.newsgraph.store.query;

import java.util.List;
import java.util.Objects;

/**
 * A canonical entity a name resolved to: its key, name and type, and {@code members}, every entity key
 * the registry merged into it (itself included), which is what a query filters the tables by.
 */
public record EntityMatch(String key, String name, String type, List<String> members) {
    public EntityMatch {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        members = List.copyOf(members);
    }
}
