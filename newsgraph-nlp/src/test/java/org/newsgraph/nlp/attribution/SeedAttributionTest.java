package org.newsgraph.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Attribution.Kind;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.SharedAnalyzer;

/**
 * The seed article (EURACTIV, 2019) end to end: the 16 attributions a careful reader finds in it, as
 * source, cue, content and kind. Texts are compared after trimming surrounding whitespace, quotation
 * marks and the punctuation PolNeAR's scorer trims.
 */
class SeedAttributionTest {
    private record Expected(String source, String cue, String content, Kind kind) {}

    private static final List<Expected> EXPECTED = List.of(
            new Expected("Russia", "said", "it had sent “specialists” to Venezuela under a military cooperation deal", Kind.MIXED),
            new Expected("Russia", "said", "they posed no threat to regional stability", Kind.INDIRECT),
            new Expected("US President Donald Trump", "call", "to remove all military personnel from the country", Kind.INDIRECT),
            new Expected("Commission spokesperson Carlos Martin Ruiz de Gordejuela", "said",
                    "The situation in Venezuela is very polarised and tense. All actions and gestures that further escalate "
                            + "tensions will only create obstacles to a peaceful, democratic and Venezuelan-owned resolution to this crisis",
                    Kind.DIRECT),
            new Expected("US", "calls", "Russia deployment of planes to Venezuela 'reckless escalation'", Kind.MIXED),
            new Expected("The United States", "accused", "Russia of “reckless escalation” of the situation in Venezuela by deploying "
                    + "military planes and personnel to the crisis-stricken South American nation that Washington has hit with "
                    + "crippling sanctions", Kind.MIXED),
            new Expected("Trump", "said", "that “all options” were open to make Moscow pull troops out of Venezuela", Kind.MIXED),
            new Expected("media reports", "according to",
                    "two Russian air force planes landed outside Caracas on Saturday carrying nearly 100 Russian troops", Kind.INDIRECT),
            new Expected("Venezuela’s military attaché \u00a0in Moscow", "said",
                    "Russia had sent “servicemen” to Venezuela, but that they would not take part in military operations", Kind.MIXED),
            new Expected("Interfax news agency", "reported", "Venezuela’s military attaché \u00a0in Moscow said on Thursday Russia had "
                    + "sent “servicemen” to Venezuela, but that they would not take part in military operations", Kind.INDIRECT),
            new Expected("Jose Rafael Torrealba Perez", "was quoted as saying", "The presence of Russian servicemen in Venezuela "
                    + "is linked to the discussion of cooperation in the military-technical sphere", Kind.DIRECT),
            new Expected("Russian foreign ministry spokeswoman Maria Zakharova", "described",
                    "the arrivals only as “Russian specialists”", Kind.MIXED),
            new Expected("she", "told", "Russia is not changing the balance of power in the region, Russia is not threatening "
                    + "anyone, unlike (officials) in Washington", Kind.DIRECT),
            new Expected("Zakharova", "said", "Russian specialists have arrived in Venezuela in line with the provisions of a "
                    + "bilateral inter-government agreement on military-technical cooperation. No one canceled this document",
                    Kind.DIRECT),
            new Expected("Guaidó", "arguing", "that Maduro’s 2018 re-election was illegitimate", Kind.INDIRECT),
            new Expected("Maduro, who retains control of state functions and the country’s military,", "has said",
                    "Guaidó is a puppet of the United States", Kind.INDIRECT));

    private static String seed() throws IOException {
        try (InputStream in = SeedAttributionTest.class.getResourceAsStream("/seed/article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String trim(String s) {
        if (s == null) return null;
        String marks = "\"“”‘’'.,;: \n";
        int b = 0;
        int e = s.length();
        while (b < e && marks.indexOf(s.charAt(b)) >= 0) b++;
        while (e > b && marks.indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(b, e);
    }

    private static boolean matches(Expected x, Attribution a) {
        return a.source() != null && trim(a.source().text()).equals(trim(x.source()))
                && a.cue().text().equals(x.cue())
                && trim(a.content().text()).equals(trim(x.content()))
                && a.kind() == x.kind();
    }

    @Test
    void findsAllSixteenAttributionsAReaderFinds() throws IOException {
        List<Attribution> found = SharedAnalyzer.analyze(seed()).get(Layers.ATTRIBUTIONS);
        List<Expected> missed = new ArrayList<>();
        for (Expected x : EXPECTED) {
            if (found.stream().noneMatch(a -> matches(x, a))) missed.add(x);
        }

        assertThat(missed).as("attributions not found exactly").isEmpty();
    }

    @Test
    void theRelayedAttributionPointsToTheAgencyThatReportedIt() throws IOException {
        List<Attribution> found = SharedAnalyzer.analyze(seed()).get(Layers.ATTRIBUTIONS);
        Attribution agency = found.stream().filter(a -> a.cue().text().equals("reported")).findFirst().orElseThrow();
        Attribution attache = found.stream()
                .filter(a -> a.source() != null && a.source().text().startsWith("Venezuela’s military attaché"))
                .findFirst().orElseThrow();

        assertThat(attache.via()).isEqualTo(agency.id());
    }

    @Test
    void theApostropheInVenezuelasCapitalIsNoQuote() throws IOException {
        List<Attribution> found = SharedAnalyzer.analyze(seed()).get(Layers.ATTRIBUTIONS);

        assertThat(found).noneMatch(a -> a.content().text().contains("‘s capital"));
    }

    @Test
    void theSentenceAboutAnsweringAQuestionIsNoAttribution() throws IOException {
        List<Attribution> found = SharedAnalyzer.analyze(seed()).get(Layers.ATTRIBUTIONS);

        assertThat(found).noneMatch(a -> a.cue().text().equals("answered"));
    }
}
