package org.newsgraph.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.span.Span;

class PipelineTest {

    /** Marks every capitalised word as a MISC mention: enough to exercise the chain. */
    static final class CapitalWords implements Stage {
        @Override public Set<LayerKey<?>> reads() { return Set.of(); }
        @Override public LayerKey<?> adds() { return Layers.MENTIONS; }
        @Override public Document apply(Document d) {
            var m = java.util.regex.Pattern.compile("\\p{Lu}\\w*").matcher(d.text());
            List<Mention> out = new java.util.ArrayList<>();
            while (m.find()) out.add(new Mention(Span.of(m.start(), m.end()), m.group(), EntityType.MISC));
            return d.with(Layers.MENTIONS, List.copyOf(out));
        }
    }

    static final class NeedsMentions implements Stage {
        @Override public Set<LayerKey<?>> reads() { return Set.of(Layers.MENTIONS); }
        @Override public LayerKey<?> adds() { return Layers.ENTITIES; }
        @Override public Document apply(Document d) { return d.with(Layers.ENTITIES, List.of()); }
    }

    @Test
    void runsStagesInOrderAddingTheirLayers() {
        Document d = Pipeline.of(new CapitalWords(), new NeedsMentions()).apply(Article.ofText("t", "Ask Maria now."));
        assertThat(d.get(Layers.MENTIONS)).extracting(Mention::text).containsExactly("Ask", "Maria");
        assertThat(d.has(Layers.ENTITIES)).isTrue();
    }

    @Test
    void refusesAChainWhoseStageReadsALayerNotYetAdded() {
        assertThatThrownBy(() -> Pipeline.of(new NeedsMentions(), new CapitalWords()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NeedsMentions reads layer 'mentions'");
    }

    @Test
    void refusesAChainThatAddsALayerTwice() {
        assertThatThrownBy(() -> Pipeline.of(new CapitalWords(), new CapitalWords()))
                .hasMessageContaining("added twice");
    }
}
