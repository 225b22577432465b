package org.newsgraph.nlp.entity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.entity.EntityType;
import org.newsgraph.text.Token;

/**
 * Names of countries, cities and well-known organisations, read once per JVM from the hand-written
 * tables beside this package ({@code countries.txt}, {@code cities.txt}, {@code organizations.txt}).
 *
 * <p>Phrases are matched over tokens, case-sensitively, with the whitespace between tokens ignored
 * ("St. John's" matches the tokens {@code St.}, {@code John}, {@code 's}). Immutable and thread-safe.
 */
public final class Gazetteer {

    /** A country of ISO 3166-1: its alpha-2 code, canonical short name, demonyms and capitals. */
    public record Country(String iso2, String name, List<String> demonyms, List<String> capitals) {
        public Country {
            Objects.requireNonNull(iso2, "iso2");
            Objects.requireNonNull(name, "name");
            demonyms = List.copyOf(demonyms);
            capitals = List.copyOf(capitals);
        }
    }

    /**
     * What a phrase names: a COUNTRY (canonical name, its alpha-2), a CITY (canonical name, the
     * alpha-2 of its country, whether it is that country's capital) or an ORGANIZATION (canonical name).
     */
    public record Entry(EntityType type, String name, String iso2, boolean capital) {
        public Entry {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A phrase found over tokens {@code [begin, end)}. */
    public record Match(int begin, int end, Entry entry) {}

    private static final int MAX_PHRASE_TOKENS = 10;
    private static final Gazetteer INSTANCE = load();

    private final Map<String, Entry> phrases;
    private final Set<String> firstWords;
    private final Map<String, Entry> upperPhrases;
    private final Set<String> upperFirstWords;
    private final Map<String, Country> byIso;
    private final Map<String, String> demonymToIso;

    private Gazetteer(Map<String, Entry> phrases, Set<String> firstWords, Map<String, Country> byIso,
                      Map<String, String> demonymToIso) {
        this.phrases = Map.copyOf(phrases);
        this.firstWords = Set.copyOf(firstWords);
        this.byIso = Map.copyOf(byIso);
        this.demonymToIso = Map.copyOf(demonymToIso);
        Map<String, Entry> upper = new HashMap<>();
        for (Map.Entry<String, Entry> e : new TreeMap<>(phrases).entrySet()) {
            upper.putIfAbsent(e.getKey().toUpperCase(Locale.ROOT), e.getValue());
        }
        this.upperPhrases = Map.copyOf(upper);
        Set<String> upperFirst = new HashSet<>();
        for (String w : firstWords) upperFirst.add(w.toUpperCase(Locale.ROOT));
        this.upperFirstWords = Set.copyOf(upperFirst);
    }

    /** The shared gazetteer (loaded with this class). */
    public static Gazetteer get() {
        return INSTANCE;
    }

    /** The longest phrase starting at token {@code begin} and ending before {@code limit}, or null. */
    public Match longestAt(List<Token> tokens, int begin, int limit) {
        String first = tokens.get(begin).text();
        boolean shouted = isShouted(first);
        if (!(shouted ? upperFirstWords : firstWords).contains(first)) return null;
        Map<String, Entry> table = shouted ? upperPhrases : phrases;
        StringBuilder key = new StringBuilder();
        Match best = null;
        int max = Math.min(limit, begin + MAX_PHRASE_TOKENS);
        for (int i = begin; i < max; i++) {
            key.append(tokens.get(i).text());
            Entry e = table.get(key.toString());
            if (e != null) best = new Match(begin, i + 1, e);
        }
        return best;
    }

    /**
     * A word in capitals and longer than an acronym ("WASHINGTON" in a dateline): matched ignoring case,
     * while "US", "UK", "WHO" stay case-sensitive.
     */
    private static boolean isShouted(String w) {
        if (w.length() < 5) return false;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) return false;
        }
        return Character.isLetter(w.charAt(0));
    }

