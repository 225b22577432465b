package org.newsgraph.nlp.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.span.Span;

/**
 * Quotations that run over several paragraphs, and quotations that continue an attribution made in the
 * sentence or paragraph before them ("“…,” she said. “These cases take patience.”"). Stateless.
 */
final class Continuations {
    /** How many candidates on each side of a quotation may relate to it. */
    private static final int WINDOW = 40;

    private Continuations() {}

    /** {@code q} and the quotations that continue it in the following paragraphs. */
    static List<Span> withContinuations(TextView v, Quote q) {
        List<Span> out = new ArrayList<>();
        out.add(new Span(q.begin(), q.end()));
        int i = v.quoteStartingAt(q.begin());
        Quote cur = q;
        while (cur.continues() && i + 1 < v.quotes.size()) {
            Quote next = v.quotes.get(i + 1);
            if (next.single()) break;
            out.add(new Span(next.begin(), next.end()));
            cur = next;
            i++;
        }
        return out;
    }

    /** Quotation {@code qi} preceded by the paragraphs of the same quotation before it. */
    static List<Span> withPredecessors(TextView v, int qi) {
        List<Span> out = new ArrayList<>();
        Quote q = v.quotes.get(qi);
        out.add(new Span(q.begin(), q.end()));
        int i = qi - 1;
        while (i >= 0) {
            Quote prev = v.quotes.get(i);
            if (!prev.continues() || prev.single() || !blank(v.text, prev.end(), q.begin())) break;
            out.add(0, new Span(prev.begin(), prev.end()));
            q = prev;
            i--;
        }
        return out;
    }

    /**
     * Attaches each quotation that stands alone (no attribution overlaps it, it opens its sentence) to
     * the attribution just before it, when only whitespace and punctuation separate them and that
     * attribution quotes too.
     */
    static void attach(TextView v, List<Candidate> all) {
        int tok = 0;
        int near = 0;
        for (int qi = 0; qi < v.quotes.size(); qi++) {
            Quote q = v.quotes.get(qi);
            if (q.single()) continue;
            while (tok < v.n && v.begin[tok] < q.begin()) tok++;
            // The splitter may hang a straight opening mark ('' or ") on the sentence before it.
            if (tok >= v.n || v.begin[tok] != q.begin()
                    || v.sentStart[tok] != tok && v.sentEnd[tok] != tok + 1 && !v.isSentenceFinal(tok - 1)) {
                continue;
            }
            Candidate best = null;
            int bestEnd = -1;
            boolean overlapped = false;
            // Candidates come in text order: only those near the quotation can touch it.
            while (near < all.size() && v.begin[all.get(near).cueStart] < q.begin()) near++;
            for (Candidate c : all.subList(Math.max(0, near - WINDOW), Math.min(all.size(), near + WINDOW))) {
                if (c.dropped) continue;
                int end = c.end(v);
                int begin = c.begin(v);
                if (begin < q.end() && q.begin() < end) {
                    overlapped = true;
                    break;
                }
                if (end <= q.begin() && end > bestEnd) {
                    best = c;
                    bestEnd = end;
                }
            }
            if (overlapped || best == null || !quotes(v, best)) continue;
            // Either nothing but punctuation lies between, or the rest of the attribution's own sentence
            // ("…,” said X, an economist who served as budget director. “More.”).
            if (!blankOrPunct(v.text, bestEnd, q.begin()) && !sameSentenceRest(v, bestEnd, tok)) continue;
            best.content.addAll(withContinuations(v, q));
            while (qi + 1 < v.quotes.size() && q.continues()) {
                qi++;
                q = v.quotes.get(qi);
            }
        }
    }

    private static boolean sameSentenceRest(TextView v, int offset, int quoteToken) {
        int t = quoteToken - 1;
        while (t >= 0 && v.begin[t] >= offset) t--;
        if (t < 0 || v.sentEnd[t] != quoteToken && v.sentEnd[t] != quoteToken + 1) return false;
        for (int k = t + 1; k < quoteToken; k++) if (v.isQuoteMark(k)) return false;
        return true;
    }

    private static boolean quotes(TextView v, Candidate c) {
        for (Span s : c.content) {
            for (int qi = v.firstQuoteFrom(s.begin()); qi < v.quotes.size() && v.quotes.get(qi).begin() < s.end(); qi++) {
                Quote q = v.quotes.get(qi);
                if (!q.single() && q.end() <= s.end() + 1) return true;
            }
        }
        return false;
    }



    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    private static boolean blankOrPunct(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ".,;:!?\"”’'".indexOf(c) < 0) return false;
        }
        return true;
    }
}
