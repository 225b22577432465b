package org.newsgraph.nlp.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private static List<String> texts(String text, List<Quote> quotes) {
        return quotes.stream().map(q -> text.substring(q.begin(), q.end())).toList();
    }

    @Test
    void pairsCurlyAndStraightDoubleQuotes() {
        String text = "She said “yes” and he said \"no\".";

        assertThat(texts(text, finder.find(text))).containsExactly("“yes”", "\"no\"");
    }

    @Test
    void doubledApostrophesActAsQuotationMarks() {
        String text = "''We will stay,'' the mayor said.";

        assertThat(texts(text, finder.find(text))).containsExactly("''We will stay,''");
    }

    @Test
    void aLeftSingleMarkGluedToAWordIsAnApostrophe() {
        String text = "A ship in Lisbon‘s harbour. He called it a ‘ghost ship’ yesterday. It wasn’t.";

        assertThat(texts(text, finder.find(text))).containsExactly("‘ghost ship’");
    }

    @Test
    void aQuoteLeftOpenAtAParagraphEndContinuesWhenTheNextParagraphReopens() {
        String text = "“First part of the speech.\n\n“Second part,” she said.";
        List<Quote> quotes = finder.find(text);

        assertThat(texts(text, quotes)).containsExactly("“First part of the speech.", "“Second part,”");
        assertThat(quotes.get(0).continues()).isTrue();
        assertThat(quotes.get(1).continues()).isFalse();
    }

    @Test
    void aQuoteNeverPairsAcrossAParagraphWithoutBeingReopened() {
        String text = "He said \"this is unfinished\n\nA new paragraph with a closing\" mark.";
        List<Quote> quotes = finder.find(text);

        assertThat(quotes).allSatisfy(q -> assertThat(q.continues()).isFalse());
        assertThat(texts(text, quotes)).noneMatch(s -> s.contains("\n"));
    }
}
