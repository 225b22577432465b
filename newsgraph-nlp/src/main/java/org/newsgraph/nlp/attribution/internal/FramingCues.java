package org.newsgraph.nlp.attribution.internal;

import java.util.Set;
import org.newsgraph.span.Span;

/**
 * A leading "In" framing a clause as a poll's finding: "In a CNN poll released Monday, Clinton led …".
 * The preposition is the cue, the poll the source. Left out on purpose, as annotators mark them too
 * unevenly to gain from them: the trailing "Trump leads in the polls." and views ("For many Democrats, …").
 * Stateless.
 */
final class FramingCues {
    private static final Set<String> POLL_WORDS = Set.of("poll", "polls", "survey", "surveys", "polling");
    /** Words that may open a sentence before the framing phrase ("But in a later poll, …"). */
    private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "still");

    private FramingCues() {}

    /** A framing cue at token {@code i}, or null. */
    static Candidate at(TextView v, int i, int ss, int se) {
        return v.is(i, "in") && leading(v, i, ss) ? leadingPoll(v, i, se) : null;
    }

    private static boolean leading(TextView v, int i, int ss) {
        int k = ss;
        while (k < i && (v.isQuoteMark(k) || OPENERS.contains(v.lower[k]))) k++;
        return k == i;
    }

    /** The comma ending a short noun phrase that starts at {@code s}, or -1. */
    private static int phraseComma(TextView v, int s, int se) {
        for (int k = s; k < se && k < s + 14; k++) {
            if (v.is(k, ",")) return k > s ? k : -1;
            if (v.isQuoteMark(k) || v.isSentenceFinal(k) || v.isPunct(k) || v.isFiniteVerb(k)) return -1;
            if (v.posIs(k, "VB") && !(v.posIs(k, "VBN") && k > s)) return -1;
        }
        return -1;
    }

    /** "In a Des Moines Register poll released Monday, Cruz had a lead." */
    private static Candidate leadingPoll(TextView v, int i, int se) {
        int s = i + 1;
        int comma = phraseComma(v, s, se);
        if (comma < 0 || !namesPoll(v, s, comma)) return null;
        return withContentAfter(v, i, s, comma, se);
    }

    private static boolean namesPoll(TextView v, int s, int e) {
        for (int k = s; k < e; k++) if (POLL_WORDS.contains(v.lower[k]) && v.isNoun(k)) return true;
        return false;
    }

    private static Candidate withContentAfter(TextView v, int i, int s, int comma, int se) {
        int cs = comma + 1;
        if (cs >= se) return null;
        int ce = Clauses.clauseEnd(v, cs, se);
        if (ce <= cs || !Clauses.isClause(v, cs, ce) || v.posIs(cs, "IN") || v.posIs(cs, "VBG")) return null;
        Candidate c = new Candidate(i, i + 1);
        c.sourceStart = s;
        c.sourceEnd = comma;
        c.content.add(new Span(v.begin[cs], v.end[ce - 1]));
        return c;
    }
}
