package org.newsgraph.nlp.attribution.internal;

import java.util.Set;
import org.newsgraph.span.Span;

/**
 * Cues that are not a verb with its subject: "according to", a colon or a dash next to a quotation,
 * transcript speaker labels, nominal cues ("a call from X to …"), "Asked about …," and the sourceless
 * "seems to" / "is expected to". Each method returns a {@link Candidate} or null. Stateless.
 */
final class PhraseCues {
    static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since",
            "until", "although", "though", "whereas", "as", "if", "that");
    static final Set<String> NOMINAL_CUES = Set.of("call", "calls", "demand", "demands", "request", "requests",
            "appeal", "appeals", "plea", "pleas", "warning", "warnings", "pledge", "promise", "threat", "threats",
            "proposal", "offer", "order", "orders", "suggestion", "claim", "claims", "statement", "accusation",
            "accusations", "assertion", "insistence", "criticism");
    /** Labels that a colon follows without anyone speaking. */
    static final Set<String> LABELS = Set.of("photo", "update", "updated", "note", "source", "sources", "related",
            "image", "video", "watch", "credit", "editor", "read", "more", "contact", "email", "twitter", "facebook",
            "tags", "topics", "subscribe", "advertisement", "file", "caption", "listen", "see", "also", "correction");
    static final Set<String> RAISING = Set.of("seem", "seems", "seemed", "seeming", "appear", "appears",
            "appeared");
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "'s", "'re");
    static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");

    private PhraseCues() {}

    /**
     * Whether token {@code k} opens a subordinate clause that ends before token {@code limit}: "because"
     * of "because the rally closed them", not of "because of the rally"; "since" of "since he took office",
     * not of "since taking office".
     */
    private static boolean subordinates(TextView v, int k, int limit) {
        if (!SUBORDINATORS.contains(v.lower[k]) || v.is(k + 1, "of")) return false;
        return v.is(k, "that") || hasFiniteVerb(v, k + 1, limit);
    }

    private static boolean hasFiniteVerb(TextView v, int from, int to) {
        for (int t = from; t < to; t++) if (v.isFiniteVerb(t) && !v.insideQuote(t)) return true;
        return false;
    }

    static Candidate accordingTo(TextView v, int i, int ss, int se) {
        int np = i + 2;
        boolean leading = i == ss || v.posIs(i - 1, "CC") || v.isQuoteMark(i - 1) || v.is(i - 1, ":") || v.is(i - 1, ";")
                || v.is(i - 1, "—") || v.is(i - 1, "--");
        int srcEnd = NounPhrases.sourceEndRight(v, np, se);
        // The source of "according to" ends at its first comma ("…, according to the budget office, the
        // deficit …"): what follows is no apposition of it.
        int comma = np;
        while (comma < se && !v.is(comma, ",") && !v.isSentenceFinal(comma)) comma++;
        if (v.is(comma, ",") && (leading || comma < srcEnd)) srcEnd = comma;
        if (srcEnd <= np) return null;
        Candidate c = new Candidate(i, i + 2);
        c.sourceStart = np;
        c.sourceEnd = Clauses.trimRight(v, np, srcEnd);
        if (leading && v.is(srcEnd, ",")) {
            int e = Clauses.clauseEnd(v, srcEnd + 1, se);
            if (e <= srcEnd + 1) return null;
            c.content.add(new Span(v.begin[srcEnd + 1], v.end[e - 1]));
            return c;
        }
        int b = v.is(i - 1, ",") ? i - 1 : i;
        int start = b - 1;
        if (start < ss) return null;
        while (start > ss && !(subordinates(v, start - 1, b) && !v.insideQuote(start - 1))
                && !v.is(start - 1, ";") && !v.is(start - 1, ":")) {
            start--;
        }
        if (v.posIs(start, "RB") && v.is(start + 1, ",")) start += 2;
        if (start > b - 1) return null;
        c.postposed = true;
        c.content.add(new Span(v.begin[start], v.end[b - 1]));
        // "One of the officers, according to prison records, had worked …": the clause goes on after the aside.
        if (v.is(b, ",") && v.is(srcEnd, ",") && !hasFiniteVerb(v, start, b)) {
            int e = Clauses.clauseEnd(v, srcEnd + 1, se);
            if (e > srcEnd + 1 && hasFiniteVerb(v, srcEnd + 1, e)) c.content.add(new Span(v.begin[srcEnd + 1], v.end[e - 1]));
        }
        return c;
    }

    /** "Asked about the plan, Trump said …": the question is the content; nobody is its source. */
    static Candidate askedAbout(TextView v, int i, int se) {
        int s = i + 1;
        if (!(v.posIs(s, "IN") || v.posIs(s, "W") || v.is(s, "if"))) return null;
        if (v.is(s, "about") || v.is(s, "by")) s++;
        int comma = s;
        while (comma < se && !v.is(comma, ",") && !v.isSentenceFinal(comma)) comma++;
        if (comma >= se || !v.is(comma, ",") || comma == s) return null;
        Candidate c = new Candidate(i, i + 1);
        c.content.add(new Span(v.begin[s], v.end[comma - 1]));
        return c;
    }

    /**
     * "Sanders was asked (by host Bill Maher) whether …": the one asked and the question are the content,
     * the asker, when named, the source.
     */
    static Candidate passiveAsked(TextView v, int i, int ss, int se) {
        int vb = NounPhrases.verbGroupStart(v, i, ss);
        int e = NounPhrases.skipAdjunctsLeft(v, vb, ss);
        int sb = NounPhrases.subjectStart(v, e, ss);
        if (sb < 0) return null;
        Candidate c = new Candidate(vb, i + 1);
        int rest = i + 1;
        if (v.is(rest, "by")) {
            int srcEnd = rest + 1;
            while (srcEnd < se && !v.is(srcEnd, ",") && !v.isQuoteMark(srcEnd) && !v.is(srcEnd, "whether")
                    && !v.is(srcEnd, "if") && !v.is(srcEnd, "to") && !v.isFiniteVerb(srcEnd) && !v.isSentenceFinal(srcEnd)) {
                srcEnd++;
            }
            if (srcEnd == rest + 1) return null;
            c.sourceStart = rest + 1;
            c.sourceEnd = srcEnd;
            rest = srcEnd;
        }
        if (v.is(rest, ",") || v.is(rest, ":")) rest++;
        if (rest >= se) return null;
        int end = v.opensQuote(rest) ? -1 : Clauses.clauseEnd(v, rest, se);
        c.content.add(new Span(v.begin[sb], v.end[e - 1]));
        if (end < 0) {
            c.content.addAll(Continuations.withContinuations(v, v.quotes.get(v.quoteOf[rest])));
        } else if (end > rest) {
            c.content.add(new Span(v.begin[rest], v.end[end - 1]));
        } else {
            return null;
        }
        return c;
    }

    /**
     * "The two seemed to be well known", "The convention is expected to bring in $200 million": what
     * seems or is expected is the subject plus the rest, with no source named.
     */
    static Candidate raisingCue(TextView v, int i, int ss, int se) {
        int vb = NounPhrases.verbGroupStart(v, i, ss);
        int after = i + 1;
        boolean infinitive = v.is(after, "to") && v.posIs(after + 1, "VB");
        boolean adjective = v.posIs(after, "JJ") && !v.is(i, "expected");
        if (!infinitive && !adjective) return null;
        int e = NounPhrases.skipAdjunctsLeft(v, vb, ss);
        int sb = NounPhrases.subjectStart(v, e, ss);
        if (sb < 0 || v.is(sb, "it") || v.is(sb, "there")) return null;
        int end = Clauses.clauseEnd(v, after, se);
        if (end <= after) return null;
        Candidate c = new Candidate(vb, i + 1);
        c.content.add(new Span(v.begin[sb], v.end[e - 1]));
        c.content.add(new Span(v.begin[after], v.end[end - 1]));
        return c;
    }

    /** "“…” ― Sonya Herridge": a dash after a quotation, then its author. */
    static Candidate dashCue(TextView v, int i, int se) {
        int end = i + 1;
        while (end < se && v.posIs(end, "NNP") && !v.opensQuote(end)) end++;
        if (end == i + 1 || end - i > 6) return null;
        Candidate c = new Candidate(i, i + 1);
        c.sourceStart = i + 1;
        c.sourceEnd = end;
        c.postposed = true;
        c.content.addAll(Continuations.withPredecessors(v, v.quoteOf[i - 1]));
        return c;
    }

    /** "WALLACE: If I may, sir, …" in a transcript: a name, a colon, and the rest of the paragraph. */
    static Candidate speakerLabel(TextView v, int i, int ss) {
        int sb = v.opensQuote(ss) ? ss + 1 : ss;
        if (sb >= i) return null;
        for (int k = sb; k < i; k++) {
            boolean capitals = v.end[k] - v.begin[k] > 1 && v.text.substring(v.begin[k], v.end[k]).chars()
                    .allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '-');
            if (!(v.posIs(k, "NNP") || capitals) || LABELS.contains(v.lower[k])) return null;
        }
        int from = i + 1;
        int to = v.text.indexOf('\n', v.begin[from]);
        if (to < 0) to = v.text.length();
        while (to > v.begin[from] && Character.isWhitespace(v.text.charAt(to - 1))) to--;
        if (to <= v.begin[from]) return null;
        Candidate c = new Candidate(i, i + 1);
        c.sourceStart = sb;
        c.sourceEnd = i;
        c.content.add(new Span(v.begin[from], to));
        return c;
    }

    static Candidate colonCue(TextView v, int i, int ss) {
        int sb = NounPhrases.subjectStart(v, i, ss);
        if (sb < 0 || sb != ss) return null;
        Candidate c = new Candidate(i, i + 1);
        c.sourceStart = sb;
        c.sourceEnd = i;
        c.content.addAll(Continuations.withContinuations(v, v.quotes.get(v.quoteOf[i + 1])));
        return c;
    }

    /** "a call from X to …", "demands by X for …": the noun is the cue, X the source. */
    static Candidate nominalCue(TextView v, int i, int se) {
        if (!(v.is(i + 1, "from") || v.is(i + 1, "by"))) return null;
        int np = i + 2;
        int k = np;
        while (k < se && (v.isNoun(k) || v.posIs(k, "JJ") || v.posIs(k, "DT") || v.posIs(k, "POS") || v.posIs(k, "CD"))) k++;
        if (k == np || !v.isNoun(k - 1) || k >= se) return null;
        if (!(v.is(k, "to") || v.is(k, "for") || v.is(k, "that"))) return null;
        Candidate c = new Candidate(i, i + 1);
        c.sourceStart = np;
        c.sourceEnd = k;
        int s = v.is(k, "for") ? k + 1 : k;
        int e = Clauses.clauseEnd(v, s, se);
        if (e <= s) return null;
        c.content.add(new Span(v.begin[s], v.end[e - 1]));
        return c;
    }
}
