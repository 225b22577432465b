package org.newsgraph.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Caption;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.span.Span;

class DocumentJsonTest {
    private static final String TEXT = "“No one canceled this document,” Zakharova said.";

    private static Document sample() {
        Article a = Article.builder("in.jsonl#3", TEXT).id("z1").headline("H").published("2019-03-28")
                .captions(List.of(new Caption("A plane.", "@TomoNewsUS Twitter"))).build();
        Entity e = new Entity("e1", "Maria Zakharova", EntityType.PERSON, "person:maria-zakharova",
                List.of(Span.of(33, 42)), List.of("spokeswoman"), List.of());
        Attribution at = new Attribution("a1", Attribution.Kind.DIRECT,
                Part.of(TEXT, Span.of(33, 42)).withEntity("e1"), Part.of(TEXT, Span.of(43, 47)),
                Part.of(TEXT, Span.of(1, 31)), null);
        return Document.of(a).with(Layers.ENTITIES, List.of(e)).with(Layers.ATTRIBUTIONS, List.of(at));
    }

    @Test
    void writesTheContractFieldsWithSpansIntoText() throws Exception {
        JsonNode n = new ObjectMapper().readTree(DocumentJson.toLine(sample()));
        assertThat(n.get("id").asText()).isEqualTo("z1");
        assertThat(n.get("origin").asText()).isEqualTo("in.jsonl#3");
        assertThat(n.get("captions").get(0).get("credit").asText()).isEqualTo("@TomoNewsUS Twitter");
        assertThat(n.get("body").get(0).get(1).asInt()).isEqualTo(TEXT.length());
        JsonNode at = n.get("attributions").get(0);
        assertThat(at.get("kind").asText()).isEqualTo("direct");
        assertThat(at.get("source").get("entity").asText()).isEqualTo("e1");
        assertThat(at.get("cue").has("entity")).isFalse();
        JsonNode content = at.get("content").get("spans").get(0);
        assertThat(TEXT.substring(content.get(0).asInt(), content.get(1).asInt())).isEqualTo(at.get("content").get("text").asText());
        assertThat(n.get("entities").get(0).get("key").asText()).isEqualTo("person:maria-zakharova");
        assertThat(n.get("events").isArray()).isTrue();
        assertThat(at.get("via").isNull()).isTrue();
    }

    @Test
    void sameDocumentGivesSameBytes() {
        assertThat(DocumentJson.toLine(sample())).isEqualTo(DocumentJson.toLine(sample()));
        assertThat(DocumentJson.toLine(sample())).doesNotContain("\n");
        assertThat(DocumentJson.toPretty(sample())).contains("\n");
    }
}
