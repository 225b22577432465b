package org.newsgraph.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.nlp.SharedAnalyzer;

/**
 * Who the speaker of an attribution is, as a reader names them: the entity the source refers to, on
 * sentences written for each kind of mistake found on real news pages.
 */
class SpeakerTest {

    /** The speakers' entity names (or "-" for none) of the attributions whose content contains {@code words}. */
    private static List<String> speakersOf(String text, String words) {
        Document d = SharedAnalyzer.analyze(text);
        Map<String, Entity> entities = d.get(Layers.ENTITIES).stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        List<String> out = new ArrayList<>();
        for (Attribution a : d.get(Layers.ATTRIBUTIONS)) {
            if (!a.content().text().contains(words)) continue;
            String id = a.source() == null ? null : a.source().entity();
            out.add(id == null ? "-" : entities.get(id).name());
        }
        return out;
    }

    @Test
    void thePersonBeforeAnAppositionSpeaksNotTheOrganisationInIt() {
        String text = "Marta Ilves, the chief prosecutor for the Southern District of Ohio, said the fraud had lasted a decade.";

        assertThat(speakersOf(text, "the fraud had lasted")).containsExactly("Marta Ilves");
    }

    @Test
    void aTitleWithAnOrganisationBeforeTheNameLeavesThePersonTheSpeaker() {
        String text = "Greenpeace spokesman Tomas Lind said the spill was worse than reported.";

        assertThat(speakersOf(text, "the spill")).containsExactly("Tomas Lind");
    }

    @Test
    void aSpokeswomanForSomeoneIsNotThatPerson() {
        String text = "Senator Paula Brandt toured the plant on Monday. A spokeswoman for Paula Brandt said the visit was private.";

        assertThat(speakersOf(text, "the visit was private")).containsExactly("-");
    }

    @Test
    void anUnnamedRepresentativeOfAnOrganisationIsNotTheOrganisation() {
        String text = "A Red Cross representative said the convoy had reached the town.";

        assertThat(speakersOf(text, "the convoy")).containsExactly("-");
    }

    @Test
    void aRoleBeforeTheCommaGivesWayToTheNameAfterIt() {
        String text = "The leader of the Harbour Party, Ottar Vik, said the vote would be held in May.";

        assertThat(speakersOf(text, "the vote")).containsExactly("Ottar Vik");
    }

    @Test
    void coordinatedSpeakersEachGetTheAttribution() {
        String text = "Both Airbus and Boeing said the new engines would be delivered late.";

        assertThat(speakersOf(text, "the new engines")).containsExactly("Airbus", "Boeing");
    }
}
