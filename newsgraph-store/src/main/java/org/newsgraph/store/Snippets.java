package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted snippets, made from the tables' text at query time (the index stores no text): the text is
 * analyzed again for the few answers shown, which costs far less than storing every text twice.
 *
 * <p>Matches are marked «like this». Guillemets are one character each, rare in English news, never
 * special in CSV or JSON (no escaping, unlike quotes or brackets), and visible on any terminal without
 * colour; square brackets would be confused with editors' insertions ("[sic]", "[the minister]"), which
 * news quotes are full of. Passages are about {@value #PASSAGE_CHARS} characters cut at word boundaries,
 * up to two of them, "…" where text was left out, white space collapsed to single spaces.
 *
 * <p>Thread-safe.
 */
final class Snippets {
    static final String OPEN = "«";
    static final String CLOSE = "»";
    static final String ELLIPSIS = "…";
    static final int PASSAGE_CHARS = 160;
    /**
     * Where the first match sits in its passage (0 at the start, 0.5 in the middle): early, so that a
     * snippet cut to fit a terminal's column still shows what matched, with a few words before it.
     */
    private static final float LEAD = 0.1f;
    /** Longer articles exist, and a match past Lucene's default 10,000 characters must still be shown. */
    private static final int MAX_TEXT = 2_000_000;

    private final UnifiedHighlighter articles = UnifiedHighlighter.builderWithoutSearcher(SearchFields.ANALYZER)
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_CHARS, LEAD))
            .withFormatter(new Marks())
            .withWeightMatches(false)
            .withMaxLength(MAX_TEXT)
            .build();
    private final UnifiedHighlighter whole = UnifiedHighlighter.builderWithoutSearcher(SearchFields.ANALYZER)
            .withBreakIterator(WholeBreakIterator::new)
            .withFormatter(new Marks())
            .withWeightMatches(false)
            .withMaxLength(MAX_TEXT)
            .build();

    // Weight matches would ask the whole query to match the one field highlighted, so "speaker:X planes"
    // would mark nothing in the content; terms and phrases are highlighted field by field instead.

    /** Up to two passages of {@code text} around the matches of {@code query} in {@code field}. */
    String passages(String field, Query query, String text) {
        return highlight(articles, field, query, text, 2);
    }

    /** All of {@code text}, the matches of {@code query} in {@code field} marked. */
    String whole(String field, Query query, String text) {
        return highlight(whole, field, query, text, 1);
    }

    private static String highlight(UnifiedHighlighter h, String field, Query query, String text, int passages) {
        if (text == null || text.isEmpty()) return text;
        try {
            Object s = h.highlightWithoutSearcher(field, query, text, passages);
            return s == null ? null : s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail", e);
        }
    }

    /** Marks matches with guillemets and joins passages with an ellipsis, on one line. */
    private static final class Marks extends PassageFormatter {
        @Override
        public String format(Passage[] passages, String content) {
            StringBuilder b = new StringBuilder();
            int pos = 0;
            for (Passage p : passages) {
                // A first passage that would begin a few words into the text begins at its start instead.
                int begin = pos == 0 && p.getStartOffset() <= PASSAGE_CHARS / 4 ? 0 : p.getStartOffset();
                if (begin > pos) b.append(b.length() == 0 ? "" : " ").append(ELLIPSIS);
                pos = begin;
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = p.getMatchStarts()[i];
                    int end = p.getMatchEnds()[i];
                    if (start < pos) continue; // overlaps the match before, already marked
                    if (pos > 0 && b.length() > 0 && b.charAt(b.length() - 1) == CLOSE.charAt(0) && content.substring(pos, start).isBlank()) {
                        // Words of one phrase (or neighbours) read as one mark: «White House», not «White» «House».
                        b.setLength(b.length() - 1);
                        b.append(content, pos, end).append(CLOSE);
                    } else {
                        b.append(content, pos, start).append(OPEN).append(content, start, end).append(CLOSE);
                    }
                    pos = end;
                }
                b.append(content, pos, Math.max(pos, p.getEndOffset()));
                pos = Math.max(pos, p.getEndOffset());
            }
            if (pos < content.length()) b.append(ELLIPSIS);
            return b.toString().replaceAll("\\s+", " ").strip();
        }
    }
}
