package org.newsgraph.nlp.event.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.event.internal.SentenceCoder.Actor;
import org.newsgraph.nlp.event.internal.SentenceCoder.Coded;

/**
 * Events a speaker commits by speaking, which no verb of the sentence names: calling someone a pejorative
 * name ("Guaidó is a puppet of the United States", said by Maduro: Maduro denounces Guaidó, CAMEO 111), and
 * diplomacy's stock threat ("all options are on the table" / "were open" to make Moscow …: a threat, 130,
 * to the actor it is aimed at).
 */
public final class SpeechEvents {
    static final String DENOUNCE = "111";
    static final String THREATEN = "130";
    private static final Set<String> PEJORATIVES = Set.of("PUPPET", "PUPPETS", "TRAITOR", "TRAITORS", "CRIMINAL", "CRIMINALS",
            "LIAR", "LIARS", "TERRORIST", "TERRORISTS", "DICTATOR", "USURPER", "FRAUD", "MURDERER", "MURDERERS", "THUG", "THUGS",
            "TYRANT", "CLOWN", "DISGRACE", "LACKEY", "STOOGE", "WAR CRIMINAL");
    private static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "'S", "BE", "REMAINS");

    private SpeechEvents() {}

    /**
     * The events in the content tokens {@code [from, to)} of a sentence whose speaker is {@code speaker};
     * {@code actors} are the sentence's, in its token positions.
     */
    public static List<Coded> code(List<String> words, List<Actor> actors, int from, int to, Actor speaker) {
        List<Coded> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String w = words.get(k);
            if (PEJORATIVES.contains(w)) {
                // ACTOR is (a|an|the) (adjective)* PEJORATIVE
                for (int b = k - 1; b >= Math.max(from, k - 4); b--) {
                    if (!BE.contains(words.get(b))) continue;
                    Actor named = endingAt(actors, b);
                    if (named != null && named.entity() != null && !named.entity().equals(speaker.entity())) {
                        out.add(new Coded(k, k + 1, DENOUNCE, speaker, named));
                    }
                    break;
                }
            }
            if (w.equals("ALL") && k + 1 < to && words.get(k + 1).startsWith("OPTION")) {
                int end = Math.min(to, k + 8);
                boolean open = false;
                for (int j = k + 2; j < end; j++) open |= words.get(j).equals("OPEN") || words.get(j).equals("TABLE");
                if (!open) continue;
                for (Actor a : actors) {
                    if (a.start() > k + 1 && a.start() < to && (a.entity() == null || !a.entity().equals(speaker.entity()))) {
                        out.add(new Coded(k, k + 2, THREATEN, speaker, a));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static Actor endingAt(List<Actor> actors, int end) {
        for (Actor a : actors) if (a.end() == end) return a;
        return null;
    }
}
