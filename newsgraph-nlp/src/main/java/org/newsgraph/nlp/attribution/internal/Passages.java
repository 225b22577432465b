package org.newsgraph.nlp.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.span.Span;

/**
 * One attribution per paragraph of what a source said: a quotation running on over several paragraphs
 * ("…,” she said.⏎⏎“More.”) becomes an attribution for the paragraph of the cue and one more, with the same
 * source and cue, for each further paragraph, as a reader tracking who said what lists them. Stateless.
 */
final class Passages {
    private Passages() {}

    static void split(TextView v, List<Candidate> all) {
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : all) {
            if (c.dropped || c.content.size() < 2) continue;
            List<List<Span>> groups = byParagraph(v.text, c.content);
            if (groups.size() < 2) continue;
            int cue = v.begin[c.cueStart];
            int main = 0;
            for (int g = 0; g < groups.size(); g++) {
                if (paragraphHolds(v.text, groups.get(g), cue)) main = g;
            }
            c.content = new ArrayList<>(groups.get(main));
            for (int g = 0; g < groups.size(); g++) {
                if (g == main) continue;
                Candidate more = new Candidate(c.cueStart, c.cueEnd);
                more.sourceStart = c.sourceStart;
                more.sourceEnd = c.sourceEnd;
                more.via = c.via;
                more.content = new ArrayList<>(groups.get(g));
                added.add(more);
            }
        }
        all.addAll(added);
    }

    /** The spans grouped by paragraph, in text order. */
    private static List<List<Span>> byParagraph(String text, List<Span> content) {
        List<Span> sorted = new ArrayList<>(content);
        sorted.sort(null);
        List<List<Span>> out = new ArrayList<>();
        for (Span s : sorted) {
            if (out.isEmpty() || blankLineBetween(text, last(out).end(), s.begin())) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(s);
        }
        return out;
    }

    private static Span last(List<List<Span>> groups) {
        List<Span> g = groups.get(groups.size() - 1);
        return g.get(g.size() - 1);
    }

    /** Whether the paragraph of a group of spans also holds offset {@code at} (no blank line between them). */
    private static boolean paragraphHolds(String text, List<Span> group, int at) {
        int b = group.get(0).begin();
        int e = group.get(group.size() - 1).end();
        if (at >= b && at < e) return true;
        return at < b ? !blankLineBetween(text, at, b) : !blankLineBetween(text, e, at);
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int newlines = 0;
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (++newlines == 2) return true;
            } else if (!Character.isWhitespace(c)) {
                newlines = 0;
            }
        }
        return false;
    }
}
