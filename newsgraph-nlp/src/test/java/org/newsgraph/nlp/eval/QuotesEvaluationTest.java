package org.newsgraph.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.SharedAnalyzer;

/** The who-said-what score of ../shared/README.md on pages written for it. */
class QuotesEvaluationTest {
    private static final String TEXT = "Mayor Ines Dalton said on Monday that the harbour would be dredged in spring.\n\n"
            + "“It is long overdue,” Dalton said. Residents said the noise would be unbearable.";

    private static QuotesGold.Quote quote(String speaker, List<String> aliases, String type, String content) {
        return new QuotesGold.Quote(speaker, aliases, type, null, "said", content, "indirect", null);
    }

    private static QuotesScore score(QuotesGold.Quote... gold) {
        return QuotesEvaluation.score(new QuotesGold("page.html", List.of(gold)), SharedAnalyzer.analyze(TEXT));
    }

    @Test
    void aCoveredContentWithTheRightSpeakerIsFoundAndRight() {
        QuotesScore s = score(
                quote("Ines Dalton", List.of("Dalton"), "PERSON", "the harbour would be dredged in spring"),
                quote("Ines Dalton", List.of(), "PERSON", "It is long overdue"),
                quote(null, List.of(), "UNNAMED", "the noise would be unbearable"));

        assertThat(s.foundGold()).isEqualTo(3);
        assertThat(s.rightGold()).isEqualTo(3);
        assertThat(s.rightPrecision()).isEqualTo(1.0);
        assertThat(s.withoutEntity()).isZero();
    }

    @Test
    void aPersonIsNamedRightBySurnameAndFirstInitial() {
        QuotesScore s = score(quote("I. Dalton", List.of(), "PERSON", "It is long overdue"));

        assertThat(s.rightGold()).isEqualTo(1);
    }

    @Test
    void anotherSpeakerIsFoundButNotRight() {
        QuotesScore s = score(quote("Karl Berg", List.of("Berg"), "PERSON", "It is long overdue"));

        assertThat(s.foundGold()).isEqualTo(1);
        assertThat(s.rightGold()).isZero();
        assertThat(s.errors()).anyMatch(e -> e.startsWith("SPEAKER"));
    }

    @Test
    void aPredictionHoldingTooLittleOfTheGoldFindsNothing() {
        QuotesScore s = score(quote("Ines Dalton", List.of(), "PERSON",
                "the harbour would be dredged in spring, and the town hall would be rebuilt before the winter came"));

        assertThat(s.foundGold()).isZero();
        assertThat(s.errors()).anyMatch(e -> e.startsWith("MISSED"));
    }

    @Test
    void predictionsNoGoldHoldsAreSpurious() {
        QuotesScore s = score(quote("Ines Dalton", List.of(), "PERSON", "It is long overdue"));

        assertThat(s.predicted()).isEqualTo(3);
        assertThat(s.foundPredictions()).isEqualTo(1);
        assertThat(s.errors()).filteredOn(e -> e.startsWith("SPURIOUS")).hasSize(2);
    }

    @Test
    void contentsAreFoundWithQuoteMarksAndWhitespaceUnified() {
        ContentLocator locator = new ContentLocator("He said “it is  long\novers” today.");

        assertThat(locator.locate("it is long overs")).isNotNull();
        assertThat(locator.locate("\"it is long overs\"")).isNotNull();
        assertThat(locator.locate("nothing like this")).isNull();
    }
}
