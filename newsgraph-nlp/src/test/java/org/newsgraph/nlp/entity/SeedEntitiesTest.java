package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.span.Span;

/**
 * The seed article (src/test/resources/seed/article.txt) against what a careful reader finds in it: the
 * 30 entities of the seed's expected.json, and the hard cases by name.
 */
class SeedEntitiesTest {
    private record Expected(String name, EntityType type) {}

    private static final List<Expected> EXPECTED = List.of(
            person("Donald Trump"), person("Carlos Martin Ruiz de Gordejuela"),
            person("Jose Rafael Torrealba Perez"), person("Maria Zakharova"), person("Nicolás Maduro"),
            person("Juan Guaidó"), person("Federica Mogherini"),
            org("European Union"), org("European Commission"), org("Interfax"), org("Russian foreign ministry"),
            country("Russia"), country("United States"), country("Venezuela"), country("China"),
            country("Ecuador"), country("France"), country("Germany"), country("Italy"),
            country("Netherlands"), country("Poland"), country("Spain"), country("Sweden"),
            country("United Kingdom"), country("Bolivia"), country("Costa Rica"), country("Uruguay"),
            city("Caracas"), city("Quito"), city("Moscow"));

    private static Analyzed seed;

    @BeforeAll
    static void analyseSeed() throws IOException {
        try (InputStream in = SeedEntitiesTest.class.getResourceAsStream("/seed/article.txt")) {
            seed = Analyzed.text(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void atLeast27OfThe30EntitiesAreFoundUnderTheirCanonicalNamesAndTypes() {
        assertThat(EXPECTED).hasSize(30);
        List<String> missed = new ArrayList<>();
        for (Expected x : EXPECTED) {
            boolean found = seed.entities().stream().anyMatch(e -> e.name().equals(x.name()) && e.type() == x.type());
            if (!found) missed.add(x.name() + "/" + x.type());
        }
        assertThat(missed).as("missed entities (found %d/30)", 30 - missed.size()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void countriesAreKeyedByIsoCode() {
        assertThat(seed.entity("Russia").key()).isEqualTo("country:RU");
        assertThat(seed.entity("United Kingdom").key()).isEqualTo("country:GB");
        assertThat(seed.entity("Netherlands").key()).isEqualTo("country:NL");
    }

    @Test
    void spainSwedenIsTwoCountries() {
        Entity spain = seed.entity("Spain");
        Entity sweden = seed.entity("Sweden");
        assertThat(spain.key()).isEqualTo("country:ES");
        assertThat(sweden.key()).isEqualTo("country:SE");
        assertThat(seed.mentionTexts(spain)).containsExactly("Spain");
        assertThat(seed.mentionTexts(sweden)).containsExactly("Sweden");
    }

    @Test
    void washingtonThatHasHitIsTheUnitedStates() {
        int at = seed.text.indexOf("that Washington has hit") + "that ".length();
        Span span = new Span(at, at + "Washington".length());
        assertThat(seed.owner(span).map(Entity::key)).contains("country:US");
    }

    @Test
    void moscowMadeToPullTroopsOutIsRussiaButTheAttachesMoscowIsTheCity() {
        int made = seed.text.indexOf("make Moscow") + "make ".length();
        assertThat(seed.owner(new Span(made, made + 6)).map(Entity::key)).contains("country:RU");
        int in = seed.text.indexOf("in Moscow said") + "in ".length();
        assertThat(seed.owner(new Span(in, in + 6)).map(Entity::key)).contains("city:moscow");
    }

    @Test
    void sheWhoToldTheBriefingIsMariaZakharova() {
        int at = seed.text.indexOf("she told");
        assertThat(seed.owner(new Span(at, at + 3)).map(Entity::name)).contains("Maria Zakharova");
    }

    @Test
    void heWhoAnsweredIsTheCommissionSpokesperson() {
        int at = seed.text.indexOf("He answered");
        assertThat(seed.owner(new Span(at, at + 2)).map(Entity::name))
                .contains("Carlos Martin Ruiz de Gordejuela");
    }

    @Test
    void zakharovaIsASpokeswomanOfTheRussianForeignMinistry() {
        Entity maria = seed.entity("Maria Zakharova");
        assertThat(maria.roles()).contains("spokeswoman");
        assertThat(maria.affiliations()).contains(seed.entity("Russian foreign ministry").id());
        assertThat(seed.mentionTexts(maria)).contains("Zakharova", "she");
    }

    @Test
    void surnamesJoinFullNames() {
        assertThat(seed.mentionTexts(seed.entity("Donald Trump"))).contains("Trump");
        assertThat(seed.mentionTexts(seed.entity("Nicolás Maduro"))).contains("Maduro");
        assertThat(seed.mentionTexts(seed.entity("Juan Guaidó"))).contains("Guaidó");
    }

    @Test
    void titlesGiveRolesAndAffiliations() {
        Entity trump = seed.entity("Donald Trump");
        assertThat(trump.roles()).contains("President");
        assertThat(trump.affiliations()).contains(seed.entity("United States").id());
        Entity carlos = seed.entity("Carlos Martin Ruiz de Gordejuela");
        assertThat(carlos.roles()).contains("spokesperson");
        assertThat(carlos.affiliations()).contains(seed.entity("European Commission").id());
        assertThat(seed.entity("Juan Guaidó").roles()).contains("opposition leader");
        assertThat(seed.entity("Nicolás Maduro").roles()).contains("President");
        Entity mogherini = seed.entity("Federica Mogherini");
        assertThat(mogherini.roles()).contains("foreign affairs chief");
        assertThat(mogherini.affiliations()).contains(seed.entity("European Union").id());
    }

    @Test
    void theMilitaryAttacheInMoscowIsTorrealbaPerez() {
        Entity jose = seed.entity("Jose Rafael Torrealba Perez");
        // The seed has a space and a no-break space between "attaché" and "in".
        assertThat(seed.mentionTexts(jose)).contains("Venezuela’s military attaché \u00a0in Moscow");
        assertThat(jose.roles()).contains("military attaché");
        assertThat(jose.affiliations()).contains(seed.entity("Venezuela").id());
    }

    @Test
    void interfaxNewsAgencyIsInterfax() {
        assertThat(seed.entity("Interfax").key()).isEqualTo("org:interfax");
        assertThat(seed.mentionTexts(seed.entity("Interfax"))).containsExactly("Interfax news agency");
        assertThat(seed.find("Interfax news agency")).isEmpty();
    }

    @Test
    void demonymsAloneAreNotEntities() {
        assertThat(seed.entities()).noneMatch(e -> e.name().equals("Russian") || e.name().equals("Venezuelan"));
    }

    private static Expected person(String name) {
        return new Expected(name, EntityType.PERSON);
    }

    private static Expected org(String name) {
        return new Expected(name, EntityType.ORGANIZATION);
    }

    private static Expected country(String name) {
        return new Expected(name, EntityType.COUNTRY);
    }

    private static Expected city(String name) {
        return new Expected(name, EntityType.CITY);
    }
}
