package org.newsgraph.nlp.entity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.text.Token;

/**
 * Organisation names written as capitalised phrases ending in an organisation word, which the recogniser
 * often misses or cuts up: "U.S. Attorney’s Office for the Western District of New York", "Dick Clark
 * Productions", "World Travel and Tourism Council", "Department of Homeland Security". The phrase runs left
 * over capitalised words (and a possessive whose owner is a common word: "Attorney’s Office", not
 * "Indiana’s Richmond High School" or "NASA’s Commercial … Services"), and right over "of", "for" or "on" and a capitalised tail. Stateless.
 */
public final class OrgPhrases {
    private static final Set<String> TAIL_PREPOSITIONS = Set.of("of", "for", "on");
    private static final Set<String> JOINERS = Set.of("of", "and", "&", "for", "de", "du", "des", "la", "le");

    private OrgPhrases() {}

    /** A phrase over tokens {@code [begin, end)}. */
    public record Phrase(int begin, int end) {}

    /**
     * The organisation phrases of the sentence at tokens {@code [first, end)}, in order, never overlapping;
     * {@code isPlace} says whether a token is (part of) a place name.
     */
    public static List<Phrase> find(List<Token> tokens, int first, int end, java.util.function.IntPredicate isPlace) {
        List<Phrase> out = new ArrayList<>();
        int k = first;
        while (k < end) {
            Token t = tokens.get(k);
            if (!Lexicon.isOrganizationWord(t.text()) || k == first && !t.isPos("NNP")) {
                k++;
                continue;
            }
            int b = leftEdge(tokens, first, k, isPlace);
            int e = rightEdge(tokens, k + 1, end);
            if (e - b >= 2 && (out.isEmpty() || out.get(out.size() - 1).end() <= b)) out.add(new Phrase(b, e));
            k = Math.max(k + 1, e);
        }
        return out;
    }

    private static int leftEdge(List<Token> tokens, int first, int head, java.util.function.IntPredicate isPlace) {
        int b = head;
        while (b - 1 >= first) {
            Token p = tokens.get(b - 1);
            if (isCapitalisedName(p)) {
                b--;
            } else if (isPossessive(p) && b - 2 >= first && isOwnedTitle(tokens.get(b - 2)) && !isPlace.test(b - 2)) {
                b -= 2;
            } else if ((p.text().equals("and") || p.text().equals("&")) && b - 2 >= first
                    && isCapitalisedName(tokens.get(b - 2)) && !Lexicon.isOrganizationWord(tokens.get(b - 2).text())) {
                // "World Travel and Tourism Council"; "Airbus and Boeing Group" would need the first to be no name itself.
                b -= 2;
            } else {
                break;
            }
        }
        return b;
    }

    private static int rightEdge(List<Token> tokens, int from, int end) {
        int e = from;
        while (e < end && Lexicon.isOrganizationWord(tokens.get(e).text())) e++;
        if (e < end && TAIL_PREPOSITIONS.contains(tokens.get(e).text())) {
            int k = e + 1;
            if (k < end && tokens.get(k).text().equals("the")) k++;
            int tail = k;
            while (k < end && inTail(tokens, k, end)) k++;
            if (k > tail && isCapitalisedName(tokens.get(k - 1))) e = k;
        }
        return e;
    }

    /**
     * Whether token {@code k} continues the tail of "Department of Health and Human Services": a capitalised
     * word that is no title and no person's name ("Bureau of Prisons Director Kathleen Hawk Sawyer" ends
     * at Prisons), or a joiner before one; "and the …" or "and" before another body's name ends it.
     */
    private static boolean inTail(List<Token> tokens, int k, int end) {
        Token t = tokens.get(k);
        if (isCapitalisedName(t)) return !Lexicon.isRoleNoun(t.text()) && !t.ner().equals("PERSON");
        if (!JOINERS.contains(t.text()) || k + 1 >= end) return false;
        Token next = tokens.get(k + 1);
        if (!isCapitalisedName(next) || Lexicon.isRoleNoun(next.text()) || next.ner().equals("PERSON")) return false;
        return !(t.text().equals("and") || t.text().equals("&")) || !Lexicon.isOrganizationWord(next.text());
    }

    /** A capitalised word that may be part of a name: a proper noun or a capitalised adjective, no function word. */
    private static boolean isCapitalisedName(Token t) {
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        String pos = t.pos();
        return pos.startsWith("NNP") || pos.startsWith("NN") || pos.equals("JJ") || pos.equals("CD");
    }

    /**
     * The owner in a name like "Attorney’s Office" or "Children’s Hospital": a capitalised common word. A
     * named owner ("NASA’s Commercial Orbital Transportation Services") is an entity of its own.
     */
    private static boolean isOwnedTitle(Token t) {
        String w = t.text();
        return isCapitalisedName(t) && (t.ner().equals("O") || Lexicon.isRoleNoun(w))
                && !w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean isPossessive(Token t) {
        String w = t.text();
        return w.equals("'s") || w.equals("’s");
    }
}
