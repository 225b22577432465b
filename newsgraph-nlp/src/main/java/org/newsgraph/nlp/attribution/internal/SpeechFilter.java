package org.newsgraph.nlp.attribution.internal;

import java.util.List;
import java.util.Set;

/**
 * Leaves out what the rules found but a reader tracking who said what would not list (see
 * {@code data/quotes/GUIDE.md}): each kind is a named {@link Rule}, so a test can name the one it checks.
 * Runs before nesting is settled, so what a dropped attribution held is free for others. Stateless.
 */
final class SpeechFilter {
    /** One kind of candidate that is no attribution. */
    interface Rule {
        boolean rejects(TextView v, Candidate c);
    }

    /** First and second person pronouns as written: "US" is a country. */
    private static final Set<String> PERSONS = Set.of("I", "we", "We", "you", "You", "me", "us");

    /** "is expected", "appear to": nobody is said to have said anything. */
    static final Rule NO_SOURCE = (v, c) -> !c.hasSource();

    /** "I asked him", "You shouldn't believe them", outside any quotation: the writer or the reader. */
    static final Rule WRITER_OR_READER = (v, c) -> c.sourceEnd - c.sourceStart == 1 && !v.insideQuote(c.sourceStart)
            && PERSONS.contains(v.text.substring(v.begin[c.sourceStart], v.end[c.sourceStart]));


    /** "It did not reveal the crash location": speech denied, and no content but a thing. */
    static final Rule NEGATED_WITHOUT_CONTENT = (v, c) -> negated(v, c) && !clauseOrQuote(v, c);

    /** "declined to comment", "refused to say": a refusal to speak says nothing. */
    static final Rule REFUSAL = (v, c) -> {
        int head = headVerb(v, c);
        if (head < 0) return false;
        String lemma = lemma(v, head);
        return (lemma.equals("decline") || lemma.equals("refuse")) && v.is(head + 1, "to");
    };

    /** "many analysts believe", "the company plans to": a state of mind, not speech. */
    static final Rule STATE_OF_MIND = (v, c) -> {
        int head = headVerb(v, c);
        CueLexicon.Entry e = head < 0 ? null : CueLexicon.standard().verb(v.lower[head]);
        return e != null && e.has(CueLexicon.Flag.MIND);
    };

    static final List<Rule> RULES = List.of(NO_SOURCE, WRITER_OR_READER, NEGATED_WITHOUT_CONTENT, REFUSAL, STATE_OF_MIND);

    private SpeechFilter() {}

    static void apply(TextView v, List<Candidate> all) {
        for (Candidate c : all) {
            if (c.dropped) continue;
            for (Rule r : RULES) {
                if (r.rejects(v, c)) {
                    c.dropped = true;
                    break;
                }
            }
        }
    }

    /** The last token of the cue that is a verb of the lexicon, or -1 (a phrase cue such as "according to"). */
    static int headVerb(TextView v, Candidate c) {
        for (int k = c.cueEnd - 1; k >= c.cueStart; k--) {
            if (v.posIs(k, "VB") && CueLexicon.standard().verb(v.lower[k]) != null) return k;
        }
        return -1;
    }

    private static String lemma(TextView v, int k) {
        return CueLexicon.standard().verb(v.lower[k]).words().get(0);
    }

    private static boolean negated(TextView v, Candidate c) {
        for (int k = Math.max(0, c.cueStart - 2); k < c.cueEnd; k++) {
            if (v.is(k, "not") || v.is(k, "n't") || v.is(k, "never")) return true;
        }
        return false;
    }

    /** Whether the content opens with a quotation or a clause ("whether …", "that …", a finite verb). */
    private static boolean clauseOrQuote(TextView v, Candidate c) {
        if (c.content.isEmpty()) return false;
        int s = Clauses.firstTokenAtOrAfter(v, c.content.get(0).begin());
        int e = Clauses.firstTokenAtOrAfter(v, c.content.get(c.content.size() - 1).end());
        if (s >= v.n) return false;
        if (v.isQuoteMark(s)) return true;
        return Clauses.isClause(v, s, Math.min(e, v.n)) && !v.is(s, "to");
    }
}
