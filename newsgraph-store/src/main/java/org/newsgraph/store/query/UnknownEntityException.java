package org.newsgraph.store.query;

import java.util.List;
import org.newsgraph.store.StoreException;

/** No entity matches a name a user gave; the message names the closest entities, if any. */
public final class UnknownEntityException extends StoreException {
    private final List<String> closest;

    public UnknownEntityException(String name, List<String> closest) {
        super("no entity matches " + name + (closest.isEmpty() ? "" : "; did you mean " + String.join(", ", closest) + "?"));
        this.closest = List.copyOf(closest);
    }

    /** The names of the entities closest to the one asked for, best first. */
    public List<String> closest() {
        return closest;
    }
}
