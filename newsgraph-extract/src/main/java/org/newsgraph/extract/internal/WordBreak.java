package org.newsgraph.extract.internal;

/**
 * Decides whether two runs of text that meet at a tag boundary, with no whitespace between them, are
 * two words. A browser renders inline markup without a gap ({@code re<b>al</b>ly} is "really",
 * {@code Venezuela<em>'s</em>} is "Venezuela's"), but pages often rely on styling to set apart what
 * sits in separate elements: a dateline ({@code <cite>(CNN)</cite>President}), a name and its
 * credit ({@code <span>ERIC TUCKER</span><span>Associated Press</span>}), a label and its value
 * ({@code <b>Photo:</b>Jane Doe}). Only letter patterns that cannot be one word are split: a closing
 * bracket before a letter or digit, punctuation after a word before a capital, a lower-case letter
 * before an upper-case one, an all-capitals word before a capitalised one, and Japanese or Chinese
 * script beside a Latin word or a number. Code is never split:
 * there the markup is highlighting, not layout (the caller knows when it is in code). Stateless.
 */
public final class WordBreak {
    private WordBreak() {}

    /**
     * Whether a space belongs between {@code before} (the text so far, its last character not
     * whitespace) and {@code after} (the next text node, its first character not whitespace).
     */
    public static boolean between(CharSequence before, CharSequence after) {
        if (before.length() == 0 || after.length() == 0) return false;
        char prev = before.charAt(before.length() - 1);
        char next = after.charAt(0);
        if (prev == ')' || prev == ']') return Character.isLetterOrDigit(next);
        // Japanese and Chinese set a gap between their script and a Latin word or number (CSS calls it
        // text-autospace): "ソフト<a>KeePass</a>の" reads "ソフト KeePass の".
        if (ideographic(prev) && isLatinOrDigit(next) || isLatinOrDigit(prev) && ideographic(next)) return true;
        if (!Character.isLetter(next)) return false;
        char beforePrev = before.length() > 1 ? before.charAt(before.length() - 2) : ' ';
        if (prev == '.' || prev == '!' || prev == '?') {
            // "U.S.<b>A</b>" is an abbreviation going on; "said.<a>Read</a>" a new sentence.
            return Character.isUpperCase(next) && (Character.isLowerCase(beforePrev) || beforePrev == ')');
        }
        if (prev == ',' || prev == ';' || prev == ':') {
            // "<b>Photo:</b>Jane" is a label and its value; "j,k" (a matrix index) and "::float" are not.
            return Character.isUpperCase(next) && Character.isLetter(beforePrev);
        }
        if (Character.isLowerCase(prev) && Character.isUpperCase(next)) return true;
        return Character.isUpperCase(prev)
                && Character.isUpperCase(next) && after.length() > 1 && Character.isLowerCase(after.charAt(1))
                && Character.isUpperCase(beforePrev);
    }

    private static boolean ideographic(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }
}
