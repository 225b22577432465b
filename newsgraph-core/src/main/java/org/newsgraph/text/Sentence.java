package org.newsgraph.text;

import org.newsgraph.span.Span;

/** A sentence: its span and its tokens as the half-open index range {@code [firstToken, endToken)}. */
public record Sentence(int index, Span span, int firstToken, int endToken) {
    public Sentence {
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad token range [" + firstToken + ", " + endToken + ")");
        }
    }

    public int size() {
        return endToken - firstToken;
    }
}
