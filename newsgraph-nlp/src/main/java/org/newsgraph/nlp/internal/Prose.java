package org.newsgraph.nlp.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a stretch of tokens reads as English prose, which the tagger and the recogniser are for, or is
 * something else — rows of marks or numbers, one word over and over, a list of codes — on which their
 * search for unknown words costs ten times what prose does and finds nothing. Prose has its function
 * words: any 20 tokens of it hold several different ones. Stateless.
 */
final class Prose {
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for",
            "and", "or", "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "he", "she",
            "they", "we", "i", "you", "that", "this", "with", "by", "from", "as", "not", "said", "will", "would",
            "his", "her", "their", "its", "who", "which", "there", "if", "do", "does", "did", "can", "could");
    /** Pieces shorter than this are always prose: a headline, a caption, a short sentence. */
    private static final int SHORT = 20;

    private Prose() {}

    /** Whether the words, in order, read as prose. */
    static boolean isProse(List<String> part) {
        if (part.size() < SHORT) return true;
        Set<String> seen = new HashSet<>();
        int function = 0;
        for (String word : part) {
            String w = word.toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(w)) {
                function++;
                seen.add(w);
            }
        }
        return seen.size() >= 3 && 10 * function >= part.size();
    }

    /** A Penn Treebank tag from a token's characters, for what is no prose. */
    static String shapeTag(String w) {
        if (w.isEmpty()) return "SYM";
        char c = w.charAt(0);
        if (Character.isDigit(c)) return "CD";
        if (Character.isLetter(c)) return Character.isUpperCase(c) ? "NNP" : "NN";
        if ("“‘«`".indexOf(c) >= 0) return "``";
        if ("”’»\"'".indexOf(c) >= 0) return "''";
        if ("([{".indexOf(c) >= 0) return "-LRB-";
        if (")]}".indexOf(c) >= 0) return "-RRB-";
        if (".!?".indexOf(c) >= 0) return ".";
        if (c == ',') return ",";
        if (":;—–-".indexOf(c) >= 0) return ":";
        if (c == '$') return "$";
        if (c == '#') return "#";
        return "SYM";
    }
}
