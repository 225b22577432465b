package org.newsgraph.extract.internal;

import org.jsoup.nodes.Element;

/**
 * What an element's class and id attributes say it is. These checks run on every element of every
 * page, so they search the attributes as they are, ignoring case, without building a string or
 * running a regex. Stateless.
 */
final class ClassNames {
    private ClassNames() {}

    /** Whether the element's class or id contains any of {@code words} (each lower case), ignoring case. */
    static boolean mention(Element e, String... words) {
        if (e.attributesSize() == 0) return false;
        String cls = e.attr("class");
        String id = e.attr("id");
        for (String w : words) if (contains(cls, w) || contains(id, w)) return true;
        return false;
    }

    private static boolean contains(String s, String word) {
        char first = word.charAt(0);
        for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
            if (Character.toLowerCase(s.charAt(i)) == first && s.regionMatches(true, i, word, 0, word.length())) return true;
        }
        return false;
    }
}
