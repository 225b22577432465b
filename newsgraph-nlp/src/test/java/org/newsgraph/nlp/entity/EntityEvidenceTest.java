package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;

/**
 * Entities as the text's own evidence shows them, where the recogniser's tags go wrong: organisation names
 * it misses or cuts, types the words around a name give, names it tags once and misses later.
 */
class EntityEvidenceTest {

    @Test
    void anOfficeWithItsDistrictIsOneOrganisation() {
        Analyzed a = Analyzed.text("The U.S. Attorney’s Office for the Eastern District of Ohio said the case was closed.");

        Entity office = a.entity("U.S. Attorney’s Office for the Eastern District of Ohio");
        assertThat(office.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCorporateSuffixMakesAnOrganisation() {
        Analyzed a = Analyzed.text("Marla Finch Productions said the show would return in the autumn.");

        assertThat(a.entity("Marla Finch Productions").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameJoinedByAndToAnOrganisationWordIsOneName() {
        Analyzed a = Analyzed.text("The figures came from the Global Rail and Freight Council in Geneva.");

        assertThat(a.entity("Global Rail and Freight Council").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTitleAfterTheBodyEndsItsName() {
        Analyzed a = Analyzed.text("Bureau of Fisheries Director Anna Lindqvist said the quota would fall.");

        assertThat(a.entity("Bureau of Fisheries").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(a.entity("Anna Lindqvist").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aPartyNamedByItsKindIsAnOrganisation() {
        Analyzed a = Analyzed.text("The leader of the Islamist party Nahdatul, Omar Salem, spoke first. "
                + "A member of Nahdatul’s general secretariat said the vote was fair.");

        assertThat(a.entity("Nahdatul").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aSurnameTheRecogniserMissedStillNamesThePerson() {
        Analyzed a = Analyzed.text("Chris Early runs partnerships at the studio. “Streaming is binary,” says Early.");

        assertThat(a.mentionTexts(a.entity("Chris Early"))).contains("Early");
    }

    @Test
    void aTitleWithAnOfPhraseBeforeTheNameIsTheRole() {
        Analyzed a = Analyzed.text("Secretary of State Mike Pompeo said the talks would resume.");

        assertThat(a.entity("Mike Pompeo").roles()).containsExactly("Secretary of State");
    }

    @Test
    void aTitleInAppositionAfterTheNameIsTheRole() {
        Analyzed a = Analyzed.text("Mike Pompeo, the secretary of state, said the talks would resume.");

        assertThat(a.entity("Mike Pompeo").roles()).containsExactly("secretary of state");
    }

    @Test
    void aBodyInsideATitleIsTheAffiliation() {
        Analyzed a = Analyzed.text("Hogan Gidley, the principal deputy White House press secretary, said the plan was fine.");

        Entity gidley = a.entity("Hogan Gidley");
        assertThat(gidley.roles()).containsExactly("press secretary");
        assertThat(gidley.affiliations()).containsExactly(a.entity("White House").id());
    }

    @Test
    void aTradeAtAnInstitutionIsARoleWithItsAffiliation() {
        Analyzed a = Analyzed.text("Joel Marsh, a teacher at Lakeview High School, said the strike would go on.");

        Entity marsh = a.entity("Joel Marsh");
        assertThat(marsh.roles()).containsExactly("teacher");
        assertThat(marsh.affiliations()).containsExactly(a.entity("Lakeview High School").id());
    }

    @Test
    void aSpellingVariantOfASurnameIsTheSamePerson() {
        Analyzed a = Analyzed.text("President Volodymyr Zelenskiy met the envoy in Kyiv. Later, Zelensky said the talks had gone well.");

        assertThat(a.mentionTexts(a.entity("Volodymyr Zelenskiy"))).contains("Zelensky");
    }

    @Test
    void aPluralAcronymIsTheNameItAbbreviates() {
        Analyzed a = Analyzed.text("She will perform at the American Music Awards on Sunday. The AMAs start at eight.");

        Entity awards = a.entity("American Music Awards");
        assertThat(a.mentionTexts(awards)).contains("AMAs");
    }

    @Test
    void aDemonymBeforeAnOrganisationOfTheArticleIsThatOrganisation() {
        Analyzed a = Analyzed.text("The Taliban released two hostages on Tuesday. The Afghan Taliban said more would follow.");

        assertThat(a.mentionTexts(a.entity("Taliban"))).contains("Taliban", "Afghan Taliban");
    }

    @Test
    void twoClubsJoinedByAndAreTwoEntities() {
        Analyzed a = Analyzed.text("He played for Manchester United and Real Madrid before he retired.");

        assertThat(a.find("Manchester United and Real Madrid")).isEmpty();
        assertThat(a.find("Manchester United")).isPresent();
        assertThat(a.find("Real Madrid")).isPresent();
    }

    @Test
    void aSignInQuotationMarksNamesNobody() {
        Analyzed a = Analyzed.text("Nurses held signs reading “Fewer Forms, More Care for Patients” outside the hospital.");

        assertThat(a.find("More Care for Patients")).isEmpty();
        assertThat(a.find("Fewer Forms")).isEmpty();
    }

    @Test
    void aTitledSurnameInAFamilyIsNotTheRelativeNamedInFull() {
        Analyzed a = Analyzed.text("Critics questioned the business dealings of the Harlows. Owen Harlow sat on the board. "
                + "Vice President Harlow defended his son on Monday.");

        assertThat(a.mentionTexts(a.entity("Owen Harlow"))).doesNotContain("Harlow");
    }
}
