package org.newsgraph.nlp.attribution.internal;

import org.newsgraph.span.Span;

/**
 * What a paragraph ending in "said:" introduces: the paragraphs after it, a block quotation or the items
 * of a list ("President Obama also said:⏎⏎The UK must stay in the EU …⏎⏎Syria needs a political
 * solution …"). The first paragraph is taken if it is not too long; more are taken while they stay short,
 * as list items do, up to {@value #MAX_ITEMS}. Stateless.
 */
final class Paragraphs {
    private static final int MAX_ITEMS = 10;
    private static final int MAX_FIRST = 1000;
    private static final int MAX_ITEM = 200;

    private Paragraphs() {}

    /** Adds the paragraphs after offset {@code from} to the content; false when there is none fit to take. */
    static boolean listAfter(TextView v, Candidate c, int from) {
        String text = v.text;
        int start = paragraphStart(text, from);
        if (start < 0) return false;
        int taken = 0;
        while (start >= 0 && taken < MAX_ITEMS) {
            int end = paragraphEnd(text, start);
            int length = end - start;
            if (length == 0 || length > (taken == 0 ? MAX_FIRST : MAX_ITEM) || opensWithQuoteMark(text, start)
                    || text.charAt(end - 1) == ':') {
                break;
            }
            c.content.add(new Span(start, end));
            taken++;
            if (length > MAX_ITEM) break;
            start = paragraphStart(text, end);
        }
        return taken > 0;
    }

    /** The first character of the next paragraph after {@code from} (past a blank line), or -1. */
    private static int paragraphStart(String text, int from) {
        int newlines = 0;
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') newlines++;
            i++;
        }
        return i < text.length() && newlines >= 2 ? i : -1;
    }

    /** The end of the paragraph starting at {@code start}, trailing whitespace left out. */
    private static int paragraphEnd(String text, int start) {
        int i = QuoteFinder.paragraphEnd(text, start);
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    /** A paragraph opening a quotation is someone's words with an attribution of its own. */
    private static boolean opensWithQuoteMark(String text, int start) {
        char ch = text.charAt(start);
        return ch == '“' || ch == '"' || ch == '‘' || ch == '\'';
    }
}
