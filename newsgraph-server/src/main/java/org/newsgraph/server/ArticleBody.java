package org.newsgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.newsgraph.span.Span;
import org.newsgraph.store.query.ArticleView;

/**
 * An article's text as HTML paragraphs: each quotation marked in its speaker's colour (hover or focus shows
 * who said it and as what), each cue marked, each entity a link. Every character of the text is escaped.
 */
final class ArticleBody {
    /** The colours a page tells speakers apart with. */
    static final int COLOURS = 8;
    /** Past the colours, the same colours again, striped, then dotted: 24 speakers told apart before any look repeats. */
    static final int PATTERNS = 3;

    private final ArticleView article;
    private final Map<String, Integer> colourOf = new LinkedHashMap<>();

    ArticleBody(ArticleView article) {
        this.article = article;
        for (ArticleView.Quote q : article.quotes()) colourOf.putIfAbsent(speakerOf(q), colourOf.size());
    }

    static String speakerOf(ArticleView.Quote q) {
        return q.speaker() == null ? "unknown speaker" : q.speaker();
    }

    /** The speaker's look as the class suffix after "s": a colour, and past the colours a pattern ("3 r1"). */
    String colour(ArticleView.Quote q) {
        return look(colourOf.get(speakerOf(q)));
    }

    static String look(int speaker) {
        int pattern = (speaker / COLOURS) % PATTERNS;
        return (speaker % COLOURS) + (pattern == 0 ? "" : " r" + pattern);
    }

    String html() {
        String text = article.text();
        StringBuilder out = new StringBuilder(text.length() * 2);
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            if (end < 0) end = text.length();
            if (!text.substring(i, end).isBlank()) paragraph(text, i, end, out);
            i = end + 1;
        }
        return out.toString();
    }

    private void paragraph(String text, int from, int to, StringBuilder out) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (ArticleView.Quote q : article.quotes()) {
            for (Span s : q.content()) addCut(cuts, s, from, to);
            for (Span s : q.cue()) addCut(cuts, s, from, to);
        }
        for (ArticleView.EntityMention m : article.mentions()) addCut(cuts, m.span(), from, to);
        out.append("<p>");
        // One mark per stretch of one quotation (so one stop for the keyboard), the entities linked inside it.
        List<Integer> at = new ArrayList<>(cuts);
        int k = 0;
        while (k + 1 < at.size()) {
            Part part = partAt(at.get(k), at.get(k + 1));
            StringBuilder inner = new StringBuilder();
            ArticleView.EntityMention link = null;
            StringBuilder linked = new StringBuilder();
            while (k + 1 < at.size()) {
                int a = at.get(k);
                int b = at.get(k + 1);
                if (!Objects.equals(partAt(a, b), part)) break;
                ArticleView.EntityMention m = mentionAt(a, b);
                if (!Objects.equals(m, link)) {
                    flush(link, linked, inner);
                    link = m;
                }
                linked.append(text, a, b);
                k++;
            }
            flush(link, linked, inner);
            write(part, inner.toString(), out);
        }
        out.append("</p>\n");
    }

    /** Which quotation's content or cue a stretch of text is in; null outside every quotation. */
    private record Part(ArticleView.Quote quote, boolean cue) {}

    private Part partAt(int a, int b) {
        for (ArticleView.Quote q : article.quotes()) {
            if (covers(q.content(), a, b)) return new Part(q, false);
            if (covers(q.cue(), a, b)) return new Part(q, true);
        }
        return null;
    }

    private ArticleView.EntityMention mentionAt(int a, int b) {
        for (ArticleView.EntityMention m : article.mentions()) {
            if (m.span().begin() <= a && b <= m.span().end()) return m;
        }
        return null;
    }

    private static void flush(ArticleView.EntityMention link, StringBuilder text, StringBuilder out) {
        if (text.length() == 0) return;
        String escaped = Html.escape(text.toString());
        if (link == null) out.append(escaped);
        else out.append("<a class=\"entity\" href=\"/entities/").append(Html.segment(link.entityKey())).append("\">").append(escaped).append("</a>");
        text.setLength(0);
    }

    private void write(Part part, String html, StringBuilder out) {
        if (part == null) {
            out.append(html);
            return;
        }
        ArticleView.Quote q = part.quote();
        String who = Html.escape(speakerOf(q) + (q.role() == null ? "" : ", " + q.role()));
        out.append("<mark class=\"").append(part.cue() ? "cue" : "quote").append(" s").append(colour(q))
                .append("\" tabindex=\"0\" title=\"").append(who).append("\" data-speaker=\"").append(who).append("\">")
                .append(html).append("</mark>");
    }

    private static void addCut(TreeSet<Integer> cuts, Span s, int from, int to) {
        if (s.end() <= from || s.begin() >= to) return;
        cuts.add(Math.max(from, s.begin()));
        cuts.add(Math.min(to, s.end()));
    }

    private static boolean covers(List<Span> spans, int a, int b) {
        for (Span s : spans) if (s.begin() <= a && b <= s.end()) return true;
        return false;
    }

}
