package org.newsgraph.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The entries of one input, read one at a time; null at its end. Never throws for bad input. */
interface Records {
    Entry read();

    void close();

    /** Entries already in hand (one page, the items of a feed). */
    static Records of(List<? extends Entry> entries) {
        Deque<Entry> left = new ArrayDeque<>(entries);
        return new Records() {
            @Override
            public Entry read() {
                return left.poll();
            }

            @Override
            public void close() {
                left.clear();
            }
        };
    }
}
