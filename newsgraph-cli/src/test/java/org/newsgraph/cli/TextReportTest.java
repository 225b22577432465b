package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.span.Span;

class TextReportTest {
    private static final String TEXT = "Russia warns US\n\n"
            + "Russian foreign ministry spokeswoman Maria Zakharova said Washington was meddling. "
            + "“We will not leave our partners, whatever the pressure from outside and however long the talks take,” she told reporters in Moscow. "
            + "A crowd chanted “no war” outside.";

    private static Span span(String s) {
        int b = TEXT.indexOf(s);
        return new Span(b, b + s.length());
    }

    private static Document document() {
        Article a = Article.builder("news/russia.txt", TEXT).headline("Russia warns US").build();
        Entity zakharova = new Entity("e1", "Maria Zakharova", EntityType.PERSON, "person:maria-zakharova",
                List.of(span("Maria Zakharova"), span("she")), List.of("spokeswoman"), List.of("e2"));
        Entity russia = new Entity("e2", "Russia", EntityType.COUNTRY, "country:RU", List.of(span("Russia")), List.of(), List.of());
        Attribution indirect = new Attribution("a1", Attribution.Kind.INDIRECT,
                Part.of(TEXT, span("Russian foreign ministry spokeswoman Maria Zakharova")).withEntity("e1"),
                Part.of(TEXT, span("said")), Part.of(TEXT, span("Washington was meddling")), null);
        Attribution direct = new Attribution("a2", Attribution.Kind.DIRECT, Part.of(TEXT, span("she")).withEntity("e1"),
                Part.of(TEXT, span("told")),
                Part.of(TEXT, span("“We will not leave our partners, whatever the pressure from outside and however long the talks take,”")), null);
        Attribution unattributed = new Attribution("a3", Attribution.Kind.DIRECT, Part.of(TEXT, span("A crowd")), null,
                Part.of(TEXT, span("“no war”")), null);
        return Document.of(a).with(Layers.ENTITIES, List.of(zakharova, russia))
                .with(Layers.ATTRIBUTIONS, List.of(indirect, direct, unattributed));
    }

    @Test
    void showsHeadlineThenATableOfWhoSaidWhat() {
        String out = new TextReport(100).render(document());
        String[] lines = out.split("\n");
        assertThat(lines[0]).isEqualTo("Russia warns US");
        assertThat(lines[1]).contains("news/russia.txt").contains("3 attributions").contains("2 entities");
        assertThat(out).containsPattern("#\\s+SPEAKER\\s+CUE\\s+KIND\\s+CONTENT");
        assertThat(out).containsPattern("1\\s+Maria Zakharova\\s+said\\s+indirect\\s+Washington was meddling");
    }

    @Test
    void pronounSpeakerShowsTheEntityNameNotThePronoun() {
        String out = new TextReport(100).render(document());
        assertThat(out).containsPattern("2\\s+Maria Zakharova\\s+told\\s+direct");
        assertThat(out).containsPattern("3\\s+A crowd\\s+—\\s+direct\\s+“no war”");
    }

    @Test
    void contentWrapsToTheTerminalWidthAndIsCutAfterThreeLines() {
        int columns = 60;
        String out = new TextReport(columns).render(document());
        for (String line : out.split("\n")) assertThat(line.length()).as(line).isLessThanOrEqualTo(columns);
        assertThat(out).contains("partners,").contains("…");
        assertThat(new TextReport(200).render(document())).contains("however long the talks take,”");
    }

    @Test
    void listsEntitiesWithTypeAndRoles() {
        String out = new TextReport(100).render(document());
        assertThat(out.substring(out.indexOf("ENTITIES"))).containsPattern("Maria Zakharova\\s+PERSON\\s+2×\\s+spokeswoman")
                .containsPattern("Russia\\s+COUNTRY\\s+1×");
    }

    @Test
    void documentWithoutAnalysisLayersSaysSo() {
        Document bare = Document.of(Article.ofText("x.txt", "Nothing here."));
        String out = new TextReport(80).render(bare);
        assertThat(out).startsWith("(no headline)\n").containsPattern("#\\s+SPEAKER\\s+CUE")
                .contains("(no attributions found)").doesNotContain("ENTITIES");
    }

    @Test
    void wrapCutsWithAnEllipsisAfterTheLastAllowedLine() {
        List<String> lines = TextReport.wrap("one two three four five six seven eight nine ten", 10, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("one two");
        assertThat(lines.get(1)).endsWith("…").hasSizeLessThanOrEqualTo(10);
        assertThat(TextReport.wrap("short", 10, 3)).containsExactly("short");
        assertThat(TextReport.wrap("abcdefghijklmnop", 5, 5)).containsExactly("abcde", "fghij", "klmno", "p");
    }
}
