package org.newsgraph.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.nlp.StageContract;
import org.newsgraph.nlp.entity.EntityStage;
import org.newsgraph.nlp.entity.MentionStage;
import org.newsgraph.nlp.tokens.TokenStage;
import org.newsgraph.span.Span;
import org.newsgraph.stage.Stage;

/** The stage contract (see {@link StageContract}), and what attributions owe beyond it: parts read as their spans, relays point inside the document. */
class AttributionStageContractTest extends StageContract {
    private final AttributionStage stage = new AttributionStage();

    @Override protected Stage stage() { return stage; }
    @Override protected List<Stage> before() { return List.of(new TokenStage(), new MentionStage(), new EntityStage()); }

    private static String seed() throws IOException {
        try (InputStream in = AttributionStageContractTest.class.getResourceAsStream("/seed/article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Document tokens(String text) {
        return new TokenStage().apply(Document.of(Article.ofText("test", text)));
    }

    @Test
    void everySpanLiesInTheTextAndPartsReadAsTheirSpans() throws IOException {
        String text = seed();
        List<Attribution> all = stage.apply(tokens(text)).get(Layers.ATTRIBUTIONS);

        assertThat(all).isNotEmpty();
        for (Attribution a : all) {
            for (Part p : new Part[] {a.source(), a.cue(), a.content()}) {
                if (p == null) continue;
                assertThat(p.spans()).allSatisfy(s -> assertThat(s.fitsIn(text)).isTrue());
                assertThat(p.text()).isEqualTo(org.newsgraph.span.Spans.join(text, p.spans()));
            }
        }
    }


    @Test
    void viaPointsToAnAttributionOfTheSameDocument() throws IOException {
        List<Attribution> all = SharedAnalyzer.analyze(seed()).get(Layers.ATTRIBUTIONS);
        Set<String> ids = all.stream().map(Attribution::id).collect(java.util.stream.Collectors.toSet());

        assertThat(all).filteredOn(a -> a.via() != null).isNotEmpty()
                .allSatisfy(a -> assertThat(ids).contains(a.via()));
    }

    @Test
    void sourcesNameTheirEntityWhenAnEntityLayerIsPresent() {
        String text = "Harbour master Ana Ruiz said the port would close on Friday.";
        Entity ruiz = new Entity("e1", "Ana Ruiz", EntityType.PERSON, "person:ana-ruiz",
                List.of(new Span(15, 23)), List.of("harbour master"), List.of());
        Stage entities = new Stage() {
            @Override
            public Set<LayerKey<?>> reads() {
                return Set.of();
            }

            @Override
            public LayerKey<?> adds() {
                return Layers.ENTITIES;
            }

            @Override
            public Document apply(Document d) {
                return d.with(Layers.ENTITIES, List.of(ruiz));
            }
        };
        Attribution a = stage.apply(entities.apply(tokens(text))).get(Layers.ATTRIBUTIONS).get(0);

        assertThat(a.source().text()).isEqualTo("Harbour master Ana Ruiz");
        assertThat(a.source().entity()).isEqualTo("e1");
    }

    @Test
    void emptyAndOddTextsGiveNoAttributionsAndNoErrors() {
        for (String text : List.of("", "\"", "“", "said", ", said.", "According to", "”He said“", "' ' '", "—")) {
            assertThat(stage.apply(tokens(text)).get(Layers.ATTRIBUTIONS)).as(text).isEmpty();
        }
    }
}
