package org.newsgraph.nlp.entity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.entity.EntityType;
import org.newsgraph.span.Span;
import org.newsgraph.text.Sentence;

/**
 * Links what stands for an organisation or a group of people, as the subject of a verb, to what it
 * refers to. Runs after people's names, pronouns and titles are resolved, in text order, so that each link
 * made is there for the next one.
 *
 * <ul>
 *   <li>"the company", "the agency", "the doctors": the latest organisation named with that word in its
 *       name (within {@value #NAME_SENTENCES_BACK} sentences: "the doctors" of "Doctors for Camp Closure"),
 *       else, for a word naming a kind of body ({@code BODY_NOUNS}), the latest actor of the last
 *       {@value #ACTOR_SENTENCES_BACK} sentences when that actor is an organisation.</li>
 *   <li>"it": the latest actor when that actor is an organisation or a country ("The military said … It
 *       said it was withholding the names"); never past a person or an unnamed actor.</li>
 *   <li>"they": the latest actor when that actor is an organisation, or people named together ("Warren
 *       and Ocasio-Cortez wrote … They criticised"); never past an unnamed plural ("teachers").</li>
 *   <li>"Both men", "the two women", "the pair": the two people of that gender named last.</li>
 *   <li>"The 56-year-old": the latest person acting, of that gender when the phrase says it.</li>
 * </ul>
 * An <em>actor</em> is the subject of a finite verb or the speaker after an inverted speech verb ("…,
 * said the company"); an actor that names no entity ("officials", "the crash") is unnamed and stops the
 * search, because what comes after it most likely refers to it. Not thread-safe; one instance per article.
 */
final class DescriptionCoreference {
    private static final int NAME_SENTENCES_BACK = 40;
    private static final int ACTOR_SENTENCES_BACK = 3;
    private static final int PEOPLE_SENTENCES_BACK = 3;

