package org.newsgraph.nlp.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.span.Span;

/**
 * Settles attributions that sit inside one another. A postposed attribution ("…, Interfax reported",
 * "…, according to media reports") relays the ones whose cue lies in its content: they get it as
 * {@code via} and are clipped to its content; an attribution before it stops where its content begins.
 * Otherwise an attribution nested in another's content is dropped, as PARC/PolNeAR annotate only the
 * outermost one.
 */
final class Nesting {
    private static final Set<String> DANGLING = Set.of("after", "before", "when", "while", "because", "since",
            "until", "although", "though", "as", "if", "and", "but", "that", ",", ";", ":", "-", "--", "—");

    private static final int WINDOW = 40;

    private Nesting() {}

    static void resolve(TextView v, List<Candidate> all) {
        resolve(v, all, false);
    }

    /**
     * As {@link #resolve(TextView, List)}; with {@code keepNested} an attribution nested in another's
     * content is kept and relayed by it ("Holmes testified that he heard Trump ask …": Trump's words via
     * Holmes), as a reader tracking who said what lists both.
     */
    static void resolve(TextView v, List<Candidate> all, boolean keepNested) {
        for (int o = 0; o < all.size(); o++) {
            Candidate outer = all.get(o);
            if (!outer.postposed || outer.dropped) continue;
            Span region = outer.contentExtent();
            if (region == null) continue;
            for (Candidate inner : near(all, o)) {
                if (inner == outer || inner.dropped) continue;
                int cue = v.begin[inner.cueStart];
                if (region.contains(cue)) {
                    inner.via = outer;
                    clip(v, inner, region.end());
                } else if (cue < region.begin() && !inner.postposed && reaches(inner, region.begin())) {
                    clip(v, inner, region.begin());
                }
            }
        }
        for (int o = 0; o < all.size(); o++) {
            Candidate outer = all.get(o);
            if (outer.postposed || outer.dropped) continue;
            for (Candidate inner : near(all, o)) {
                if (inner == outer || inner.dropped || inner.postposed) continue;
                int cue = v.begin[inner.cueStart];
                if (!reaches(outer, cue) || outer.contentExtent() == null || !outer.contentExtent().contains(cue)) continue;
                int first = inner.hasSource() ? Math.min(inner.sourceStart, inner.cueStart) : inner.cueStart;
                int sep = first - 1;
                if (v.posIs(sep, "CC")) sep--;
                if (sep >= 0 && (v.is(sep, ",") || v.is(sep, ";")) && v.begin[sep] > v.begin[outer.cueStart]) {
                    clip(v, outer, v.begin[sep]);
                } else if (keepNested && reportsSpeech(v, inner)) {
                    if (inner.via == null) inner.via = outer;
                } else {
                    inner.dropped = true;
                }
            }
        }
        for (Candidate c : all) if (c.content.isEmpty()) c.dropped = true;
    }

    /**
     * Whether a nested attribution reports someone speaking (a verb of saying: "he heard Trump ask",
     * "Sondland replied that"), not a clause that merely reads like one ("an agenda favoring tariffs").
     */
    private static boolean reportsSpeech(TextView v, Candidate c) {
        if (!c.hasSource()) return false;
        int head = SpeechFilter.headVerb(v, c);
        if (head < 0) return false;
        CueLexicon.Entry e = CueLexicon.standard().verb(v.lower[head]);
        return e != null && e.has(CueLexicon.Flag.SPEECH) && e.has(CueLexicon.Flag.CLAUSE);
    }

    /** Candidates come in text order; those that can nest in one another lie close together. */
    private static List<Candidate> near(List<Candidate> all, int o) {
        return all.subList(Math.max(0, o - WINDOW), Math.min(all.size(), o + WINDOW + 1));
    }

    private static boolean reaches(Candidate c, int offset) {
        for (Span s : c.content) if (s.end() > offset) return true;
        return false;
    }

    /** Cuts the content at {@code limit}, dropping dangling conjunctions and punctuation at the cut. */
    private static void clip(TextView v, Candidate c, int limit) {
        List<Span> out = new ArrayList<>();
        for (Span s : c.content) {
            if (s.begin() >= limit) continue;
            if (s.end() <= limit) {
                out.add(s);
                continue;
            }
            int t = lastTokenEndingBy(v, limit);
            while (t >= 0 && v.begin[t] >= s.begin() && DANGLING.contains(v.lower[t])) t--;
            if (t >= 0 && v.begin[t] >= s.begin()) out.add(new Span(s.begin(), v.end[t]));
        }
        c.content = out;
    }

    private static int lastTokenEndingBy(TextView v, int offset) {
        int lo = 0;
        int hi = v.n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.end[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }
}
