package org.newsgraph.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.SharedAnalyzer;

/**
 * What the default scheme leaves out as no speech, each kind on a sentence of its own, beside what PARC's
 * scheme (PolNeAR's) keeps of it.
 */
class SpeechSchemeTest {

    private static List<String> cues(String text) {
        return SharedAnalyzer.analyze(text).get(Layers.ATTRIBUTIONS).stream().map(a -> a.cue().text()).toList();
    }

    private static List<String> parcCues(String text) {
        return SharedAnalyzer.analyzeParc(text).get(Layers.ATTRIBUTIONS).stream().map(a -> a.cue().text()).toList();
    }

    @Test
    void anAttributionWithNoSourceIsNoSpeech() {
        String text = "The new bridge is expected to carry 40,000 cars a day.";

        assertThat(cues(text)).isEmpty();
        assertThat(parcCues(text)).containsExactly("is expected");
    }

    @Test
    void theWriterAsSourceIsNoSpeechReported() {
        assertThat(cues("I asked the minister whether the port would reopen in the spring.")).isEmpty();
    }

    @Test
    void theUsIsNoReader() {
        assertThat(cues("US calls the blockade of the port 'reckless escalation'")).containsExactly("calls");
    }

    @Test
    void speechDeniedWithNothingSaidIsNoAttribution() {
        assertThat(cues("The ministry did not reveal the location of the crash.")).isEmpty();
    }

    @Test
    void speechDeniedAboutAQuestionStaysOne() {
        assertThat(cues("The mayor did not say whether she would run again.")).containsExactly("did not say");
    }

    @Test
    void aRefusalToCommentSaysNothing() {
        assertThat(cues("The company declined to comment on the report.")).isEmpty();
    }

    @Test
    void beliefsAndPlansAreNoSpeech() {
        assertThat(cues("Analysts believe the merger will fail.")).isEmpty();
        assertThat(cues("The airline plans to cut 300 jobs next year.")).isEmpty();
        assertThat(parcCues("The airline plans to cut 300 jobs next year.")).containsExactly("plans");
    }

    @Test
    void aPlanThatIsSaidIsSpeech() {
        List<Attribution> all = SharedAnalyzer.analyze("The airline said it plans to cut 300 jobs next year.")
                .get(Layers.ATTRIBUTIONS);

        assertThat(all).extracting(a -> a.cue().text()).containsExactly("said");
        assertThat(all.get(0).content().text()).isEqualTo("it plans to cut 300 jobs next year");
    }
}
