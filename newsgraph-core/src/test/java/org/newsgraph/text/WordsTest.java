package org.newsgraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void countsRunsOfNonWhitespace() {
        assertThat(Words.count("")).isZero();
        assertThat(Words.count("  \n ")).isZero();
        assertThat(Words.count("“No one canceled this document,” Zakharova said.")).isEqualTo(7);
        assertThat(Words.count("attaché \u00a0in\n\nMoscow")).isEqualTo(3);
    }
}
