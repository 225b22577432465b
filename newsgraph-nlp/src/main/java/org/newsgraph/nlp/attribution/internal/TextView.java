package org.newsgraph.nlp.attribution.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * One document's tokens as flat arrays (lower-cased forms, tags, offsets, sentence bounds) plus its
 * quotations, for the rules of {@link AttributionFinder}. Built per document; not shared.
 */
final class TextView {
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "recently", "previously",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend",
            "meanwhile", "again", "now", "then", "also", "privately", "publicly", "repeatedly");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Abbreviated titles after which a sentence splitter may wrongly cut ("Del. Stacey Plaskett"). */
    private static final Set<String> TITLES = Set.of("rep", "sen", "gov", "lt", "gen", "col", "maj", "capt", "sgt",
            "dr", "mr", "mrs", "ms", "del", "prof", "rev", "adm", "cmdr", "atty", "supt", "det", "sec", "amb", "pres");
    private static final Set<String> QUOTE_TOKENS = Set.of("\"", "“", "”", "''", "``", "'", "‘", "’", "«", "»");

    final String text;
    final int n;
    final String[] lower;
    final String[] pos;
    final int[] begin;
    final int[] end;
    final int[] sentStart;
    final int[] sentEnd;
    final List<Quote> quotes;
    /** Index into {@link #quotes} of the quotation each token lies in (its marks included), or -1. */
    final int[] quoteOf;
    /** Characters inside some quotation, marks included. */
    final java.util.BitSet quoted = new java.util.BitSet();

    TextView(String text, List<Token> tokens, List<Sentence> sentences, List<Quote> quotes) {
        this.text = text;
        this.n = tokens.size();
        this.quotes = quotes;
        lower = new String[n];
        pos = new String[n];
        begin = new int[n];
        end = new int[n];
        sentStart = new int[n];
        sentEnd = new int[n];
        quoteOf = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            lower[i] = t.text().toLowerCase(Locale.ROOT);
            pos[i] = t.pos();
            begin[i] = t.begin();
            end[i] = t.end();
        }
        // Undo splits after abbreviations: "Rep. Gwen Moore (D-Wis.) said" splits after "D-Wis.".
        int start = 0;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            if (si == 0) start = s.firstToken();
            Sentence next = si + 1 < sentences.size() ? sentences.get(si + 1) : null;
            if (next != null && next.firstToken() < n && s.endToken() > 0
                    && continuesSentence(tokens.get(s.endToken() - 1), tokens.get(next.firstToken()))) {
                continue;
            }
            for (int i = start; i < s.endToken() && i < n; i++) {
                sentStart[i] = start;
                sentEnd[i] = Math.min(s.endToken(), n);
            }
            start = s.endToken();
        }
        for (Quote q : quotes) quoted.set(q.begin(), q.end());
        java.util.Arrays.fill(quoteOf, -1);
        // Quotes are sorted by start, so a quote nested in another comes later and wins: innermost.
        int first = 0;
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            while (first < n && end[first] <= quote.begin()) first++;
            for (int i = first; i < n && begin[i] < quote.end(); i++) {
                if (quote.contains(begin[i])) quoteOf[i] = q;
            }
        }
    }

    /**
     * Tags capitalised content words inside the given name spans as proper nouns, so that rules reading
     * tags see a name the tagger took for an adverb or adjective ("says Early", "Lovely said").
     */
    void markNames(List<org.newsgraph.span.Span> names) {
        for (org.newsgraph.span.Span m : names) {
            int i = java.util.Arrays.binarySearch(begin, m.begin());
            if (i < 0) continue;
            for (; i < n && end[i] <= m.end(); i++) {
                String p = pos[i];
                boolean function = p.startsWith("DT") || p.startsWith("IN") || p.startsWith("CC") || p.startsWith("PRP")
                        || p.startsWith("W") || p.equals("POS") || p.startsWith("NN");
                if (!function && Character.isUpperCase(text.charAt(begin[i])) && Character.isLetter(text.charAt(begin[i]))) {
                    pos[i] = "NNP";
                }
            }
        }
    }

    private static boolean continuesSentence(Token last, Token first) {
        String t = first.text();
        if (t.equals(")") || t.equals(",") || t.equals(";")) return true;
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0)) && first.pos().startsWith("VB")) return true;
        String l = last.text();
        return l.endsWith(".") && TITLES.contains(l.substring(0, l.length() - 1).toLowerCase(Locale.ROOT));
    }

    /** Sentence bounds after merging wrong splits, as {@code [start, end)} token pairs. */
    java.util.List<int[]> sentenceBounds() {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i = sentEnd[i]) {
            if (sentEnd[i] <= i) break;
            out.add(new int[] {sentStart[i], sentEnd[i]});
        }
        return out;
    }

    /** The index of the quotation that opens at {@code offset}, or -1; quotations are sorted by start. */
    int quoteStartingAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int b = quotes.get(mid).begin();
            if (b < offset) lo = mid + 1;
            else if (b > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** The index of the first quotation opening at or after {@code offset} (quotes.size() if none). */
    int firstQuoteFrom(int offset) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).begin() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    boolean is(int i, String word) {
        return i >= 0 && i < n && lower[i].equals(word);
    }

    boolean posIs(int i, String prefix) {
        return i >= 0 && i < n && pos[i].startsWith(prefix);
    }

    boolean isTimeWord(int i) {
        if (i < 0 || i >= n || !TIME_WORDS.contains(lower[i])) return false;
        // A month alone may be a name ("Theresa May"): only "in May", "last March", "May 3" are times.
        if (MONTHS.contains(lower[i]) && !(i > 0 && Set.of("in", "on", "since", "last", "this", "next", "early", "late",
                "until", "by", "of").contains(lower[i - 1]) || i + 1 < n && pos[i + 1].equals("CD"))) {
            return false;
        }
        // "USA Today" is a newspaper; "today" is a time.
        return !(lower[i].equals("today") || lower[i].equals("now")) || Character.isLowerCase(text.charAt(begin[i]))
                || sentStart[i] == i;
    }

    boolean isQuoteMark(int i) {
        if (i < 0 || i >= n) return false;
        if (QUOTE_TOKENS.contains(lower[i])) return true;
        String t = lower[i];
        for (int k = 0; k < t.length(); k++) if ("\"“”'‘’«»`".indexOf(t.charAt(k)) < 0) return false;
        return !t.isEmpty();
    }

    /** True when token i is the opening mark of a quotation. */
    boolean opensQuote(int i) {
        return isQuoteMark(i) && quoteOf[i] >= 0 && quotes.get(quoteOf[i]).begin() == begin[i];
    }

    /** True when token i is the closing mark of a quotation. */
    boolean closesQuote(int i) {
        return isQuoteMark(i) && quoteOf[i] >= 0 && quotes.get(quoteOf[i]).end() == end[i];
    }

    /** True when token i lies strictly inside a double quotation (not one of its marks). */
    boolean insideQuote(int i) {
        int q = quoteOf[i];
        if (q < 0) return false;
        Quote quote = quotes.get(q);
        return !quote.single() && quote.begin() < begin[i] && end[i] < quote.end();
    }

    /** A noun, or a capitalized word inside a name that the tagger took for something else ("Tad Devine/JJ"). */
    boolean isNoun(int i) {
        if (posIs(i, "NN")) return true;
        return i > 0 && i < n && sentStart[i] != i && posIs(i - 1, "NNP") && !text.isEmpty()
                && Character.isUpperCase(text.charAt(begin[i])) && (posIs(i, "JJ") || posIs(i, "VB"));
    }

    boolean isFiniteVerb(int i) {
        return i >= 0 && i < n && (pos[i].equals("VBD") || pos[i].equals("VBZ") || pos[i].equals("VBP") || pos[i].equals("MD"));
    }

    boolean isPunct(int i) {
        return i >= 0 && i < n && (pos[i].equals(",") || pos[i].equals(".") || pos[i].equals(":")
                || lower[i].equals(";") || lower[i].equals("--") || lower[i].equals("—") || lower[i].equals("–"));
    }

    boolean isSentenceFinal(int i) {
        return i >= 0 && i < n && (lower[i].equals(".") || lower[i].equals("?") || lower[i].equals("!"));
    }
}
