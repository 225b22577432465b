package org.newsgraph.text;

/**
 * The word count that speeds and scores are reported in: runs of non-whitespace. Deliberately not the
 * token count, so that newsgraph and any system it is compared with are measured on the same words.
 */
public final class Words {
    private Words() {}

    public static int count(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }
}
