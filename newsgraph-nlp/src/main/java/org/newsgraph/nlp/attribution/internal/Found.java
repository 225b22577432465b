package org.newsgraph.nlp.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.span.Span;

/** A finished attribution: parts as spans, kind, and the index of the relaying attribution or -1. */
public record Found(List<Span> source, Span cue, List<Span> content, Attribution.Kind kind, int via) {
    public Found {
        source = source == null ? null : List.copyOf(source);
        content = List.copyOf(content);
    }

    static List<Found> of(TextView v, List<Candidate> all) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) if (!c.dropped && saysSomething(v.text, c.content)) kept.add(c);
        kept.sort((a, b) -> Integer.compare(a.begin(v), b.begin(v)));
        java.util.Map<Candidate, Integer> index = new java.util.IdentityHashMap<>();
        java.util.Map<Candidate, List<Candidate>> relayed = new java.util.IdentityHashMap<>();
        for (int k = 0; k < kept.size(); k++) {
            index.put(kept.get(k), k);
            Candidate via = kept.get(k).via;
            if (via != null) relayed.computeIfAbsent(via, x -> new ArrayList<>()).add(kept.get(k));
        }
        List<Found> out = new ArrayList<>();
        for (Candidate c : kept) {
            List<Span> src = c.hasSource() ? List.of(new Span(v.begin[c.sourceStart], v.end[c.sourceEnd - 1])) : null;
            Span cue = new Span(v.begin[c.cueStart], v.end[c.cueEnd - 1]);
            List<Span> content = new ArrayList<>(c.content);
            content.sort(null);
            out.add(new Found(src, cue, content, kind(v, ownContent(relayed.getOrDefault(c, List.of()), content)),
                    c.via == null || !index.containsKey(c.via) ? -1 : index.get(c.via)));
        }
        return out;
    }

    /** A content of nothing but quote marks and punctuation ("”He said“") attributes nothing. */
    private static boolean saysSomething(String text, List<Span> content) {
        for (Span s : content) {
            for (int i = s.begin(); i < s.end(); i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
        }
        return false;
    }

    /** The content without what relayed attributions inside it say: their quotes are theirs. */
    private static List<Span> ownContent(List<Candidate> relayed, List<Span> content) {
        List<Span> own = new ArrayList<>(content);
        for (Candidate inner : relayed) {
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


    private static Attribution.Kind kind(TextView v, List<Span> content) {
        int inside = 0;
        int outside = 0;
        for (Span s : content) {
            for (int o = s.begin(); o < s.end(); o++) {
                char ch = v.text.charAt(o);
                if (!Character.isLetterOrDigit(ch)) continue;
                if (v.quoted.get(o)) inside++;
                else outside++;
            }
        }
        if (inside == 0) return Attribution.Kind.INDIRECT;
        return outside == 0 ? Attribution.Kind.DIRECT : Attribution.Kind.MIXED;
    }


    /** This attribution's parts as {@link Part}s of {@code text}. */
    public Part sourcePart(String text) {
        return source == null ? null : Part.of(text, source);
    }
}
