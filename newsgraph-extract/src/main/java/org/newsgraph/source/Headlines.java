package org.newsgraph.source;

/**
 * Finds the headline of a plain-text article: its first line, when that line is a paragraph of its own
 * (a blank line follows), is short, does not end with a period and is followed by more text. A fuller
 * reading of plain-text structure (bylines, captions, datelines) comes with the extractors.
 */
final class Headlines {
    private Headlines() {}

    /** Longer than this and a one-line first paragraph is a lede, not a headline. */
    static final int MAX_HEADLINE_CHARS = 200;

    /** The headline, stripped, or null when the text does not open with one. */
    static String of(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int nl = text.indexOf('\n', start);
        if (nl < 0) return null;
        String first = text.substring(start, nl).strip();
        if (first.isEmpty() || first.length() > MAX_HEADLINE_CHARS || first.endsWith(".")) return null;
        int nextEnd = text.indexOf('\n', nl + 1);
        String second = text.substring(nl + 1, nextEnd < 0 ? text.length() : nextEnd);
        if (!second.isBlank() || nextEnd < 0) return null;
        if (text.substring(nextEnd).isBlank()) return null;
        return first;
    }
}
