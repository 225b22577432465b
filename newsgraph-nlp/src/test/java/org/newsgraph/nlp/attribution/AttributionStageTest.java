package org.newsgraph.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.SharedAnalyzer;

class AttributionStageTest {

    private static List<Attribution> attributions(String text) {
        return SharedAnalyzer.analyze(text).get(Layers.ATTRIBUTIONS);
    }

    private static Optional<Attribution> withCue(List<Attribution> all, String cue) {
        return all.stream().filter(a -> a.cue().text().equals(cue)).findFirst();
    }

    private static String text(Part p) {
        return p == null ? null : p.text();
    }

    @Test
    void directQuoteWithSpeakerAfterIt() {
        List<Attribution> all = attributions("“The harbour will be dredged next spring,” Mayor Ines Dalton said.");

        assertThat(all).hasSize(1);
        Attribution a = all.get(0);
        assertThat(text(a.source())).isEqualTo("Mayor Ines Dalton");
        assertThat(a.cue().text()).isEqualTo("said");
        assertThat(a.content().text()).isEqualTo("“The harbour will be dredged next spring,”");
        assertThat(a.kind()).isEqualTo(Attribution.Kind.DIRECT);
    }

    @Test
    void invertedSpeakerAfterTheCue() {
        Attribution a = attributions("\"Nobody expected the tide to turn so fast,\" said Dr. Omar Kessel, a marine biologist.").get(0);

        assertThat(text(a.source())).isEqualTo("Dr. Omar Kessel, a marine biologist");
        assertThat(a.cue().text()).isEqualTo("said");
        assertThat(a.kind()).isEqualTo(Attribution.Kind.DIRECT);
    }

    @Test
    void splitQuoteIsOneAttributionWithTwoContentSpans() {
        List<Attribution> all = attributions("“The bridge is safe,” the engineer said, “but the road needs work.”");

        assertThat(all).hasSize(1);
        Attribution a = all.get(0);
        assertThat(text(a.source())).isEqualTo("the engineer");
        assertThat(a.content().spans()).hasSize(2);
        assertThat(a.content().text()).isEqualTo("“The bridge is safe,” “but the road needs work.”");
    }

    @Test
    void leftSingleQuoteGluedToAWordIsAnApostrophe() {
        List<Attribution> all = attributions("Portugal‘s fishermen said the quotas were unfair to them.");

        assertThat(all).hasSize(1);
        assertThat(text(all.get(0).source())).isEqualTo("Portugal‘s fishermen");
        assertThat(all.get(0).kind()).isEqualTo(Attribution.Kind.INDIRECT);
    }

    @Test
    void underParcAQuoteRunningAcrossParagraphsStaysOneContent() {
        String text = "“We built the dam in four years,” said Priya Natarajan. “The hard part was the river.\n\n"
                + "“Nobody believed we could divert it in a single season.”\n\nThe dam opened in May.";
        List<Attribution> all = SharedAnalyzer.analyzeParc(text).get(Layers.ATTRIBUTIONS);

        assertThat(all).hasSize(1);
        assertThat(all.get(0).content().text())
                .contains("four years")
                .contains("The hard part was the river.")
                .contains("Nobody believed we could divert it");
    }

    @Test
    void aQuoteRunningAcrossParagraphsIsOneAttributionPerParagraph() {
        String text = "“We built the dam in four years,” said Priya Natarajan. “The hard part was the river.\n\n"
                + "“Nobody believed we could divert it in a single season.”\n\nThe dam opened in May.";
        List<Attribution> all = attributions(text);

        assertThat(all).hasSize(2);
        assertThat(all.get(0).content().text()).contains("four years").contains("The hard part was the river.");
        assertThat(all.get(1).content().text()).contains("Nobody believed we could divert it");
        assertThat(all).allSatisfy(a -> assertThat(text(a.source())).isEqualTo("Priya Natarajan"));
    }

    @Test
    void aQuotationInTheNextSentenceContinuesTheAttributionAlsoWithDoubledApostrophes() {
        List<Attribution> all = attributions("''The pier will hold,'' the harbour master said. ''It has held for a century.''");

        assertThat(all).hasSize(1);
        assertThat(all.get(0).content().spans()).hasSize(2);
        assertThat(all.get(0).content().text()).endsWith("''It has held for a century.''");
    }

