package org.newsgraph.nlp.entity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.entity.EntityKeys;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.text.Sentence;

/**
 * Groups the named mentions of one article into entities with canonical names.
 *
 * <ul>
 *   <li>Countries by ISO code, whatever alias the text uses ("US", "the United States", "America").</li>
 *   <li>A capital acting as its government ("Washington has hit …") joins the country; see
 *       {@link #actsAsGovernment}.</li>
 *   <li>Organisations through the alias table ("EU" → European Union); a one-word name joins the only
 *       longer organisation of the article holding that word ("Commission" → "Federal Election
 *       Commission"), otherwise the table — a bare "Commission" is the European Commission only in an
 *       article that names the EU or another European body; an acronym joins the organisation whose
 *       initials it spells.</li>
 *   <li>People by name: a name whose words appear, in order and together, in a longer name of the
 *       article joins it ("Trump" → Donald Trump), choosing the earlier such name used most often
 *       (ties: the nearest), else a later one given soon after; an honorific of the other gender
 *       ("Mr. Obama", "Michelle Obama") keeps them apart. The canonical name is the longest form.</li>
 * </ul>
 */
final class Grouping {
    private final DocView view;
    private final Gazetteer gazetteer;
    private final Map<String, Draft> byKey = new LinkedHashMap<>();
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<String, Set<String>> orgsByWord = new HashMap<>();
    private static final int FORWARD_SENTENCES = 5;
    private final Map<String, List<Integer>> shortPositions = new HashMap<>();
    private boolean aboutEurope;
    private int[] firstToken;
    private int[] endToken;
    private final Map<String, String> orgsByInitials = new HashMap<>();
    private final Map<String, EntityType> initialsType = new HashMap<>();
    private final Set<String> orgNames = new HashSet<>();
    private final Map<String, List<Integer>> namePositions = new HashMap<>();
    private final Map<String, Set<String>> namesByWord = new HashMap<>();

    private Grouping(DocView view, Gazetteer gazetteer) {
        this.view = view;
        this.gazetteer = gazetteer;
    }

    /** The entities of the named mentions, and where each mention occurs, in text order. */
    record Result(Map<String, Draft> byKey, List<Occurrence> occurrences) {}

    static Result group(DocView view, Gazetteer gazetteer, List<Mention> mentions) {
        Grouping g = new Grouping(view, gazetteer);
        g.run(mentions);
        return new Result(g.byKey, g.occurrences);
    }

