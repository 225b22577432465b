package org.newsgraph.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a name a user gave was taken to mean: the canonical {@code entity} chosen, on what {@code basis},
 * how often the store names it so ({@code weight}; 0 for a key), and the {@code alternatives} it fits
 * about as well (named at least a third as often), most named first. With alternatives the choice is a
 * guess, and {@link #note} says so.
 */
public record NameResolution(String asked, EntityMatch entity, Basis basis, long weight, List<Candidate> alternatives) {
    /** How the entity was found. */
    public enum Basis {
        /** An entity key ({@code person:maria-zakharova}). */
        KEY,
        /** A name or alias, whole ("Zakharova", "Maria Zakharova"). */
        NAME,
        /** A word or run of words of a person's name ("Doe" in "Jane Doe"). */
        WORD
    }

    public NameResolution {
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(basis, "basis");
        alternatives = List.copyOf(alternatives);
    }

    public boolean ambiguous() {
        return !alternatives.isEmpty();
    }

    /**
     * One line for a person when the name is ambiguous: what it may mean, which one is shown and how to
     * ask for another. Empty otherwise.
     */
    public Optional<String> note() {
        if (!ambiguous()) return Optional.empty();
        List<String> all = new ArrayList<>();
        all.add(entity.name() + " (" + entity.key() + ", " + articles(weight) + ")");
        for (Candidate c : alternatives) all.add(c.name() + " (" + c.key() + ", " + articles(c.weight()) + ")");
        String either = String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
        return Optional.of("'" + asked + "' may mean " + either + "; showing " + entity.name()
                + "; give a full name or a key for another");
    }

    private static String articles(long n) {
        return n + (n == 1 ? " article" : " articles");
    }
}
