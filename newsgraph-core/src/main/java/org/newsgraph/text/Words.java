package org.newsgraph.text;

/**
 * Words as newsgraph counts and compares them. {@link #count}: the word count that speeds and scores are
 * reported in — runs of non-whitespace, deliberately not the token count, so that newsgraph and any system it
 * is compared with are measured on the same words. {@link #withoutAccents}: how names compare across
 * spellings ("Nicolás" and "Nicolas").
 */
public final class Words {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Words() {}

    /** {@code s} with its accents and other combining marks removed: "Guaidó" → "Guaido". */
    public static String withoutAccents(String s) {
        // Most words are ASCII: no decomposition, no regex, no copy.
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        if (ascii) return s;
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

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
