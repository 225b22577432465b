package org.newsgraph.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.SharedAnalyzer;

/** Cues beyond the plain verb of saying: each test is one pattern of English news prose. */
class RecallCuesTest {

    private static List<Attribution> attributions(String text) {
        return SharedAnalyzer.analyze(text).get(Layers.ATTRIBUTIONS);
    }

    private static Optional<Attribution> withCue(List<Attribution> all, String cue) {
        return all.stream().filter(a -> a.cue().text().equals(cue)).findFirst();
    }

    @Test
    void aLeadingPollIsTheSourceOfItsFinding() {
        List<Attribution> all = attributions(
                "In a Harbor Gazette poll released Monday, the mayor led her rival by nine points.");

        Attribution a = withCue(all, "In").orElseThrow();
        assertThat(a.source().text()).isEqualTo("a Harbor Gazette poll released Monday");
        assertThat(a.content().text()).isEqualTo("the mayor led her rival by nine points");
    }

    @Test
    void aLeadingPlaceIsNoPoll() {
        List<Attribution> all = attributions("In Ohio, the governor signed the budget on Friday.");

        assertThat(withCue(all, "In")).isEmpty();
    }

    @Test
    void aRelativeClauseBetweenCommasLeavesTheMainVerbItsOwnAttribution() {
        List<Attribution> all = attributions(
                "Rita Okafor, who has backed the levy, said the library will open on Sundays.");

        Attribution main = withCue(all, "said").orElseThrow();
        assertThat(main.source().text()).startsWith("Rita Okafor");
        assertThat(main.content().text()).isEqualTo("the library will open on Sundays");
        withCue(all, "has backed").ifPresent(inner -> assertThat(inner.content().text()).isEqualTo("the levy"));
    }

    @Test
    void aParticipleBetweenSubjectAndVerbKeepsItsContentShort() {
        List<Attribution> all = attributions(
                "Dr. Lena Voss, citing the survey, said the clinic needs more nurses.");

        Attribution citing = withCue(all, "citing").orElseThrow();
        assertThat(citing.source().text()).isEqualTo("Dr. Lena Voss");
        assertThat(citing.content().text()).isEqualTo("the survey");
        assertThat(withCue(all, "said").orElseThrow().content().text()).isEqualTo("the clinic needs more nurses");
    }

    @Test
    void asSomeonePutItReportsTheirWords() {
        List<Attribution> all = attributions("As one harbor pilot put it, the channel is a graveyard.");

        Attribution a = withCue(all, "put it").orElseThrow();
        assertThat(a.source().text()).isEqualTo("one harbor pilot");
        assertThat(a.content().text()).isEqualTo("the channel is a graveyard");
    }

    @Test
    void aParticipleOpeningTheSentenceBelongsToItsSubject() {
        List<Attribution> all = attributions("Elected officials from both towns say the bridge must be rebuilt.");

        Attribution a = withCue(all, "say").orElseThrow();
        assertThat(a.source().text()).isEqualTo("Elected officials from both towns");
        assertThat(a.content().text()).isEqualTo("the bridge must be rebuilt");
    }

    @Test
    void manyOfWhomIsTheSourceOfARelativeClause() {
        List<Attribution> all = attributions(
                "The plan angered the fishermen, many of whom say the quota is too low.");

        Attribution a = withCue(all, "say").orElseThrow();
        assertThat(a.source().text()).isEqualTo("many of whom");
        assertThat(a.content().text()).isEqualTo("the quota is too low");
    }

    @Test
    void peopleFamiliarWithSomethingAreOneSource() {
        List<Attribution> all = attributions("Two people familiar with the talks said the merger was close.");

        Attribution a = withCue(all, "said").orElseThrow();
        assertThat(a.source().text()).isEqualTo("Two people familiar with the talks");
        assertThat(a.content().text()).isEqualTo("the merger was close");
    }

    @Test
    void underParcNotRespondingToARequestIsReported() {
        List<Attribution> all = SharedAnalyzer.analyzeParc("The ferry company did not respond to a request for comment.")
                .get(Layers.ATTRIBUTIONS);

        Attribution a = withCue(all, "did not respond to").orElseThrow();
        assertThat(a.source().text()).isEqualTo("The ferry company");
        assertThat(a.content().text()).isEqualTo("a request for comment");
    }

    @Test
    void wentOnToSayIsOneCue() {
        List<Attribution> all = attributions("Okafor went on to say that the levy was fair.");

        Attribution a = withCue(all, "went on to say").orElseThrow();
        assertThat(a.source().text()).isEqualTo("Okafor");
        assertThat(a.content().text()).isEqualTo("that the levy was fair");
    }

    @Test
    void theItemsAfterSaidAndAColonAreWhatWasSaid() {
        List<Attribution> all = attributions("The mayor also said:\n\nThe bridge will reopen in May.\n\n"
                + "Taxes will not rise this year.");

        assertThat(all).extracting(a -> a.content().text())
                .containsExactly("The bridge will reopen in May.", "Taxes will not rise this year.");
        assertThat(all).allSatisfy(a -> assertThat(a.source().text()).isEqualTo("The mayor"));
    }

    @Test
    void sayingInAStatementIsOneCue() {
        List<Attribution> all = attributions("Omar Salem condemned the attack, saying in a statement that it would not "
                + "break the nation.");

        Attribution a = withCue(all, "saying in a statement").orElseThrow();
        assertThat(a.content().text()).isEqualTo("that it would not break the nation");
    }

    @Test
    void aChantIsSaid() {
        Attribution a = withCue(attributions("Protesters chanted \"Fund our schools\" outside the statehouse."), "chanted")
                .orElseThrow();

        assertThat(a.content().text()).startsWith("\"Fund our schools\"");
    }

    @Test
    void aQuotationFollowedByItsSpeakerAndTestifiedIsAttributed() {
        Attribution a = withCue(attributions("\"I heard the call clearly,\" Holmes testified."), "testified").orElseThrow();

        assertThat(a.source().text()).isEqualTo("Holmes");
    }
}
