package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.stage.Stage;

class EntityStageTest {

    @Test
    void aSurnameJoinsTheFullNameBeforeIt() {
        Analyzed a = Analyzed.text("Donald Trump spoke on Monday. Trump said he was ready.");
        Entity trump = a.entity("Donald Trump");
        assertThat(trump.key()).isEqualTo("person:donald-trump");
        assertThat(a.mentionTexts(trump)).containsExactly("Donald Trump", "Trump", "he");
        assertThat(a.find("Trump")).isEmpty();
    }

    @Test
    void aSurnameJoinsAFullNameGivenLater() {
        Analyzed a = Analyzed.text("Guaidó spoke in Caracas. Opposition leader Juan Guaidó called for elections.");
        assertThat(a.mentionTexts(a.entity("Juan Guaidó"))).contains("Guaidó", "Juan Guaidó");
    }

    @Test
    void countryAliasesShareOneEntityKeyedByIsoCode() {
        Analyzed a = Analyzed.text("The United States imposed sanctions. The US said America would not back down.");
        Entity us = a.entity("United States");
        assertThat(us.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(us.key()).isEqualTo("country:US");
        assertThat(a.mentionTexts(us)).containsExactly("United States", "US", "America");
    }

    @Test
    void aCapitalActingAsSubjectIsItsCountry() {
        Analyzed a = Analyzed.text("Venezuela is a nation that Washington has hit with crippling sanctions.");
        assertThat(a.owner(a.spanOf("Washington")).map(Entity::key)).contains("country:US");
    }

    @Test
    void aCapitalAsObjectOfAVerbIsItsCountry() {
        Analyzed a = Analyzed.text("Trump said all options were open to make Moscow pull troops out of Venezuela.");
        assertThat(a.owner(a.spanOf("Moscow")).map(Entity::key)).contains("country:RU");
    }

    @Test
    void aCapitalAfterALocativePrepositionIsTheCity() {
        Analyzed a = Analyzed.text("The military attaché in Moscow said planes landed outside Caracas.");
        assertThat(a.owner(a.spanOf("Moscow")).map(Entity::key)).contains("city:moscow");
        assertThat(a.owner(a.spanOf("Caracas")).map(Entity::type)).contains(EntityType.CITY);
    }

    @Test
    void aCapitalThatIsVisitedIsTheCity() {
        Analyzed a = Analyzed.text("The Chinese delegation visited Moscow last week.");
        assertThat(a.owner(a.spanOf("Moscow")).map(Entity::key)).contains("city:moscow");
    }

    @Test
    void organisationAliasesLeadToCanonicalNames() {
        Analyzed a = Analyzed.text("The EU and the UN urged NATO to act, the European Commission said. "
                + "The Commission later repeated the call.");
        assertThat(a.entity("European Union").key()).isEqualTo("org:european-union");
        assertThat(a.entity("United Nations").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(a.mentionTexts(a.entity("European Commission"))).containsExactly("European Commission", "Commission");
    }

    @Test
    void aBareCommissionOutsideEuropeIsNotTheEuropeanCommission() {
        Analyzed a = Analyzed.text("The Commission on Presidential Debates met in Ohio. The Commission said "
                + "the debate would go ahead.");
        assertThat(a.find("European Commission")).isEmpty();
    }

    @Test
    void aTitleGivesRoleAndAffiliation() {
        Analyzed a = Analyzed.text("Russia brushed aside a call from US President Donald Trump.");
        Entity trump = a.entity("Donald Trump");
        assertThat(trump.roles()).containsExactly("President");
        assertThat(trump.affiliations()).containsExactly(a.entity("United States").id());
    }

    @Test
    void aTitleAfterAnOrganisationNamesItAsAffiliation() {
        Analyzed a = Analyzed.text("“The situation is tense,” Commission spokesperson Carlos Martin Ruiz de Gordejuela said "
                + "after the EU meeting.");
        Entity carlos = a.entity("Carlos Martin Ruiz de Gordejuela");
        assertThat(carlos.roles()).containsExactly("spokesperson");
        assertThat(carlos.affiliations()).containsExactly(a.entity("European Commission").id());
    }

    @Test
    void aDemonymBodyBeforeARoleIsTheAffiliation() {
        Analyzed a = Analyzed.text("Russian foreign ministry spokeswoman Maria Zakharova described the arrivals.");
        Entity maria = a.entity("Maria Zakharova");
        assertThat(maria.roles()).containsExactly("spokeswoman");
        assertThat(maria.affiliations()).containsExactly(a.entity("Russian foreign ministry").id());
    }

    @Test
    void anAppositionGivesRoleAndAffiliation() {
        Analyzed a = Analyzed.text("Sergei Lavrov, the foreign minister of Russia, met reporters in Geneva.");
        Entity lavrov = a.entity("Sergei Lavrov");
        assertThat(lavrov.roles()).containsExactly("foreign minister");
        assertThat(lavrov.affiliations()).containsExactly(a.entity("Russia").id());
    }

    @Test
    void aPossessiveBeforeARoleIsTheAffiliation() {
        Analyzed a = Analyzed.text("Germany's foreign minister Heiko Maas arrived in Paris.");
        Entity maas = a.entity("Heiko Maas");
        assertThat(maas.roles()).containsExactly("foreign minister");
        assertThat(maas.affiliations()).containsExactly(a.entity("Germany").id());
    }

    @Test
    void sheGoesToTheWomanNamedInThePreviousSentence() {
        Analyzed a = Analyzed.text("Speaking on Thursday, Russian foreign ministry spokeswoman Maria Zakharova "
                + "described the arrivals.\n\n“Russia is not threatening anyone,” she told a weekly news briefing.");
        assertThat(a.owner(a.spanOf("she")).map(Entity::name)).contains("Maria Zakharova");
    }

    @Test
    void heGoesToTheSubjectOfThePreviousSentence() {
        Analyzed a = Analyzed.text("“The situation is tense,” Commission spokesperson Carlos Martin Ruiz de Gordejuela said.\n\n"
                + "He answered a question about Russian planes arriving outside Caracas.");
        assertThat(a.owner(a.spanOf("He")).map(Entity::name)).contains("Carlos Martin Ruiz de Gordejuela");
    }

    @Test
    void sheIsNotGivenToAMan() {
        Analyzed a = Analyzed.text("Carlos Martin spoke on Monday.\n\nShe answered a question later.");
        assertThat(a.owner(a.spanOf("She"))).isEmpty();
    }

    @Test
    void pronounsInsideQuotesAreLeftAlone() {
        Analyzed a = Analyzed.text("Nicolás Maduro spoke on Monday. “He is a puppet,” Maduro said of his rival.");
        assertThat(a.owner(a.spanOf("He"))).isEmpty();
    }

    @Test
    void aSpeakingRolePhraseIsTheNextNewlyNamedPerson() {
        Analyzed a = Analyzed.text("Venezuela’s military attaché in Moscow said on Thursday Russia had sent servicemen.\n\n"
                + "“The presence of Russian servicemen is linked to cooperation,” Jose Rafael Torrealba Perez was quoted as saying.");
        Entity jose = a.entity("Jose Rafael Torrealba Perez");
        assertThat(a.mentionTexts(jose)).containsExactly("Venezuela’s military attaché in Moscow", "Jose Rafael Torrealba Perez");
        assertThat(jose.roles()).containsExactly("military attaché");
        assertThat(jose.affiliations()).containsExactly(a.entity("Venezuela").id());
    }

    @Test
    void aRolePhraseIsNotLinkedToSomeoneWithAnotherRole() {
        Analyzed a = Analyzed.text("Venezuela’s military attaché in Moscow said on Thursday Russia had sent servicemen.\n\n"
                + "Opposition leader Juan Guaidó called the move illegal.");
        assertThat(a.owner(a.spanOf("Venezuela’s military attaché in Moscow"))).isEmpty();
    }

    @Test
    void aDefiniteRolePhraseGoesBackToThePersonWithThatRole() {
        Analyzed a = Analyzed.text("Foreign ministry spokeswoman Maria Zakharova spoke on Thursday.\n\n"
                + "The spokeswoman said the planes would stay.");
        assertThat(a.owner(a.spanOf("The spokeswoman")).map(Entity::name)).contains("Maria Zakharova");
    }

    @Test
    void idsFollowFirstMentionAndMentionsAreSorted() {
        Analyzed a = Analyzed.text("Trump met Putin in Helsinki. Donald Trump and Vladimir Putin then spoke in Moscow.");
        List<Entity> entities = a.entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            assertThat(e.id()).isEqualTo("e" + (i + 1));
            assertThat(e.mentions()).isSorted();
            if (i > 0) assertThat(e.mentions().get(0)).isGreaterThan(entities.get(i - 1).mentions().get(0));
        }
        assertThat(entities.get(0).name()).isEqualTo("Donald Trump");
    }

    @Test
    void theStagesAreDeterministicAndKeepSpansInsideTheText() {
        String text = "Russia and China have backed Maduro, while the United States supports opposition leader "
                + "Juan Guaidó. He said Washington would act.";
        Document first = Analyzed.analyzer().analyze(Article.ofText("t", text));
        Document second = Analyzed.analyzer().analyze(Article.ofText("t", text));
        assertThat(second.get(Layers.ENTITIES)).isEqualTo(first.get(Layers.ENTITIES));
        assertThat(second.get(Layers.MENTIONS)).isEqualTo(first.get(Layers.MENTIONS));
        for (Entity e : first.get(Layers.ENTITIES)) {
            assertThat(e.mentions()).allSatisfy(s -> assertThat(s.fitsIn(text)).isTrue());
        }
    }

    @Test
    void theStandardAnalyzerFindsEntitiesRightAfterTokens() {
        assertThat(Analyzed.analyzer().pipeline().stages()).extracting(Stage::name)
                .containsSubsequence("TokenStage", "MentionStage", "EntityStage");
        assertThat(new EntityStage().reads()).contains(Layers.MENTIONS, Layers.TOKENS, Layers.SENTENCES);
    }

    @Test
    void anArticleWithoutNamesHasNoEntities() {
        assertThat(Analyzed.text("It rained all day and nobody went out.").entities()).isEmpty();
    }
}
