package org.newsgraph.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.span.Span;

class DocumentTest {

    @Test
    void addingALayerLeavesTheOriginalUntouched() {
        Document d = Document.of(Article.ofText("t.txt", "Hello."));
        Document d2 = d.with(Layers.MENTIONS, List.of());
        assertThat(d.has(Layers.MENTIONS)).isFalse();
        assertThat(d2.get(Layers.MENTIONS)).isEmpty();
        assertThat(d2.article()).isSameAs(d.article());
    }

    @Test
    void aLayerIsAddedOnceNeverReplaced() {
        Document d = Document.of(Article.ofText("t.txt", "Hello.")).with(Layers.MENTIONS, List.of());
        assertThatThrownBy(() -> d.with(Layers.MENTIONS, List.of())).hasMessageContaining("mentions");
    }

    @Test
    void missingLayerNamesWhatIsPresent() {
        Document d = Document.of(Article.ofText("t.txt", "Hello.")).with(Layers.MENTIONS, List.of());
        assertThatThrownBy(() -> d.get(Layers.ENTITIES)).hasMessageContaining("entities").hasMessageContaining("mentions");
    }

    @Test
    void articleWithoutIdIsKeyedByTheHashOfItsText() {
        Article a = Article.ofText("a.txt", "Same text.");
        Article b = Article.ofText("b.txt", "Same text.");
        assertThat(a.id()).isEqualTo(b.id()).hasSize(64).matches("[0-9a-f]+");
        assertThat(Article.ofText("c.txt", "Other text.").id()).isNotEqualTo(a.id());
        assertThat(a.body()).containsExactly(Span.of(0, 10));
    }

    @Test
    void bodySpansMustLieInsideTheText() {
        assertThatThrownBy(() -> Article.builder("a.txt", "short").body(List.of(Span.of(0, 99))).build())
                .hasMessageContaining("outside text");
    }
}
