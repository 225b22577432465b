package org.newsgraph.attribution;

import java.util.Objects;

/**
 * Who said (or thought, wanted, reported) what, in the PARC/PolNeAR sense: a {@code source}, a
 * {@code cue} and a {@code content}. {@code source} and {@code cue} may be null (an unattributed quote);
 * {@code via} is the id of the attribution that relays this one ("…, Interfax news agency reported"),
 * or null.
 */
public record Attribution(String id, Kind kind, Part source, Part cue, Part content, String via) {
    public Attribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }

    /** How much of the content is quoted verbatim. */
    public enum Kind {
        /** All of the content is inside quotation marks. */
        DIRECT,
        /** None of it is: reported speech. */
        INDIRECT,
        /** Reported speech with quoted words inside. */
        MIXED;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
