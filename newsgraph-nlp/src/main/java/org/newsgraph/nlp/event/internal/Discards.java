package org.newsgraph.nlp.event.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.event.internal.DictionaryLines.Line;

/**
 * Phrases that mark a sentence ({@code BASEBALL}) or, after {@code +}, a whole article
 * ({@code +Manchester United}) as no place for political events: sports, weather, entertainment.
 */
public final class Discards {
    private final Map<String, List<List<String>>> sentence = new HashMap<>();
    private final Map<String, List<List<String>>> story = new HashMap<>();
    private int size;

    public void add(DictionaryLines file) {
        for (Line line : file.lines()) {
            try {
                String s = line.text();
                if (s.isEmpty()) continue;
                boolean whole = s.startsWith("+");
                List<String> words = DictionaryLines.words(whole ? s.substring(1) : s);
                if (words.isEmpty()) throw file.error(line, "a discard with no words");
                (whole ? story : sentence).computeIfAbsent(ActorDictionary.stem(words.get(0)), k -> new ArrayList<>()).add(words);
                size++;
            } catch (org.newsgraph.nlp.event.DictionaryException e) {
                if (file.strict()) throw e;
                // a slip in a shipped dictionary: that line is left out
            }
        }
    }

    public int size() {
        return size;
    }

    public boolean discardsSentence(List<String> words) {
        return containsAny(words, sentence);
    }

    public boolean discardsStory(List<String> words) {
        return containsAny(words, story);
    }

    private static boolean containsAny(List<String> words, Map<String, List<List<String>>> phrases) {
        for (int i = 0; i < words.size(); i++) {
            List<List<String>> candidates = phrases.get(ActorDictionary.stem(words.get(i)));
            if (candidates == null) continue;
            for (List<String> p : candidates) {
                if (i + p.size() > words.size()) continue;
                boolean all = true;
                for (int j = 0; j < p.size() && all; j++) all = Words.matches(p.get(j), words.get(i + j));
                if (all) return true;
            }
        }
        return false;
    }
}
