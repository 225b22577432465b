package org.newsgraph.nlp.attribution.internal;

import java.util.Set;

/** Where clauses end and whether a stretch of tokens is one, over a {@link TextView}. Stateless. */
final class Clauses {
    static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "who",
            "when", "where", "to", "which");
    private static final Set<String> CONTRASTIVE = Set.of("while", "whereas", "although", "though");

    private Clauses() {}

    static int trimRight(TextView v, int start, int end) {
        int e = end;
        while (e > start + 1 && (v.isPunct(e - 1) || v.isQuoteMark(e - 1))) e--;
        return e;
    }

    static boolean isClause(TextView v, int s, int e) {
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
            // "…, as he deflected Republican attacks": the writer's clause of circumstance.
            if (w.equals(",") && v.is(k + 1, "as") && v.posIs(k + 2, "PRP") && v.isFiniteVerb(k + 3)) break;
            if (w.equals(",") && (v.is(k + 1, "and") || v.is(k + 1, "but")) && newClause(v, k + 2, se)) break;
            if (k > s && isDash(v, k)) {
                // "in addition to the slain foreigners — from Italy, Poland and Spain — a local man died": an aside
                // between two dashes belongs to the clause.
                int close = closingDash(v, k, se);
                if (close < 0) break;
                k = close;
                continue;
            }
            if (!finite && k > s && w.equals(",") && (v.is(k + 1, "which") || v.is(k + 1, "who") || v.is(k + 1, "with"))) break;
            if (!finite && k > s && (w.equals("and") || w.equals("but")) && (v.isFiniteVerb(k + 1)
                    || v.posIs(k + 1, "RB") && v.isFiniteVerb(k + 2))) {
                break;
            }
            finite |= v.isFiniteVerb(k);
            if (v.isSentenceFinal(k) && k > s) break;
            if (w.equals(";")) break;
            if (w.equals(",") && (v.posIs(k + 1, "VBG") && !v.insideQuote(k + 1) && !parenthetical(v, k + 1, se)
                    && !v.is(k + 1, "including")
                    || v.is(k + 1, "according")
                    || v.opensQuote(k + 1) && k > s)) {
                break;
            }
            if ((w.equals("but") || w.equals("and")) && k > s && coordinatedCue(v, k + 1, se)) break;
        }
        int e = k;
        while (e > s && (v.isPunct(e - 1) && !v.closesQuote(e - 1) || v.posIs(e - 1, "CC"))) e--;
        return e;
    }

    private static boolean isDash(TextView v, int k) {
        String w = v.lower[k];
        return w.equals("—") || w.equals("–") || w.equals("--") || w.equals("-") && v.posIs(k, ":");
    }

    /** The dash closing an aside opened by the dash at {@code k}, within the sentence and 25 tokens, or -1. */
    private static int closingDash(TextView v, int k, int se) {
        for (int j = k + 1; j < se && j < k + 25; j++) {
            if (isDash(v, j)) return j;
            if (v.isSentenceFinal(j) || v.is(j, ";") || v.isQuoteMark(j)) return -1;
        }
        return -1;
    }

    static boolean coordinatedCue(TextView v, int k, int se) {
        int j = k;
        while (j < se && v.posIs(j, "RB")) j++;
        return j < se && (v.pos[j].equals("VBD") || v.pos[j].equals("VBZ")) && CueLexicon.standard().verb(v.lower[j]) != null;
    }

    static int firstTokenAtOrAfter(TextView v, int offset) {
        int lo = 0;
        int hi = v.n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.begin[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** "Millennials, numbering 75.3 million, surpassed …": a participle between commas before the verb. */
    private static boolean parenthetical(TextView v, int from, int se) {
        for (int k = from; k < se && k < from + 10; k++) {
            if (v.is(k, ",")) return v.isFiniteVerb(k + 1);
            if (v.isSentenceFinal(k) || v.isQuoteMark(k)) return false;
        }
        return false;
    }

    /** ", and he put $100 million into …": a subject and its verb start a clause of the author's. */
    private static boolean newClause(TextView v, int from, int se) {
        int k = from;
        if (v.posIs(k, "PRP") && !v.is(k, "it")) return v.isFiniteVerb(k + 1) || v.posIs(k + 1, "RB") && v.isFiniteVerb(k + 2);
        while (k < se && k < from + 5 && (v.posIs(k, "NNP") || v.posIs(k, "DT") && k == from)) k++;
        return k > from && v.posIs(k - 1, "NNP") && v.isFiniteVerb(k);
    }
}
