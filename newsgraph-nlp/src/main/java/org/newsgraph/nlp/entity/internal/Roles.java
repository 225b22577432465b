package org.newsgraph.nlp.entity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.entity.EntityKeys;
import org.newsgraph.entity.EntityType;
import org.newsgraph.text.Sentence;

/**
 * Roles and affiliations of people from the words around their names.
 *
 * <ul>
 *   <li>A title before the name: [affiliation] [modifiers] role-noun Name — "US President Donald
 *       Trump" (President, of the United States), "Russian foreign ministry spokeswoman Maria Zakharova",
 *       "opposition leader Juan Guaidó", "Venezuela's military attaché X". The affiliation is a named
 *       organisation or country, a possessive one, or a demonym of a country the article names.</li>
 *   <li>An apposition after the name: "X, the foreign minister of Russia," / "X, Russia's envoy," /
 *       "X, a spokesman for the EU,".</li>
 *   <li>A role before a comma: "the Russian foreign minister, Sergei Lavrov," (only when the phrase
 *       starts with a determiner, a possessive or an affiliation, so a list is not read as a title).</li>
 * </ul>
 * Honorifics ("Mrs", "Mr") and gendered role nouns ("spokeswoman") also record a gender cue.
 */
final class Roles {
    private static final int MAX_MODIFIERS = 3;

    private final DocView view;
    private final Gazetteer gazetteer;
    private final Map<String, Draft> byKey;
    private final Occurrence[] endsAt;
    private final Occurrence[] startsAt;

    Roles(DocView view, Gazetteer gazetteer, Map<String, Draft> byKey, List<Occurrence> named) {
        this.view = view;
        this.gazetteer = gazetteer;
        this.byKey = byKey;
        this.endsAt = new Occurrence[view.size()];
        this.startsAt = new Occurrence[view.size()];
        for (Occurrence o : named) {
            endsAt[o.endToken() - 1] = o;
            startsAt[o.firstToken()] = o;
        }
    }

    /** A role phrase: its text, the role noun heading it, its first token and its affiliation (or null). */
    record Found(String role, String head, int firstToken, int endToken, Draft affiliation, boolean specific) {}

    void findAll(List<Occurrence> named) {
        for (Occurrence o : named) {
            if (o.draft().type() != EntityType.PERSON) continue;
            Sentence s = view.sentences.get(o.sentence());
            int k = o.firstToken() - 1;
            while (k >= s.firstToken() && Lexicon.isHonorific(view.word(k))) {
                o.draft().addGender(Lexicon.honorificGender(view.word(k)));
                String role = Lexicon.honorificRole(view.word(k));
                if (role != null) o.draft().roles.add(role);
                k--;
            }
            Found before = titleEndingAt(k, s.firstToken());
            if (before == null) before = titleWithTailEndingAt(k, s.firstToken());
            if (before == null && k - 1 >= s.firstToken() && view.word(k).equals(",")) {
                Found f = titleEndingAt(k - 1, s.firstToken());
                if (f != null && f.specific()) before = f;
            }
            apply(o.draft(), before);
            apply(o.draft(), appositionAfter(o.endToken(), s.endToken()));
        }
    }

    static void apply(Draft person, Found f) {
        if (f == null) return;
        person.roles.add(f.role());
        person.addAffiliation(f.affiliation());
        person.addGender(Lexicon.roleGender(f.head()));
    }

