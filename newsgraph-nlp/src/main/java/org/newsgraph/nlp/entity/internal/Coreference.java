package org.newsgraph.nlp.entity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.entity.EntityType;
import org.newsgraph.span.Span;
import org.newsgraph.text.Sentence;

/**
 * Links role-noun phrases and third-person pronouns to the people they refer to, within one article.
 * Only links it makes are recorded; anything unsure stays unlinked.
 *
 * <p><b>Role-noun phrases</b> ("Venezuela's military attaché in Moscow said", "the spokeswoman said")
 * are considered only as speaker-like subjects: the phrase opens its clause, names nobody, and a speech
 * verb follows it. Then, in this order:
 * <ol>
 *   <li>back, unless the phrase is indefinite ("a spokeswoman" is someone new): the nearest earlier
 *       person (within 40 sentences) whose roles end in the same noun and, when the phrase names an affiliation, who has that
 *       affiliation;</li>
 *   <li>forward, only for a specific phrase (with an affiliation: "Venezuela's military attaché"):
 *       the first person named after it, within its sentence and the next two, when that person is
 *       new there (not named before the phrase) and has no role of their own. The phrase's role and
 *       affiliation then become theirs.</li>
 * </ol>
 *
 * <p><b>Pronouns</b> he/him/his/himself go to a male or unknown-gender person, she/her/hers/herself to a
 * female one. Candidates are people referred to before the pronoun: first in its own sentence (the
 * subject if one is, else the nearest), else in each of the three sentences before, nearest first
 * (that sentence's subject if one is, else its only candidate; two or more candidates and no subject is
 * too unsure). Pronouns inside quotation marks are left alone: there they usually mean someone other
 * than the person quoted.
 */
final class Coreference {
    private static final int SENTENCES_BACK = 3;
    /** However many sentences name nobody, a pronoun looks no further back than this. */
    private static final int MAX_SENTENCES_BACK = 10;
    private static final int SENTENCES_AHEAD = 2;
    /** How far back "the spokeswoman" may look for the person with that role. */
    private static final int ROLE_SENTENCES_BACK = 40;

    private final DocView view;
    private final Roles roles;
    /** Person occurrences per sentence, in text order. */
    private final List<List<Occurrence>> people;
    private final boolean[] inName;

    Coreference(DocView view, Roles roles, List<Occurrence> named) {
        this.view = view;
        this.roles = roles;
        this.people = new ArrayList<>(view.sentences.size());
        for (int i = 0; i < view.sentences.size(); i++) people.add(new ArrayList<>(2));
        this.inName = new boolean[view.size()];
        for (Occurrence o : named) {
            for (int k = o.firstToken(); k < o.endToken(); k++) inName[k] = true;
            if (o.draft().type() == EntityType.PERSON) people.get(o.sentence()).add(o);
        }
    }

