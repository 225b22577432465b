package org.newsgraph.nlp.entity.internal;

import java.util.List;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/** Read-only access to one article's tokens for the entity rules: positions, quotes, word tests. */
final class DocView {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    private final int[] begins;
    private final boolean[] quoted;

    DocView(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.begins = new int[tokens.size()];
        for (int i = 0; i < begins.length; i++) begins[i] = tokens.get(i).begin();
        this.quoted = quotedTokens(text, tokens);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** Index of the first token starting at or after {@code offset}. */
    int tokenFrom(int offset) {
        int lo = 0;
        int hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    Sentence sentenceOf(int token) {
        return sentences.get(tokens.get(token).sentence());
    }

    boolean isQuoted(int token) {
        return quoted[token];
    }

    boolean isPossessive(int i) {
        String w = word(i);
        return w.equals("'s") || w.equals("’s") || w.equals("‘s") || w.equals("'") || w.equals("’");
    }

    boolean isVerb(int i) {
        String pos = tokens.get(i).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    boolean isPunct(int i) {
        char c = word(i).charAt(0);
        return !Character.isLetterOrDigit(c);
    }

    /**
     * Tokens inside quotation marks. Curly marks open and close; a straight double mark toggles. A left
     * single mark glued to "s" ("Venezuela‘s") is a separate token and never counts. Every paragraph
     * starts outside quotes: a quote running on into the next paragraph opens again there, by convention,
     * so an unbalanced mark never spills past its paragraph.
     */
    private static boolean[] quotedTokens(String text, List<Token> tokens) {
        boolean[] q = new boolean[tokens.size()];
        boolean open = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && blankLineBetween(text, tokens.get(i - 1).end(), tokens.get(i).begin())) open = false;
            String w = tokens.get(i).text();
            if (w.equals("“") || w.equals("``")) {
                open = true;
            } else if (w.equals("”") || w.equals("''")) {
                open = false;
            } else if (w.equals("\"")) {
                open = !open;
            } else {
                q[i] = open;
            }
        }
        return q;
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' && ++newlines == 2) return true;
        }
        return false;
    }
}
