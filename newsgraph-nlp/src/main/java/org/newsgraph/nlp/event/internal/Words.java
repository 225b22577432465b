package org.newsgraph.nlp.event.internal;

import java.util.Locale;

/** How a dictionary word matches a word of the text. */
public final class Words {
    private Words() {}

    /**
     * A dictionary word ending in {@code _} matches that word only; otherwise it also matches the word with
     * a short ending ({@code AFGHAN} matches {@code AFGHANS}) or a y made -ies, as PETRARCH's dictionaries assume.
     */
    static boolean matches(String dictionaryWord, String textWord) {
        if (dictionaryWord.endsWith("_")) {
            return textWord.length() == dictionaryWord.length() - 1 && dictionaryWord.startsWith(textWord);
        }
        // AUTHORITY → AUTHORITIES, PARTY → PARTIES (five letters or more, so the word keeps its index stem).
        if (dictionaryWord.length() >= 5 && dictionaryWord.endsWith("Y") && textWord.length() == dictionaryWord.length() + 2
                && textWord.endsWith("IES") && textWord.startsWith(dictionaryWord.substring(0, dictionaryWord.length() - 1))) {
            return true;
        }
        if (!textWord.startsWith(dictionaryWord)) return false;
        int extra = textWord.length() - dictionaryWord.length();
        return extra == 0 || extra <= 2 && dictionaryWord.length() >= 4;
    }

    /** A word of the text as the dictionaries spell it: upper case, without accents, straight apostrophes. */
    public static String normal(String word) {
        return org.newsgraph.text.Words.withoutAccents(word).replace('’', '\'').replace('‘', '\'').toUpperCase(Locale.ROOT);
    }
}
