package org.newsgraph.nlp.attribution.internal;

/**
 * A quotation in the text: {@code [begin, end)} in UTF-16 offsets, from its opening mark to just after
 * its closing mark (or to the end of its paragraph when it runs on into the next one, which then
 * reopens it: {@code continues} is true). {@code single} is true for single quotation marks.
 */
public record Quote(int begin, int end, boolean single, boolean continues) {
    public Quote {
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad quote [" + begin + ", " + end + ")");
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }
}