    private void run(List<Mention> mentions) {
        int n = mentions.size();
        int[] first = new int[n];
        firstToken = first;
        int[] end = new int[n];
        endToken = end;
        String[][] words = new String[n][];
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            first[i] = view.tokenFrom(m.span().begin());
            end[i] = Math.max(first[i] + 1, view.tokenFrom(m.span().end()));
            words[i] = new String[end[i] - first[i]];
            for (int k = first[i]; k < end[i]; k++) words[i][k - first[i]] = view.word(k);
        }
        indexPeople(mentions, words);
        EntityType[] types = votedTypes(mentions, words);
        indexOrganizations(mentions, words, types);
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            if (types[i] == EntityType.MISC && isDemonymOfOrg(squash(m.text()))) types[i] = EntityType.ORGANIZATION;
            Draft d = switch (types[i]) {
                case COUNTRY -> country(m.text());
                case CITY -> city(m.text(), first[i], end[i]);
                case ORGANIZATION -> organization(mentions, words, i);
                case PERSON -> person(mentions, words, i);
                default -> draft(types[i], EntityKeys.of(types[i], squash(m.text())), squash(m.text()));
            };
            d.mentions.add(m.span());
            occurrences.add(new Occurrence(first[i], end[i], view.token(first[i]).sentence(), m.span(), d,
                    true));
        }
    }

    /**
     * One type per name in an article: the recogniser sometimes tags the same word differently ("Trump"
     * as PERSON, then as LOCATION). A single word of a longer PERSON name of the article is a PERSON; any
     * other name the gazetteer does not know takes the type most of its mentions have, ties going to the
     * type of its first mention.
     */
    private EntityType[] votedTypes(List<Mention> mentions, String[][] words) {
        int n = mentions.size();
        EntityType[] types = new EntityType[n];
        Map<String, int[]> votes = new HashMap<>();
        Map<String, EntityType> firstType = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            types[i] = m.type();
            if (!isVotable(m)) continue;
            String name = squash(m.text());
            int[] v = votes.computeIfAbsent(name, k -> new int[EntityType.values().length]);
            v[m.type().ordinal()]++;
            // What the words around it say outweighs the recogniser's tag: "the party Ennahda" is no place.
            EntityType said = TypeEvidence.of(view, firstToken[i], endToken[i]);
            if (said == null && m.type() == EntityType.LOCATION && TypeEvidence.speaks(view, firstToken[i], endToken[i])) {
                said = EntityType.ORGANIZATION;
            }
            if (said != null) v[said.ordinal()] += 3;
            firstType.putIfAbsent(name, m.type());
        }
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            if (!isVotable(m)) continue;
            if (words[i].length == 1 && namesByWord.containsKey(words[i][0])) {
                types[i] = EntityType.PERSON; // a word of a person's full name: "Trump" is never a place here
                continue;
            }
            String name = squash(m.text());
            int[] v = votes.get(name);
            EntityType best = firstType.get(name);
            for (EntityType t : EntityType.values()) {
                if (v[t.ordinal()] > v[best.ordinal()]) best = t;
            }
            types[i] = best;
        }
        return types;
    }

    private boolean isVotable(Mention m) {
        return m.type() != EntityType.COUNTRY && m.type() != EntityType.CITY && gazetteer.lookup(m.text()) == null;
    }

    private Draft country(String text) {
        Gazetteer.Entry e = gazetteer.lookup(text);
        if (e == null || e.iso2() == null) return draft(EntityType.LOCATION, EntityKeys.of(EntityType.LOCATION, squash(text)), squash(text));
        return countryDraft(e.iso2());
    }

    Draft countryDraft(String iso2) {
        Gazetteer.Country c = gazetteer.country(iso2);
        return draft(EntityType.COUNTRY, EntityKeys.country(iso2), c.name());
    }

    private Draft city(String text, int first, int end) {
        Gazetteer.Entry e = gazetteer.lookup(text);
        if (e == null) return draft(EntityType.CITY, EntityKeys.of(EntityType.CITY, squash(text)), squash(text));
        if (e.capital() && actsAsGovernment(first, end)) return countryDraft(e.iso2());
        return draft(EntityType.CITY, EntityKeys.of(EntityType.CITY, e.name()), e.name());
    }

    /**
     * Whether a capital at tokens {@code [first, end)} stands for its country's government.
     *
     * <p>The rule: after a locative preposition (in, at, outside, near, to, from, into, of, …) it is the
     * city — "the military attaché in Moscow", "outside Caracas". After a preposition of dealings (by,
     * with, against, between, on, toward) it is the government — "sanctions on Moscow", "talks with
     * Washington". Otherwise it is the government when it is the subject of a verb other than "be"
     * ("Washington has hit Venezuela", "Moscow said") or the object of a verb that does not take places
     * as objects ("make Moscow pull troops out", but not "visited Moscow"). Anything else — appositions
     * ("the capital, Caracas"), lists, "be" sentences — is the city.
     */
    private boolean actsAsGovernment(int first, int end) {
        Sentence s = view.sentenceOf(first);
        int prev = first - 1;
        if (prev >= s.firstToken()) {
            String w = view.word(prev);
            if (Lexicon.isLocativePreposition(w)) return false;
            if (Lexicon.isGovernmentPreposition(w)) return true;
        }
        int next = end;
        while (next < s.endToken() && view.token(next).isPos("RB")) next++;
        if (next < s.endToken() && view.isVerb(next) && !Lexicon.isBeForm(view.word(next))) return true;
        if (prev >= s.firstToken()) {
            String w = view.word(prev);
            return view.token(prev).isPos("VB") && !Lexicon.isBeForm(w) && !Lexicon.isPlaceVerb(w)
                    && !w.equalsIgnoreCase("have") && !w.equalsIgnoreCase("has") && !w.equalsIgnoreCase("had");
        }
        return false;
    }

    private Draft organization(List<Mention> mentions, String[][] words, int i) {
        String written = demonymForm(squash(mentions.get(i).text()));
        Gazetteer.Entry e = gazetteer.lookup(written);
        boolean known = e != null && e.type() == EntityType.ORGANIZATION;
        // "Commission" → European Commission, "Congress" → US Congress: a bare head noun, which the
        // article's own longer organisation ("Commission on Presidential Debates") overrides.
        boolean bareHead = known && e.name().endsWith(" " + written);
        if (known && !bareHead) return orgDraft(e.name());
        if (words[i].length == 1) {
            Set<String> longer = orgsByWord.get(words[i][0]);
            if (longer != null && longer.size() == 1) return orgDraft(longer.iterator().next());
        }
        if (bareHead && (!written.equals("Commission") || aboutEurope)) return orgDraft(e.name());
        // "AMAs" is the American Music Awards: an acronym, plural or not, of a name of the article.
        String acronym = isAcronym(written) ? written
                : written.endsWith("s") && isAcronym(written.substring(0, written.length() - 1)) ? written.substring(0, written.length() - 1) : null;
        if (acronym != null && orgsByInitials.containsKey(acronym)) {
            String longName = orgsByInitials.get(acronym);
            EntityType t = initialsType.get(acronym);
            return t == EntityType.ORGANIZATION ? orgDraft(longName) : draft(t, EntityKeys.of(t, longName), longName);
        }
        if (isDemonymOfOrg(written)) return orgDraft(written.substring(written.indexOf(' ') + 1));
        return orgDraft(written);
    }

    /**
     * "Russia's foreign ministry" is the "Russian foreign ministry" of other articles: a country's body named
     * with the country's possessive takes the demonym, so both have one key.
     */
    private String demonymForm(String name) {
        int apostrophe = Math.max(name.indexOf("'s "), name.indexOf("’s "));
        if (apostrophe <= 0) return name;
        Gazetteer.Entry e = gazetteer.lookup(name.substring(0, apostrophe));
        if (e == null || e.type() != EntityType.COUNTRY) return name;
        Gazetteer.Country c = gazetteer.country(e.iso2());
        String rest = name.substring(apostrophe + 3);
        if (c.demonyms().isEmpty() || rest.isEmpty() || !Character.isLowerCase(rest.charAt(0))) return name;
        return c.demonyms().get(0) + " " + rest;
    }

    /** "Afghan Taliban" is the Taliban the article names: a demonym before an organisation's name. */
    private boolean isDemonymOfOrg(String written) {
        int space = written.indexOf(' ');
        return space > 0 && gazetteer.demonymCountry(written.substring(0, space)) != null
                && orgNames.contains(written.substring(space + 1));
    }

    private Draft orgDraft(String name) {
        return draft(EntityType.ORGANIZATION, EntityKeys.of(EntityType.ORGANIZATION, name), name);
    }

    /**
     * Indexes the article's organisation names of two or more words by their capitalised words and by
     * initials, and notes whether the article is about the European Union (then a bare "Commission" is
     * the European Commission).
     */
    private void indexOrganizations(List<Mention> mentions, String[][] words, EntityType[] types) {
        for (int j = 0; j < mentions.size(); j++) {
            if (types[j] != EntityType.ORGANIZATION && types[j] != EntityType.MISC) continue;
            String name = canonicalOrgName(mentions.get(j).text());
            String written = squash(mentions.get(j).text());
            boolean bare = !name.equals(written) && name.endsWith(" " + written);
            if (!bare && (name.startsWith("European ") || name.equals("Council of the European Union"))) {
                aboutEurope = true;
            }
            if (words[j].length < 2) continue;
            StringBuilder initials = new StringBuilder();
            for (String w : words[j]) {
                if (Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
            }
            orgsByInitials.putIfAbsent(initials.toString(), name);
            initialsType.putIfAbsent(initials.toString(), types[j]);
            if (types[j] != EntityType.ORGANIZATION) continue;
            orgNames.add(name);
            for (String w : words[j]) {
                if (Character.isUpperCase(w.charAt(0))) orgsByWord.computeIfAbsent(w, k -> new TreeSet<>()).add(name);
            }
        }
        for (int j = 0; j < mentions.size(); j++) {
            if (types[j] == EntityType.ORGANIZATION && words[j].length == 1) orgNames.add(squash(mentions.get(j).text()));
        }
    }

    private String canonicalOrgName(String text) {
        Gazetteer.Entry e = gazetteer.lookup(text);
        return e != null && e.type() == EntityType.ORGANIZATION ? e.name() : squash(text);
    }

    private static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 6) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) return false;
        }
        return true;
    }

    private Draft person(List<Mention> mentions, String[][] words, int i) {
        int at = i;
        // Climb to ever longer names that contain this one; terminates since names only grow.
        while (true) {
            int next = nearestContaining(words, at);
            if (next < 0) break;
            at = next;
        }
        String name = at == i ? variantOf(words[i], squash(mentions.get(i).text())) : squash(mentions.get(at).text());
        return draft(EntityType.PERSON, EntityKeys.of(EntityType.PERSON, name), name);
    }

    /**
     * A name no longer name contains that is a spelling variant of one: "Zelensky" for "Volodymyr
     * Zelenskiy", "Volodymyr Zelensky" for it too — the same given name (if any) and a surname of six
     * letters or more one letter apart. The most used such name, else the name itself.
     */
    private String variantOf(String[] w, String name) {
        String surname = w[w.length - 1];
        if (surname.length() < 6) return name;
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, List<Integer>> e : new TreeMap<>(namePositions).entrySet()) {
            String[] other = e.getKey().split(" ");
            if (e.getKey().equals(name) || other.length < Math.max(2, w.length)) continue;
            if (w.length > 1 && !other[0].equals(w[0])) continue;
            String last = other[other.length - 1];
            if (last.equals(surname) || last.charAt(0) != surname.charAt(0) || !oneEditApart(last, surname)) continue;
            if (e.getValue().size() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue().size();
            }
        }
        if (best == null) return name;
        int own = namePositions.getOrDefault(name, List.of()).size();
        if (w.length == 1 || own < bestCount) return best;
        return own > bestCount || name.compareTo(best) < 0 ? name : best;
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int j = 0;
        while (j < a.length() - i && j < b.length() - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) j++;
        return Math.max(a.length(), b.length()) - i - j <= 1;
    }

    /** Indexes PERSON mentions of two or more words: each word → the distinct names holding it. */
    private void indexPeople(List<Mention> mentions, String[][] words) {
        for (int j = 0; j < mentions.size(); j++) {
            shortPositions.computeIfAbsent(String.join(" ", words[j]), k -> new ArrayList<>()).add(j);
            if (mentions.get(j).type() != EntityType.PERSON || words[j].length < 2) continue;
            String name = String.join(" ", words[j]);
            List<Integer> at = namePositions.computeIfAbsent(name, k -> new ArrayList<>());
            if (at.isEmpty()) {
                for (String w : words[j]) namesByWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(name);
            }
            at.add(j);
        }
    }

    /**
     * The PERSON mention whose longer name contains i's words: among names used before i, the one used
     * most often so far (the article's protagonist: "Clinton" after three "Hillary Clinton" and one
     * "Chelsea Clinton" is Hillary), ties to the nearest; else the nearest later one if
     * {@link #mayJoinLater}; -1 if none.
     */
    private int nearestContaining(String[][] words, int i) {
        Set<String> names = namesByWord.get(words[i][0]);
        if (names == null) return -1;
        if (words[i].length == 1 && titledInAFamily(words[i][0], i, names)) return -1;
        Lexicon.Gender cue = honorificBefore(i);
        int before = -1;
        int beforeCount = 0;
        int after = Integer.MAX_VALUE;
        List<Integer> own = words[i].length > 1 ? namePositions.get(String.join(" ", words[i])) : null;
        for (String name : names) {
            List<Integer> at = namePositions.get(name);
            String[] w = words[at.get(0)];
            if (w.length <= words[i].length || !containsRun(w, words[i])) continue;
            // A full name used more often than a longer one is the name: "Hillary Clinton" ×10 does not
            // become the "Crooked Hillary Clinton" of one quotation.
            if (own != null && own.size() > at.size() && !introduces(w, words[i], at.get(0), own.get(0))) continue;
            // "Mr. Obama" is not Michelle Obama.
            if (cue != Lexicon.Gender.UNKNOWN && Lexicon.firstNameGender(w[0]) != Lexicon.Gender.UNKNOWN
                    && Lexicon.firstNameGender(w[0]) != cue) {
                continue;
            }
            int p = Collections.binarySearch(at, i);
            int insertion = p >= 0 ? p : -p - 1;
            if (insertion > 0) {
                int nearest = at.get(insertion - 1);
                if (insertion > beforeCount || (insertion == beforeCount && nearest > before)) {
                    before = nearest;
                    beforeCount = insertion;
                }
            }
            if (insertion < at.size()) after = Math.min(after, at.get(insertion));
        }
        if (before >= 0) return before;
        if (after == Integer.MAX_VALUE || !mayJoinLater(words, i, after)) return -1;
        return after;
    }

    /**
     * A short name joins a full name given later only when that name comes soon (within
     * {@value #FORWARD_SENTENCES} sentences: a headline's "Trump" and the body's "Donald Trump") and the
     * short name was not already in steady use before it: "Obama" said five times is not the "Michelle
     * Obama" named further on.
     */
    private boolean mayJoinLater(String[][] words, int i, int later) {
        int gap = view.token(firstToken[later]).sentence() - view.token(firstToken[i]).sentence();
        if (gap > FORWARD_SENTENCES) return false;
        List<Integer> same = shortPositions.get(String.join(" ", words[i]));
        int p = Collections.binarySearch(same, later);
        int usesBefore = p >= 0 ? p : -p - 1;
        return usesBefore <= 2;
    }

    /** The gender of an honorific right before mention i ("Mrs. Clinton"), else UNKNOWN. */
    /**
     * "Vice President Biden" in an article about "the Bidens": when the article speaks of a family, a surname
     * under a title is that title's holder, not the family member named in full without it.
     */
    private boolean titledInAFamily(String surname, int i, Set<String> names) {
        int k = firstToken[i] - 1;
        if (k < 0 || view.token(k).sentence() != view.token(firstToken[i]).sentence()) return false;
        String title = view.word(k);
        if (!Character.isUpperCase(title.charAt(0)) || !(Lexicon.isRoleNoun(title) || Lexicon.isTitleModifier(title))) return false;
        if (!view.text.contains("the " + surname + "s") && !view.text.contains("The " + surname + "s")) return false;
        for (String name : names) {
            for (int at : namePositions.get(name)) {
                int t = firstToken[at] - 1;
                if (t >= 0 && view.word(t).equals(title)) return false;
            }
        }
        return true;
    }

    private Lexicon.Gender honorificBefore(int i) {
        int k = firstToken[i] - 1;
        if (k < 0 || view.token(k).sentence() != view.token(firstToken[i]).sentence()) return Lexicon.Gender.UNKNOWN;
        return Lexicon.honorificGender(view.word(k));
    }

    /**
     * Whether the longer name is the one that introduces the person the shorter one goes on to name:
     * it comes first ("Kathleen Hawk Sawyer", then "Hawk Sawyer" six times), or what it adds is a given
     * name or an initial. "Crooked Hillary Clinton", one quotation late in the article, introduces nobody.
     */
    private static boolean introduces(String[] longer, String[] shorter, int longerFirst, int shorterFirst) {
        if (longerFirst < shorterFirst) return true;
        for (String w : longer) {
            if (Arrays.asList(shorter).contains(w)) continue;
            boolean initial = w.length() <= 2 && Character.isUpperCase(w.charAt(0));
            if (!initial && !Lexicon.isFirstName(w)) return false;
        }
        return true;
    }

    private static boolean containsRun(String[] longer, String[] shorter) {
        outer:
        for (int s = 0; s + shorter.length <= longer.length; s++) {
            for (int k = 0; k < shorter.length; k++) {
                if (!longer[s + k].equals(shorter[k])) continue outer;
            }
            return true;
        }
        return false;
    }

    private Draft draft(EntityType type, String key, String name) {
        return byKey.computeIfAbsent(key, k -> new Draft(type, k, name));
    }

    /** Collapses runs of whitespace (a name broken over a line) into one space. */
    static String squash(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) {
                plain = false;
            }
        }
        return plain ? s : String.join(" ", Arrays.asList(s.trim().split("\\s+")));
    }
}
