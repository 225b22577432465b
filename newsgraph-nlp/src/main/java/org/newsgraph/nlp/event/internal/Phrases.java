package org.newsgraph.nlp.event.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases of a dictionary (actor names, agent nouns, discards), indexed by the stem of their first word
 * so that matching a word of the text looks at a handful of phrases, not at all of them.
 */
final class Phrases<V> {
    /** A phrase in upper-case dictionary words ({@code NICOLAS}, {@code MADURO_}) and what it stands for. */
    record Phrase<V>(List<String> words, V value) {
        int length() {
            return words.size();
        }

        /** Whether every word is spelt as the text has it, rather than matched by its stem (ARNOR, not ARNO…). */
        boolean spelledAsAt(List<String> text, int at) {
            for (int i = 0; i < words.size(); i++) if (!words.get(i).replace("_", "").equals(text.get(at + i))) return false;
            return true;
        }
    }

    private final Map<String, List<Phrase<V>>> byStem = new HashMap<>();
    private int size;

    void add(List<String> words, V value) {
        byStem.computeIfAbsent(stem(words.get(0)), k -> new ArrayList<>()).add(new Phrase<>(List.copyOf(words), value));
        size++;
    }

    int size() {
        return size;
    }

    /** The phrases that match the words of the text from {@code at} on, in the order they were added. */
    List<Phrase<V>> matchingAt(List<String> text, int at) {
        List<Phrase<V>> candidates = byStem.get(stem(text.get(at)));
        if (candidates == null) return List.of();
        List<Phrase<V>> out = new ArrayList<>(2);
        for (Phrase<V> p : candidates) {
            if (at + p.length() > text.size()) continue;
            boolean all = true;
            for (int i = 0; i < p.length() && all; i++) all = Words.matches(p.words().get(i), text.get(at + i));
            if (all) out.add(p);
        }
        return out;
    }

    /** Whether any phrase matches anywhere in the words. */
    boolean occursIn(List<String> text) {
        for (int i = 0; i < text.size(); i++) if (!matchingAt(text, i).isEmpty()) return true;
        return false;
    }

    /** The first four letters: enough to tell phrases apart, short enough that a stem match (AFGHAN/AFGHANS) shares it. */
    static String stem(String word) {
        String w = word.endsWith("_") ? word.substring(0, word.length() - 1) : word;
        return w.length() > 4 ? w.substring(0, 4) : w;
    }
}
