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

    @Test
    void itIsTheOrganisationThatSpokeBefore() {
        String text = "The Harbour Authority said on Monday that the pier would close. It said repairs would take a year.";

        assertThat(speakersOf(text, "repairs would take")).containsExactly("Harbour Authority");
    }

    @Test
    void theCompanyIsTheOrganisationActingJustBefore() {
        String text = "Nordvik Shipping Group reported a loss on Tuesday. The company said demand had fallen sharply.";

        assertThat(speakersOf(text, "demand had fallen")).containsExactly("Nordvik Shipping Group");
    }

    @Test
    void aDescriptionNamingAWordOfTheOrganisationIsThatOrganisation() {
        String text = "Veterinarians Without Borders Foundation sent a letter to the ministry. The veterinarians said the wells were poisoned.";

        assertThat(speakersOf(text, "the wells")).containsExactly("Veterinarians Without Borders Foundation");
    }

    @Test
    void theyAfterTwoPeopleNamedTogetherIsBothOfThem() {
        String text = "Senators Ann Keller and Rosa Martin wrote to the regulator. They said the new rules were unfair.";

        assertThat(speakersOf(text, "the new rules")).containsExactly("Ann Keller", "Rosa Martin");
    }

    @Test
    void theyAfterAnUnnamedGroupNamesNobody() {
        String text = "The Lindqvist Group opened a plant. Teachers marched to the capitol on Friday. They said the pay was too low.";

        assertThat(speakersOf(text, "the pay")).containsExactly("-");
    }

    @Test
    void bothMenAreTheTwoMenNamedLast() {
        String text = "Piet Jansen and Karl Eriksen were freed on Friday after two years. Both men said they had been treated well.";

        assertThat(speakersOf(text, "treated well")).containsExactly("Piet Jansen", "Karl Eriksen");
    }

    @Test
    void anAgeDescriptionIsThePersonActingBefore() {
        String text = "Marco Villa signed a three-year contract with the club on Tuesday. The 56-year-old said he was excited.";

        assertThat(speakersOf(text, "he was excited")).containsExactly("Marco Villa");
    }

    @Test
    void sheMayBeAPersonWhoseGivenNameTellsNoGender() {
        String text = "Ngozi Adeyemi runs the only clinic in the valley. She said the clinic had no more beds.";

        assertThat(speakersOf(text, "no more beds")).containsExactly("Ngozi Adeyemi");
    }

    @Test
    void theGovernorIsThePersonTitledGov() {
        String text = "Gov. Ellen Marsh signed the budget on Friday. The governor said the state would pay for the roads.";

        assertThat(speakersOf(text, "the state would pay")).containsExactly("Ellen Marsh");
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFull() {
        String text = "Foreign Minister Leila Haddad arrived late to the summit. Haddad said the talks had failed.";

        assertThat(speakersOf(text, "the talks had failed")).containsExactly("Leila Haddad");
    }

    @Test
    void aDescriptionThenATitledNameInAppositionIsThatPerson() {
        String text = "Another witness in the inquiry, former trade adviser Lena Brookfield, said the talks had stalled.";

        assertThat(speakersOf(text, "the talks had stalled")).containsExactly("Lena Brookfield");
    }

    @Test
    void anUntaggedCompanyThatSpeaksIsAnEntity() {
        String text = "Zentrix said on Monday that it would close two factories.";

        assertThat(speakersOf(text, "close two factories")).containsExactly("Zentrix");
    }

    @Test
    void aCountrysPossessiveBodyIsTheBodyNamedByTheDemonym() {
        String text = "Norway's foreign ministry said the ambassador had been recalled.";

        assertThat(speakersOf(text, "the ambassador")).containsExactly("Norwegian foreign ministry");
    }

    @Test
    void aRelativePronounSpeaksForThePhraseBeforeIt() {
        String text = "The mayor thanked Ingrid Solberg, who said the bridge would reopen in May.";

        assertThat(speakersOf(text, "the bridge would reopen")).containsExactly("Ingrid Solberg");
    }

    @Test
    void aPersonNamedInsideTheQuotationIsNotItsSpeaker() {
        String text = "Senator Tom Becker questioned the warden on Tuesday. "
                + "“Heads should have rolled the day Victor Lang died,” he said.";

        assertThat(speakersOf(text, "Heads should have rolled")).containsExactly("Tom Becker");
    }

    @Test
    void aParticipleAfterAPrepositionalObjectSharesTheMainSubject() {
        String text = "Singer Nora Vale posted on Twitter accusing the label of blocking her concert.";

        assertThat(speakersOf(text, "the label of blocking")).containsExactly("Nora Vale");
    }

    @Test
    void aPluralTitleStandsForThePeopleHoldingIt() {
        String text = "Ruth Ames, an attorney for the first guard, spoke briefly. Paul Greer, an attorney for the second, "
                + "did not. Defense attorneys said the two would fight the charges.";

        assertThat(speakersOf(text, "would fight the charges")).containsExactlyInAnyOrder("Ruth Ames", "Paul Greer");
    }

    @Test
    void theGroupIsTheCoalitionNamedBefore() {
        String text = "The Harbour Workers Coalition wrote to the owners in May. The owners did not answer. "
                + "The ferry ran late all week. Passengers waited. The group said the contract was unfair.";

        assertThat(speakersOf(text, "the contract was unfair")).containsExactly("Harbour Workers Coalition");
    }
}