    @Test
    void accordingToBeforeAndAfterItsContent() {
        Attribution after = attributions("The ferry sank near the coast, according to local officials.").get(0);
        assertThat(text(after.source())).isEqualTo("local officials");
        assertThat(after.cue().text()).isEqualTo("according to");
        assertThat(after.content().text()).isEqualTo("The ferry sank near the coast");

        Attribution before = attributions("According to the weather service, the storm will reach the coast tonight.").get(0);
        assertThat(text(before.source())).isEqualTo("the weather service");
        assertThat(before.content().text()).isEqualTo("the storm will reach the coast tonight");
    }

    @Test
    void accusedOfTakesTheAccusedIntoTheContent() {
        Attribution a = attributions("The union accused the company of hiding safety reports from inspectors.").get(0);

        assertThat(text(a.source())).isEqualTo("The union");
        assertThat(a.cue().text()).isEqualTo("accused");
        assertThat(a.content().text()).isEqualTo("the company of hiding safety reports from inspectors");
    }

    @Test
    void coordinatedCuesShareTheirSubject() {
        List<Attribution> all = attributions("The ministry said on Friday it had closed two mines but said the workers "
                + "would keep their wages.");

        assertThat(all).hasSize(2);
        assertThat(all).extracting(a -> text(a.source())).containsOnly("The ministry");
        assertThat(all.get(0).content().text()).isEqualTo("it had closed two mines");
        assertThat(all.get(1).content().text()).isEqualTo("the workers would keep their wages");
    }

    @Test
    void relayedAttributionPointsToTheOneThatReportsIt() {
        List<Attribution> all = attributions("The port director said on Monday the cranes would be replaced, "
                + "the Baltic News Agency reported.");

        Attribution inner = withCue(all, "said").orElseThrow();
        Attribution outer = withCue(all, "reported").orElseThrow();
        assertThat(text(outer.source())).isEqualTo("the Baltic News Agency");
        assertThat(outer.content().text()).isEqualTo("The port director said on Monday the cranes would be replaced");
        assertThat(inner.content().text()).isEqualTo("the cranes would be replaced");
        assertThat(inner.via()).isEqualTo(outer.id());
        assertThat(outer.via()).isNull();
    }

    @Test
    void indirectSpeechWithQuotedWordsIsMixed() {
        Attribution a = attributions("The senator said the plan was “a gift to polluters” and should be dropped.").get(0);

        assertThat(a.kind()).isEqualTo(Attribution.Kind.MIXED);
        assertThat(a.content().text()).startsWith("the plan was “a gift to polluters”");
    }

    @Test
    void sourceKeepsItsRelativeClauseBetweenCommas() {
        Attribution a = attributions("Okafor, who chairs the budget committee, has said the deficit will shrink.").get(0);

        assertThat(text(a.source())).isEqualTo("Okafor, who chairs the budget committee,");
        assertThat(a.cue().text()).isEqualTo("has said");
        assertThat(a.content().text()).isEqualTo("the deficit will shrink");
    }

    @Test
    void underParcWhatSeemsOrIsExpectedHasNoSourceAndADiscontinuousContent() {
        Attribution a = SharedAnalyzer.analyzeParc("The new bridge is expected to carry 40,000 cars a day.")
                .get(Layers.ATTRIBUTIONS).get(0);

        assertThat(a.source()).isNull();
        assertThat(a.cue().text()).isEqualTo("is expected");
        assertThat(a.content().text()).isEqualTo("The new bridge to carry 40,000 cars a day");
    }

    @Test
    void transcriptSpeakerLabelsIntroduceWhatFollows() {
        Attribution a = attributions("HOST: Will the ferry run on Sunday?\n\nMORALES: It will run as usual.").get(1);

        assertThat(text(a.source())).isEqualTo("MORALES");
        assertThat(a.content().text()).isEqualTo("It will run as usual.");
    }

    @Test
    void actionsAndTitlesInQuotesAreNotAttributions() {
        assertThat(attributions("The team walked to the station. Later they watched “The Long Night” on television."))
                .isEmpty();
    }

    @Test
    void idsFollowTextOrderAndSpansIndexTheText() {
        String text = "Lopez said the vote was fair. “It was close,” Marsh added.";
        List<Attribution> all = attributions(text);

        assertThat(all).extracting(Attribution::id).containsExactly("a1", "a2");
        for (Attribution a : all) {
            assertThat(a.content().spans()).allSatisfy(s -> assertThat(s.fitsIn(text)).isTrue());
        }
        // With the standard analyzer's entity stage before it, each named source resolves to its own entity.
        assertThat(all).extracting(a -> a.source().entity()).doesNotContainNull().doesNotHaveDuplicates();
    }
}
