package org.newsgraph.nlp.event.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Codes the events of one sentence from its words: finds the actors (dictionary names, agents joined to
 * their country as PETRARCH does — "Russian troops" → RUSMIL — and actors the caller knows from its
 * entities), then each verb the verb dictionary knows, its most specific pattern, and the actors on
 * either side of it. No verb, no event; no actor on one side, no event; a negated, modal or hypothetical
 * verb ("is not threatening", "could send", "if … attacks") is no event.
 */
public final class SentenceCoder {
    /** At most this many events from one sentence: a long sentence must not turn into a list of codes. */
    static final int MAX_PER_SENTENCE = 8;
    /** At most this many verbs coded in one sentence (each may give an event per coordinated actor). */
    static final int MAX_TRIGGERS = 3;
    private static final int REACH = 12;
    private static final int TARGET_REACH = 12;
    /**
     * Verbs the CAMEO dictionary lists for a sense they rarely have in news prose: "according to", "going to",
     * what someone thinks, believes, knows or seems. Read in PolNeAR articles, where they coded nothing right.
     */
    private static final Set<String> NOT_EVENTS = Set.of("ACCORDING", "GOING", "GOES", "GO", "THINK", "THINKS", "THOUGHT",
            "BELIEVE", "BELIEVES", "BELIEVED", "KNOW", "KNOWS", "KNEW", "SEEM", "SEEMS", "SEEMED", "LOOK", "LOOKS");
    private static final Set<String> AUXILIARIES = Set.of("HAVE", "HAS", "HAD", "HAVING", "IS", "ARE", "WAS", "WERE", "BE", "BEEN",
            "BEING", "AM", "'S", "'RE", "'VE", "DO", "DOES", "DID", "GET", "GOT", "GETS");
    private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR", "WITHOUT");
    private static final Set<String> MODALS = Set.of("MAY", "MIGHT", "COULD", "WOULD", "SHOULD", "CAN", "MUST", "WANT", "WANTS",
            "PLAN", "PLANS", "THREATENED", "THREATENS", "REFUSED", "REFUSES", "FAILED", "DENIED", "DENIES", "UNLIKELY");
    private static final Set<String> HYPOTHETICAL = Set.of("IF", "UNLESS", "WHETHER");
    private static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "BE", "'S");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "WHILE", "BUT", "WHEREAS", "ALTHOUGH", "THOUGH", "UNLIKE");

    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final VerbDictionary verbs;
    private final Discards discards;

    public SentenceCoder(ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs, Discards discards) {
        this.actors = actors;
        this.agents = agents;
        this.verbs = verbs;
        this.discards = discards;
    }

    /** An actor in the sentence: tokens {@code [start, end)}, its code, and the entity id when known. */
    public record Actor(int start, int end, String code, String entity) {}

    /** One coded event: the verb's tokens (the trigger), the code, and the two actors. */
    public record Coded(int triggerStart, int triggerEnd, String code, Actor source, Actor target) {}

    public boolean discardsStory(List<String> words) {
        return discards.discardsStory(words);
    }

    /** The code of a name (an entity's), with an agent joined to a country code ("Foreign Ministry" of RUS). */
    public String codeOfName(List<String> words, LocalDate date) {
        return actors.codeOf(words, date);
    }

    /** The agent code of a role ("spokeswoman" → GOV via the dictionary), or null. */
    public String agentOf(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            ActorDictionary.Match m = agents.longestAt(words, i);
            if (m != null) return m.code();
        }
        return null;
    }

    /**
     * The actors of a sentence: the caller's (from entities) first, then dictionary names over the rest,
     * each joined with its agent as PETRARCH does: after the country ("Russian foreign ministry
     * spokeswoman", "Arnor security officials", "Venezuela's military") or before it ("the ambassadors of
     * Arnor", "lawmakers in Fornost and Gondor", "soldiers from Gondor") → RUSGOV, ARNGOV, FORLEG, GONMIL.
     */
    public List<Actor> actors(List<String> words, List<String> pos, LocalDate date, List<Actor> known) {
        Actor[] at = new Actor[words.size()];
        for (Actor a : known) for (int i = a.start(); i < a.end() && i < at.length; i++) at[i] = a;
        List<Actor> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Actor entity = at[i];
            if (entity != null && !entity.code().isEmpty()) {
                found.add(entity);
                i = Math.max(entity.end(), i + 1);
                continue;
            }
            if (entity != null) {
                // An entity the dictionaries do not know by its whole name ("the Kuwait government", "MSF Arnor")
                // is coded from a name inside it, joined with its agent below; else it acts uncoded.
                Actor inside = null;
                for (int j = i; j < entity.end() && inside == null; j++) {
                    ActorDictionary.Match m = actors.longestAt(words, j, date);
                    if (m != null && m.end() <= entity.end() && !m.code().equals(ActorDictionary.NOT_AN_ACTOR)) {
                        inside = new Actor(m.start(), m.end(), m.code(), entity.entity());
                    }
                }
                found.add(inside != null ? inside : entity);
                i = Math.max(entity.end(), i + 1);
                continue;
            }
            ActorDictionary.Match m = actors.longestAt(words, i, date);
            if (m != null) {
                // "the United States": a name that runs into an entity is that entity.
                String id = null;
                for (int j = m.start(); j < m.end() && id == null; j++) if (at[j] != null) id = at[j].entity();
                if (!m.code().equals(ActorDictionary.NOT_AN_ACTOR)) found.add(new Actor(m.start(), m.end(), m.code(), id));
                int end = m.end();
                for (int j = m.start(); j < m.end(); j++) if (at[j] != null) end = Math.max(end, at[j].end());
                i = end;
                continue;
            }
            i++;
        }
        // "the European Union (EU)": a name and its abbreviation in brackets are one actor.
        for (int k = 0; k + 1 < found.size(); k++) {
            Actor a = found.get(k);
            Actor b = found.get(k + 1);
            if (b.start() == a.end() + 1 && b.end() + 1 <= words.size() && isOpen(words.get(a.end()))
                    && b.end() < words.size() && isClose(words.get(b.end())) && (b.code().equals(a.code()) || b.code().isEmpty())) {
                found.set(k, new Actor(a.start(), b.end() + 1, a.code(), a.entity() != null ? a.entity() : b.entity()));
                found.remove(k + 1);
            }
        }
        List<Actor> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Actor a = withAgent(found, k, words, pos);
            // "Bree Prime Minister Romendacil": the country and its agent take in the person they name.
            if (!out.isEmpty() && a.start() < out.get(out.size() - 1).end()) continue;
            out.add(a);
        }
        return out;
    }

    private static final Set<String> AGENT_LINKS = Set.of("OF", "IN", "FROM");

    private static boolean isOpen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClose(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    private Actor withAgent(List<Actor> found, int k, List<String> words, List<String> pos) {
        Actor a = found.get(k);
        if (a.code().length() != 3) return a; // a person's or body's code is whole already; "" is uncoded
        int end = a.end();
        if (end < words.size() && words.get(end).equals("'S")) end++;
        // After: up to two words between ("first Deputy Prime Minister", "former security officials").
        for (int j = end; j < Math.min(words.size(), end + 5); j++) {
            // Only modifiers between ("first Deputy Prime Minister", "awful and evil minister"), never a verb
            // ("make Moscow pull troops").
            if (j > end && !isModifier(pos.get(j - 1)) && !(words.get(j - 1).equals("AND") && j - 1 > end)) break;
            Actor next = actorAt(found, j);
            if (next != null && !next.code().isEmpty()) break;
            ActorDictionary.Match m = agents.longestAt(words, j);
            if (m != null) {
                // "Arnor former security officials", "former Gondor prosecutors": whoever they were, they are elites now.
                if (formerBefore(words, a.start(), m.start())) m = new ActorDictionary.Match(m.start(), m.length(), "ELI");
                // A person named with the title is that actor: "Bree Prime Minister Romendacil" → BREGOV.
                // "Ithilen's minister Calimehtar" is ITHGOV even when the dictionaries place Calimehtar elsewhere:
                // the title says whom he acts for here.
                Actor person = next != null ? next : actorAt(found, m.end());
                if (person != null && person.start() == m.end()) {
                    String id = person.entity() != null ? person.entity() : a.entity();
                    return new Actor(a.start(), Math.max(m.end(), person.end()), a.code() + m.code(), id);
                }
                return new Actor(a.start(), m.end(), a.code() + m.code(), a.entity());
            }
        }
        // Before, through "of", "in" or "from", over the countries coordinated with this one.
        int first = k;
        while (first > 0 && joined(found.get(first - 1), found.get(first), words)) first--;
        int s = found.get(first).start();
        if (s >= 2 && AGENT_LINKS.contains(words.get(s - 1))) {
            for (int j = Math.max(0, s - 5); j < s - 1; j++) {
                ActorDictionary.Match m = agents.longestAt(words, j);
                if (m != null && m.end() >= s - 2 && m.end() <= s - 1) return new Actor(a.start(), a.end(), a.code() + m.code(), a.entity());
            }
        }
        return a;
    }

    private static final Set<String> CAUSATIVES = Set.of("MAKE", "MAKES", "MADE", "LET", "LETS", "HELP", "HELPS", "HELPED");

    private static boolean causedAt(List<String> words, int v) {
        for (int i = Math.max(0, v - 4); i < v - 1; i++) if (CAUSATIVES.contains(words.get(i))) return true;
        return false;
    }

    /** "former" (or "ex-") just before the actor, or between it and its agent. */
    private static boolean formerBefore(List<String> words, int actorStart, int agentStart) {
        for (int i = Math.max(0, actorStart - 2); i < agentStart; i++) {
            String w = words.get(i);
            if (w.equals("FORMER") || w.equals("EX") || w.startsWith("EX-")) return true;
        }
        return false;
    }

    private static boolean isModifier(String pos) {
        return pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD") || pos.equals("POS");
    }

    private static Actor actorAt(List<Actor> found, int token) {
        for (Actor a : found) if (a.start() <= token && token < a.end()) return a;
        return null;
    }

    /** The events of a sentence: its words (upper case), their parts of speech, and its actors. */
    public List<Coded> code(List<String> words, List<String> pos, List<Actor> actorsInSentence) {
        List<Coded> out = new ArrayList<>();
        if (actorsInSentence.size() < 2 || discards.discardsSentence(words)) return out;
        int triggers = 0;
        for (int v = 0; v < words.size() && out.size() < MAX_PER_SENTENCE && triggers < MAX_TRIGGERS; v++) {
            if (!pos.get(v).startsWith("VB") || insideActor(v, actorsInSentence)) continue;
            if (NOT_EVENTS.contains(words.get(v))) continue;
            // "to make Moscow pull troops out": what someone would have another do has not happened.
            if (pos.get(v).equals("VB") && causedAt(words, v)) continue;
            // "Washington's demand to withdraw its troops", "plans to attack": an intention, not an act.
            if (pos.get(v).equals("VB") && v >= 2 && words.get(v - 1).equals("TO") && pos.get(v - 2).startsWith("NN")) continue;
            List<VerbDictionary.Verb> candidates = verbs.verbsOf(words.get(v));
            if (candidates.isEmpty()) continue;
            // "Guaidó invoked the constitution …, arguing that …": a participle after a comma has the
            // sentence's subject, not the nearest name, as its actor.
            Actor left = pos.get(v).equals("VBG") && v > 0 && words.get(v - 1).equals(",")
                    ? firstBefore(actorsInSentence, v) : nearestLeft(actorsInSentence, v, words, pos);
            // "The Calenardhon government condemned an attack … and promised aid to …": a verb coordinated
            // after another has that verb's subject.
            int first = coordinatedAfter(words, pos, v);
            if (first >= 0) left = nearestLeft(actorsInSentence, first, words, pos);
            List<Actor> subjects = left == null ? List.of() : coordinated(actorsInSentence, left, words);
            Found best = null;
            for (VerbDictionary.Verb verb : candidates) {
                Found f = match(verb, words, v, subjects.size() > 1);
                if (f != null && (best == null || f.score > best.score)) best = f;
            }
            // 010, "make statement", is what every said codes; the attributions hold what was said.
            if (best == null || best.code.equals("---") || best.code.startsWith("010")) continue;
            // A negation a pattern spells out ("&NEGATVAUXVRB * OVER EFFORTS") is that pattern's event.
            if (!stated(words, v, best.beforeStart)) continue;
            if (best.compound) {
                // "% * [030:030]": "the Philippines and France agree" — each of the subjects acts on each other.
                triggers++;
                eachOnEach(subjects, v, best, out);
                continue;
            }
            boolean passive = pos.get(v).equals("VBN") && v > 0 && BE.contains(words.get(v - 1));
            Actor right = firstRight(actorsInSentence, best.verbEnd, words, pos);
            Actor source = passive ? byActor(actorsInSentence, best.verbEnd, words) : left;
            Actor target = passive ? left : right;
            if (!passive && target == null && source != null) target = antecedent(actorsInSentence, source, words);
            // "Greece and Turkey held talks", "Ethiopia and Eritrea signed a peace agreement in Jeddah": subjects
            // that cooperate with no one named but a place cooperate with each other.
            if (!passive && subjects.size() > 1 && cooperative(best.code) && (target == null || placeBefore(target, words))) {
                triggers++;
                eachOnEach(subjects, v, best, out);
                continue;
            }
            if (source == null || target == null || source == target) continue;
            triggers++;
            // "Russia and China have backed Maduro": one event for each of a coordination.
            for (Actor s1 : coordinated(actorsInSentence, source, words)) {
                for (Actor t1 : coordinated(actorsInSentence, target, words)) {
                    if (s1 == t1 || out.size() >= MAX_PER_SENTENCE) continue;
                    if (s1.code().equals(t1.code()) && (s1.entity() == null || s1.entity().equals(t1.entity()))) continue;
                    // "032:033": the source's event, and the target's back to it ("met with": both met).
                    String[] pair = best.code.split(":", -1);
                    if (!pair[0].isEmpty()) add(out, new Coded(v, best.verbEnd, pair[0], s1, t1));
                    if (pair.length > 1 && !pair[1].isEmpty()) add(out, new Coded(v, best.verbEnd, pair[1], t1, s1));
                }
            }
        }
        if (triggers < MAX_TRIGGERS) nounEvents(words, pos, actorsInSentence, out);
        return out;
    }

    /** Nouns that report an act by whoever they belong to: "a call from Trump to remove …", "US sanctions on Iran". */
    private static final java.util.Map<String, String> NOUN_TRIGGERS = java.util.Map.of(
            "DEMAND", "100", "DEMANDS", "100", "CALL", "100", "CALLS", "100",
            "SANCTIONS", "163", "ACCUSATION", "112", "ACCUSATIONS", "112", "CONDEMNATION", "111",
            "ULTIMATUM", "130", "THREATS", "130");

    /**
     * Events named by a noun: its actor is "from X", "by X", "X's" or "X" right before it; its target is
     * "on/against/to Y" after it, or else the subject of the clause it is the object of ("Russia … brushing
     * aside a call from Trump" → Trump demands of Russia; "Moscow rejected Washington's demand").
     */
    private void nounEvents(List<String> words, List<String> pos, List<Actor> actors, List<Coded> out) {
        for (int n = 0; n < words.size() && out.size() < MAX_PER_SENTENCE; n++) {
            String code = NOUN_TRIGGERS.get(words.get(n));
            if (code == null || !pos.get(n).startsWith("NN") || insideActor(n, actors)) continue;
            // "a call to arms", "calls for calm": a call is a demand only when it asks someone to act.
            if (words.get(n).startsWith("CALL") && !(next(words, n, "TO") || next(words, n, "ON") || next(words, n, "FROM"))) continue;
            Actor source = null;
            int after = n + 1;
            if (n + 1 < words.size() && (words.get(n + 1).equals("FROM") || words.get(n + 1).equals("BY"))) {
                for (Actor a : actors) if (a.start() >= n + 2 && a.start() <= n + 4) { source = a; after = a.end(); break; }
            } else {
                int end = n > 0 && words.get(n - 1).equals("'S") ? n - 1 : n;
                for (Actor a : actors) if (a.end() == end) source = a;
            }
            if (source == null) continue;
            Actor target = null;
            for (int j = after; j < Math.min(words.size(), after + 3) && target == null; j++) {
                String w = words.get(j);
                // "on the government", "against Iran"; "to Russia" but not "to leave Gondor".
                int reach = w.equals("TO") ? j + 1 : j + 2;
                if (w.equals("ON") || w.equals("AGAINST") || w.equals("TO")) {
                    for (Actor a : actors) if (a.start() >= j + 1 && a.start() <= reach) { target = a; break; }
                }
            }
            if (target == null) {
                Actor subject = firstBefore(actors, Math.min(n, source.start()));
                if (subject != null && subject != source && verbBetween(pos, words, subject.end(), n)) target = subject;
            }
            if (target == null || target == source || target.code().equals(source.code()) && target.code().length() > 0) continue;
            add(out, new Coded(n, n + 1, code, source, target));
        }
    }

    /** The finite verb {@code v} is coordinated after ("… and promised"), or -1. */
    private static int coordinatedAfter(List<String> words, List<String> pos, int v) {
        int and = v - 1;
        while (and > 0 && pos.get(and).startsWith("RB")) and--;
        if (and <= 0 || !words.get(and).equals("AND") || !isFinite(pos.get(v))) return -1;
        for (int u = and - 1; u >= 0; u--) {
            if (CLAUSE_BREAKS.contains(words.get(u)) || SUBORDINATORS.contains(words.get(u))) return -1;
            if (isFinite(pos.get(u)) && !AUXILIARIES.contains(words.get(u))) return u;
        }
        return -1;
    }

    private static boolean isFinite(String p) {
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP");
    }

    private static boolean next(List<String> words, int i, String w) {
        return i + 1 < words.size() && words.get(i + 1).equals(w);
    }

    /** The event of {@code found} (its source's side of a pair) from each of {@code subjects} to each other. */
    private static void eachOnEach(List<Actor> subjects, int v, Found found, List<Coded> out) {
        String code = found.code.split(":", -1)[0];
        for (Actor s1 : subjects) for (Actor t1 : subjects) if (s1 != t1) add(out, new Coded(v, found.verbEnd, code, s1, t1));
    }

    /** Roots 03–06: intent to cooperate, consult, diplomatic and material cooperation. */
    private static boolean cooperative(String code) {
        return code.length() >= 2 && code.charAt(0) == '0' && code.charAt(1) >= '3' && code.charAt(1) <= '6';
    }

    private static boolean placeBefore(Actor a, List<String> words) {
        return a.start() > 0 && Set.of("IN", "AT").contains(words.get(a.start() - 1));
    }

    private static void add(List<Coded> out, Coded c) {
        if (out.size() >= MAX_PER_SENTENCE) return;
        if (out.stream().noneMatch(o -> o.code().equals(c.code()) && o.source() == c.source() && o.target() == c.target())) out.add(c);
    }

    /** A verb's best pattern; {@code compound} when it asks for coordinated subjects ("%"). */
    private record Found(String code, int score, int end, int verbEnd, int beforeStart, boolean compound) {}

    private Found match(VerbDictionary.Verb verb, List<String> words, int v, boolean compoundSubject) {
        int end = v + 1;
        for (String w : verb.rest()) {
            int at = find(words, w, end, end + 2);
            if (at < 0) return null;
            end = at + 1;
        }
        Found best = new Found(verb.code(), 0, end, end, v, false);
        for (VerbDictionary.VerbPattern p : verb.block().patterns) {
            int words1 = p.words();
            boolean compound = p.before().contains("%");
            if (compound && !compoundSubject) continue;
            if (compound) words1++; // the coordination is part of what the pattern matched
            if (words1 <= best.score) continue;
            int after = matchAfter(p.after(), words, end);
            if (after < 0) continue;
            int before = matchBefore(p.before(), words, v);
            if (before < 0) continue;
            best = new Found(p.code(), words1, Math.max(end, after), end, before, compound);
        }
        return best;
    }

    /** Where the words a pattern wants after the verb end (in order, small gaps allowed), or -1. */
    private int matchAfter(List<String> elements, List<String> words, int from) {
        int pos = from;
        boolean first = true;
        for (String e : elements) {
            if (VerbDictionary.isMarker(e)) continue;
            int end = -1;
            for (int i = pos; i < Math.min(words.size(), pos + (first ? 5 : 4)) && end < 0; i++) end = endOfMatchFrom(e, words, i, 0);
            if (end < 0) return -1;
            pos = end;
            first = false;
        }
        return pos;
    }

    /** Where the words a pattern wants before the verb begin (the verb's index when it wants none), or -1. */
    private int matchBefore(List<String> elements, List<String> words, int v) {
        int pos = v - 1;
        int start = v;
        for (int k = elements.size() - 1; k >= 0; k--) {
            String e = elements.get(k);
            if (VerbDictionary.isMarker(e)) continue;
            int found = -1;
            for (int i = pos; i >= Math.max(0, pos - 3) && found < 0; i--) found = startOfMatchTo(e, words, i, 0);
            if (found < 0) return -1;
            start = found;
            pos = found - 1;
        }
        return start;
    }

    /** Synsets may name synsets; a user's file that names one inside itself must not recurse for ever. */
    private static final int SYNSET_DEPTH = 4;

    /** Where {@code element} ends if it matches the words starting at {@code start}, or -1. */
    private int endOfMatchFrom(String element, List<String> words, int start, int depth) {
        if (!element.startsWith("&")) return Words.matches(element, words.get(start)) ? start + 1 : -1;
        if (depth > SYNSET_DEPTH) return -1;
        for (List<String> member : verbs.synset(element)) {
            if (member.size() == 1 && member.get(0).startsWith("&")) {
                int end = endOfMatchFrom(member.get(0), words, start, depth + 1);
                if (end >= 0) return end;
            } else if (sequenceAt(member, words, start)) {
                return start + member.size();
            }
        }
        return -1;
    }

    /** Where {@code element} begins if it matches the words ending at {@code end}, or -1. */
    private int startOfMatchTo(String element, List<String> words, int end, int depth) {
        if (!element.startsWith("&")) return Words.matches(element, words.get(end)) ? end : -1;
        if (depth > SYNSET_DEPTH) return -1;
        for (List<String> member : verbs.synset(element)) {
            if (member.size() == 1 && member.get(0).startsWith("&")) {
                int start = startOfMatchTo(member.get(0), words, end, depth + 1);
                if (start >= 0) return start;
            } else if (sequenceAt(member, words, end - member.size() + 1)) {
                return end - member.size() + 1;
            }
        }
        return -1;
    }

    private static boolean sequenceAt(List<String> member, List<String> words, int start) {
        if (start < 0 || start + member.size() > words.size()) return false;
        for (int j = 0; j < member.size(); j++) if (!Words.matches(member.get(j), words.get(start + j))) return false;
        return true;
    }

    private static int find(List<String> words, String w, int from, int to) {
        for (int i = from; i < Math.min(to + 1, words.size()); i++) if (Words.matches(w, words.get(i))) return i;
        return -1;
    }

    /** Not negated, not modal, not inside a condition. */
    private static boolean stated(List<String> words, int v, int patternFrom) {
        for (int i = Math.max(0, v - 3); i < Math.min(v, patternFrom); i++) {
            String w = words.get(i);
            if (NEGATIONS.contains(w) || MODALS.contains(w)) return false;
        }
        for (int i = 0; i < v; i++) if (HYPOTHETICAL.contains(words.get(i))) return false;
        return true;
    }

    private static boolean insideActor(int v, List<Actor> actors) {
        for (Actor a : actors) if (v >= a.start() && v < a.end()) return true;
        return false;
    }

    private static Actor nearestLeft(List<Actor> actors, int v, List<String> words, List<String> pos) {
        Actor best = null;
        for (Actor a : actors) {
            if (a.end() > v || v - a.end() > REACH) continue;
            if (breakBetween(words, a.end(), v) || verbBetween(pos, words, a.end(), v)) continue;
            // "Gondor, five years after crowds burned down its embassy": the verb of a subordinate clause has its own subject.
            if (subordinateBetween(words, a.end(), v)) continue;
            // Skip an actor inside "of X" or "in X" right after the subject: "the president of Arnor said".
            best = a;
        }
        if (best != null) {
            int s = best.start();
            if (s > 0 && (words.get(s - 1).equals("OF") || words.get(s - 1).equals("IN") || words.get(s - 1).equals("FROM"))) {
                for (Actor a : actors) if (a.end() <= s - 1 && s - 1 - a.end() <= 3) return a;
            }
        }
        return best;
    }

    /** "the nation that Washington has hit": the actor a relative clause's object stands for. */
    private static Actor antecedent(List<Actor> actors, Actor subject, List<String> words) {
        int rel = subject.start() - 1;
        if (rel < 1 || !Set.of("THAT", "WHICH", "WHOM").contains(words.get(rel))) return null;
        for (Actor a : actors) if (a.end() == rel) return a;
        return null;
    }

    private static Actor firstBefore(List<Actor> actors, int v) {
        for (Actor a : actors) if (a.end() <= v) return a;
        return null;
    }

    private static Actor firstRight(List<Actor> actors, int from, List<String> words, List<String> pos) {
        for (Actor a : actors) {
            if (a.start() < from || a.start() - from > TARGET_REACH) continue;
            // The verb's own object, not a name in a later clause ("discuss polls showing Trump leading in Ohio").
            if (breakBetween(words, from, a.start()) || verbBetween(pos, words, from, a.start())) return null;
            if (subordinateBetween(words, from, a.start())) return null;
            // "…burned down its embassy, a senior Bree official said": past a comma, a name followed by its own
            // verb is the subject of the next clause, not this verb's object.
            if (find(words, ",", from, a.start() - 1) >= 0 && finiteVerbAt(pos, words, a.end())) return null;
            return a;
        }
        return null;
    }

    private static Actor byActor(List<Actor> actors, int from, List<String> words) {
        for (Actor a : actors) {
            if (a.start() < from || a.start() - from > REACH) continue;
            if (a.start() > 0 && words.get(a.start() - 1).equals("BY")) return a;
        }
        return null;
    }

    /** The actor with the actors joined to it by "and" or a comma, in text order. */
    private static List<Actor> coordinated(List<Actor> actors, Actor a, List<String> words) {
        List<Actor> out = new ArrayList<>();
        int i = actors.indexOf(a);
        int lo = i;
        while (lo > 0 && joined(actors.get(lo - 1), actors.get(lo), words)) lo--;
        int hi = i;
        while (hi + 1 < actors.size() && joined(actors.get(hi), actors.get(hi + 1), words)) hi++;
        // "Mordor, Rohan, Fornost and Bree": a list ends in "and"; "in New York with Streisand, Clinton said" is none.
        boolean hasAnd = false;
        for (int k = lo; k < hi; k++) {
            String w = words.get(actors.get(k).end());
            hasAnd |= w.equals("AND") || w.equals("OR");
        }
        if (!hasAnd) return List.of(a);
        for (int k = lo; k <= hi; k++) out.add(actors.get(k));
        return out;
    }

    private static boolean joined(Actor a, Actor b, List<String> words) {
        int gap = b.start() - a.end();
        if (gap < 1 || gap > 4) return false;
        String w = words.get(a.end());
        if (!w.equals("AND") && !w.equals(",") && !w.equals("OR")) return false;
        // "Fornost and the evil awful Gondor": only a determiner or modifiers between.
        for (int i = a.end() + 1; i < b.start(); i++) {
            String x = words.get(i);
            if (x.equals(",") || x.equals("AND") || CLAUSE_BREAKS.contains(x) || x.equals("OF") || x.equals("WITH")) return false;
        }
        return true;
    }

    /** A verb, not an auxiliary, between two positions: another clause ("said", "showing"). */
    private static boolean verbBetween(List<String> pos, List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String p = pos.get(i);
            if (AUXILIARIES.contains(words.get(i))) continue;
            if (isFinite(p) || p.equals("VBG")) return true;
        }
        return false;
    }

    private static final Set<String> SUBORDINATORS = Set.of("AFTER", "BEFORE", "WHEN", "BECAUSE", "SINCE", "UNTIL",
            "ONCE", "WHERE", "WHILE");

    /** A subordinating word between, with no comma closing its clause before {@code to}. */
    private static boolean subordinateBetween(List<String> words, int from, int to) {
        boolean open = false;
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            if (SUBORDINATORS.contains(w)) open = true;
            else if (w.equals(",")) open = false;
        }
        return open;
    }

    private static boolean finiteVerbAt(List<String> pos, List<String> words, int i) {
        while (i < pos.size() && pos.get(i).startsWith("RB")) i++;
        if (i >= pos.size()) return false;
        String p = pos.get(i);
        return isFinite(p) || p.equals("MD");
    }

    private static boolean breakBetween(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) if (CLAUSE_BREAKS.contains(words.get(i))) return true;
        return false;
    }
}
