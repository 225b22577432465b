package org.newsgraph.nlp.entity.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-written word lists for entity analysis: role nouns, honorifics, organisation heads, pronouns,
 * prepositions and verbs that decide whether a capital names a city or a government, and given names
 * that signal gender. All lookups take the word as written and compare in lower case unless noted.
 * Immutable and thread-safe.
 */
public final class Lexicon {
    private Lexicon() {}

    /** What a word tells of a person's gender. */
    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Map<String, Gender> ROLE_NOUNS = roleNouns();

    private static Map<String, Gender> roleNouns() {
        Map<String, Gender> roles = new HashMap<>();
        for (String w : ("president vice-president president-elect minister premier chancellor secretary"
                + " secretary-general spokesperson attaché attache senator governor leader chief ceo chair"
                + " director ambassador envoy official analyst professor commander general lawmaker legislator"
                + " representative mayor judge diplomat adviser advisor aide head candidate nominee founder"
                + " economist expert researcher journalist reporter correspondent editor columnist lawyer"
                + " attorney prosecutor counsel officer colonel commissioner delegate negotiator manager"
                + " executive strategist activist campaigner chairperson emir pope bishop dictator strongman"
                + " sheriff lieutenant captain admiral deputy consul owner scientist historian author"
                + " pollster surrogate operative donor investigator inspector speaker teacher doctor nurse"
                + " principal superintendent coach physician surgeon pastor priest rabbi imam cleric trustee"
                + " treasurer comptroller auditor registrar ombudsman administrator").split(" ")) {
            roles.put(w, Gender.UNKNOWN);
        }
        for (String w : "spokesman chairman congressman businessman king prince sheikh".split(" ")) {
            roles.put(w, Gender.MALE);
        }
        for (String w : "spokeswoman chairwoman congresswoman businesswoman queen princess".split(" ")) {
            roles.put(w, Gender.FEMALE);
        }
        return Map.copyOf(roles);
    }

    private static final Map<String, Gender> HONORIFICS = Map.ofEntries(
            Map.entry("mr", Gender.MALE), Map.entry("mr.", Gender.MALE), Map.entry("sir", Gender.MALE),
            Map.entry("lord", Gender.MALE), Map.entry("mrs", Gender.FEMALE), Map.entry("mrs.", Gender.FEMALE),
            Map.entry("ms", Gender.FEMALE), Map.entry("ms.", Gender.FEMALE), Map.entry("miss", Gender.FEMALE),
            Map.entry("madam", Gender.FEMALE), Map.entry("dame", Gender.FEMALE), Map.entry("lady", Gender.FEMALE),
            Map.entry("dr", Gender.UNKNOWN), Map.entry("dr.", Gender.UNKNOWN), Map.entry("prof.", Gender.UNKNOWN),
            Map.entry("sen.", Gender.UNKNOWN), Map.entry("rep.", Gender.UNKNOWN), Map.entry("gov.", Gender.UNKNOWN),
            Map.entry("gen.", Gender.UNKNOWN), Map.entry("col.", Gender.UNKNOWN), Map.entry("lt.", Gender.UNKNOWN),
            Map.entry("capt.", Gender.UNKNOWN), Map.entry("st.", Gender.UNKNOWN), Map.entry("sen", Gender.UNKNOWN),
            Map.entry("rep", Gender.UNKNOWN), Map.entry("gov", Gender.UNKNOWN), Map.entry("gen", Gender.UNKNOWN),
            Map.entry("col", Gender.UNKNOWN), Map.entry("lt", Gender.UNKNOWN),
            Map.entry("capt", Gender.UNKNOWN), Map.entry("sgt", Gender.UNKNOWN), Map.entry("sgt.", Gender.UNKNOWN),
            Map.entry("adm", Gender.UNKNOWN), Map.entry("adm.", Gender.UNKNOWN), Map.entry("prof", Gender.UNKNOWN),
            Map.entry("maj", Gender.UNKNOWN), Map.entry("maj.", Gender.UNKNOWN), Map.entry("pres.", Gender.UNKNOWN),
            Map.entry("supt.", Gender.UNKNOWN), Map.entry("det.", Gender.UNKNOWN), Map.entry("amb.", Gender.UNKNOWN));

