package org.newsgraph.span;

/**
 * A stretch of a document's text: {@code [begin, end)} in UTF-16 code units, exactly as
 * {@link String#substring(int, int)} takes them. Every fact newsgraph reports carries spans of this kind.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("span needs 0 <= begin <= end, got [" + begin + ", " + end + ")");
        }
    }

    public static Span of(int begin, int end) {
        return new Span(begin, end);
    }

    public int length() {
        return end - begin;
    }

    public boolean isEmpty() {
        return begin == end;
    }

    /** The covered characters of {@code text}. */
    public String of(String text) {
        return text.substring(begin, end);
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    public boolean fitsIn(String text) {
        return end <= text.length();
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(begin, o.begin);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + begin + ", " + end + ")";
    }
}