    /**
     * The title whose role noun is token {@code head}: walks left over modifiers to an affiliation.
     * Null when {@code head} is no role noun or is part of a name.
     */
    Found titleEndingAt(int head, int sentenceFirst) {
        if (head < sentenceFirst || !Lexicon.isRoleNoun(view.word(head)) || endsAt[head] != null) return null;
        if (!view.token(head).isPos("NN") && !view.token(head).isPos("JJ")) return null;
        int start = head;
        int k = head - 1;
        int modifiers = 0;
        while (k >= sentenceFirst && modifiers < MAX_MODIFIERS && endsAt[k] == null && isModifier(k)) {
            start = k--;
            modifiers++;
        }
        Draft affiliation = null;
        int first = start;
        boolean specific = false;
        if (k >= sentenceFirst) {
            if (endsAt[k] != null) {
                affiliation = affiliationOf(endsAt[k]);
                first = endsAt[k].firstToken();
                specific = affiliation != null;
            } else if (view.isPossessive(k) && k - 1 >= sentenceFirst && endsAt[k - 1] != null) {
                affiliation = affiliationOf(endsAt[k - 1]);
                first = endsAt[k - 1].firstToken();
                specific = affiliation != null;
            } else if (gazetteer.demonymCountry(view.word(k)) != null) {
                affiliation = byKey.get(EntityKeys.country(gazetteer.demonymCountry(view.word(k))));
                first = k;
                specific = true;
            } else if (isDeterminer(view.word(k))) {
                first = k;
                specific = true;
            }
        }
        if (affiliation == null && first != start && !specific) first = start;
        String role = view.text.substring(view.token(start).begin(), view.token(head).end());
        return new Found(Grouping.squash(role), view.word(head), first, head + 1, affiliation, specific);
    }

    /**
     * "Secretary of State Mike Pompeo", "Minister of Foreign Affairs X": a capitalised title whose role noun
     * takes an "of" phrase, ending at token {@code last} just before the name.
     */
    private Found titleWithTailEndingAt(int last, int sentenceFirst) {
        if (last < sentenceFirst) return null;
        int k = last;
        int words = 0;
        while (k >= sentenceFirst && words < 3 && endsAt[k] == null && Character.isUpperCase(view.word(k).charAt(0))
                && !Lexicon.isRoleNoun(view.word(k))) {
            k--;
            words++;
        }
        if (words == 0 || k - 1 < sentenceFirst || !(view.word(k).equals("of") || view.word(k).equals("for"))) return null;
        if (!Character.isUpperCase(view.word(k - 1).charAt(0))) return null;
        Found role = titleEndingAt(k - 1, sentenceFirst);
        if (role == null) return null;
        String text = view.text.substring(view.token(titleStart(role, k - 1)).begin(), view.token(last).end());
        return new Found(Grouping.squash(text), role.head(), role.firstToken(), last + 1, role.affiliation(), role.specific());
    }

    /** The first word of a title's own text, past its affiliation and determiner ("the", "Russia's"). */
    private int titleStart(Found f, int head) {
        int k = head;
        while (k - 1 >= f.firstToken() && endsAt[k - 1] == null && isModifier(k - 1)) k--;
        return k;
    }