    private static final Set<String> BODY_NOUNS = Set.of("company", "firm", "group", "agency", "organization",
            "organisation", "utility", "network", "party", "union", "league", "club", "coalition", "commission",
            "council", "committee", "ministry", "department", "office", "bank", "airline", "carrier", "retailer",
            "automaker", "carmaker", "studio", "label", "startup", "nonprofit", "charity", "board", "court",
            "government", "administration", "regulator", "watchdog", "newspaper", "paper", "broadcaster",
            "station", "channel", "team", "band", "school", "university", "hospital", "military", "army",
            "bureau", "authority", "institute", "foundation", "association", "federation", "conglomerate",
            "giant", "maker", "manufacturer", "developer", "publisher", "platform", "operator", "insurer",
            "lender", "exchange", "police", "service", "corporation", "outlet", "website", "magazine");
    private static final Set<String> PLURAL_NUMBERS = Set.of("two", "both");
    /** What an organisation or person issues and is then said to say: "the statement said". */
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "release", "letter", "post", "tweet",
            "announcement", "notice", "filing", "complaint", "communique", "memo");

    private final DocView view;
    /** The drafts each token is a mention of, rebuilt as links are made. */
    private final List<List<Draft>> at;

    DescriptionCoreference(DocView view, Collection<Draft> drafts) {
        this.view = view;
        this.at = new ArrayList<>(view.size());
        for (int i = 0; i < view.size(); i++) at.add(List.of());
        for (Draft d : drafts) {
            for (Span m : d.mentions()) mark(m, d);
        }
    }

    void resolve() {
        for (Sentence s : view.sentences) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                if (!at.get(k).isEmpty() || view.isQuoted(k)) continue;
                int end = phraseAt(s, k);
                if (end > k) k = end - 1;
            }
        }
    }

    /** Resolves a phrase starting at token {@code k}; the phrase's end, or k when nothing was linked there. */
    private int phraseAt(Sentence s, int k) {
        String w = view.word(k).toLowerCase(Locale.ROOT);
        if (view.token(k).isPos("NNS") && w.endsWith("s") && Lexicon.isRoleNoun(w.substring(0, w.length() - 1))
                && subjectAt(k + 1, s)) {
            return linkRoleHolders(s, k, w.substring(0, w.length() - 1));
        }
        if ((w.equals("it") || w.equals("they")) && view.token(k).isPos("PRP")) {
            if (!subjectAt(k + 1, s)) return k;
            Actor a = latestActor(s, k);
            if (w.equals("they") && (a == null || a.drafts.size() < 2) && s.index() > 0) {
                // "… two politicians: Senator Warren and Congresswoman Ocasio-Cortez. They criticised …"
                List<Draft> pair = coordinatedPeople(view.sentences.get(s.index() - 1));
                if (pair.size() >= 2 && (a == null || view.token(a.token).sentence() < s.index())) return link(k, k + 1, pair);
            }
            if (a == null || a.drafts.isEmpty()) return k;
            boolean bodies = a.drafts.size() == 1 && a.drafts.get(0).type() != EntityType.PERSON
                    && a.drafts.get(0).type() != EntityType.MISC;
            boolean people = a.drafts.size() > 1 && allPeople(a.drafts);
            // "they" for a company is British usage, and in any English mostly right after it speaks.
            boolean speakingBody = bodies && a.speaks && view.token(a.token).sentence() >= s.index() - 1;
            if (w.equals("it") ? bodies : people || speakingBody) {
                return link(k, k + 1, a.drafts);
            }
            return k;
        }
        if (!w.equals("the") && !w.equals("both")) return k;
        int head = k + 1;
        while (head < s.endToken() && head - k <= 4 && (view.token(head).isPos("JJ") || view.token(head).isPos("CD")
                || view.token(head).isPos("POS") && head > k + 1
                || view.token(head).isPos("NN") && head + 1 < s.endToken()
                && (view.token(head + 1).isPos("NN") || view.token(head + 1).isPos("POS")))) {
            head++;
        }
        if (head >= s.endToken() || !view.token(head).isPos("NN") || !at.get(head).isEmpty()) return k;
        if (!subjectAt(head + 1, s) && !afterAccordingTo(k)) return k;
        String noun = view.word(head).toLowerCase(Locale.ROOT);
        if (isPlural(k, head)) return linkPeople(s, k, head + 1, genderOf(noun));
        if (isAge(k, head)) return linkAged(s, k, head + 1);
        if (Character.isUpperCase(view.word(head).charAt(0)) || Lexicon.isRoleNoun(noun)) return k;
        Draft named = orgNamedWith(s, k, noun);
        if (named != null) return link(k, head + 1, List.of(named));
        if (STATEMENT_NOUNS.contains(noun)) {
            // "…,” the statement said: whoever spoke last, in a statement or not.
            Actor a = latestActor(s, k, x -> x.speaks && x.drafts.size() == 1);
            return a == null ? k : link(k, head + 1, a.drafts);
        }
        if (!BODY_NOUNS.contains(noun)) return k;
        // "the company" is an organisation: people and unnamed actors in between are passed over.
        Actor a = latestActor(s, k, x -> x.drafts.size() == 1 && x.drafts.get(0).type() == EntityType.ORGANIZATION);
        if (a != null && a.drafts.size() == 1 && a.drafts.get(0).type() == EntityType.ORGANIZATION) {
            return link(k, head + 1, a.drafts);
        }
        return k;
    }

    /** People joined by "and" in a sentence ("Senator Warren and congresswoman Ocasio-Cortez"), or none. */
    private List<Draft> coordinatedPeople(Sentence s) {
        for (int t = s.firstToken() + 1; t < s.endToken() - 1; t++) {
            if (!view.word(t).equals("and")) continue;
            Draft left = personEndingAt(t - 1);
            int r = t + 1;
            while (r < s.endToken() && r < t + 4 && at.get(r).isEmpty()
                    && (view.token(r).isPos("NN") || Lexicon.isRoleNoun(view.word(r)) || Lexicon.isHonorific(view.word(r)))) {
                r++;
            }
            Draft right = r < s.endToken() ? personAt(r) : null;
            if (left != null && right != null && left != right) return List.of(left, right);
        }
        return List.of();
    }

    private Draft personEndingAt(int t) {
        return personAt(t);
    }

    private Draft personAt(int t) {
        for (Draft d : at.get(t)) if (d.type() == EntityType.PERSON) return d;
        return null;
    }

    /**
     * "Defense attorneys said": a plural title stands for the people of the article holding it, when two or
     * more do (within {@value #NAME_SENTENCES_BACK} sentences).
     */
    private int linkRoleHolders(Sentence s, int k, String role) {
        List<Draft> holders = new ArrayList<>();
        int firstSentence = Math.max(0, s.index() - NAME_SENTENCES_BACK);
        for (int t = k - 1; t >= view.sentences.get(firstSentence).firstToken(); t--) {
            for (Draft d : at.get(t)) {
                if (d.type() != EntityType.PERSON || holders.contains(d)) continue;
                for (String r : d.roles()) {
                    String l = r.toLowerCase(Locale.ROOT);
                    if (l.equals(role) || l.endsWith(" " + role)) {
                        holders.add(0, d);
                        break;
                    }
                }
            }
        }
        return holders.size() >= 2 ? link(k, k + 1, holders) : k;
    }

    /** "Both men", "the two women", "the pair", "the couple". */
    private boolean isPlural(int k, int head) {
        String noun = view.word(head).toLowerCase(Locale.ROOT);
        if (noun.equals("pair") || noun.equals("couple") || noun.equals("duo")) return head == k + 1;
        boolean number = view.word(k).equalsIgnoreCase("both") || head == k + 2 && PLURAL_NUMBERS.contains(view.word(k + 1).toLowerCase(Locale.ROOT));
        return number && (noun.equals("men") || noun.equals("women") || noun.equals("leaders") || noun.equals("officials")
                || noun.equals("hostages") || noun.equals("brothers") || noun.equals("sisters"));
    }

    /** "The 56-year-old", "the 43-year-old man". */
    private boolean isAge(int k, int head) {
        for (int i = k + 1; i <= head; i++) {
            if (view.word(i).toLowerCase(Locale.ROOT).matches("\\d+-year-old")) return true;
        }
        return false;
    }

    private static Lexicon.Gender genderOf(String noun) {
        return switch (noun) {
            case "men", "man", "brothers" -> Lexicon.Gender.MALE;
            case "women", "woman", "sisters" -> Lexicon.Gender.FEMALE;
            default -> Lexicon.Gender.UNKNOWN;
        };
    }

    private int linkPeople(Sentence s, int b, int e, Lexicon.Gender g) {
        List<Draft> found = new ArrayList<>(2);
        for (int si = s.index(); si >= Math.max(0, s.index() - PEOPLE_SENTENCES_BACK) && found.size() < 2; si--) {
            Sentence cur = view.sentences.get(si);
            int last = si == s.index() ? b - 1 : cur.endToken() - 1;
            for (int t = last; t >= cur.firstToken() && found.size() < 2; t--) {
                for (Draft d : at.get(t)) {
                    if (d.type() == EntityType.PERSON && fits(d, g) && !found.contains(d)) found.add(d);
                }
            }
        }
        return found.size() == 2 ? link(b, e, List.of(found.get(1), found.get(0))) : b;
    }

    private int linkAged(Sentence s, int b, int e) {
        Lexicon.Gender g = genderOf(view.word(e - 1).toLowerCase(Locale.ROOT));
        Actor a = latestActor(s, b);
        if (a != null && a.drafts.size() == 1 && a.drafts.get(0).type() == EntityType.PERSON && fits(a.drafts.get(0), g)) {
            return link(b, e, a.drafts);
        }
        return b;
    }

    private static boolean fits(Draft d, Lexicon.Gender g) {
        return g == Lexicon.Gender.UNKNOWN || d.gender == Lexicon.Gender.UNKNOWN || d.gender == g;
    }

    /** The latest organisation named before token {@code k} with {@code noun} (or its plural) among its words. */
    private Draft orgNamedWith(Sentence s, int k, String noun) {
        String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        Set<String> words = NAME_WORDS.getOrDefault(singular, new java.util.HashSet<>(List.of(noun, singular, noun + "s")));
        int firstSentence = Math.max(0, s.index() - NAME_SENTENCES_BACK);
        for (int t = k - 1; t >= view.sentences.get(firstSentence).firstToken(); t--) {
            for (Draft d : at.get(t)) {
                if (d.type() != EntityType.ORGANIZATION) continue;
                for (String word : d.name().toLowerCase(Locale.ROOT).split("[\\s’']+")) {
                    if (words.contains(word)) return d;
                }
            }
        }
        return null;
    }

    /** "the group" of the WeWorkers Coalition, "the physicians" of Doctors for Camp Closure, "the utility" of an Electric Co. */
    private static final java.util.Map<String, Set<String>> NAME_WORDS = java.util.Map.of(
            "group", Set.of("group", "coalition", "alliance", "association", "union", "network", "movement", "council",
                    "committee", "collective", "federation", "league", "caucus", "front"),
            "physician", Set.of("physicians", "doctors", "physician", "doctor"),
            "doctor", Set.of("physicians", "doctors", "physician", "doctor"),
            "utility", Set.of("utility", "utilities", "electric", "power", "energy", "gas", "edison", "water"),
            "company", Set.of("company", "inc", "inc.", "corp", "corp.", "corporation", "co.", "llc", "ltd", "ltd."),
            "firm", Set.of("firm", "inc", "inc.", "corp", "corp.", "corporation", "co.", "llc", "ltd", "ltd.", "partners"),
            "agency", Set.of("agency", "administration", "service", "bureau", "office", "department", "authority"));

    /** A subject or speaker before token {@code k}, within the last sentences, and the entities it names. */
    private record Actor(int token, List<Draft> drafts, boolean speaks) {}

    private Actor latestActor(Sentence s, int k) {
        return latestActor(s, k, a -> true);
    }

    /** The latest actor that {@code counts}; actors that do not count are passed over. */
    private Actor latestActor(Sentence s, int k, java.util.function.Predicate<Actor> counts) {
        for (int si = s.index(); si >= Math.max(0, s.index() - ACTOR_SENTENCES_BACK); si--) {
            Sentence cur = view.sentences.get(si);
            List<Actor> actors = actors(cur, si == s.index() ? k : cur.endToken());
            for (int i = actors.size() - 1; i >= 0; i--) {
                if (counts.test(actors.get(i))) return actors.get(i);
            }
        }
        return null;
    }

    /** The actors of a sentence before token {@code limit}, in text order. */
    private List<Actor> actors(Sentence s, int limit) {
        List<Actor> out = new ArrayList<>();
        for (int v = s.firstToken() + 1; v < limit; v++) {
            if (view.isQuoted(v) || !view.isVerb(v) || view.isVerb(v - 1)) continue;
            int h = v - 1;
            while (h > s.firstToken() && view.token(h).isPos("RB")) h--;
            // "The group that owns her music, Big Machine, says": the name set off before the verb.
            if (view.word(h).equals(",") && h - 1 > s.firstToken() && !at.get(h - 1).isEmpty()) h--;
            if (view.isQuoted(h) || insidePrepositionalPhrase(h, s) || embedded(h, s)) continue;
            boolean speaks = speaks(v, s);
            if (!at.get(h).isEmpty()) {
                out.add(new Actor(h, coordinated(h, s), speaks));
            } else if (view.token(h).isPos("NN") || view.token(h).isPos("PRP")) {
                out.add(new Actor(h, List.of(), speaks));
            }
            // "…,” said the company" / ", said Smith": the speaker after an inverted verb.
            if ((view.word(v - 1).equals(",") || view.isPunct(v - 1)) && Lexicon.isSpeechVerb(view.word(v))
                    && v + 1 < limit && v + 1 < s.endToken()) {
                int n = v + 1;
                while (n < s.endToken() && n < v + 4 && at.get(n).isEmpty() && !view.isPunct(n)) n++;
                if (n < s.endToken() && n < limit && !at.get(n).isEmpty()) out.add(new Actor(n, at.get(n), true));
            }
        }
        out.sort((a, b) -> Integer.compare(a.token, b.token));
        return out;
    }

    /**
     * Whether the noun before a verb ends a prepositional phrase ("the spaceship heading to the
     * International Space Station broke up"): then it is not the verb's subject.
     */
    private boolean insidePrepositionalPhrase(int h, Sentence s) {
        int t = h;
        while (t > s.firstToken() && (!at.get(t - 1).isEmpty() && at.get(t - 1).equals(at.get(h))
                || view.token(t - 1).isPos("NNP") || view.token(t - 1).isPos("DT") || view.token(t - 1).isPos("JJ"))) {
            t--;
        }
        return t > s.firstToken() && view.token(t - 1).isPos("IN") && !view.word(t - 1).equalsIgnoreCase("that");
    }

    /**
     * Whether the noun phrase ending at {@code h} opens a reported clause ("said that the pier would close",
     * "said the pier would close"): its verb is not what the sentence's actor did.
     */
    private boolean embedded(int h, Sentence s) {
        int t = h;
        while (t > s.firstToken() && (!at.get(t - 1).isEmpty() || view.token(t - 1).isPos("NN")
                || view.token(t - 1).isPos("DT") || view.token(t - 1).isPos("JJ") || view.token(t - 1).isPos("POS")
                || view.token(t - 1).isPos("CD") || view.token(t - 1).isPos("PRP$"))) {
            t--;
        }
        if (t <= s.firstToken()) return false;
        String before = view.word(t - 1).toLowerCase(Locale.ROOT);
        return view.token(t - 1).isPos("VB") || before.equals("that") || before.equals("if") || before.equals("whether");
    }

    /** Whether the verb group starting at token {@code v} ("have twice denied") ends in a verb of saying. */
    private boolean speaks(int v, Sentence s) {
        int k = v;
        while (k + 1 < s.endToken() && (view.token(k).isPos("MD") || Lexicon.isBeForm(view.word(k))
                || isAuxiliary(view.word(k)) || view.token(k).isPos("RB"))
                && (view.token(k + 1).isPos("VB") || view.token(k + 1).isPos("RB") || view.token(k + 1).isPos("MD"))) {
            k++;
        }
        return Lexicon.isSpeechVerb(view.word(k));
    }

    private static boolean isAuxiliary(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("have") || l.equals("has") || l.equals("had") || l.equals("do") || l.equals("does")
                || l.equals("did") || l.equals("'ve") || l.equals("’ve");
    }

    /** The entities at token {@code h}, with those joined to them by "and" ("Warren and Ocasio-Cortez"). */
    private List<Draft> coordinated(int h, Sentence s) {
        List<Draft> out = new ArrayList<>(at.get(h));
        int t = h;
        while (t > s.firstToken() && !at.get(t - 1).isEmpty() && at.get(t - 1).equals(at.get(h))) t--;
        if (t - 2 >= s.firstToken() && view.word(t - 1).equals("and") && !at.get(t - 2).isEmpty()) {
            for (Draft d : at.get(t - 2)) if (!out.contains(d)) out.add(0, d);
        }
        return out;
    }

    private boolean subjectAt(int j, Sentence s) {
        while (j < s.endToken() && view.token(j).isPos("RB")) j++;
        return j < s.endToken() && view.isVerb(j);
    }

    private boolean afterAccordingTo(int k) {
        return k >= 2 && view.word(k - 1).equalsIgnoreCase("to") && view.word(k - 2).equalsIgnoreCase("according");
    }

    private static boolean allPeople(List<Draft> ds) {
        for (Draft d : ds) if (d.type() != EntityType.PERSON) return false;
        return true;
    }

    private int link(int b, int e, List<Draft> targets) {
        Span span = new Span(view.token(b).begin(), view.token(e - 1).end());
        for (Draft d : targets) {
            d.mentions.add(span);
            mark(span, d);
        }
        return e;
    }

    private void mark(Span m, Draft d) {
        for (int t = view.tokenFrom(m.begin()); t < view.size() && view.token(t).begin() < m.end(); t++) {
            List<Draft> cur = at.get(t);
            if (cur.contains(d)) continue;
            List<Draft> next = new ArrayList<>(cur.size() + 1);
            next.addAll(cur);
            next.add(d);
            at.set(t, List.copyOf(next));
        }
    }
}
