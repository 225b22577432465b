package org.newsgraph.nlp.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.span.Span;

/** An attribution being built by {@link AttributionFinder}: token ranges for source and cue, char spans for content. */
final class Candidate {
    int cueStart;
    int cueEnd;
    int sourceStart = -1;
    int sourceEnd = -1;
    List<Span> content = new ArrayList<>();
    /** True when the content comes before the cue ("…, Interfax reported"): it may hold other attributions. */
    boolean postposed;
    Candidate via;
    boolean dropped;

    Candidate(int cueStart, int cueEnd) {
        this.cueStart = cueStart;
        this.cueEnd = cueEnd;
    }

    boolean hasSource() {
        return sourceStart >= 0 && sourceEnd > sourceStart;
    }

    /** The first character of source, cue or content. */
    int begin(TextView v) {
        int b = v.begin[cueStart];
        if (hasSource()) b = Math.min(b, v.begin[sourceStart]);
        for (Span s : content) b = Math.min(b, s.begin());
        return b;
    }

    /** The end of the last of source, cue or content. */
    int end(TextView v) {
        int e = v.end[cueEnd - 1];
        if (hasSource()) e = Math.max(e, v.end[sourceEnd - 1]);
        for (Span s : content) e = Math.max(e, s.end());
        return e;
    }

    Span contentExtent() {
        return content.stream().reduce(Span::union).orElse(null);
    }
}
