package org.newsgraph.nlp.attribution.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into {@link Quote}s, paragraph by paragraph (a paragraph ends at a blank line).
 *
 * <p>Curly marks say which side they are on; straight ones ({@code "}, {@code ''} as some wires write it,
 * {@code '}) open after a space or the start of a paragraph and close elsewhere. A left single mark
 * glued to a word ("Venezuela‘s", a common typesetting slip for the apostrophe) and a right single mark
 * inside a word ("don’t") are apostrophes, not quotes. A double quote left open at the end of a
 * paragraph whose next paragraph opens a quote is the journalistic multi-paragraph quote: it closes at
 * the paragraph end and {@link Quote#continues()}. Stateless and thread-safe.
 */
public final class QuoteFinder {
    private static final int NONE = -1;

    public List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        int n = text.length();
        int paraStart = 0;
        while (paraStart < n) {
            int paraEnd = paragraphEnd(text, paraStart);
            scanParagraph(text, paraStart, paraEnd, out);
            paraStart = nextParagraphStart(text, paraEnd);
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /** Where the paragraph holding offset {@code from} ends: at the newline before a blank line, or the end. */
    static int paragraphEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) j++;
                if (j < text.length() && text.charAt(j) == '\n') return i;
            }
            i++;
        }
        return text.length();
    }

    private static int nextParagraphStart(String text, int paraEnd) {
        int i = paraEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return Math.max(i, paraEnd + 1);
    }

    private void scanParagraph(String text, int start, int end, List<Quote> out) {
        int dbl = NONE;
        int sgl = NONE;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char prev = i > start ? text.charAt(i - 1) : ' ';
            char next = i + 1 < end ? text.charAt(i + 1) : ' ';
            boolean opensHere = opensAfter(prev);
            if (c == '“' || c == '„' || c == '«') {
                dbl = i;
                sgl = NONE;
            } else if (c == '”' || c == '»') {
                if (dbl != NONE) {
                    out.add(new Quote(dbl, i + 1, false, false));
                    dbl = NONE;
                    sgl = NONE;
                }
            } else if (c == '"' || (c == '\'' && next == '\'')) {
                int width = c == '"' ? 1 : 2;
                if (dbl == NONE && opensHere) {
                    dbl = i;
                    sgl = NONE;
                } else if (dbl != NONE) {
                    out.add(new Quote(dbl, i + width, false, false));
                    dbl = NONE;
                    sgl = NONE;
                }
                i += width - 1;
            } else if (c == '‘' || c == '\'') {
                if (opensHere && Character.isLetterOrDigit(next)) {
                    sgl = i;
                } else if (sgl != NONE && !Character.isLetterOrDigit(next)) {
                    out.add(new Quote(sgl, i + 1, true, false));
                    sgl = NONE;
                }
            } else if (c == '’') {
                if (sgl != NONE && !Character.isLetterOrDigit(next) && i - sgl > 1) {
                    out.add(new Quote(sgl, i + 1, true, false));
                    sgl = NONE;
                }
            }
        }
        if (dbl != NONE) {
            int trimmed = end;
            while (trimmed > dbl + 1 && Character.isWhitespace(text.charAt(trimmed - 1))) trimmed--;
            if (trimmed > dbl + 1) out.add(new Quote(dbl, trimmed, false, nextParagraphOpensQuote(text, end)));
        }
    }

    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–'
                || prev == '-' || prev == '“' || prev == '"' || prev == ':' || prev == '/';
    }

    private static boolean nextParagraphOpensQuote(String text, int paraEnd) {
        int i = nextParagraphStart(text, paraEnd);
        if (i >= text.length()) return false;
        char c = text.charAt(i);
        return c == '“' || c == '"' || c == '„' || c == '«' || (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'');
    }
}
