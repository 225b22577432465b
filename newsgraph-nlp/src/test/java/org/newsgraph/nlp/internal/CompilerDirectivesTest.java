package org.newsgraph.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompilerDirectivesTest {
    @Test
    void hotSpotTakesTheDirectivesAsShipped() {
        // The suite runs on OpenJDK's HotSpot. A typo in the resource would leave every run on HotSpot's defaults without a word; this catches it.
        assertThat(CompilerDirectives.install()).isTrue();
        assertThat(CompilerDirectives.install()).as("a second call only answers").isTrue();
    }
}
