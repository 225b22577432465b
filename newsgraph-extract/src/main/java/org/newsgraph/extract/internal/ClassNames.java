package org.newsgraph.extract.internal;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id attributes say it is. These checks run on every element of every
 * page, so they use {@code indexOf} on the attributes as they are: no regex, no new strings. Stateless.
 */
final class ClassNames {
    private ClassNames() {}

    /**
     * A word to look for in class names, in the three ways they are written: lower case, Capitalised
     * ("newsCaption") and capitals. A search that ignored case letter by letter cost a twentieth of the
     * whole extraction.
     */
    record Word(String lower, String capitalised, String upper) {
        static Word of(String lower) {
            return new Word(lower, Character.toUpperCase(lower.charAt(0)) + lower.substring(1), lower.toUpperCase(Locale.ROOT));
        }

        boolean in(String s) {
            return s.length() >= lower.length() && (s.contains(lower) || s.contains(capitalised) || s.contains(upper));
        }
    }

    /** Whether the element's class or id contains any of {@code words}. */
    static boolean mention(Element e, Word... words) {
        if (e.attributesSize() == 0) return false;
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) return false;
        for (Word w : words) if (w.in(cls) || w.in(id)) return true;
        return false;
    }
}
