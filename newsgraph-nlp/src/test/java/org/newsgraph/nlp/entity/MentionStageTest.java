package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;

class MentionStageTest {

    @Test
    void aListWithAMissingCommaSplitsIntoItsCountries() {
        Analyzed a = Analyzed.text("The group brings together Poland, Spain Sweden and the UK.");
        assertThat(a.mentionTexts(EntityType.COUNTRY)).containsExactly("Poland", "Spain", "Sweden", "UK");
    }

    @Test
    void aNewsAgencyIsMentionedByItsName() {
        Analyzed a = Analyzed.text("The troops would stay, Interfax news agency reported.");
        assertThat(a.mentionTexts(EntityType.ORGANIZATION)).containsExactly("Interfax news agency");
        assertThat(a.entity("Interfax").mentions()).containsExactly(a.spanOf("Interfax news agency"));
    }

    @Test
    void aDemonymBeforeTheNameOfABodyIsAnOrganisation() {
        Analyzed a = Analyzed.text("The Russian foreign ministry said the planes had landed.");
        assertThat(a.mentionTexts(EntityType.ORGANIZATION)).containsExactly("Russian foreign ministry");
    }

    @Test
    void aDemonymAloneIsNoMention() {
        Analyzed a = Analyzed.text("Russian troops and Latin American diplomats arrived in Venezuela.");
        assertThat(a.mentions()).extracting(Mention::text).containsExactly("Venezuela");
    }

    @Test
    void aBodyNameUsedAsModifierIsNoOrganisation() {
        Analyzed a = Analyzed.text("Two Russian air force planes landed outside Caracas on Saturday.");
        assertThat(a.mentionTexts(EntityType.ORGANIZATION)).isEmpty();
        assertThat(a.mentionTexts(EntityType.CITY)).containsExactly("Caracas");
    }

    @Test
    void honorificsStayOutOfPersonNames() {
        Analyzed a = Analyzed.text("Mr. Trump met Mrs. Theresa May in London.");
        assertThat(a.mentionTexts(EntityType.PERSON)).containsExactly("Trump", "Theresa May");
    }

    @Test
    void capitalsAndCountriesGetGazetteerTypes() {
        Analyzed a = Analyzed.text("Officials in Caracas spoke to the United States and the EU.");
        assertThat(a.mentionTexts(EntityType.CITY)).containsExactly("Caracas");
        assertThat(a.mentionTexts(EntityType.COUNTRY)).containsExactly("United States");
        assertThat(a.mentionTexts(EntityType.ORGANIZATION)).containsExactly("EU");
    }

    @Test
    void titleCaseHeadlineWordsNeedConfirmationFromTheBody() {
        Analyzed a = Analyzed.text("Stealth Over Health: Senator Was Headed To Hospital But Diverted To Avoid Bad Optics\n\n"
                + "The senator was taken home on Sunday, officials said.");
        assertThat(a.mentions()).isEmpty();
    }

    @Test
    void mentionsAreSortedAndDoNotOverlap() {
        Analyzed a = Analyzed.text("US President Donald Trump called on Russia, Spain Sweden and the UN to act.");
        var mentions = a.document.get(Layers.MENTIONS);
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).span().begin()).isGreaterThanOrEqualTo(mentions.get(i - 1).span().end());
        }
        for (Mention m : mentions) assertThat(m.span().of(a.text)).isEqualTo(m.text());
    }
}
