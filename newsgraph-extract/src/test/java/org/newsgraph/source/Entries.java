package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.newsgraph.document.Article;

/** What the source tests read out of an {@link Entry}, asserting first that it is that kind. */
final class Entries {
    private Entries() {}

    static Article article(Entry e) {
        assertThat(e).isInstanceOf(Loaded.class);
        return ((Loaded) e).article();
    }

    static Problem problem(Entry e) {
        assertThat(e).isInstanceOf(Problem.class);
        return (Problem) e;
    }
}