    /** The role an abbreviated title stands for: "Gov." Eric Holcomb is a governor ("the governor said"). */
    private static final Map<String, String> HONORIFIC_ROLES = Map.ofEntries(
            Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("gov", "governor"),
            Map.entry("gen", "general"), Map.entry("col", "colonel"), Map.entry("lt", "lieutenant"),
            Map.entry("capt", "captain"), Map.entry("sgt", "sergeant"), Map.entry("adm", "admiral"),
            Map.entry("prof", "professor"), Map.entry("maj", "major"), Map.entry("pres", "president"),
            Map.entry("supt", "superintendent"), Map.entry("det", "detective"), Map.entry("amb", "ambassador"));

    /** Capitalised words that belong to a title before a name: "Prime Minister", "Foreign Secretary". */
    private static final Set<String> TITLE_MODIFIERS = Set.of("prime", "foreign", "vice", "deputy", "defense",
            "defence", "interior", "finance", "home", "state", "attorney", "chief", "executive", "senior",
            "former", "acting", "interim", "general", "supreme", "first", "lady", "affairs", "justice",
            "economy", "trade", "energy", "health", "opposition", "presidential", "democratic", "republican",
            "special", "white", "house", "press", "national", "security", "majority", "minority", "senate");

    /** Heads of "Russian foreign ministry", "US military": the body a demonym or country runs. */
    private static final Set<String> ORG_HEADS = Set.of("ministry", "government", "army", "military", "navy",
            "parliament", "embassy", "consulate", "cabinet", "administration", "police", "senate", "congress",
            "legislature", "presidency");

    /** Heads that make an organisation only after a modifier: "air force", "central bank", "state department". */
    private static final Set<String> ORG_HEADS_AFTER_MODIFIER = Set.of("force", "forces", "guard", "bank",
            "office", "department", "court", "service", "services", "agency", "council", "ministries");

    private static final Set<String> ORG_MODIFIERS = Set.of("foreign", "affairs", "defence", "defense",
            "interior", "finance", "economy", "justice", "health", "trade", "energy", "oil", "education",
            "state", "home", "central", "supreme", "constitutional", "national", "armed", "air", "coast",
            "security", "intelligence", "military", "presidential", "federal", "special", "secret", "border",
            "emergencies", "emergency", "information", "communications", "agriculture", "labour", "labor");

