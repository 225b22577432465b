package org.newsgraph.text;

import java.util.Objects;
import org.newsgraph.span.Span;

/**
 * One token of the text: its span, its characters as written, its Penn Treebank part of speech and the
 * named-entity tag of the recogniser ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 * {@code MISC}, or {@code O}). {@code index} counts tokens from 0 over the whole document.
 */
public record Token(int index, Span span, String text, String pos, String ner, int sentence) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    /** The index of the first of {@code tokens} (in text order) that ends after {@code offset}; their size if none. */
    public static int firstEndingAfter(java.util.List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public boolean isPos(String prefix) {
        return pos.startsWith(prefix);
    }
}
