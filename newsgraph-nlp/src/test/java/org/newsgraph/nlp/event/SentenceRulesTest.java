package org.newsgraph.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.document.Layers;
import org.newsgraph.event.Event;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.attribution.AttributionScheme;

/** How a sentence's shape decides who acts on whom, with small fictional dictionaries. */
class SentenceRulesTest {
    @TempDir
    Path dir;

    private Analyzer analyzer;

    @BeforeEach
    void dictionaries() throws IOException {
        EventDictionaries d = EventDictionaries.builder().onlyGiven()
                .actors(write("a.txt", "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nARAGORN [GON]\nRIDERS_LEAGUE [IGORID]\nRL [IGORID]\n"))
                .agents(write("g.txt", "PRESIDENT [~GOV]\nMINISTER [~GOV]\nOFFICIAL [~GOV]\nGOVERNMENT [~GOV]\n"))
                .verbs(write("v.txt", "--- ACCUSE [112] ---\nACCUSE\n\n--- ATTACK [190] ---\nATTACK\n\n"
                        + "--- AGREE [081] ---\nAGREE\n- % * [030:030]\n\n--- CONSULT [040] ---\nCONSULT\n"))
                .build();
        analyzer = Analyzer.standard(AttributionScheme.SPEECH, d);
    }

    @Test
    void aTitleBetweenCountryAndPersonMakesTheCountrysAgent() {
        assertThat(codings("Arnor President Aragorn accused Rohan on Monday."))
                .as("Aragorn acts for Arnor here, whatever the dictionary places him under")
                .containsExactly("ARNGOV 112 ROH");
        assertThat(codings("Arnor's tired and angry minister Aragorn accused Rohan."))
                .containsExactly("ARNGOV 112 ROH");
    }

    @Test
    void aFormerOfficialIsAnElite() {
        assertThat(codings("Arnor former ministers accused Rohan.")).containsExactly("ARNELI 112 ROH");
        assertThat(codings("Arnor's former minister Aragorn accused Rohan.")).containsExactly("ARNELI 112 ROH");
        assertThat(codings("Arnor's minister Aragorn accused Rohan.")).containsExactly("ARNGOV 112 ROH");
    }

    @Test
    void coordinatedSubjectsOfACompoundPatternActOnEachOther() {
        assertThat(codings("Arnor and Rohan agree that the dispute should be settled in court."))
                .containsExactlyInAnyOrder("ARN 030 ROH", "ROH 030 ARN");
        assertThat(codings("Arnor agreed that the dispute should be settled in court."))
                .as("a single subject has no one to agree with").isEmpty();
    }

    @Test
    void coordinatedSubjectsThatCooperateWithNoOneButAPlaceCooperateWithEachOther() {
        assertThat(codings("Arnor and Rohan consulted in Gondor on Monday."))
                .containsExactlyInAnyOrder("ARN 040 ROH", "ROH 040 ARN");
        assertThat(codings("Arnor and Rohan attacked in the night."))
                .as("only cooperation is mutual by default").isEmpty();
    }

    @Test
    void anIntentionNamedByANounIsNoEvent() {
        assertThat(codings("Rohan dismissed Arnor's demand to attack Gondor."))
                .as("Arnor demanded; no one attacked").containsExactly("ARN 100 ROH");
        assertThat(codings("Rohan attacked Gondor at dawn.")).containsExactly("ROH 190 GON");
    }

    @Test
    void aDemandOrSanctionsNamedByANounAreTheirOwnersActs() {
        assertThat(codings("Rohan brushed aside a call from Arnor to leave Gondor."))
                .as("the call is made to the clause's subject").containsExactly("ARN 100 ROH");
        assertThat(codings("Rohan dismissed Arnor's demand.")).containsExactly("ARN 100 ROH");
        assertThat(codings("Arnor sanctions on Gondor hurt its farmers.")).containsExactly("ARN 163 GON");
        assertThat(codings("Rohan answered calls for calm from Arnor.")).as("a call for calm is no demand").isEmpty();
    }

    @Test
    void aVerbCoordinatedAfterAnotherHasItsSubject() {
        assertThat(codings("The Arnor government accused Rohan of lying in the north on Monday and attacked Gondor."))
                .containsExactly("ARNGOV 112 ROH", "ARNGOV 190 GON");
    }

    @Test
    void aNameAndItsAbbreviationInBracketsAreOneActor() {
        assertThat(codings("Rohan and the Riders League (RL) agree that the dispute should be settled in court."))
                .containsExactlyInAnyOrder("ROH 030 IGORID", "IGORID 030 ROH");
    }

    @Test
    void aSubordinateClauseKeepsItsOwnSubjectAndTheReportingClauseIsNoTarget() {
        assertThat(codings("Arnor is about to restore ties with Gondor, years after crowds attacked its embassy, "
                + "a senior Rohan official said on Saturday."))
                .as("crowds attacked, not Gondor; and not the official who reports it").isEmpty();
        assertThat(codings("Arnor attacked Gondor after talks failed.")).containsExactly("ARN 190 GON");
    }

    private List<String> codings(String text) {
        List<Event> events = analyzer.analyze(Article.builder("test", text).id("t").published("2012-05-01").build())
                .get(Layers.EVENTS);
        return events.stream().map(e -> e.sourceActor() + " " + e.cameo() + " " + e.targetActor()).toList();
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