    /**
     * ", the Y of Z," / ", Z's Y," / ", a Y for Z," / ", the deputy White House press secretary," / ", the
     * secretary of state," / ", who is secretary of state," right after a name ending before token {@code at}.
     */
    private Found appositionAfter(int at, int sentenceEnd) {
        if (at >= sentenceEnd || !view.word(at).equals(",")) return null;
        int k = at + 1;
        Draft affiliation = null;
        // ", who is secretary of state,", ", who was the party's leader,"
        if (k + 1 < sentenceEnd && view.word(k).equalsIgnoreCase("who") && Lexicon.isBeForm(view.word(k + 1))) k += 2;
        if (k < sentenceEnd && isDeterminer(view.word(k))) k++;
        if (k < sentenceEnd && startsAt[k] != null && startsAt[k].draft().type() != EntityType.PERSON) {
            Occurrence o = startsAt[k];
            affiliation = affiliationOf(o);
            k = o.endToken();
            if (k < sentenceEnd && view.isPossessive(k)) k++;
        } else if (k < sentenceEnd && gazetteer.demonymCountry(view.word(k)) != null) {
            affiliation = byKey.get(EntityKeys.country(gazetteer.demonymCountry(view.word(k))));
            k++;
        }
        int start = k;
        int head = -1;
        while (k < sentenceEnd && k - start <= MAX_MODIFIERS + 2) {
            int after = startsAt[k] == null ? -1 : startsAt[k].endToken();
            if (after > 0 && after < sentenceEnd && startsAt[k].draft().type() != EntityType.PERSON
                    && (isModifier(after) || Lexicon.isRoleNoun(view.word(after)))) {
                // "the principal deputy White House press secretary": a body inside the title is its affiliation.
                if (affiliation == null) affiliation = affiliationOf(startsAt[k]);
                k = startsAt[k].endToken();
                continue;
            }
            if (startsAt[k] != null || !(isModifier(k) || Lexicon.isRoleNoun(view.word(k)))) break;
            if (Lexicon.isRoleNoun(view.word(k))) head = k;
            k++;
        }
        if (head < 0) return null;
        int roleEnd = head;
        k = head + 1;
        if (k < sentenceEnd && isAffiliationPreposition(view.word(k))) {
            int m = k + 1;
            if (m < sentenceEnd && isDeterminer(view.word(m))) m++;
            if (m < sentenceEnd && startsAt[m] != null && startsAt[m].draft().type() != EntityType.PERSON) {
                if (affiliation == null) affiliation = affiliationOf(startsAt[m]);
                k = startsAt[m].endToken();
            } else {
                // "the secretary of state" is all title; "an attorney for the first guard" is an attorney.
                int e = m;
                while (e < sentenceEnd && e - m < 4 && startsAt[e] == null && Character.isLetter(view.word(e).charAt(0))
                        && (view.token(e).isPos("NN") || view.token(e).isPos("JJ") || view.token(e).isPos("CD"))) {
                    e++;
                }
                if (e > m && e < sentenceEnd && isApposItionEnd(view.word(e))) {
                    if (view.word(k).equals("of")) roleEnd = e - 1;
                    k = e;
                }
            }
        }
        if (k < sentenceEnd && !isApposItionEnd(view.word(k))) return null;
        String role = view.text.substring(view.token(firstTitleWord(start, head)).begin(), view.token(roleEnd).end());
        return new Found(Grouping.squash(role), view.word(head), start, head + 1, affiliation, true);
    }

    /** The first word of the title proper, past a body named inside it ("deputy White House press secretary"). */
    private int firstTitleWord(int start, int head) {
        int k = start;
        for (int i = start; i < head; i++) {
            if (startsAt[i] != null) k = startsAt[i].endToken();
        }
        return k;
    }

    private static boolean isApposItionEnd(String w) {
        return w.equals(",") || w.equals(".") || w.equals(")") || w.equals(";") || w.equals("”") || w.equals("\"");
    }

    private static Draft affiliationOf(Occurrence o) {
        EntityType t = o.draft().type();
        return t == EntityType.PERSON ? null : o.draft();
    }

    /**
     * A word inside a title: lower-case adjectives and nouns ("foreign affairs", "military",
     * "opposition") and capitalised title words ("Prime", "Foreign"). Demonyms, determiners and names end it.
     */
    private boolean isModifier(int k) {
        String w = view.word(k);
        char c = w.charAt(0);
        if (Character.isUpperCase(c)) {
            return (Lexicon.isTitleModifier(w) || Lexicon.isRoleNoun(w)) && gazetteer.demonymCountry(w) == null;
        }
        if (!Character.isLetter(c) || isDeterminer(w)) return false;
        String pos = view.token(k).pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN");
    }

    /** The named occurrence starting at {@code token}, or null. */
    Occurrence occurrenceStartingAt(int token) {
        return startsAt[token];
    }

    static boolean isIndefinite(String w) {
        return w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
    }

    static boolean isDeterminer(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("the") || l.equals("a") || l.equals("an");
    }

    private static boolean isAffiliationPreposition(String w) {
        return w.equals("of") || w.equals("for") || w.equals("at") || w.equals("in") || w.equals("to");
    }
}
