package org.newsgraph.nlp.entity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.EntityType;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void countryTableHoldsEveryUnMemberWithUniqueIsoCodes() {
        Set<String> codes = new HashSet<>();
        for (String line : Gazetteer.lines("countries.txt")) {
            String iso = line.substring(0, line.indexOf('|')).trim();
            assertThat(iso).matches("[A-Z]{2}");
            assertThat(codes.add(iso)).as("duplicate code %s", iso).isTrue();
        }
        assertThat(codes).hasSizeGreaterThanOrEqualTo(195).contains("US", "GB", "RU", "VE", "CN", "SE", "ES");
    }

    @Test
    void aliasesOfACountryLeadToItsCanonicalNameAndCode() {
        for (String alias : new String[] {"US", "U.S.", "USA", "America", "United States"}) {
            Gazetteer.Entry e = gazetteer.lookup(alias);
            assertThat(e).as(alias).isNotNull();
            assertThat(e.type()).isEqualTo(EntityType.COUNTRY);
            assertThat(e.iso2()).isEqualTo("US");
            assertThat(e.name()).isEqualTo("United States");
        }
        assertThat(gazetteer.lookup("Britain").name()).isEqualTo("United Kingdom");
        assertThat(gazetteer.lookup("Great Britain").iso2()).isEqualTo("GB");
        assertThat(gazetteer.lookup("Costa Rica").iso2()).isEqualTo("CR");
    }

    @Test
    void capitalsAreCitiesThatKnowTheirCountry() {
        Gazetteer.Entry moscow = gazetteer.lookup("Moscow");
        assertThat(moscow.type()).isEqualTo(EntityType.CITY);
        assertThat(moscow.capital()).isTrue();
        assertThat(moscow.iso2()).isEqualTo("RU");
        assertThat(gazetteer.lookup("Washington").iso2()).isEqualTo("US");
        Gazetteer.Entry newYork = gazetteer.lookup("New York");
        assertThat(newYork.type()).isEqualTo(EntityType.CITY);
        assertThat(newYork.capital()).isFalse();
    }

    @Test
    void aCapitalNamedLikeItsCountryStaysTheCountry() {
        assertThat(gazetteer.lookup("Singapore").type()).isEqualTo(EntityType.COUNTRY);
    }

    @Test
    void lowerCaseWordsAreNotNames() {
        assertThat(gazetteer.lookup("us")).isNull();
        assertThat(gazetteer.lookup("china")).isNull();
    }

    @Test
    void datelinesInCapitalsAreMatchedButShortAcronymsStayExact() {
        assertThat(gazetteer.lookup("WASHINGTON").name()).isEqualTo("Washington");
        assertThat(gazetteer.lookup("Us")).isNull();
    }

    @Test
    void demonymsLeadToTheirCountry() {
        assertThat(gazetteer.demonymCountry("Russian")).isEqualTo("RU");
        assertThat(gazetteer.demonymCountry("Russians")).isEqualTo("RU");
        assertThat(gazetteer.demonymCountry("Venezuelan-owned")).isEqualTo("VE");
        assertThat(gazetteer.demonymCountry("American")).isEqualTo("US");
        assertThat(gazetteer.demonymCountry("Table")).isNull();
    }

    @Test
    void organisationAliasesLeadToCanonicalNames() {
        assertThat(gazetteer.lookup("EU").name()).isEqualTo("European Union");
        assertThat(gazetteer.lookup("UN").name()).isEqualTo("United Nations");
        assertThat(gazetteer.lookup("Interfax news agency").name()).isEqualTo("Interfax");
        assertThat(gazetteer.lookup("NATO").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void lexiconKnowsRolesGendersAndPronouns() {
        assertThat(Lexicon.isRoleNoun("spokeswoman")).isTrue();
        assertThat(Lexicon.isRoleNoun("Vice-President")).isTrue();
        assertThat(Lexicon.isRoleNoun("troops")).isFalse();
        assertThat(Lexicon.roleGender("spokeswoman")).isEqualTo(Lexicon.Gender.FEMALE);
        assertThat(Lexicon.honorificGender("Mr.")).isEqualTo(Lexicon.Gender.MALE);
        assertThat(Lexicon.firstNameGender("Maria")).isEqualTo(Lexicon.Gender.FEMALE);
        assertThat(Lexicon.firstNameGender("Carlos")).isEqualTo(Lexicon.Gender.MALE);
        assertThat(Lexicon.pronounGender("She")).isEqualTo(Lexicon.Gender.FEMALE);
        assertThat(Lexicon.pronounGender("they")).isNull();
    }
}
