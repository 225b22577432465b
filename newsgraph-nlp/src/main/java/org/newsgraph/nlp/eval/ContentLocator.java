package org.newsgraph.nlp.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.span.Span;

/**
 * Finds a gold content in an analysed text that need not be the text it was annotated on (a page extracted
 * anew): both sides have their quotation marks unified (curly, low and angle marks become {@code "} or
 * {@code '}) and their whitespace folded to single spaces. A content not found whole is looked for by its
 * longest sentence piece of {@value #MIN_PIECE}+ characters. Immutable once built.
 */
final class ContentLocator {
    static final int MIN_PIECE = 25;

    private final String folded;
    /** folded index → index in the original text. */
    private final int[] origin;

    ContentLocator(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (n > 0 && sb.charAt(n - 1) == ' ') continue;
                c = ' ';
            }
            sb.append(unify(c));
            map[n++] = i;
        }
        this.folded = sb.toString();
        this.origin = map;
    }

    /** Where {@code content} lies in the text, or null when neither it nor a long enough piece of it is there. */
    Span locate(String content) {
        String c = fold(content).strip();
        if (c.isEmpty()) return null;
        Span whole = find(c);
        if (whole != null) return whole;
        List<String> pieces = new ArrayList<>(pieces(c));
        pieces.sort(Comparator.comparingInt(String::length).reversed());
        for (String p : pieces) {
            if (p.length() < MIN_PIECE) break;
            Span s = find(p);
            if (s != null) return s;
        }
        return null;
    }

    private Span find(String c) {
        int at = folded.indexOf(c);
        if (at < 0) return null;
        return new Span(origin[at], origin[at + c.length() - 1] + 1);
    }

    /** The sentences of a content: split after . ! ? (and a closing mark) followed by a space. */
    static List<String> pieces(String c) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch != '.' && ch != '!' && ch != '?') continue;
            int end = i + 1;
            while (end < c.length() && (c.charAt(end) == '"' || c.charAt(end) == '\'')) end++;
            if (end < c.length() && c.charAt(end) != ' ') continue;
            String p = c.substring(start, end).strip();
            if (!p.isEmpty()) out.add(p);
            start = end;
        }
        String rest = c.substring(start).strip();
        if (!rest.isEmpty()) out.add(rest);
        return out;
    }

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') continue;
                c = ' ';
            }
            sb.append(unify(c));
        }
        return sb.toString();
    }

    private static char unify(char c) {
        return switch (c) {
            case '“', '”', '„', '‟', '«', '»', '″' -> '"';
            case '‘', '’', '‚', '‛', '′' -> '\'';
            default -> c;
        };
    }
}
