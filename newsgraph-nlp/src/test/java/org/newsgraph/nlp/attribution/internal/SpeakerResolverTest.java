package org.newsgraph.nlp.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.span.Span;

class SpeakerResolverTest {
    // "Harbour authority spokeswoman Ana Ruiz said …" : the authority at [0, 16), the person at [29, 37).
    private final Entity authority = new Entity("e1", "Harbour Authority", EntityType.ORGANIZATION, "org:harbour-authority",
            List.of(new Span(0, 16)), List.of(), List.of());
    private final Entity ruiz = new Entity("e2", "Ana Ruiz", EntityType.PERSON, "person:ana-ruiz",
            List.of(new Span(29, 37), new Span(60, 63)), List.of("spokeswoman"), List.of("e1"));
    private final SpeakerResolver resolver = new SpeakerResolver(List.of(authority, ruiz));

    @Test
    void theNameAtTheHeadOfTheSourceWins() {
        assertThat(resolver.resolve(List.of(new Span(0, 37)))).isEqualTo("e2");
    }

    @Test
    void aPronounMentionResolvesThroughItsEntity() {
        assertThat(resolver.resolve(List.of(new Span(60, 63)))).isEqualTo("e2");
    }

    @Test
    void aSourceNamingNoEntityHasNone() {
        assertThat(resolver.resolve(List.of(new Span(40, 50)))).isNull();
        assertThat(resolver.resolve(null)).isNull();
    }
}
