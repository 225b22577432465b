package org.newsgraph.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.document.Layers;
import org.newsgraph.event.Event;

class EventDictionariesTest {
    @TempDir
    Path dir;

    @Test
    void phoenixLoadsWholeAndCodesByDate() {
        EventDictionaries phoenix = EventDictionaries.phoenix();
        assertThat(phoenix.describe()).matches("[\\d,]+ actor names, [\\d,]+ agent names, [\\d,]+ verbs, [\\d,]+ discards");
        assertThat(phoenix.actors.size()).isGreaterThan(10_000);
        assertThat(phoenix.agents.size()).isGreaterThan(500);
        assertThat(phoenix.verbs.size()).isGreaterThan(1_000);
        assertThat(phoenix.discards.size()).isGreaterThan(50);
        LocalDate seed = LocalDate.of(2019, 3, 29);
        assertThat(phoenix.actors.codeOf(List.of("NICOLAS", "MADURO"), seed)).isEqualTo("VENGOV");
        assertThat(phoenix.actors.codeOf(List.of("RUSSIA"), seed)).isEqualTo("RUS");
        assertThat(phoenix.actors.codeOf(List.of("NICOLAS", "MADURO"), LocalDate.of(2000, 1, 1)))
                .as("not yet in government in 2000").isNotEqualTo("VENGOV");
    }

    @Test
    void newsgraphsAdditionsKnowOfficeHoldersSincePhoenixAndPluralAgents() {
        EventDictionaries phoenix = EventDictionaries.phoenix();
        assertThat(phoenix.actors.codeOf(List.of("DONALD", "TRUMP"), LocalDate.of(2019, 3, 29))).isEqualTo("USAGOV");
        assertThat(phoenix.actors.codeOf(List.of("DONALD", "TRUMP"), LocalDate.of(2015, 3, 29))).isEqualTo("USABUS");
        assertThat(phoenix.actors.codeOf(List.of("MUHAMMADU", "BUHARI"), LocalDate.of(2019, 6, 1)))
                .as("Phoenix knows only his military rule of 1983-85").isEqualTo("NGAGOV");
        var analyzer = org.newsgraph.nlp.Analyzer.standard(org.newsgraph.nlp.attribution.AttributionScheme.SPEECH, phoenix);
        Event e = one(analyzer.analyze(article("Chinese authorities arrested two Canadian activists.", "2019-06-01")));
        assertThat(e.sourceActor()).as("AUTHORITY [~GOV] in the plural").isEqualTo("CHNGOV");
        assertThat(e.cameo()).startsWith("17");
    }

    @Test
    void aBadCodeNamesFileAndLine() throws IOException {
        Path actors = write("actors.txt", "ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON 991301-990101]\n");
        assertThatThrownBy(() -> EventDictionaries.builder().actors(actors).build())
                .isInstanceOf(DictionaryException.class)
                .hasMessage(actors + ":3: not a date in [GON 991301-990101]");
        Path backwards = write("backwards.txt", "GONDOR\n\t[GON 990301-980101]\n");
        assertThatThrownBy(() -> EventDictionaries.builder().actors(backwards).build())
                .hasMessage(backwards + ":2: the date range 990301-980101 ends before it begins");
        Path verbs = write("verbs.txt", "--- ACCUSE [112] ---\nACCUSE\n- * OF TREASON [11x2]\n");
        assertThatThrownBy(() -> EventDictionaries.builder().verbs(verbs).build())
                .hasMessage(verbs + ":3: not a CAMEO code: 11x2");
        Path agents = write("agents.txt", "PRESIDENT GOV\n");
        assertThatThrownBy(() -> EventDictionaries.builder().agents(agents).build())
                .hasMessageStartingWith(agents + ":1: cannot read the agent line");
    }

