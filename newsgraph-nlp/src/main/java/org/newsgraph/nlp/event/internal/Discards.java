package org.newsgraph.nlp.event.internal;

import java.util.List;
import org.newsgraph.nlp.event.internal.DictionaryLines.Line;

/**
 * Phrases that mark a sentence ({@code BASEBALL}) or, after {@code +}, a whole article
 * ({@code +Manchester United}) as no place for political events: sports, weather, entertainment.
 */
public final class Discards {
    private final Phrases<Boolean> sentence = new Phrases<>();
    private final Phrases<Boolean> story = new Phrases<>();

    public void add(DictionaryLines file) {
        for (Line line : file.lines()) {
            try {
                String s = line.text();
                if (s.isEmpty()) continue;
                boolean whole = s.startsWith("+");
                List<String> words = DictionaryLines.words(whole ? s.substring(1) : s);
                if (words.isEmpty()) throw file.error(line, "a discard with no words");
                (whole ? story : sentence).add(words, whole);
            } catch (org.newsgraph.nlp.event.DictionaryException e) {
                file.tolerate(e);
            }
        }
    }

    public int size() {
        return sentence.size() + story.size();
    }

    public boolean discardsSentence(List<String> words) {
        return sentence.occursIn(words);
    }

    public boolean discardsStory(List<String> words) {
        return story.occursIn(words);
    }
}
