package org.newsgraph.span;

import java.util.List;

/** Span operations that need the text they index. */
public final class Spans {
    private Spans() {}

    /** Shrinks {@code span} until it neither starts nor ends with whitespace. */
    public static Span trim(String text, Span span) {
        int b = span.begin();
        int e = span.end();
        while (b < e && isSpace(text.charAt(b))) b++;
        while (e > b && isSpace(text.charAt(e - 1))) e--;
        return new Span(b, e);
    }

    /** The covered text of several spans, joined by a single space (for discontinuous parts). */
    public static String join(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(s.of(text));
        }
        return sb.toString();
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