    @Test
    void givenDictionariesAloneCodeWithDatesAndAgents() throws IOException {
        EventDictionaries d = EventDictionaries.builder().onlyGiven()
                .actors(write("a.txt", "ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON]\nARAGORN\n\t[ARNGOV >20100101]\n\t[ARNREB <20091231]\n"))
                .agents(write("g.txt", "!PERSON! = MAN, WOMAN\nPRESIDENT [~GOV]\nTROOPS [~MIL]\nPOLICE!PERSON! [~COP]\n"))
                .verbs(write("v.txt", "--- ACCUSE [112] ---\nACCUSE\nBLAME\n- * (OF TREASON) [1121]\n\n--- ATTACK [190] ---\nATTACK\n"))
                .discards(write("d.txt", "+FOOTBALL\n"))
                .build();
        var analyzer = org.newsgraph.nlp.Analyzer.of(List.of(new org.newsgraph.nlp.tokens.TokenStage(),
                new org.newsgraph.nlp.entity.MentionStage(), new org.newsgraph.nlp.entity.EntityStage(),
                new org.newsgraph.nlp.attribution.AttributionStage(), new EventStage(d)));
        Event treason = one(analyzer.analyze(article("Aragorn accused Gondor of treason on Monday.", "2012-05-01")));
        assertThat(treason.cameo()).isEqualTo("1121");
        assertThat(treason.sourceActor()).isEqualTo("ARNGOV");
        assertThat(treason.targetActor()).isEqualTo("GON");
        assertThat(treason.date()).as("1 May 2012 was a Tuesday").isEqualTo("2012-04-30");
        assertThat(treason.dateExpression().text()).isEqualTo("on Monday");
        assertThat(treason.goldstein()).isEqualTo(-2.0);
        assertThat(treason.quad()).isEqualTo(3);
        assertThat(one(analyzer.analyze(article("Aragorn accused Gondor of treason on Monday.", "2005-05-01"))).sourceActor())
                .as("before 2010 Aragorn led the rebels").isEqualTo("ARNREB");
        assertThat(one(analyzer.analyze(article("Arnorian troops attacked Gondor.", "2012-05-01"))).sourceActor()).isEqualTo("ARNMIL");
        assertThat(analyzer.analyze(article("Arnorian troops did not attack Gondor.", "2012-05-01")).get(Layers.EVENTS)).isEmpty();
        assertThat(analyzer.analyze(article("Arnorian troops could attack Gondor.", "2012-05-01")).get(Layers.EVENTS)).isEmpty();
        assertThat(analyzer.analyze(article("If Arnor attacks Gondor, the talks end.", "2012-05-01")).get(Layers.EVENTS)).isEmpty();
        assertThat(analyzer.analyze(article("After the football match, Arnor accused Gondor.", "2012-05-01")).get(Layers.EVENTS))
                .as("a story-level discard").isEmpty();
    }

    @Test
    void aSynsetThatNamesItselfIsNoEndlessLoop() throws IOException {
        EventDictionaries d = EventDictionaries.builder().onlyGiven()
                .actors(write("a.txt", "ARNOR [ARN]\nGONDOR [GON]\n"))
                .verbs(write("v.txt", "&LOOP\n+&LOOP\n+TREASON TRIAL\n\n--- ACCUSE [112] ---\nACCUSE\n- * OF &LOOP [1121]\n"))
                .build();
        var analyzer = org.newsgraph.nlp.Analyzer.standard(org.newsgraph.nlp.attribution.AttributionScheme.SPEECH, d);
        assertThat(one(analyzer.analyze(article("Arnor accused Gondor of lying.", "2012-05-01"))).cameo()).isEqualTo("112");
        assertThat(one(analyzer.analyze(article("Arnor accused Gondor of treason trial fraud.", "2012-05-01"))).cameo())
                .as("a member of several words matches whole").isEqualTo("1121");
    }

    private static Event one(org.newsgraph.document.Document d) {
        assertThat(d.get(Layers.EVENTS)).hasSize(1);
        return d.get(Layers.EVENTS).get(0);
    }

    private static Article article(String text, String published) {
        return Article.builder("test", text).id("t").published(published).build();
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