    /** After these prepositions a capital is the place (see EntityStage's rule). */
    private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "outside", "near", "to", "from",
            "into", "inside", "around", "across", "throughout", "within", "via", "through", "beyond", "off",
            "of", "over", "above", "below", "beneath", "past", "along", "opposite", "nearby");

    /** After these a capital is the government acting: "sanctions on Moscow", "talks with Washington". */
    private static final Set<String> GOVERNMENT_PREPOSITIONS = Set.of("by", "with", "against", "between",
            "on", "toward", "towards", "upon");

    /** Verbs whose object is a place even when it is a capital: "visited Moscow", "left Caracas". */
    private static final String[] PLACE_VERB_PREFIXES = {"visit", "reach", "leav", "left", "enter", "tour",
            "captur", "occup", "besieg", "bomb", "shell", "evacuat", "fled", "flee", "surround", "storm",
            "return", "arriv", "land", "flew", "fly", "move", "travel", "rul"};

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being",
            "'s", "’s", "am");

    private static final Set<String> SPEECH_VERBS = Set.copyOf(List.of("said", "says", "say", "told", "tells", "added",
            "adds", "stated", "states", "reported", "reports", "announced", "announces", "warned", "warns",
            "claimed", "claims", "explained", "explains", "noted", "notes", "insisted", "insists", "confirmed",
            "confirms", "denied", "denies", "argued", "argues", "wrote", "writes", "tweeted", "declared",
            "asserted", "acknowledged", "commented", "remarked", "replied", "responded", "stressed",
            "emphasized", "emphasised", "urged", "described", "suggested", "predicted", "admitted", "alleged",
            "estimated", "believes", "believed", "thinks", "thought", "asked", "accused", "called", "pledged",
            "vowed", "promised", "testified", "wrote", "posted", "tweeted", "reported", "argued", "insisted",
            "concluded", "countered", "alleged", "revealed", "disclosed", "admitted", "acknowledged"));

    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");

    /** Adjectives of groups that name no country: MISC tags on them are not entity mentions. */
    private static final Set<String> GROUP_ADJECTIVES = Set.of("European", "African", "Asian", "Arab",
            "Arabic", "Latin", "Western", "Eastern", "Northern", "Southern", "Hispanic", "Muslim", "Christian",
            "Jewish", "Islamic", "Catholic", "Sunni", "Shia", "Shiite", "Kurdish", "Kurd", "Baltic",
            "Scandinavian", "Nordic", "Caribbean", "Balkan", "Slavic", "Persian", "Pashtun", "Sikh", "Hindu",
            "Buddhist", "Democrat", "Democratic", "Republican", "Conservative", "Liberal", "Communist",
            "Socialist", "Orthodox", "Protestant", "Evangelical", "Anglo", "Soviet", "English", "Scottish",
            "Welsh", "Texan", "Californian", "Floridian");

    /** Last words that make a name an organisation even when tagged PERSON ("Clinton Foundation"). */
    private static final Set<String> ORGANIZATION_WORDS = words("organization-words.txt");

    private static final Map<String, Gender> FIRST_NAMES = loadFirstNames();

    /** Days and months: the recogniser sometimes tags them MISC, but they name no entity. */
    private static final Set<String> CALENDAR_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August",
            "September", "October", "November", "December");

    /** Case-sensitive: "Monday", "March" ("May" is left out: it is also a name). */
    public static boolean isCalendarWord(String word) {
        return CALENDAR_WORDS.contains(word);
    }

    /** Whether a given name is listed at all (for either gender). */
    public static boolean isFirstName(String name) {
        return FIRST_NAMES.containsKey(name);
    }

    /** Case-sensitive: "Foundation", "Party". */
    public static boolean isOrganizationWord(String word) {
        return ORGANIZATION_WORDS.contains(word);
    }

    public static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.containsKey(roleKey(word));
    }

    /** The gender a role noun implies ("spokeswoman" → FEMALE), UNKNOWN for others and non-roles. */
    public static Gender roleGender(String word) {
        return ROLE_NOUNS.getOrDefault(roleKey(word), Gender.UNKNOWN);
    }

    /** "Vice-President" → "vice-president"; "ex-minister" → "minister"; "ministers" → "minister". */
    private static String roleKey(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (ROLE_NOUNS.containsKey(w)) return w;
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && ROLE_NOUNS.containsKey(w.substring(hyphen + 1))) return w.substring(hyphen + 1);
        return w;
    }

    public static boolean isHonorific(String word) {
        return HONORIFICS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The role an abbreviated title stands for ("Gov." → governor), or null. */
    public static String honorificRole(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return HONORIFIC_ROLES.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    public static Gender honorificGender(String word) {
        return HONORIFICS.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    public static boolean isTitleModifier(String word) {
        return TITLE_MODIFIERS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isOrgHead(String word) {
        return ORG_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isOrgHeadAfterModifier(String word) {
        return ORG_HEADS_AFTER_MODIFIER.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isOrgModifier(String word) {
        return ORG_MODIFIERS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isLocativePreposition(String word) {
        return LOCATIVE_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isGovernmentPreposition(String word) {
        return GOVERNMENT_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isPlaceVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String p : PLACE_VERB_PREFIXES) {
            if (w.startsWith(p)) return true;
        }
        return false;
    }

    public static boolean isBeForm(String word) {
        return BE_FORMS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** MALE for he/him/his/himself, FEMALE for she/her/hers/herself, null for any other word. */
    public static Gender pronounGender(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (MALE_PRONOUNS.contains(w)) return Gender.MALE;
        if (FEMALE_PRONOUNS.contains(w)) return Gender.FEMALE;
        return null;
    }

    /** Case-sensitive: "Latin", "Western". */
    public static boolean isGroupAdjective(String word) {
        return GROUP_ADJECTIVES.contains(word);
    }

    /** The gender a given name usually signals, UNKNOWN when unlisted or used for both. */
    public static Gender firstNameGender(String name) {
        return FIRST_NAMES.getOrDefault(name, Gender.UNKNOWN);
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : Gazetteer.lines(resource)) out.addAll(List.of(line.split("\\s+")));
        return Set.copyOf(out);
    }

    private static Map<String, Gender> loadFirstNames() {
        Map<String, Gender> out = new HashMap<>();
        Set<String> both = new HashSet<>();
        Gender current = null;
        for (String line : Gazetteer.lines("first-names.txt")) {
            if (line.equals("female:")) current = Gender.FEMALE;
            else if (line.equals("male:")) current = Gender.MALE;
            else if (current != null) {
                for (String n : line.split("\\s+")) {
                    Gender before = out.putIfAbsent(n, current);
                    if (before != null && before != current) both.add(n);
                }
            }
        }
        for (String n : both) out.put(n, Gender.UNKNOWN);
        return Map.copyOf(out);
    }
}
