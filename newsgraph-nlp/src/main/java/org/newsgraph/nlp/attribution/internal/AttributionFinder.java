package org.newsgraph.nlp.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.span.Span;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds attributions with hand-written rules over part-of-speech tags, sentence bounds and paired
 * quotation marks: verb cues with their subject before ("Russia said it…") or after ("…,” said X"),
 * postposed cues ("…,” she said", "…, Interfax reported"), participial cues sharing the main subject
 * (", arguing that…"), coordinated cues sharing a subject ("… but said …"), "according to", a colon before
 * a quotation, the nominal "a call from X to …", and quotations that continue an attribution in the next
 * sentence or paragraph. Immutable and thread-safe; all state lives in the call.
 */
public final class AttributionFinder {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "for", "from", "after", "before", "while",
            "without", "when");

    private final CueLexicon lexicon;
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final boolean speechOnly;

    /** A finder of PARC's attributions, speech or not. */
    public AttributionFinder(CueLexicon lexicon) {
        this(lexicon, false);
    }

    /** With {@code speechOnly}, what is no speech ({@link SpeechFilter}) is left out. */
    public AttributionFinder(CueLexicon lexicon, boolean speechOnly) {
        this.lexicon = lexicon;
        this.speechOnly = speechOnly;
    }

    /** The attributions of a text, in text order of their first character, with sources and cues as written. */
    public List<Found> find(String text, List<Token> tokens, List<Sentence> sentences) {
        return find(text, tokens, sentences, List.of());
    }

    /**
     * As {@link #find(String, List, List)}, with the spans of the article's names: a capitalised word inside
     * one is read as a proper noun whatever its tag ("…,” says Early" with "Early" tagged as an adverb).
     */
    public List<Found> find(String text, List<Token> tokens, List<Sentence> sentences, List<Span> names) {
        TextView v = new TextView(text, tokens, sentences, quoteFinder.find(text));
        v.markNames(names);
        List<Candidate> all = new ArrayList<>();
        for (int[] s : v.sentenceBounds()) findInSentence(v, s[0], s[1], all);
        if (speechOnly) SpeechFilter.apply(v, all);
        Nesting.resolve(v, all, speechOnly);
        Continuations.attach(v, all);
        if (speechOnly) Passages.split(v, all);
        return Found.of(v, all);
    }

    private void findInSentence(TextView v, int ss, int se, List<Candidate> out) {
        List<Candidate> here = new ArrayList<>();
        for (int i = ss; i < se; i++) {
            if (v.insideQuote(i)) continue;
            Candidate c = null;
            int next = i;
            if (v.is(i, "according") && v.is(i + 1, "to")) {
                c = PhraseCues.accordingTo(v, i, ss, se);
                next = i + 1;
            } else if (PhraseCues.DASHES.contains(v.lower[i]) && v.closesQuote(i - 1)) {
                c = PhraseCues.dashCue(v, i, se);
            } else if (v.is(i, ":") && v.opensQuote(i + 1)) {
                c = PhraseCues.colonCue(v, i, ss);
            } else if (v.is(i, ":") && i - ss <= 4 && i + 1 < se) {
                c = PhraseCues.speakerLabel(v, i, ss);
            } else if (v.is(i, "asked") && v.posIs(i, "VBN") && (i == ss || v.isQuoteMark(i - 1) && i - 1 == ss
                    || v.is(i - 1, "when") || v.is(i - 1, "if") || v.is(i - 1, "once"))) {
                c = PhraseCues.askedAbout(v, i, se);
            } else if (v.is(i, "asked") && i > ss && PhraseCues.BE.contains(v.lower[i - 1])) {
                c = PhraseCues.passiveAsked(v, i, ss, se);
            } else if (PhraseCues.RAISING.contains(v.lower[i]) && v.posIs(i, "VB")
                    || v.is(i, "expected") && i > ss && PhraseCues.BE.contains(v.lower[i - 1])) {
                c = PhraseCues.raisingCue(v, i, ss, se);
            } else if (PhraseCues.NOMINAL_CUES.contains(v.lower[i]) && v.isNoun(i)) {
                c = PhraseCues.nominalCue(v, i, se);
            } else if (v.is(i, "in") && (c = FramingCues.at(v, i, ss, se)) != null) {
                next = i;
            } else {
                CueLexicon.Entry verb = lexicon.verb(v.lower[i]);
                CueLexicon.Entry phrase = lexicon.phraseAt(v.lower, i, se);
                // A particle makes another verb: "backed out", "called off", "found out".
                boolean particle = phrase == null && (v.posIs(i + 1, "RP") || v.is(i + 1, "into"));
                if ((verb != null || phrase != null) && !particle && verbLike(v, i, ss)) {
                    int cueEnd = phrase != null ? i + phrase.words().size() : i + 1;
                    boolean speech = verb != null && verb.has(CueLexicon.Flag.SPEECH) || phrase != null && phrase.has(CueLexicon.Flag.SPEECH)
                            || phrase != null && phrase.words().contains("saying");
                    boolean tell = verb != null && verb.has(CueLexicon.Flag.TELL);
                    boolean object = verb == null || !verb.has(CueLexicon.Flag.CLAUSE) || phrase != null;
                    c = verbCue(v, i, cueEnd, ss, se, speech, tell, object, phrase != null, here, out);
                    if (c != null) next = cueEnd - 1;
                }
            }
            if (c != null && !c.content.isEmpty()) {
                here.add(c);
                out.add(c);
                i = Math.max(i, next);
            }
        }
    }

    private static boolean verbLike(TextView v, int i, int ss) {
        if (v.posIs(i, "VB")) return true;
        // Headlines: "US calls …", "Trump slams …" are often tagged as plural nouns.
        return v.lower[i].endsWith("s") && v.posIs(i, "NNS") && i > ss && i - ss <= 3
                && (v.posIs(i - 1, "NNP") || v.posIs(i - 1, "PRP"))
                && i + 1 < v.n && !v.posIs(i + 1, "VB");
    }

    /**
     * "Swift posted on Twitter accusing them", "Bosma spoke before lawmakers defending the budget": the
     * participle follows the object of a preposition after the main verb, and shares that verb's subject.
     */
    private static boolean afterPrepositionalObjectOfVerb(TextView v, int vb, int ss) {
        int k = vb - 1;
        while (k > ss && (v.isNoun(k) || v.posIs(k, "DT") || v.posIs(k, "JJ") || v.posIs(k, "PRP$"))) k--;
        if (k <= ss || k == vb - 1 || !v.posIs(k, "IN") || v.is(k, "of")) return false;
        int verb = k - 1;
        while (verb > ss && v.posIs(verb, "RB")) verb--;
        return v.isFiniteVerb(verb);
    }

    private Candidate verbCue(TextView v, int i, int cueEnd, int ss, int se, boolean speech, boolean tell,
                              boolean object, boolean phrase, List<Candidate> here, List<Candidate> out) {
        String tag = v.pos[i];
        int vb = NounPhrases.verbGroupStart(v, i, ss);
        boolean hasAux = false;
        boolean passive = false;
        for (int k = vb; k < i; k++) {
            if (v.posIs(k, "VB") || v.posIs(k, "MD")) hasAux = true;
            if (v.posIs(k, "VB") && Set.of("is", "was", "were", "are", "be", "been", "being").contains(v.lower[k])) passive = true;
        }
        if (v.is(vb - 1, "to")) return null;
        if (tag.equals("VBN") && (!hasAux || passive) && !phrase) return null;
        if (tag.equals("VB") && !hasAux) return null;
        Candidate c = new Candidate(vb, cueEnd);
        if (tag.equals("VBG") && !hasAux) {
            // ", saying …", "by saying …", "and saying …": the participle shares the main clause's subject.
            boolean linked = v.is(vb - 1, ",") || v.is(vb - 1, "and") || vb > 0 && PARTICIPLE_PREPOSITIONS.contains(v.lower[vb - 1])
                    || afterPrepositionalObjectOfVerb(v, vb, ss);
            if (vb == ss) return null;
            if (!linked) {
                // "47 percent of voters saying …", "the super PAC supporting Jeb Bush": the noun before speaks.
                if (!(v.isNoun(vb - 1) || v.posIs(vb - 1, "CD"))) return null;
                int sb = NounPhrases.coreStart(v, vb, ss);
                if (sb < 0) return null;
                c.sourceStart = sb;
                c.sourceEnd = vb;
                return contentAfter(v, c, cueEnd, se, tell, object) ? c : null;
            }
            int[] subject = mainSubject(v, ss, vb, here);
            setSource(c, subject);
            if (!contentAfter(v, c, cueEnd, se, tell, object)) return null;
            if (v.is(vb - 1, ",") && endAppositiveRelative(v, c, cueEnd, se) && subject == null) {
                // "Mr. Manafort, citing the polls, said …": the participle sits between its subject and verb.
                int sb = NounPhrases.coreStart(v, vb - 1, ss);
                if (sb >= 0 && sb <= ss + 1) setSource(c, new int[] {sb, vb - 1});
            }
            return c.content.isEmpty() ? null : c;
        }
        boolean subjectBefore = v.is(vb - 1, ",") && NounPhrases.subjectStart(v, vb, ss) >= 0;
        if (speech && !tell && !subjectBefore && (vb > ss && v.is(vb - 1, ",") || v.closesQuote(vb - 1))) {
            int srcEnd = NounPhrases.sourceEndRight(v, cueEnd, se);
            int after = NounPhrases.skipAdjunctsRight(v, srcEnd, se);
            boolean ends = after >= se || v.isSentenceFinal(after) || v.is(after, ",") || v.is(after, ";")
                    || v.is(after, ":") || v.isQuoteMark(after) || v.posIs(after, "W");
            if (srcEnd > cueEnd && ends) {
                c.sourceStart = cueEnd;
                c.sourceEnd = Clauses.trimRight(v, cueEnd, srcEnd);
                c.postposed = true;
                if (!contentBefore(v, c, vb - 1, ss)) return null;
                continueAfter(v, c, srcEnd, se);
                return c;
            }
        }
        Candidate shared = sharedSubject(v, vb, ss, here);
        int subjectEnd;
        if (shared != null) {
            c.sourceStart = shared.sourceStart;
            c.sourceEnd = shared.sourceEnd;
            subjectEnd = -1;
        } else {
            int e = NounPhrases.skipAdjunctsLeft(v, vb, ss);
            int sb = NounPhrases.subjectStart(v, e, ss);
            if (sb < 0) return null;
            c.sourceStart = sb;
            c.sourceEnd = NounPhrases.trimSource(v, sb, e);
            subjectEnd = sb;
        }
        int a = cueEnd;
        if (tell) a = NounPhrases.recipientEnd(v, a, se);
        else if (speech && v.is(a, "to") && NounPhrases.recipientEnd(v, a + 1, se) > a + 1) {
            a = NounPhrases.recipientEnd(v, a + 1, se);
        }
        a = NounPhrases.skipAdjunctsRight(v, a, se, speech);
        boolean quoteShaped = subjectEnd >= 0 && (v.closesQuote(subjectEnd - 1) || subjectEnd > ss && v.is(subjectEnd - 1, ","));
        boolean nothingAfter = a >= se || v.isSentenceFinal(a) || v.is(a, ",") && !v.is(a + 1, "that")
                && (!v.opensQuote(a + 1) || quoteShaped)
                // "…,” Renzi said after the meeting broke up.": the author's clause, not the content.
                || quoteShaped && (v.posIs(a, "IN") && !v.is(a, "that") && !v.posIs(a + 1, "CD") || v.posIs(a, "WRB"));
        // The sentence splitter may cut after "?”" or ".”", leaving the source at the start of a sentence.
        if (speech && nothingAfter && subjectEnd >= 0
                && (subjectEnd > ss && v.is(subjectEnd - 1, ",") || v.closesQuote(subjectEnd - 1))) {
            c.postposed = true;
            if (!contentBefore(v, c, subjectEnd - 1, ss)) return null;
            continueAfter(v, c, a, se);
            return c;
        }
        if (!contentAfter(v, c, a, se, tell, object)) return null;
        if (opensWithSubordinator(v, ss, c.sourceStart)) endSubordinateClause(v, c, a, se);
        if (c.sourceEnd - c.sourceStart == 1 && v.posIs(c.sourceStart, "W") && !v.is(c.sourceStart - 1, ",")) {
            endRelativeClause(v, c, a, se);
        } else if (c.hasSource() && v.posIs(c.sourceStart, "W") && v.is(c.sourceStart - 1, ",")) {
            endAppositiveRelative(v, c, a, se);
        }
        return c.content.isEmpty() ? null : c;
    }

    private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas", "because",
            "since", "if", "as", "when", "after", "before", "unless", "even");

    /** "While Grisham said …": the attribution opens a subordinate clause at the start of its sentence. */
    private static boolean opensWithSubordinator(TextView v, int ss, int sourceStart) {
        int k = ss;
        while (k < sourceStart && v.isQuoteMark(k)) k++;
        return k < sourceStart && SUBORDINATORS.contains(v.lower[k]) && sourceStart - k <= 2;
    }

    /**
     * "While Grisham said the trip was routine, he did not have that physical before": the content of a
     * subordinate clause ends at the comma before the main clause (a subject and its finite verb).
     */
    private static void endSubordinateClause(TextView v, Candidate c, int a, int se) {
        for (int k = a + 1; k + 1 < se; k++) {
            if (v.insideQuote(k) || !v.is(k, ",")) continue;
            int f = k + 1;
            int limit = Math.min(se, k + 7);
            while (f < limit && (v.isNoun(f) || v.posIs(f, "DT") || v.posIs(f, "PRP") || v.posIs(f, "JJ")
                    || v.posIs(f, "CD") || v.posIs(f, "POS") || v.posIs(f, "RB"))) {
                f++;
            }
            if (f == k + 1 || f >= limit || !v.isFiniteVerb(f)) continue;
            List<Span> kept = new ArrayList<>();
            for (Span s : c.content) {
                if (s.begin() >= v.begin[k]) continue;
                kept.add(s.end() > v.begin[k] ? new Span(s.begin(), v.end[k - 1]) : s);
            }
            if (!kept.isEmpty()) c.content = kept;
            return;
        }
    }

    /**
     * "Others who want to ban abortion said …": a restrictive relative clause ends where the sentence's own
     * verb of saying begins, so its content stops there.
     */
    private static void endRelativeClause(TextView v, Candidate c, int a, int se) {
        for (int k = a + 1; k < se; k++) {
            if (v.insideQuote(k) || !v.isFiniteVerb(k) || CueLexicon.standard().verb(v.lower[k]) == null) continue;
            if (SUBJECT_PRONOUNS.contains(v.lower[k - 1]) || v.posIs(k - 1, "W") || v.is(k - 1, "that")) continue;
            int e = k;
            while (e > a && (v.isPunct(e - 1) || v.posIs(e - 1, "RB"))) e--;
            List<Span> kept = new ArrayList<>();
            for (Span s : c.content) {
                if (s.begin() >= v.begin[k]) continue;
                kept.add(s.end() > v.end[e - 1] && e > a ? new Span(s.begin(), v.end[e - 1]) : s);
            }
            c.content = kept;
            return;
        }
    }

    /**
     * "McCaskill, who has endorsed Clinton, said …": a relative clause set off by commas ends at the comma
     * before the sentence's own verb, so its content stops there. True when it was cut.
     */
    private static boolean endAppositiveRelative(TextView v, Candidate c, int a, int se) {
        for (int k = a + 1; k + 1 < se; k++) {
            // ", said" or a quotation's closing mark before the verb ("citing ‘…,’ said").
            boolean closes = v.closesQuote(k);
            if (!closes && (v.insideQuote(k) || !v.is(k, ","))) continue;
            int f = k + 1;
            while (f < se && v.posIs(f, "RB")) f++;
            if (!v.isFiniteVerb(f)) continue;
            int last = closes ? k : k - 1;
            List<Span> kept = new ArrayList<>();
            for (Span s : c.content) {
                if (s.begin() >= v.end[last]) continue;
                kept.add(s.end() > v.end[last] ? new Span(s.begin(), v.end[last]) : s);
            }
            c.content = kept;
            return true;
        }
        return false;
    }

    private static void setSource(Candidate c, int[] range) {
        if (range != null) {
            c.sourceStart = range[0];
            c.sourceEnd = range[1];
        }
    }

    /** The subject of the sentence's first finite verb (or the last attribution's source in it). */
    private static int[] mainSubject(TextView v, int ss, int limit, List<Candidate> here) {
        if (!here.isEmpty() && here.get(here.size() - 1).hasSource()) {
            Candidate last = here.get(here.size() - 1);
            return new int[] {last.sourceStart, last.sourceEnd};
        }
        for (int f = ss; f < limit; f++) {
            if (v.insideQuote(f) || !v.isFiniteVerb(f)) continue;
            int vb = NounPhrases.verbGroupStart(v, f, ss);
            int e = NounPhrases.skipAdjunctsLeft(v, vb, ss);
            int sb = NounPhrases.subjectStart(v, e, ss);
            return sb >= 0 ? new int[] {sb, e} : null;
        }
        return null;
    }

    private static Candidate sharedSubject(TextView v, int vb, int ss, List<Candidate> here) {
        if (!(v.is(vb - 1, "but") || v.is(vb - 1, "and"))) return null;
        if (here.isEmpty()) {
            // "Cruz exhorted Republicans to … and said he was standing on principle": the main clause's subject.
            int[] subject = mainSubject(v, ss, vb - 1, here);
            if (subject == null) return null;
            Candidate c = new Candidate(vb, vb);
            c.sourceStart = subject[0];
            c.sourceEnd = subject[1];
            return c;
        }
        Candidate last = here.get(here.size() - 1);
        return last.hasSource() && last.cueEnd < vb ? last : null;
    }

    /** Content from token {@code a} to the end of its clause; false when there is none fit for the cue. */
    static boolean contentAfter(TextView v, Candidate c, int a, int se, boolean tell, boolean object) {
        int s = a;
        if ((v.is(s, ":") || v.is(s, ",")) && v.opensQuote(s + 1)) s++;
        if (s == se && v.opensQuote(s) && v.is(s - 1, ":")) {
            c.content.addAll(Continuations.withContinuations(v, v.quotes.get(v.quoteOf[s])));
            return true;
        }
        if (v.is(s, ":") && s == se - 1) return Paragraphs.listAfter(v, c, v.end[s]);
        if (s >= se) return false;
        if (v.opensQuote(s)) {
            Quote q = v.quotes.get(v.quoteOf[s]);
            int qEnd = q.end();
            c.content.addAll(Continuations.withContinuations(v, q));
            // A quotation may be only the start of the content: "“all options” were open".
            int after = Clauses.firstTokenAtOrAfter(v, qEnd);
            if (after < se && !v.isSentenceFinal(after) && !v.is(after, ",") && !v.isQuoteMark(after)) {
                int e = Clauses.clauseEnd(v, after, se);
                if (e > after) {
                    c.content.clear();
                    c.content.add(new Span(q.begin(), v.end[e - 1]));
                }
            }
            return true;
        }
        while (s < se && (v.is(s, ",") || v.is(s, "-") || v.is(s, "--"))) s++;
        if (s >= se) return false;
        if (v.posIs(s, "IN") && v.posIs(s + 1, "VBG")) return false;
        int e = Clauses.clauseEnd(v, s, se);
        if (e <= s) return false;
        if (!object && !Clauses.isClause(v, s, e)) return false;
        c.content.add(new Span(v.begin[s], v.end[e - 1]));
        return true;
    }

    /** Content ending just before token {@code b} (a comma or closing quote before the source or cue). */
    private static boolean contentBefore(TextView v, Candidate c, int b, int ss) {
        int q = -1;
        if (v.closesQuote(b)) q = v.quoteOf[b];
        else if (v.is(b, ",") && v.closesQuote(b - 1)) q = v.quoteOf[b - 1];
        if (q >= 0) {
            List<Span> quoted = Continuations.withPredecessors(v, q);
            // "With thousands of systems, “there is no single point of failure,” he said": the lead-in counts.
            int lead = ss;
            while (lead < b && v.isQuoteMark(lead)) lead++;
            Span first = quoted.get(0);
            if (quoted.size() == 1 && lead < b && v.begin[lead] < first.begin() && v.quoteOf[lead] != q
                    && !v.insideQuote(lead) && leadIn(v, lead, first.begin())) {
                quoted.set(0, new Span(v.begin[lead], first.end()));
            } else if (quoted.size() == 1 && lead < b && v.begin[lead] < first.begin() && quotedBySomeoneElse(v, first.begin())) {
                // "… he said, “somebody ought to …,” the prosecutor’s office said": the office relays his
                // words, so it said the whole sentence; his saying is an attribution of its own, via the office.
                quoted.set(0, new Span(v.begin[lead], first.end()));
            }
            c.content.addAll(quoted);
            return true;
        }
        int start = ss;
        // A sentence adverb set off by a comma ("However, …") is the author's, not the source's.
        if (v.posIs(start, "RB") && v.is(start + 1, ",")) start += 2;
        if (b - 1 < start) return false;
        int last = b - 1;
        c.content.add(new Span(v.begin[start], v.end[last]));
        return true;
    }

    /** Whether the quotation opening at {@code offset} follows a verb of saying and its comma ("he said, “…”"). */
    private static boolean quotedBySomeoneElse(TextView v, int offset) {
        int open = Clauses.firstTokenAtOrAfter(v, offset);
        int t = open - 1;
        if (!(v.is(t, ",") || v.is(t, ":"))) return false;
        CueLexicon.Entry e = CueLexicon.standard().verb(v.lower[Math.max(0, t - 1)]);
        return t - 1 >= 0 && v.posIs(t - 1, "VB") && e != null && e.has(CueLexicon.Flag.SPEECH);
    }

    /** True when the tokens from {@code from} up to {@code offset} hold no cue and no sentence end. */
    private static boolean leadIn(TextView v, int from, int offset) {
        for (int k = from; k < v.n && v.begin[k] < offset; k++) {
            if (v.isSentenceFinal(k) || v.isQuoteMark(k)) return false;
            if (v.posIs(k, "VB") && CueLexicon.standard().verb(v.lower[k]) != null) return false;
        }
        return true;
    }

    /** After a postposed source and cue: ", “more.”" or ", more text" continues the content. */
    private static void continueAfter(TextView v, Candidate c, int r, int se) {
        if (!v.is(r, ",") || r + 1 >= se) return;
        int s = r + 1;
        if (v.opensQuote(s)) {
            c.content.addAll(Continuations.withContinuations(v, v.quotes.get(v.quoteOf[s])));
            return;
        }
        int w = s;
        while (w < se && v.posIs(w, "RB")) w++;
        if (v.posIs(w, "VBG")) {
            // "“…,” Tester said, referring to the excuse, “you give them ammunition.”": the quote goes on.
            int comma = w;
            while (comma < se && !v.is(comma, ",") && !v.isSentenceFinal(comma) && !v.isQuoteMark(comma)) comma++;
            // A speech participle ("adding later, “…”") takes the quote for itself.
            boolean ownCue = CueLexicon.standard().verb(v.lower[w]) != null;
            if (!ownCue && v.is(comma, ",") && v.opensQuote(comma + 1) && startsWithQuote(v, c)) {
                c.content.addAll(Continuations.withContinuations(v, v.quotes.get(v.quoteOf[comma + 1])));
            }
            return;
        }
        if (startsWithQuote(v, c)) return;
        int e = Clauses.clauseEnd(v, s, se);
        if (e > s) c.content.add(new Span(v.begin[s], v.end[e - 1]));
    }

    private static boolean startsWithQuote(TextView v, Candidate c) {
        if (c.content.isEmpty()) return false;
        int b = c.content.get(0).begin();
        return v.quoteStartingAt(b) >= 0;
    }

}
