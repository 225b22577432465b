package org.newsgraph.span;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void coversHalfOpenRangeLikeSubstring() {
        String text = "Zakharova said";
        Span s = Span.of(0, 9);
        assertThat(s.of(text)).isEqualTo("Zakharova");
        assertThat(s.length()).isEqualTo(9);
        assertThat(s.contains(8)).isTrue();
        assertThat(s.contains(9)).isFalse();
    }

    @Test
    void rejectsNegativeOrBackwardRanges() {
        assertThatThrownBy(() -> Span.of(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-1, 2)");
        assertThatThrownBy(() -> Span.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjacentSpansDoNotOverlap() {
        assertThat(Span.of(0, 3).overlaps(Span.of(3, 5))).isFalse();
        assertThat(Span.of(0, 4).overlaps(Span.of(3, 5))).isTrue();
        assertThat(Span.of(0, 4).union(Span.of(3, 9))).isEqualTo(Span.of(0, 9));
    }

    @Test
    void trimDropsSurroundingWhitespaceOnly() {
        String text = "  “No one canceled this document,”  ";
        Span t = Spans.trim(text, Span.of(0, text.length()));
        assertThat(t.of(text)).isEqualTo("“No one canceled this document,”");
    }

    @Test
    void discontinuousPartsJoinWithOneSpace() {
        String text = "“Yes,” he said, “we will.”";
        assertThat(Spans.join(text, List.of(Span.of(1, 5), Span.of(17, 25)))).isEqualTo("Yes, we will.");
    }
}