    void resolve() {
        for (Sentence s : view.sentences) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                if (inName[k] || view.isQuoted(k)) continue;
                Lexicon.Gender g = Lexicon.pronounGender(view.word(k));
                if (g != null && view.token(k).isPos("PRP")) {
                    resolvePronoun(s, k, g);
                } else if (view.token(k).pos().equals("NN") && Lexicon.isRoleNoun(view.word(k))
                        && Character.isLowerCase(view.word(k).charAt(0))) {
                    k = resolveRolePhrase(s, k);
                }
            }
        }
    }

    /** Returns the last token index the phrase used, so the scan continues after it. */
    private int resolveRolePhrase(Sentence s, int head) {
        if (head + 1 < s.endToken() && inName[head + 1]) return head; // a title before a name: Roles did it
        Roles.Found f = roles.titleEndingAt(head, s.firstToken());
        if (f == null) return head;
        int first = f.firstToken();
        if (first > s.firstToken() && !view.isPunct(first - 1) && !isClauseJoiner(view.word(first - 1))) return head;
        int end = head + 1;
        Draft ofWhom = null;
        // A place or body after the role belongs to the phrase: "military attaché in Moscow",
        // "a spokeswoman for Hillary Clinton" (whose name then is the affiliation).
        Occurrence o = end + 1 < s.endToken() && isPlacePreposition(view.word(end))
                ? roles.occurrenceStartingAt(end + 1) : null;
        if (o != null) {
            end = o.endToken();
            if (o.draft().type() != EntityType.CITY && !view.word(head + 1).equals("in")) ofWhom = o.draft();
        }
        if (f.affiliation() == null && ofWhom != null) {
            f = new Roles.Found(f.role(), f.head(), f.firstToken(), f.endToken(), ofWhom, true);
        }
        boolean indefinite = Roles.isIndefinite(view.word(first));
        int verb = end;
        while (verb < s.endToken() && view.token(verb).isPos("RB")) verb++;
        if (verb >= s.endToken() || !Lexicon.isSpeechVerb(view.word(verb))) return head;

        Span span = new Span(view.token(first).begin(), view.token(end - 1).end());
        Occurrence back = indefinite ? null : earlierWithRole(s, first, f);
        if (back != null) {
            link(back.draft(), first, end, s, span);
            return end - 1;
        }
        if (f.affiliation() == null) return head;
        Occurrence ahead = firstPersonAfter(end, s);
        if (ahead == null || !ahead.draft().roles().isEmpty()) return end - 1;
        if (ahead.draft().firstMention().begin() < span.begin()) return end - 1;
        Roles.apply(ahead.draft(), f);
        link(ahead.draft(), first, end, s, span);
        return end - 1;
    }

    private void link(Draft d, int first, int end, Sentence s, Span span) {
        d.mentions.add(span);
        insert(people.get(s.index()), new Occurrence(first, end, s.index(), span, d, false));
    }

    private Occurrence earlierWithRole(Sentence s, int before, Roles.Found f) {
        String head = f.head().toLowerCase(Locale.ROOT);
        for (int si = s.index(); si >= Math.max(0, s.index() - ROLE_SENTENCES_BACK); si--) {
            List<Occurrence> list = people.get(si);
            for (int i = list.size() - 1; i >= 0; i--) {
                Occurrence o = list.get(i);
                if (o.firstToken() >= before) continue;
                Draft d = o.draft();
                if (hasRoleHead(d, head) && (f.affiliation() == null || d.affiliations().contains(f.affiliation()))) {
                    return o;
                }
            }
        }
        return null;
    }

    private static boolean hasRoleHead(Draft d, String head) {
        for (String r : d.roles()) {
            String l = r.toLowerCase(Locale.ROOT);
            if (l.equals(head) || l.endsWith(" " + head)) return true;
        }
        return false;
    }

    private Occurrence firstPersonAfter(int token, Sentence s) {
        int last = Math.min(view.sentences.size() - 1, s.index() + SENTENCES_AHEAD);
        for (int si = s.index(); si <= last; si++) {
            for (Occurrence o : people.get(si)) {
                if (o.named() && o.firstToken() >= token) return o;
            }
        }
        return null;
    }

    private void resolvePronoun(Sentence s, int k, Lexicon.Gender g) {
        Occurrence chosen = null;
        List<Occurrence> same = compatible(people.get(s.index()), g, k);
        if (!same.isEmpty()) {
            chosen = subjectOf(same);
            if (chosen == null) chosen = same.get(same.size() - 1);
        } else {
            // Three sentences back that name people; sentences naming nobody (a long quotation) are passed over.
            int withPeople = 0;
            for (int si = s.index() - 1; si >= Math.max(0, s.index() - MAX_SENTENCES_BACK) && chosen == null
                    && withPeople < SENTENCES_BACK; si--) {
                if (people.get(si).isEmpty()) continue;
                withPeople++;
                List<Occurrence> c = compatible(people.get(si), g, Integer.MAX_VALUE);
                if (c.isEmpty()) continue;
                chosen = subjectOf(c);
                if (chosen == null && distinctDrafts(c) == 1) chosen = c.get(0);
                if (chosen == null) return;
            }
        }
        if (chosen == null) return;
        Span span = view.token(k).span();
        chosen.draft().mentions.add(span);
        // "she" of a person whose given name said nothing of their gender tells it from now on.
        if (chosen.draft().gender == Lexicon.Gender.UNKNOWN) chosen.draft().gender = g;
        insert(people.get(s.index()), new Occurrence(k, k + 1, s.index(), span, chosen.draft(), false));
    }

    /**
     * The people a pronoun of gender {@code g} may refer to, before token {@code before}: those of that
     * gender, or when there are none, those whose gender is unknown.
     */
    private List<Occurrence> compatible(List<Occurrence> list, Lexicon.Gender g, int before) {
        List<Occurrence> same = new ArrayList<>(list.size());
        List<Occurrence> unknown = new ArrayList<>(list.size());
        for (Occurrence o : list) {
            // "“Heads needed to roll the day Epstein died,” he said": who is named in a quotation is seldom its speaker.
            if (o.firstToken() >= before || view.isQuoted(o.firstToken())) continue;
            Lexicon.Gender d = o.draft().gender;
            if (d == g) same.add(o);
            else if (d == Lexicon.Gender.UNKNOWN) unknown.add(o);
        }
        if (same.isEmpty()) return unknown;
        // Unknown-gender people stay candidates beside a male one ("he" of an unlisted given name), as before.
        if (g == Lexicon.Gender.MALE) {
            List<Occurrence> all = new ArrayList<>(same.size() + unknown.size());
            for (Occurrence o : list) {
                if (o.firstToken() < before && !view.isQuoted(o.firstToken()) && o.draft().gender != Lexicon.Gender.FEMALE) all.add(o);
            }
            return all;
        }
        return same;
    }

    /** The first occurrence that is the subject of a verb: a verb follows it, after any ", who …," aside. */
    private Occurrence subjectOf(List<Occurrence> list) {
        for (Occurrence o : list) {
            Sentence s = view.sentences.get(o.sentence());
            int k = o.endToken();
            if (k < s.endToken() && view.word(k).equals(",")) {
                int close = k + 1;
                while (close < s.endToken() && close - k < 20 && !view.word(close).equals(",")) close++;
                if (close < s.endToken() && view.word(close).equals(",")) k = close + 1;
            }
            while (k < s.endToken() && view.token(k).isPos("RB")) k++;
            if (k < s.endToken() && view.isVerb(k)) return o;
        }
        return null;
    }

    private static int distinctDrafts(List<Occurrence> list) {
        Draft first = list.get(0).draft();
        for (Occurrence o : list) {
            if (o.draft() != first) return 2;
        }
        return 1;
    }

    private static void insert(List<Occurrence> list, Occurrence o) {
        int i = list.size();
        while (i > 0 && list.get(i - 1).firstToken() > o.firstToken()) i--;
        list.add(i, o);
    }

    private static boolean isClauseJoiner(String w) {
        return w.equals("and") || w.equals("but") || w.equals("that") || w.equals("while") || w.equals("as");
    }

    private static boolean isPlacePreposition(String w) {
        return w.equals("in") || w.equals("at") || w.equals("to") || w.equals("for");
    }
}
