package org.newsgraph.nlp.attribution.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.entity.Entity;
import org.newsgraph.span.Span;
import org.newsgraph.text.Token;

/**
 * Names the entities an attribution's source refers to, by the head of the source phrase: the entity
 * with a mention holding the head word speaks.
 *
 * <ul>
 *   <li>The head comes before an apposition: "James Kennedy, the U.S. Attorney for the Western District,"
 *       is Kennedy, not the district.</li>
 *   <li>A name that ends the phrase is its head ("Commission spokesperson Carlos Ruiz", "Secretary of
 *       State Mike Pompeo") unless a preposition governs it: "a spokeswoman for Hillary Clinton" is the
 *       spokeswoman, "the Office for the Western District" the office.</li>
 *   <li>Otherwise the head is the last word before a prepositional or relative tail ("guidance from the
 *       Mayo Clinic", "the group that owns her music"); a common noun that no mention holds names nobody
 *       ("a Taliban representative", "US officials"), unless an apposition gives the name: "The leader of
 *       Ennahda, Rachid Ghannouchi," is Ghannouchi.</li>
 *   <li>Coordinated sources name each conjunct: "both Roscosmos and NASA" is two speakers, and a plural
 *       pronoun resolved to several entities ("They") names them all.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SpeakerResolver {
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "in", "from", "with", "to", "on", "by",
            "within", "inside", "outside", "among", "near", "under", "like", "about", "behind");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");
    /** What may follow a surname: "James P. Kennedy Jr." is Kennedy. */
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    private final List<Entity> entities;
    private final List<Token> tokens;

    public SpeakerResolver(List<Entity> entities, List<Token> tokens) {
        this.entities = List.copyOf(entities);
        this.tokens = tokens;
    }

    /** The id of the one entity {@code source} names, or null; the first of several. */
    public String resolve(List<Span> source) {
        List<String> all = resolveAll(source);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The entities a source names, one per conjunct in text order; an entry is null for a conjunct that
     * names nobody ("Holcomb and GOP legislative leaders" → [Holcomb, null]). Empty when the source names
     * no entity at all.
     */
    public List<String> resolveAll(List<Span> source) {
        if (source == null || source.isEmpty()) return List.of();
        Span s = source.get(0);
        int a = firstTokenFrom(s.begin());
        int z = a;
        while (z < tokens.size() && tokens.get(z).begin() < s.end()) z++;
        while (z > a && isPunct(tokens.get(z - 1))) z--;
        if (z <= a) return List.of();
        if (z - a == 1 && tokens.get(a).isPos("W")) return antecedentOf(a);
        List<int[]> parts = parts(a, z);
        int[] first = parts.get(0);
        List<int[]> conjuncts = conjuncts(first[0], first[1]);
        List<String> out = new ArrayList<>(conjuncts.size());
        boolean any = false;
        for (int[] c : conjuncts) {
            List<String> named = namedBy(c[0], c[1]);
            if (named.isEmpty() && conjuncts.size() == 1 && parts.size() > 1) {
                // "The leader of Ennahda, Rachid Ghannouchi,": a name, or a titled person, in apposition.
                int[] second = parts.get(1);
                List<String> apposed = namedBy(second[0], second[1]);
                if (isName(second[0], second[1]) || apposed.size() == 1 && isPerson(apposed.get(0))) named = apposed;
            }
            if (named.isEmpty()) {
                out.add(null);
            } else {
                out.addAll(named);
                any = true;
            }
        }
        if (!any) return List.of();
        return out.size() == 1 ? out : distinct(out);
    }

    /** "Netanyahu, who said …": a relative pronoun names what the phrase before it names. */
    private List<String> antecedentOf(int w) {
        int p = w - 1;
        if (p >= 0 && tokens.get(p).text().equals(",")) p--;
        if (p < 0 || tokens.get(p).sentence() != tokens.get(w).sentence()) return List.of();
        List<String> named = holding(tokens.get(p).span());
        return named.size() == 1 ? named : List.of();
    }

    /** The entities whose mentions hold the head of the noun phrase at tokens [b, e). */
    private List<String> namedBy(int b, int e) {
        while (b < e && isDeterminerLike(tokens.get(b))) b++;
        while (e - 1 > b && SUFFIXES.contains(tokens.get(e - 1).text())) e--;
        if (b >= e) return List.of();
        Token last = tokens.get(e - 1);
        List<String> atEnd = holding(last.span());
        if (!atEnd.isEmpty() && !governedByPreposition(b, e - 1, last.span())) return atEnd;
        int head = e - 1;
        for (int k = b + 1; k < e; k++) {
            Token t = tokens.get(k);
            String w = lower(t);
            boolean tail = PREPOSITIONS.contains(w) && isNoun(tokens.get(k - 1))
                    || RELATIVES.contains(w) && t.isPos("W") || RELATIVES.contains(w) && isNoun(tokens.get(k - 1))
                    || (t.isPos("VBG") || t.isPos("VBN")) && isNoun(tokens.get(k - 1)) && k > b + 1;
            if (tail) {
                head = k - 1;
                break;
            }
        }
        while (head > b && (isPunct(tokens.get(head)) || isPossessive(tokens.get(head)))) head--;
        return holding(tokens.get(head).span());
    }

    /** Whether the mention holding token {@code at} is the object of a preposition inside the phrase. */
    private boolean governedByPreposition(int b, int at, Span word) {
        int start = at;
        Span mention = longestHolding(word);
        while (start > b && mention != null && tokens.get(start - 1).begin() >= mention.begin()) start--;
        int k = start - 1;
        while (k >= b && isDeterminerLike(tokens.get(k))) k--;
        return k >= b && PREPOSITIONS.contains(lower(tokens.get(k)));
    }

    /**
     * The entities with a mention holding {@code word}; of nested mentions the longest wins ("Venezuela’s
     * military attaché in Moscow", resolved to the attaché, holds the city's "Moscow"), and several entities
     * come back only when they share that mention (a plural "They").
     */
    private List<String> holding(Span word) {
        List<String> out = new ArrayList<>(1);
        int longest = -1;
        for (Entity en : entities) {
            for (Span m : en.mentions()) {
                if (m.begin() > word.begin() || word.end() > m.end()) continue;
                if (m.length() > longest) {
                    out.clear();
                    longest = m.length();
                }
                if (m.length() == longest) out.add(en.id());
                break;
            }
        }
        return out;
    }

    private Span longestHolding(Span word) {
        Span best = null;
        for (Entity en : entities) {
            for (Span m : en.mentions()) {
                if (m.begin() <= word.begin() && word.end() <= m.end() && (best == null || m.length() > best.length())) best = m;
            }
        }
        return best;
    }

    private boolean isPerson(String id) {
        for (Entity en : entities) if (en.id().equals(id)) return en.type() == org.newsgraph.entity.EntityType.PERSON;
        return false;
    }

    /** Whether tokens [b, e) are one name: a single mention holds them all. */
    private boolean isName(int b, int e) {
        if (b >= e) return false;
        Span all = new Span(tokens.get(b).begin(), tokens.get(e - 1).end());
        for (Entity en : entities) {
            for (Span m : en.mentions()) {
                if (m.begin() <= all.begin() && all.end() <= m.end()) return true;
            }
        }
        return false;
    }

    /** The phrase split at its top-level commas, parentheticals left out. */
    private List<int[]> parts(int a, int z) {
        List<int[]> out = new ArrayList<>();
        int start = a;
        int depth = 0;
        for (int k = a; k < z; k++) {
            String w = tokens.get(k).text();
            if (w.equals("(")) depth++;
            else if (w.equals(")")) depth = Math.max(0, depth - 1);
            else if (depth == 0 && (w.equals(",") || w.equals("—") || w.equals("–"))) {
                if (k > start) out.add(new int[] {start, k});
                start = k + 1;
            }
        }
        if (z > start) out.add(new int[] {start, z});
        if (out.isEmpty()) out.add(new int[] {a, z});
        // A parenthetical inside a part ("Dele (@dele_official)") is no part of its head.
        for (int[] p : out) {
            for (int k = p[0]; k < p[1]; k++) {
                if (tokens.get(k).text().equals("(") && k > p[0]) {
                    p[1] = k;
                    break;
                }
            }
        }
        return out;
    }

    /** The conjuncts of a phrase joined by "and" or "&" outside any mention; "both" dropped. */
    private List<int[]> conjuncts(int b, int e) {
        if (b < e && lower(tokens.get(b)).equals("both")) b++;
        List<int[]> out = new ArrayList<>(2);
        int start = b;
        for (int k = b + 1; k < e - 1; k++) {
            String w = lower(tokens.get(k));
            if (!(w.equals("and") || w.equals("&")) || insideMention(tokens.get(k).span())) continue;
            if (k > start) out.add(new int[] {start, k});
            start = k + 1;
        }
        if (e > start) out.add(new int[] {start, e});
        return out.isEmpty() ? List.of(new int[] {b, e}) : out;
    }

    private boolean insideMention(Span word) {
        return !holding(word).isEmpty();
    }

    private static List<String> distinct(List<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (id == null || seen.add(id)) out.add(id);
        }
        return out;
    }

    private int firstTokenFrom(int offset) {
        return Token.firstEndingAfter(tokens, offset);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static boolean isNoun(Token t) {
        return t.isPos("NN");
    }

    private static boolean isDeterminerLike(Token t) {
        return t.isPos("DT") || t.isPos("PDT");
    }

    private static boolean isPossessive(Token t) {
        return t.isPos("POS");
    }

    private static boolean isPunct(Token t) {
        char c = t.text().charAt(0);
        return !Character.isLetterOrDigit(c) && t.text().length() == 1 && c != '&';
    }
}
