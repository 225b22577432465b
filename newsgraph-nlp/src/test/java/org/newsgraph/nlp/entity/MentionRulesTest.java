package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;

/** Mention and grouping rules over a fixed recogniser output (no CoreNLP). */
class MentionRulesTest {
    private final MentionStage mentions = new MentionStage();
    private final EntityStage entities = new EntityStage();

    private List<String> found(String tagged) {
        return mentions.apply(HandTagged.of(tagged)).get(Layers.MENTIONS).stream()
                .map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void oneLocationRunOfTwoCountryNamesIsTwoCountries() {
        assertThat(found("Spain/NNP/LOCATION Sweden/NNP/LOCATION and/CC the/DT UK/NNP/LOCATION"))
                .containsExactly("Spain/COUNTRY", "Sweden/COUNTRY", "UK/COUNTRY");
    }

    @Test
    void aRunTheGazetteerDoesNotCoverStaysWhole() {
        assertThat(found("in/IN New/NNP/LOCATION Mexico/NNP/LOCATION")).containsExactly("New Mexico/LOCATION");
    }

    @Test
    void aPossessiveEndsAName() {
        assertThat(found("Donald/NNP/MISC Trump/NNP/MISC ’s/POS/MISC microphone/NN/MISC failed/VBD"))
                .containsExactly("Donald Trump/MISC");
    }

    @Test
    void leadingFunctionWordsAndQuotesAreNoPartOfAName() {
        assertThat(found("Did/VBD/PERSON Trump/NNP/PERSON lie/VB ?/.")).containsExactly("Trump/PERSON");
        assertThat(found("“/``/MISC Miss/NNP/MISC Piggy/NNP/MISC ”/''")).containsExactly("Miss Piggy/MISC");
    }

    @Test
    void aPartyWordBeforeANameIsNoPartOfIt() {
        assertThat(found("Democrat/NNP/PERSON Hillary/NNP/PERSON Clinton/NNP/PERSON won/VBD"))
                .containsExactly("Hillary Clinton/PERSON");
    }

    @Test
    void aRunStartingWithAGivenNameIsAPerson() {
        assertThat(found("Osama/NNP/ORGANIZATION bin/NNP/ORGANIZATION Laden/NNP/ORGANIZATION died/VBD"))
                .containsExactly("Osama bin Laden/PERSON");
    }

    @Test
    void aPersonRunEndingInAnOrganisationWordIsAnOrganisation() {
        assertThat(found("the/DT Clinton/NNP/PERSON Foundation/NNP/PERSON paid/VBD"))
                .containsExactly("Clinton Foundation/ORGANIZATION");
    }

    @Test
    void daysAndMonthsAreNoEntities() {
        assertThat(found("on/IN Monday/NNP/MISC in/IN Paris/NNP/LOCATION")).containsExactly("Paris/CITY");
    }

    @Test
    void aCountryMissedByTheRecogniserIsFoundByTheGazetteer() {
        assertThat(found("talks/NNS with/IN Venezuela/NNP and/CC the/DT EU/NNP")).containsExactly(
                "Venezuela/COUNTRY", "EU/ORGANIZATION");
        assertThat(found("told/VBD us/PRP nothing/NN")).isEmpty();
    }

    @Test
    void aSurnameTaggedAsAPlaceJoinsThePersonOfThatName() {
        Document d = entities.apply(mentions.apply(HandTagged.of(
                "Donald/NNP/PERSON Trump/NNP/PERSON won/VBD and/CC Trump/NNP/LOCATION spoke/VBD")));
        List<Entity> es = d.get(Layers.ENTITIES);
        assertThat(es).hasSize(1);
        assertThat(es.get(0).name()).isEqualTo("Donald Trump");
        assertThat(es.get(0).mentions()).hasSize(2);
    }

    @Test
    void theMostUsedFullNameWinsASurname() {
        Document d = entities.apply(mentions.apply(HandTagged.of(
                "Hillary/NNP/PERSON Clinton/NNP/PERSON and/CC Hillary/NNP/PERSON Clinton/NNP/PERSON met/VBD "
                        + "Chelsea/NNP/PERSON Clinton/NNP/PERSON ;/: Clinton/NNP/PERSON spoke/VBD")));
        Entity hillary = d.get(Layers.ENTITIES).stream().filter(e -> e.name().equals("Hillary Clinton")).findFirst().orElseThrow();
        assertThat(hillary.mentions()).hasSize(3);
    }

    @Test
    void aTitleCaseHeadlineKeepsOnlyNamesTheGazetteerKnows() {
        assertThat(found("Stealth/NNP/ORGANIZATION Over/NNP/ORGANIZATION Health/NNP/ORGANIZATION :/: "
                + "Hillary/NNP/PERSON Clinton/NNP/PERSON Headed/VBD To/TO Hospital/NNP In/IN Paris/NNP/LOCATION "
                + "After/IN Diverting/VBG From/IN Avoid/NNP/ORGANIZATION Bad/NNP/ORGANIZATION Optics/NNP/ORGANIZATION"))
                .containsExactly("Paris/CITY");
    }

    @Test
    void aSentenceFullOfNamesIsNoHeadline() {
        assertThat(found("Hillary/NNP/PERSON Clinton/NNP/PERSON met/VBD Angela/NNP/PERSON Merkel/NNP/PERSON "
                + "and/CC Emmanuel/NNP/PERSON Macron/NNP/PERSON in/IN Berlin/NNP/LOCATION"))
                .containsExactly("Hillary Clinton/PERSON", "Angela Merkel/PERSON", "Emmanuel Macron/PERSON", "Berlin/CITY");
    }

    @Test
    void anHonorificKeepsASurnameFromAPersonOfTheOtherGender() {
        Document d = entities.apply(mentions.apply(HandTagged.of(
                "Michelle/NNP/PERSON Obama/NNP/PERSON spoke/VBD ;/: Mr./NNP Obama/NNP/PERSON and/CC "
                        + "Mrs./NNP Obama/NNP/PERSON listened/VBD")));
        List<Entity> es = d.get(Layers.ENTITIES);
        Entity michelle = es.stream().filter(e -> e.name().equals("Michelle Obama")).findFirst().orElseThrow();
        assertThat(michelle.mentions()).hasSize(2);
        assertThat(es).extracting(Entity::name).containsExactly("Michelle Obama", "Obama");
    }

    @Test
    void aSurnameInSteadyUseDoesNotJoinAFullNameGivenLater() {
        Document d = entities.apply(mentions.apply(HandTagged.of(
                "Obama/NNP/PERSON spoke/VBD ./. Obama/NNP/PERSON left/VBD ./. Obama/NNP/PERSON returned/VBD ./. "
                        + "Michelle/NNP/PERSON Obama/NNP/PERSON smiled/VBD")));
        assertThat(d.get(Layers.ENTITIES)).extracting(Entity::name).containsExactly("Obama", "Michelle Obama");
    }

    @Test
    void aHeadlineSurnameJoinsTheFullNameOfTheBody() {
        Document d = entities.apply(mentions.apply(HandTagged.of(
                "Trump/NNP/PERSON wins/VBZ ./. Donald/NNP/PERSON Trump/NNP/PERSON won/VBD the/DT vote/NN")));
        assertThat(d.get(Layers.ENTITIES)).extracting(Entity::name).containsExactly("Donald Trump");
    }

    @Test
    void groupWordsAreNoMentions() {
        assertThat(found("African-Americans/NNPS/MISC voted/VBD")).isEmpty();
    }

    @Test
    void mentionStageLeavesItsInputUnchanged() {
        Document in = HandTagged.of("Spain/NNP/LOCATION Sweden/NNP/LOCATION");
        Document out = mentions.apply(in);
        assertThat(in.has(Layers.MENTIONS)).isFalse();
        assertThat(out.get(Layers.TOKENS)).isSameAs(in.get(Layers.TOKENS));
        assertThat(out.get(Layers.MENTIONS)).extracting(Mention::type).containsOnly(EntityType.COUNTRY);
    }
}