    /** The entry of a whole phrase as written ("United States", "St. Petersburg"), or null. */
    public Entry lookup(String phrase) {
        String key = squeeze(phrase);
        Entry e = phrases.get(key);
        return e != null || !isShouted(key) ? e : upperPhrases.get(key);
    }

    public Country country(String iso2) {
        return byIso.get(iso2);
    }

    /**
     * The alpha-2 of the country a demonym belongs to ("Russian" → RU, "Russians" → RU,
     * "Venezuelan-owned" → VE), or null.
     */
    public String demonymCountry(String word) {
        String iso = demonymToIso.get(word);
        if (iso != null) return iso;
        if (word.length() > 3 && word.endsWith("s")) {
            iso = demonymToIso.get(word.substring(0, word.length() - 1));
            if (iso != null) return iso;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 0 ? demonymToIso.get(word.substring(0, hyphen)) : null;
    }

    private static String squeeze(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) sb.append(c);
        }
        return sb.toString();
    }

    private static Gazetteer load() {
        Map<String, Entry> phrases = new HashMap<>();
        Set<String> firstWords = new HashSet<>();
        Map<String, Country> byIso = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        List<String[]> capitals = new ArrayList<>();
        for (String[] f : rows("countries.txt", 5)) {
            String iso = f[0];
            Country c = new Country(iso, f[1], items(f[3]), items(f[4]));
            byIso.put(iso, c);
            Entry e = new Entry(EntityType.COUNTRY, c.name(), iso, false);
            put(phrases, firstWords, c.name(), e);
            for (String alias : items(f[2])) put(phrases, firstWords, alias, e);
            for (String d : c.demonyms()) demonyms.putIfAbsent(d, iso);
            for (String cap : c.capitals()) capitals.add(new String[] {iso, cap});
        }
        // Capitals after all countries: a capital named like its country (Singapore) stays the country.
        for (String[] cap : capitals) {
            Entry e = new Entry(EntityType.CITY, cap[1], cap[0], true);
            if (!phrases.containsKey(squeeze(cap[1]))) put(phrases, firstWords, cap[1], e);
        }
        for (String[] f : rows("cities.txt", 2)) {
            List<String> names = items(f[1]);
            Entry e = new Entry(EntityType.CITY, names.get(0), f[0], false);
            for (String n : names) {
                if (!phrases.containsKey(squeeze(n))) put(phrases, firstWords, n, e);
            }
        }
        for (String[] f : rows("organizations.txt", 2)) {
            Entry e = new Entry(EntityType.ORGANIZATION, f[0], null, false);
            put(phrases, firstWords, f[0], e);
            for (String alias : items(f[1])) {
                if (!phrases.containsKey(squeeze(alias))) put(phrases, firstWords, alias, e);
            }
        }
        return new Gazetteer(phrases, firstWords, byIso, demonyms);
    }

    private static void put(Map<String, Entry> phrases, Set<String> firstWords, String phrase, Entry e) {
        String[] words = phrase.trim().split("\\s+");
        firstWords.add(words[0]);
        // A token may split a word where the table has none ("John's" → John, 's): index both forms.
        int apostrophe = words[0].indexOf('\'');
        if (apostrophe > 0) firstWords.add(words[0].substring(0, apostrophe));
        phrases.putIfAbsent(squeeze(phrase), e);
    }

    private static List<String> items(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(";")) {
            String t = s.trim();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** Non-comment lines of a table, split on " | " into exactly {@code fields} trimmed fields. */
    private static List<String[]> rows(String resource, int fields) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] raw = line.split("\\|", -1);
            String[] f = new String[fields];
            for (int i = 0; i < fields; i++) f[i] = i < raw.length ? raw[i].trim() : "";
            out.add(f);
        }
        return out;
    }

    static List<String> lines(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream("/org/newsgraph/nlp/entity/" + resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return out;
    }
}
