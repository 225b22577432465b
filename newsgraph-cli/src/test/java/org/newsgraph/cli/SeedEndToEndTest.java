package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Analyzer;

/**
 * The article newsgraph was conceived from, end to end through {@code newsgraph analyze --format json}:
 * what a careful reader gets from it (../shared/examples/seed/expected.json) written here as tests.
 */
class SeedEndToEndTest {
    private static final Path SEED = Path.of("../examples/seed/article.txt");
    private static final String TRIM = "\"“”‘’'.,;: \n\u00a0";

    private static JsonNode doc;
    private static String text;
    private static Map<String, JsonNode> entitiesById;

    /** source as written · cue · content (trimmed as PolNeAR scoring trims) · speaker's canonical name · kind. */
    record Expected(String source, String cue, String content, String speaker, String kind) {}

    private static final List<Expected> ATTRIBUTIONS = List.of(
            new Expected("Russia", "said", "it had sent “specialists” to Venezuela under a military cooperation deal", "Russia", "mixed"),
            new Expected("Russia", "said", "they posed no threat to regional stability", "Russia", "indirect"),
            new Expected("US President Donald Trump", "call", "to remove all military personnel from the country", "Donald Trump", "indirect"),
            new Expected("Commission spokesperson Carlos Martin Ruiz de Gordejuela", "said",
                    "The situation in Venezuela is very polarised and tense. All actions and gestures that further escalate tensions will only create obstacles to a peaceful, democratic and Venezuelan-owned resolution to this crisis",
                    "Carlos Martin Ruiz de Gordejuela", "direct"),
            new Expected("US", "calls", "Russia deployment of planes to Venezuela 'reckless escalation'", "United States", "mixed"),
            new Expected("The United States", "accused",
                    "Russia of “reckless escalation” of the situation in Venezuela by deploying military planes and personnel to the crisis-stricken South American nation that Washington has hit with crippling sanctions",
                    "United States", "mixed"),
            new Expected("Trump", "said", "that “all options” were open to make Moscow pull troops out of Venezuela", "Donald Trump", "mixed"),
            new Expected("media reports", "according to", "two Russian air force planes landed outside Caracas on Saturday carrying nearly 100 Russian troops", null, "indirect"),
            new Expected("Venezuela’s military attaché \u00a0in Moscow", "said",
                    "Russia had sent “servicemen” to Venezuela, but that they would not take part in military operations",
                    "Jose Rafael Torrealba Perez", "mixed"),
            new Expected("Interfax news agency", "reported",
                    "Venezuela’s military attaché \u00a0in Moscow said on Thursday Russia had sent “servicemen” to Venezuela, but that they would not take part in military operations",
                    "Interfax", "indirect"),
            new Expected("Jose Rafael Torrealba Perez", "was quoted as saying",
                    "The presence of Russian servicemen in Venezuela is linked to the discussion of cooperation in the military-technical sphere",
                    "Jose Rafael Torrealba Perez", "direct"),
            new Expected("Russian foreign ministry spokeswoman Maria Zakharova", "described", "the arrivals only as “Russian specialists”", "Maria Zakharova", "mixed"),
            new Expected("she", "told",
                    "Russia is not changing the balance of power in the region, Russia is not threatening anyone, unlike (officials) in Washington",
                    "Maria Zakharova", "direct"),
            new Expected("Zakharova", "said",
                    "Russian specialists have arrived in Venezuela in line with the provisions of a bilateral inter-government agreement on military-technical cooperation. No one canceled this document",
                    "Maria Zakharova", "direct"),
            new Expected("Guaidó", "arguing", "that Maduro’s 2018 re-election was illegitimate", "Juan Guaidó", "indirect"),
            new Expected("Maduro, who retains control of state functions and the country’s military,", "has said",
                    "Guaidó is a puppet of the United States", "Nicolás Maduro", "indirect"));

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("Donald Trump", "PERSON"), Map.entry("Carlos Martin Ruiz de Gordejuela", "PERSON"),
            Map.entry("Jose Rafael Torrealba Perez", "PERSON"), Map.entry("Maria Zakharova", "PERSON"),
            Map.entry("Nicolás Maduro", "PERSON"), Map.entry("Juan Guaidó", "PERSON"),
            Map.entry("Federica Mogherini", "PERSON"), Map.entry("European Union", "ORGANIZATION"),
            Map.entry("European Commission", "ORGANIZATION"), Map.entry("Interfax", "ORGANIZATION"),
            Map.entry("Russian foreign ministry", "ORGANIZATION"), Map.entry("Russia", "COUNTRY"),
            Map.entry("United States", "COUNTRY"), Map.entry("Venezuela", "COUNTRY"), Map.entry("China", "COUNTRY"),
            Map.entry("Ecuador", "COUNTRY"), Map.entry("France", "COUNTRY"), Map.entry("Germany", "COUNTRY"),
            Map.entry("Italy", "COUNTRY"), Map.entry("Netherlands", "COUNTRY"), Map.entry("Poland", "COUNTRY"),
            Map.entry("Spain", "COUNTRY"), Map.entry("Sweden", "COUNTRY"), Map.entry("United Kingdom", "COUNTRY"),
            Map.entry("Bolivia", "COUNTRY"), Map.entry("Costa Rica", "COUNTRY"), Map.entry("Uruguay", "COUNTRY"),
            Map.entry("Caracas", "CITY"), Map.entry("Quito", "CITY"), Map.entry("Moscow", "CITY"));

    @BeforeAll
    static void analyzeTheSeed() throws Exception {
        assertThat(SEED).exists();
        CliRun r = CliRun.run(Analyzer::standard, "analyze", "--format", "json", SEED.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        doc = new ObjectMapper().readTree(r.out());
        text = doc.get("text").asText();
        entitiesById = new HashMap<>();
        for (JsonNode e : doc.get("entities")) entitiesById.put(e.get("id").asText(), e);
    }

    @Test
    void textIsTheInputVerbatim() throws Exception {
        assertThat(text).isEqualTo(Files.readString(SEED));
        assertThat(doc.get("headline").asText()).isEqualTo("EU frowns, US roars as Russian troops start arriving in Venezuela");
    }

    @Test
    void all16AttributionsComeOutWithTheirSpeaker() {
        List<String> missed = new ArrayList<>();
        for (Expected e : ATTRIBUTIONS) {
            boolean found = false;
            for (JsonNode a : doc.get("attributions")) {
                JsonNode source = a.get("source");
                String speaker = source.isNull() || source.get("entity").isNull() ? null
                        : entitiesById.get(source.get("entity").asText()).get("name").asText();
                if (!source.isNull() && source.get("text").asText().equals(e.source())
                        && a.get("cue").get("text").asText().equals(e.cue())
                        && trim(a.get("content").get("text").asText()).equals(trim(e.content()))
                        && java.util.Objects.equals(speaker, e.speaker())
                        && a.get("kind").asText().equals(e.kind())) {
                    found = true;
                }
            }
            if (!found) missed.add(e.source() + " | " + e.cue());
        }
        assertThat(missed).as("missed attributions").isEmpty();
    }

    @Test
    void theRelayedAttributionPointsAtItsRelay() {
        JsonNode inner = null;
        JsonNode outer = null;
        for (JsonNode a : doc.get("attributions")) {
            if (a.get("source").isNull()) continue;
            if (a.get("source").get("text").asText().startsWith("Venezuela’s military attaché")) inner = a;
            if (a.get("source").get("text").asText().equals("Interfax news agency")) outer = a;
        }
        assertThat(inner).isNotNull();
        assertThat(outer).isNotNull();
        assertThat(inner.get("via").asText()).isEqualTo(outer.get("id").asText());
    }

    @Test
    void theApostropheQuoteMarkOpensNoQuotation() {
        for (JsonNode a : doc.get("attributions")) {
            assertThat(a.get("content").get("text").asText()).doesNotStartWith("s capital");
            assertThat(a.get("source").isNull() ? "" : a.get("source").get("text").asText()).isNotEqualTo("He");
        }
    }

    @Test
    void all30EntitiesUnderTheirCanonicalNames() {
        Map<String, String> found = new HashMap<>();
        for (JsonNode e : doc.get("entities")) found.put(e.get("name").asText(), e.get("type").asText());
        List<String> missed = ENTITIES.entrySet().stream()
                .filter(x -> !x.getValue().equals(found.get(x.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(missed).as("missed entities").isEmpty();
        assertThat(entityNamed("Russia").get("key").asText()).isEqualTo("country:RU");
        assertThat(entityNamed("Nicolás Maduro").get("key").asText()).isEqualTo("person:nicolas-maduro");
    }

    @Test
    void everySpanReadsAsItsText() {
        for (JsonNode a : doc.get("attributions")) {
            for (String part : List.of("source", "cue", "content")) {
                JsonNode p = a.get(part);
                if (p.isNull()) continue;
                StringBuilder joined = new StringBuilder();
                for (JsonNode s : p.get("spans")) {
                    if (joined.length() > 0) joined.append(' ');
                    joined.append(text, s.get(0).asInt(), s.get(1).asInt());
                }
                assertThat(joined.toString()).isEqualTo(p.get("text").asText());
            }
        }
        for (JsonNode e : doc.get("entities")) {
            for (JsonNode s : e.get("mentions")) {
                assertThat(s.get(0).asInt()).isLessThan(s.get(1).asInt());
                assertThat(s.get(1).asInt()).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Test
    void speakersCarryTheirRolesAndAffiliations() {
        JsonNode zakharova = entityNamed("Maria Zakharova");
        assertThat(zakharova.get("roles").toString()).contains("spokeswoman");
        List<String> affiliations = new ArrayList<>();
        for (JsonNode id : zakharova.get("affiliations")) affiliations.add(entitiesById.get(id.asText()).get("name").asText());
        assertThat(affiliations).contains("Russian foreign ministry");
        assertThat(entityNamed("Jose Rafael Torrealba Perez").get("roles").toString()).contains("attaché");
    }

    private static JsonNode entityNamed(String name) {
        for (JsonNode e : doc.get("entities")) if (e.get("name").asText().equals(name)) return e;
        throw new AssertionError("no entity named " + name);
    }

    private static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && TRIM.indexOf(s.charAt(b)) >= 0) b++;
        while (e > b && TRIM.indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(b, e);
    }
}
