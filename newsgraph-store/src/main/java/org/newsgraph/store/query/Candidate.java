package org.newsgraph.store.query;

import java.util.Objects;

/**
 * A canonical entity that a name a user gave may mean, with {@code weight}: how often the store names it
 * that way (the articles each matching name or alias is used in, summed over the keys merged into it).
 */
public record Candidate(String key, String name, String type, long weight) {
    public Candidate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (weight < 0) throw new IllegalArgumentException("weight: must be 0 or more, not " + weight);
    }

    boolean isPerson() {
        return type.equals("PERSON");
    }
}
