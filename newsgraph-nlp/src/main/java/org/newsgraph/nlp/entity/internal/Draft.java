package org.newsgraph.nlp.entity.internal;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.entity.EntityType;
import org.newsgraph.span.Span;

/**
 * An entity while one article is being analysed: mutable, confined to the thread analysing that
 * article, and turned into an immutable {@link org.newsgraph.entity.Entity} at the end.
 */
public final class Draft {
    final EntityType type;
    final String key;
    String name;
    final TreeSet<Span> mentions = new TreeSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final Set<Draft> affiliations = new LinkedHashSet<>();
    Lexicon.Gender gender = Lexicon.Gender.UNKNOWN;

    Draft(EntityType type, String key, String name) {
        this.type = Objects.requireNonNull(type, "type");
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
    }

    public EntityType type() {
        return type;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public Set<Span> mentions() {
        return mentions;
    }

    public Set<String> roles() {
        return roles;
    }

    public Set<Draft> affiliations() {
        return affiliations;
    }

    /** Records a gender cue; a cue for the other gender makes it unknown again (conflicting evidence). */
    void addGender(Lexicon.Gender g) {
        if (g == Lexicon.Gender.UNKNOWN || g == gender) return;
        gender = gender == Lexicon.Gender.UNKNOWN ? g : Lexicon.Gender.UNKNOWN;
    }

    void addAffiliation(Draft other) {
        if (other != null && other != this) affiliations.add(other);
    }

    Span firstMention() {
        return mentions.first();
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }
}
