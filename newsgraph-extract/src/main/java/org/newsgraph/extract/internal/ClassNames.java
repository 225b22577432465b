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
        return contains(e.attr("class"), words) || contains(e.attr("id"), words);
    }

    /** One pass over {@code s}, each word tried only where its first letter stands. */
    private static boolean contains(String s, String[] words) {
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            for (String w : words) {
                if (w.charAt(0) == c && s.regionMatches(true, i, w, 0, w.length())) return true;
            }
        }
        return false;
    }
}
