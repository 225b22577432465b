package org.newsgraph.cli.output;

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
            + "A crowd chanted “no war” outside. "
            + "Interfax reported that the attaché said in a statement that troops would stay.";

    private static Span span(String s) {
        int b = TEXT.indexOf(s);
        return new Span(b, b + s.length());
    }

    /** Three attributions without relays. */
    private static Document document() {
        return document(false);
    }

    /** With {@code relayed}, two more: Interfax reporting what the attaché said, the second relayed {@code via} the first. */
    private static Document document(boolean relayed) {
        Article a = Article.builder("news/russia.txt", TEXT).headline("Russia warns US").build();
        Entity zakharova = new Entity("e1", "Maria Zakharova", EntityType.PERSON, "person:maria-zakharova",
                List.of(span("Maria Zakharova"), span("she")), List.of("spokeswoman"), List.of("e2"));
        Entity russia = new Entity("e2", "Russia", EntityType.COUNTRY, "country:RU", List.of(span("Russia")), List.of(), List.of());
        Entity interfax = new Entity("e3", "Interfax", EntityType.ORGANIZATION, "org:interfax", List.of(span("Interfax")), List.of(), List.of());
        Entity attache = new Entity("e4", "Jose Rafael Torrealba Perez", EntityType.PERSON, "person:jose-rafael-torrealba-perez",
                List.of(span("the attaché")), List.of("military attaché"), List.of());
        Attribution indirect = new Attribution("a1", Attribution.Kind.INDIRECT,
                Part.of(TEXT, span("Russian foreign ministry spokeswoman Maria Zakharova")).withEntity("e1"),
                Part.of(TEXT, span("said")), Part.of(TEXT, span("Washington was meddling")), null);
        Attribution direct = new Attribution("a2", Attribution.Kind.DIRECT, Part.of(TEXT, span("she")).withEntity("e1"),
                Part.of(TEXT, span("told")),
                Part.of(TEXT, span("“We will not leave our partners, whatever the pressure from outside and however long the talks take,”")), null);
        Attribution unattributed = new Attribution("a3", Attribution.Kind.DIRECT, Part.of(TEXT, span("A crowd")), null,
                Part.of(TEXT, span("“no war”")), null);
        Attribution report = new Attribution("a4", Attribution.Kind.INDIRECT, Part.of(TEXT, span("Interfax")).withEntity("e3"),
                Part.of(TEXT, span("reported")), Part.of(TEXT, span("that the attaché said in a statement that troops would stay")), null);
        Attribution statement = new Attribution("a5", Attribution.Kind.INDIRECT, Part.of(TEXT, span("the attaché")).withEntity("e4"),
                Part.of(TEXT, span("said in a statement")), Part.of(TEXT, span("that troops would stay")), "a4");
        List<Attribution> attributions = relayed ? List.of(indirect, direct, unattributed, report, statement)
                : List.of(indirect, direct, unattributed);
        List<Entity> entities = relayed ? List.of(zakharova, russia, interfax, attache) : List.of(zakharova, russia);
        return Document.of(a).with(Layers.ENTITIES, entities).with(Layers.ATTRIBUTIONS, attributions);
    }

    private static String render(Document d, int columns) {
        return new TextReport(TextLayout.plain(columns)).render(d);
    }

    /** The line of the table row numbered {@code n}. */
    private static String row(String out, int n) {
        for (String line : out.split("\n")) if (line.startsWith(n + " ")) return line;
        throw new AssertionError("no row " + n + " in\n" + out);
    }

    @Test
    void showsHeadlineThenATableOfWhoSaidWhat() {
        String out = render(document(), 100);
        String[] lines = out.split("\n");
        assertThat(lines[0]).isEqualTo("Russia warns US");
        assertThat(lines[1]).contains("news/russia.txt").contains("3 attributions").contains("2 entities");
        assertThat(out).containsPattern("#\\s+SPEAKER\\s+CUE\\s+KIND\\s+CONTENT").doesNotContain("VIA");
        assertThat(row(out, 1)).containsPattern("1\\s+Maria Zakharova \\(spokeswoman\\)\\s+said\\s+indirect\\s+Washington was meddling");
    }

    @Test
    void aResolvedSpeakerIsTheEntitysNameAndRoleAnUnresolvedOneTheArticlesWordsInQuotes() {
        String out = render(document(), 100);
        assertThat(row(out, 2)).as("a pronoun shows the entity").containsPattern("2\\s+Maria Zakharova \\(spokeswoman\\)\\s+told\\s+direct");
        assertThat(row(out, 3)).containsPattern("3\\s+\"A crowd\"\\s+—\\s+direct\\s+“no war”");
        assertThat(out).contains("\n" + TextReport.LITERAL_NOTE + "\n");
        assertThat(out).doesNotContain("\u001b[");
        Document resolvedOnly = Document.of(document().article()).with(Layers.ENTITIES, document().get(Layers.ENTITIES))
                .with(Layers.ATTRIBUTIONS, document().get(Layers.ATTRIBUTIONS).subList(0, 2));
        assertThat(render(resolvedOnly, 100)).doesNotContain(TextReport.LITERAL_NOTE);
    }

    @Test
    void onAStyledTerminalAnUnresolvedSpeakerIsAlsoDimmedWithoutMovingTheColumns() {
        String styled = new TextReport(new TextLayout(100, false, true)).render(document());
        assertThat(row(styled, 3)).contains("\u001b[2m\"A crowd\"\u001b[22m");
        assertThat(row(styled, 1)).doesNotContain("\u001b[");
        assertThat(styled.replace("\u001b[2m", "").replace("\u001b[22m", "")).isEqualTo(render(document(), 100));
    }

    @Test
    void aRelayedAttributionNamesItsRelayInAViaColumnAndALongCueIsWhole() {
        String out = render(document(true), 100);
        assertThat(out).containsPattern("#\\s+SPEAKER\\s+VIA\\s+CUE\\s+KIND\\s+CONTENT");
        assertThat(row(out, 5)).containsPattern("5\\s+Jose Rafael Torrealba P…\\s+Interfax\\s+said in a statement\\s+indirect\\s+that troops would stay");
        assertThat(row(out, 4)).containsPattern("4\\s+Interfax\\s+reported\\s+indirect");
        for (String line : out.split("\n")) assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
    }

    @Test
    void whenNameAndRoleDoNotFitTheRoleGivesWayBeforeTheName() {
        String out = render(document(true), 140);
        assertThat(row(out, 1)).contains("Maria Zakharova (spokeswoman)");
        assertThat(row(out, 5)).contains("Jose Rafael Torrealba Perez ").doesNotContain("(mil");
    }

    @Test
    void contentWrapsToTheTerminalWidthAndIsCutAfterThreeLines() {
        int columns = 60;
        String out = render(document(), columns);
        for (String line : out.split("\n")) assertThat(line.length()).as(line).isLessThanOrEqualTo(columns);
        assertThat(out).contains("partners,").contains("…");
        assertThat(render(document(), 200)).contains("however long the talks take,”");
    }

    @Test
    void aFullLayoutPrintsEveryCellWholeWithinTheWidth() {
        int columns = 100;
        String out = new TextReport(new TextLayout(columns, true, false)).render(document(true));
        assertThat(out).doesNotContain("…");
        for (String line : out.split("\n")) assertThat(line.length()).as(line).isLessThanOrEqualTo(columns);
        String flat = out.replaceAll("\\s+", " ");
        assertThat(flat).contains("whatever the pressure from outside and however long the talks take,”")
                .contains("(military attaché)").contains("said in a statement");
    }

    @Test
    void listsEntitiesWithTypeAndRoles() {
        String out = render(document(), 100);
        assertThat(out.substring(out.indexOf("ENTITIES"))).containsPattern("Maria Zakharova\\s+PERSON\\s+2×\\s+spokeswoman")
                .containsPattern("Russia\\s+COUNTRY\\s+1×");
    }

    @Test
    void documentWithoutAnalysisLayersSaysSo() {
        Document bare = Document.of(Article.ofText("x.txt", "Nothing here."));
        String out = render(bare, 80);
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
