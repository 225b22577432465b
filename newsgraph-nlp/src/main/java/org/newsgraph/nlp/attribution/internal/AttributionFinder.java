package org.newsgraph.nlp.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
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
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since",
            "until", "although", "though", "whereas", "as", "if", "that");
    private static final Set<String> NOMINAL_CUES = Set.of("call", "calls", "demand", "demands", "request", "requests",
            "appeal", "appeals", "plea", "pleas", "warning", "warnings", "pledge", "promise", "threat", "threats",
            "proposal", "offer", "order", "orders", "suggestion", "claim", "claims", "statement", "accusation",
            "accusations", "assertion", "insistence", "criticism");
    private static final Set<String> CONTRASTIVE = Set.of("while", "whereas", "although", "though");
    /** Labels that a colon follows without anyone speaking. */
    private static final Set<String> LABELS = Set.of("photo", "update", "updated", "note", "source", "sources", "related",
            "image", "video", "watch", "credit", "editor", "read", "more", "contact", "email", "twitter", "facebook",
            "tags", "topics", "subscribe", "advertisement", "file", "caption", "listen", "see", "also", "correction");
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "for", "from", "after", "before", "while",
            "without", "when");
    private static final Set<String> RAISING = Set.of("seem", "seems", "seemed", "seeming", "appear", "appears",
            "appeared");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "'s", "'re");
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "who",
            "when", "where", "to", "which");

    private final CueLexicon lexicon;
    private final QuoteFinder quoteFinder = new QuoteFinder();

    public AttributionFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The attributions of a text, in text order of their first character, with sources and cues as written. */
    public List<Found> find(String text, List<Token> tokens, List<Sentence> sentences) {
        TextView v = new TextView(text, tokens, sentences, quoteFinder.find(text));
        List<Candidate> all = new ArrayList<>();
        for (int[] s : v.sentenceBounds()) findInSentence(v, s[0], s[1], all);
        Nesting.resolve(v, all);
        Continuations.attach(v, all);
        return Found.of(v, all);
    }

    private void findInSentence(TextView v, int ss, int se, List<Candidate> out) {
        List<Candidate> here = new ArrayList<>();
        for (int i = ss; i < se; i++) {
            if (v.insideQuote(i)) continue;
            Candidate c = null;
            int next = i;
            if (v.is(i, "according") && v.is(i + 1, "to")) {
                c = accordingTo(v, i, ss, se);
                next = i + 1;
            } else if (DASHES.contains(v.lower[i]) && v.closesQuote(i - 1)) {
                c = dashCue(v, i, se);
            } else if (v.is(i, ":") && v.opensQuote(i + 1)) {
                c = colonCue(v, i, ss);
            } else if (v.is(i, ":") && i - ss <= 4 && i + 1 < se) {
                c = speakerLabel(v, i, ss);
            } else if (v.is(i, "asked") && (i == ss || v.isQuoteMark(i - 1) && i - 1 == ss) && v.posIs(i, "VBN")) {
                c = askedAbout(v, i, se);
            } else if (RAISING.contains(v.lower[i]) && v.posIs(i, "VB")
                    || v.is(i, "expected") && i > ss && BE.contains(v.lower[i - 1])) {
                c = raisingCue(v, i, ss, se);
            } else if (NOMINAL_CUES.contains(v.lower[i]) && v.isNoun(i)) {
                c = nominalCue(v, i, se);
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
            boolean linked = v.is(vb - 1, ",") || v.is(vb - 1, "and") || vb > 0 && PARTICIPLE_PREPOSITIONS.contains(v.lower[vb - 1]);
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
            setSource(c, mainSubject(v, ss, vb, here));
            return contentAfter(v, c, cueEnd, se, tell, object) ? c : null;
        }
        boolean subjectBefore = v.is(vb - 1, ",") && NounPhrases.subjectStart(v, vb, ss) >= 0;
        if (speech && !tell && !subjectBefore && (vb > ss && v.is(vb - 1, ",") || v.closesQuote(vb - 1))) {
            int srcEnd = NounPhrases.sourceEndRight(v, cueEnd, se);
            int after = NounPhrases.skipAdjunctsRight(v, srcEnd, se);
            boolean ends = after >= se || v.isSentenceFinal(after) || v.is(after, ",") || v.is(after, ";")
                    || v.is(after, ":") || v.isQuoteMark(after) || v.posIs(after, "W");
            if (srcEnd > cueEnd && ends) {
                c.sourceStart = cueEnd;
                c.sourceEnd = trimRight(v, cueEnd, srcEnd);
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
        return contentAfter(v, c, a, se, tell, object) ? c : null;
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

    private static int trimRight(TextView v, int start, int end) {
        int e = end;
        while (e > start + 1 && (v.isPunct(e - 1) || v.isQuoteMark(e - 1))) e--;
        return e;
    }

    /** Content from token {@code a} to the end of its clause; false when there is none fit for the cue. */
    static boolean contentAfter(TextView v, Candidate c, int a, int se, boolean tell, boolean object) {
        int s = a;
        if ((v.is(s, ":") || v.is(s, ",")) && v.opensQuote(s + 1)) s++;
        if (s == se && v.opensQuote(s) && v.is(s - 1, ":")) {
            c.content.addAll(Continuations.withContinuations(v, v.quotes.get(v.quoteOf[s])));
            return true;
        }
        if (s >= se) return false;
        if (v.opensQuote(s)) {
            Quote q = v.quotes.get(v.quoteOf[s]);
            int qEnd = q.end();
            c.content.addAll(Continuations.withContinuations(v, q));
            // A quotation may be only the start of the content: "“all options” were open".
            int after = firstTokenAtOrAfter(v, qEnd);
            if (after < se && !v.isSentenceFinal(after) && !v.is(after, ",") && !v.isQuoteMark(after)) {
                int e = clauseEnd(v, after, se);
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
        int e = clauseEnd(v, s, se);
        if (e <= s) return false;
        if (!object && !isClause(v, s, e)) return false;
        c.content.add(new Span(v.begin[s], v.end[e - 1]));
        return true;
    }

    private static boolean isClause(TextView v, int s, int e) {
        if (CLAUSE_OPENERS.contains(v.lower[s]) || v.isQuoteMark(s)) return !v.is(s, "when") && !v.is(s, "where");
        if ((v.posIs(s, "IN") || v.posIs(s, "WRB")) && !v.posIs(s + 1, "CD")) return false;
        for (int k = s; k < e; k++) if (v.isFiniteVerb(k)) return true;
        return false;
    }

    /** The exclusive end of the clause starting at {@code s}, before trailing punctuation and conjunctions. */
    static int clauseEnd(TextView v, int s, int se) {
        int k = s;
        boolean finite = false;
        for (; k < se; k++) {
            if (v.insideQuote(k)) continue;
            String w = v.lower[k];
            if (w.equals(",") && CONTRASTIVE.contains(v.lower[Math.min(k + 1, v.n - 1)]) && k + 1 < se) break;
            if (k > s && (w.equals("—") || w.equals("–") || w.equals("--") || w.equals("-") && v.posIs(k, ":"))) break;
            if (!finite && k > s && w.equals(",") && (v.is(k + 1, "which") || v.is(k + 1, "who") || v.is(k + 1, "with"))) break;
            if (!finite && k > s && (w.equals("and") || w.equals("but")) && (v.isFiniteVerb(k + 1)
                    || v.posIs(k + 1, "RB") && v.isFiniteVerb(k + 2))) {
                break;
            }
            finite |= v.isFiniteVerb(k);
            if (v.isSentenceFinal(k) && k > s) break;
            if (w.equals(";")) break;
            if (w.equals(",") && (v.posIs(k + 1, "VBG") && !v.insideQuote(k + 1) || v.is(k + 1, "according")
                    || v.opensQuote(k + 1) && k > s)) {
                break;
            }
            if ((w.equals("but") || w.equals("and")) && k > s && coordinatedCue(v, k + 1, se)) break;
        }
        int e = k;
        while (e > s && (v.isPunct(e - 1) && !v.closesQuote(e - 1) || v.posIs(e - 1, "CC"))) e--;
        return e;
    }

    private static boolean coordinatedCue(TextView v, int k, int se) {
        int j = k;
        while (j < se && v.posIs(j, "RB")) j++;
        return j < se && (v.pos[j].equals("VBD") || v.pos[j].equals("VBZ")) && CueLexicon.standard().verb(v.lower[j]) != null;
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
        int e = clauseEnd(v, s, se);
        if (e > s) c.content.add(new Span(v.begin[s], v.end[e - 1]));
    }

    private static boolean startsWithQuote(TextView v, Candidate c) {
        if (c.content.isEmpty()) return false;
        int b = c.content.get(0).begin();
        for (Quote q : v.quotes) if (q.begin() == b) return true;
        return false;
    }

    private static int firstTokenAtOrAfter(TextView v, int offset) {
        int lo = 0;
        int hi = v.n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.begin[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static Candidate accordingTo(TextView v, int i, int ss, int se) {
        int np = i + 2;
        boolean leading = i == ss || v.posIs(i - 1, "CC") || v.isQuoteMark(i - 1);
        int srcEnd = NounPhrases.sourceEndRight(v, np, se);
        if (leading) {
            int comma = np;
            while (comma < se && !v.is(comma, ",") && !v.isSentenceFinal(comma)) comma++;
            if (v.is(comma, ",")) srcEnd = comma;
        }
        if (srcEnd <= np) return null;
        Candidate c = new Candidate(i, i + 2);
        c.sourceStart = np;
        c.sourceEnd = trimRight(v, np, srcEnd);
        if (leading && v.is(srcEnd, ",")) {
            int e = clauseEnd(v, srcEnd + 1, se);
            if (e <= srcEnd + 1) return null;
            c.content.add(new Span(v.begin[srcEnd + 1], v.end[e - 1]));
            return c;
        }
        int b = v.is(i - 1, ",") ? i - 1 : i;
        int start = b - 1;
        if (start < ss) return null;
        while (start > ss && !(SUBORDINATORS.contains(v.lower[start - 1]) && !v.insideQuote(start - 1))
                && !v.is(start - 1, ";") && !v.is(start - 1, ":")) {
            start--;
        }
        if (start > b - 1) return null;
        c.postposed = true;
        c.content.add(new Span(v.begin[start], v.end[b - 1]));
        return c;
    }

    /** "Asked about the plan, Trump said …": the question is the content; nobody is its source. */
    private static Candidate askedAbout(TextView v, int i, int se) {
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
     * "The two seemed to be well known", "The convention is expected to bring in $200 million": what
     * seems or is expected is the subject plus the rest, with no source named.
     */
    private static Candidate raisingCue(TextView v, int i, int ss, int se) {
        int vb = NounPhrases.verbGroupStart(v, i, ss);
        int after = i + 1;
        boolean infinitive = v.is(after, "to") && v.posIs(after + 1, "VB");
        boolean adjective = v.posIs(after, "JJ") && !v.is(i, "expected");
        if (!infinitive && !adjective) return null;
        int e = NounPhrases.skipAdjunctsLeft(v, vb, ss);
        int sb = NounPhrases.subjectStart(v, e, ss);
        if (sb < 0 || v.is(sb, "it") || v.is(sb, "there")) return null;
        int end = clauseEnd(v, after, se);
        if (end <= after) return null;
        Candidate c = new Candidate(vb, i + 1);
        c.content.add(new Span(v.begin[sb], v.end[e - 1]));
        c.content.add(new Span(v.begin[after], v.end[end - 1]));
        return c;
    }

    /** "“…” ― Sonya Herridge": a dash after a quotation, then its author. */
    private static Candidate dashCue(TextView v, int i, int se) {
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
    private static Candidate speakerLabel(TextView v, int i, int ss) {
        int sb = v.opensQuote(ss) ? ss + 1 : ss;
        if (sb >= i) return null;
        for (int k = sb; k < i; k++) {
            if (!v.posIs(k, "NNP") || LABELS.contains(v.lower[k])) return null;
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

    private static Candidate colonCue(TextView v, int i, int ss) {
        int sb = NounPhrases.subjectStart(v, i, ss);
        if (sb < 0 || sb != ss) return null;
        Candidate c = new Candidate(i, i + 1);
        c.sourceStart = sb;
        c.sourceEnd = i;
        c.content.addAll(Continuations.withContinuations(v, v.quotes.get(v.quoteOf[i + 1])));
        return c;
    }

    /** "a call from X to …", "demands by X for …": the noun is the cue, X the source. */
    private static Candidate nominalCue(TextView v, int i, int se) {
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
        int e = clauseEnd(v, s, se);
        if (e <= s) return null;
        c.content.add(new Span(v.begin[s], v.end[e - 1]));
        return c;
    }

    /** A finished attribution: parts as spans, kind, and the index of the relaying attribution or -1. */
    public record Found(List<Span> source, Span cue, List<Span> content, Attribution.Kind kind, int via) {
        public Found {
            source = source == null ? null : List.copyOf(source);
            content = List.copyOf(content);
        }

        static List<Found> of(TextView v, List<Candidate> all) {
            List<Candidate> kept = new ArrayList<>();
            for (Candidate c : all) if (!c.dropped && !c.content.isEmpty()) kept.add(c);
            kept.sort((a, b) -> Integer.compare(first(v, a), first(v, b)));
            List<Found> out = new ArrayList<>();
            for (Candidate c : kept) {
                List<Span> src = c.hasSource() ? List.of(new Span(v.begin[c.sourceStart], v.end[c.sourceEnd - 1])) : null;
                Span cue = new Span(v.begin[c.cueStart], v.end[c.cueEnd - 1]);
                List<Span> content = new ArrayList<>(c.content);
                content.sort(null);
                out.add(new Found(src, cue, content, kind(v, ownContent(c, kept, content)),
                        c.via == null ? -1 : kept.indexOf(c.via)));
            }
            return out;
        }

        /** The content without what relayed attributions inside it say: their quotes are theirs. */
        private static List<Span> ownContent(Candidate c, List<Candidate> kept, List<Span> content) {
            List<Span> own = new ArrayList<>(content);
            for (Candidate inner : kept) {
                if (inner.via != c) continue;
                List<Span> next = new ArrayList<>();
                for (Span s : own) {
                    int b = s.begin();
                    for (Span cut : inner.content) {
                        if (cut.end() <= b || cut.begin() >= s.end()) continue;
                        if (cut.begin() > b) next.add(new Span(b, cut.begin()));
                        b = Math.max(b, cut.end());
                    }
                    if (b < s.end()) next.add(new Span(b, s.end()));
                }
                own = next;
            }
            return own;
        }

        private static int first(TextView v, Candidate c) {
            int f = v.begin[c.cueStart];
            if (c.hasSource()) f = Math.min(f, v.begin[c.sourceStart]);
            for (Span s : c.content) f = Math.min(f, s.begin());
            return f;
        }

        private static Attribution.Kind kind(TextView v, List<Span> content) {
            int inside = 0;
            int outside = 0;
            for (Span s : content) {
                for (int o = s.begin(); o < s.end(); o++) {
                    char ch = v.text.charAt(o);
                    if (!Character.isLetterOrDigit(ch)) continue;
                    if (inDoubleOrSingleQuote(v, o)) inside++;
                    else outside++;
                }
            }
            if (inside == 0) return Attribution.Kind.INDIRECT;
            return outside == 0 ? Attribution.Kind.DIRECT : Attribution.Kind.MIXED;
        }

        private static boolean inDoubleOrSingleQuote(TextView v, int offset) {
            for (Quote q : v.quotes) {
                if (q.begin() > offset) break;
                if (q.contains(offset)) return true;
            }
            return false;
        }

        /** This attribution's parts as {@link Part}s of {@code text}. */
        public Part sourcePart(String text) {
            return source == null ? null : Part.of(text, source);
        }
    }
}
