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
}
