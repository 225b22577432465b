package org.newsgraph.nlp.entity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.span.Span;
import org.newsgraph.text.Token;

/**
 * Names the recogniser tagged once and missed later: a person's surname standing alone ("Essid" after
 * "Habib Essid", "Swift" after "Taylor Swift") and whole names repeated untagged become mentions too, with
 * the type of the name they echo. A word is taken only where it is written as a name (capitalised, a proper
 * noun unless it opens a sentence) and lies in no other mention. Stateless.
 */
public final class NameEchoes {
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
    private static final int MAX_NAME_TOKENS = 6;

    private NameEchoes() {}

    /** {@code mentions} (sorted, disjoint) with the echoes added, sorted. */
    public static List<Mention> add(String text, List<Token> tokens, List<Mention> mentions) {
        Map<String, EntityType> surnames = new HashMap<>();
        Map<String, EntityType> names = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.COUNTRY || m.type() == EntityType.CITY) continue;
            String[] w = m.text().trim().split("\\s+");
            if (w.length > MAX_NAME_TOKENS) continue;
            if (w.length >= 2) names.putIfAbsent(String.join(" ", w), m.type());
            if (m.type() == EntityType.PERSON && w.length >= 2) {
                int last = w.length - 1;
                while (last > 0 && SUFFIXES.contains(w[last])) last--;
                if (last > 0 && w[last].length() > 2) surnames.putIfAbsent(w[last], EntityType.PERSON);
            }
        }
        if (surnames.isEmpty() && names.isEmpty()) return mentions;
        boolean[] taken = new boolean[tokens.size()];
        int t = 0;
        for (Mention m : mentions) {
            while (t < tokens.size() && tokens.get(t).end() <= m.span().begin()) t++;
            for (int k = t; k < tokens.size() && tokens.get(k).begin() < m.span().end(); k++) taken[k] = true;
        }
        List<Mention> added = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (taken[k] || !Character.isUpperCase(tokens.get(k).text().charAt(0))) continue;
            // A whole multiword name is evidence enough, even opening a sentence ("Big Machine have denied").
            int e = longestName(tokens, k, taken, names);
            if (e > k) {
                Span span = new Span(tokens.get(k).begin(), tokens.get(e - 1).end());
                added.add(new Mention(span, span.of(text), names.get(phrase(tokens, k, e))));
                k = e - 1;
                continue;
            }
            EntityType type = surnames.get(tokens.get(k).text());
            if (type != null && writtenAsName(tokens, k) && !continuesName(tokens, k, taken)) {
                added.add(new Mention(tokens.get(k).span(), tokens.get(k).text(), type));
            }
        }
        if (added.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size() + added.size());
        out.addAll(mentions);
        out.addAll(added);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** The end of the longest known multiword name starting at token {@code k} over free tokens, or k. */
    private static int longestName(List<Token> tokens, int k, boolean[] taken, Map<String, EntityType> names) {
        int best = k;
        StringBuilder sb = new StringBuilder();
        for (int e = k; e < tokens.size() && e < k + MAX_NAME_TOKENS && !taken[e]; e++) {
            if (e > k) sb.append(' ');
            sb.append(tokens.get(e).text());
            if (e > k && names.containsKey(sb.toString())) best = e + 1;
        }
        return best;
    }

    private static String phrase(List<Token> tokens, int b, int e) {
        StringBuilder sb = new StringBuilder();
        for (int k = b; k < e; k++) {
            if (k > b) sb.append(' ');
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    /** A capitalised word inside a sentence; at its start, where every word is capitalised, only a noun. */
    private static boolean writtenAsName(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String w = t.text();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(w.length() - 1))) return false;
        boolean opensSentence = k == 0 || tokens.get(k - 1).sentence() != t.sentence();
        return !opensSentence || t.isPos("NN");
    }

    /** A surname followed or preceded by another capitalised word belongs to some other name ("Swift Transportation"). */
    private static boolean continuesName(List<Token> tokens, int k, boolean[] taken) {
        if (k + 1 < tokens.size() && tokens.get(k + 1).sentence() == tokens.get(k).sentence()
                && tokens.get(k + 1).isPos("NNP") && Character.isUpperCase(tokens.get(k + 1).text().charAt(0))) {
            return true;
        }
        return k > 0 && !taken[k - 1] && tokens.get(k - 1).sentence() == tokens.get(k).sentence()
                && tokens.get(k - 1).isPos("NNP") && !Lexicon.isHonorific(tokens.get(k - 1).text())
                && !Lexicon.isRoleNoun(tokens.get(k - 1).text()) && !Lexicon.isTitleModifier(tokens.get(k - 1).text());
    }
}
