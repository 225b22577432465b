package org.newsgraph.cli;

/** The word count speeds are measured in: runs of non-whitespace, the same for every system compared. */
final class Words {
    private Words() {}

    static long count(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }
}
