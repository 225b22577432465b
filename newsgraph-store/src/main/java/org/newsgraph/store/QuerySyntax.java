package org.newsgraph.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;

/**
 * Says in one line what is wrong with a query that Lucene's classic parser refused, where (a column,
 * counted from 1), and how to mend it. Lucene's own messages list every token it expected over twenty
 * lines, repeat the whole query, and call an unclosed quotation mark and a stray {@code ^} alike a
 * "lexical error"; the user needs the one thing to change.
 *
 * <p>Which kind of error it is comes from Lucene (its lexical state, or the token it stopped at); where
 * the opening character is comes from a scan of the query with Lucene's rules for quotes, escapes,
 * regular expressions ({@code /…/}), ranges and parentheses. The query is echoed once, cut to
 * {@value #ECHO} characters around the place of the error.
 */
final class QuerySyntax {
    /** The most characters of the query a message repeats. */
    static final int ECHO = 80;
    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line \\d+, column (\\d+)");
    private static final String ESCAPE_HINT = "escape it with \\ or put the words in quotes";

    private QuerySyntax() {}

    /** The message for a query the parser refused. */
    static String problem(String query, ParseException wrapped) {
        Throwable cause = wrapped.getCause();
        if (cause instanceof TokenMgrError t) return lexical(query, t);
        if (cause instanceof IndexSearcher.TooManyClauses) return tooLong(query);
        ParseException e = cause instanceof ParseException p ? p : wrapped;
        Token last = e.currentToken;
        if (last == null || last.next == null) return semantic(query, e);
        Token bad = last.next;
        Scan scan = Scan.of(query);
        if (bad.kind == QueryParserConstants.EOF) {
            if (scan.openRange >= 0) return unclosedRange(query, scan.openRange);
            if (scan.openParen >= 0) {
                return cannotRead(query, scan.openParen, "the ( at column " + (scan.openParen + 1) + " is not closed; add a )");
            }
            if (last.kind == QueryParserConstants.COLON) {
                return cannotRead(query, last.beginColumn, "nothing follows the field at column " + (last.beginColumn + 1)
                        + "; give a word after it (content:planes), or put a word with a colon in quotes");
            }
            return cannotRead(query, query.length(), "it ends too early"
                    + (last.image == null || last.image.isEmpty() ? "" : " (after '" + last.image + "')")
                    + "; finish it, or put quotes around a word like AND, OR, NOT");
        }
        int at = bad.beginColumn; // Lucene's FastCharStream counts columns from 0 over the whole query
        if (bad.kind == QueryParserConstants.RPAREN) {
            return cannotRead(query, at, "the ) at column " + (at + 1) + " closes nothing; remove it, or " + ESCAPE_HINT);
        }
        boolean operator = bad.kind == QueryParserConstants.AND || bad.kind == QueryParserConstants.OR
                || bad.kind == QueryParserConstants.NOT;
        return cannotRead(query, at, "'" + bad.image + "' is not expected at column " + (at + 1) + "; "
                + (operator ? "put quotes around a word like AND, OR, NOT, or drop the extra operator" : ESCAPE_HINT));
    }

    /** The message for a query the parser refused before it could make tokens of it. */
    static String problem(String query, TokenMgrError e) {
        return lexical(query, e);
    }

    /** The message for a query with more terms than a search may look up. */
    static String tooLong(String query) {
        return cannotRead(query, -1, String.format(Locale.ROOT, "it asks for more than %,d terms (an article search looks up each word"
                + " in the headline and the text); use fewer words", IndexSearcher.getMaxClauseCount()));
    }

    /** "cannot read the query '…': why", the query cut around {@code at} (an offset, -1 for its start). */
    static String cannotRead(String query, int at, String why) {
        return "cannot read the query '" + echo(query, at) + "': " + why;
    }

    /**
     * The query as a message may repeat it: whole up to {@value #ECHO} characters, else that many around
     * {@code at} (or from the start when {@code at} is negative), "…" where it is cut, on one line.
     */
    static String echo(String query, int at) {
        String q = query.replaceAll("\\s", " ");
        if (q.length() <= ECHO) return q;
        int from = at < 0 ? 0 : Math.max(0, Math.min(at - ECHO / 2, q.length() - ECHO));
        int to = Math.min(q.length(), from + ECHO);
        return (from > 0 ? "…" : "") + q.substring(from, to) + (to < q.length() ? "…" : "");
    }

    /**
     * The lexer stops at the end of the query when something opened is not closed, and says only "Encountered
     * EOF"; the scan finds what was opened, and where.
     */
    private static String lexical(String query, TokenMgrError e) {
        Scan scan = Scan.of(query);
        if (scan.openQuote >= 0) {
            return cannotRead(query, scan.openQuote, "the quotation mark at column " + (scan.openQuote + 1)
                    + " is not closed; add a closing \" or remove it");
        }
        if (scan.openRegex >= 0) {
            return cannotRead(query, scan.openRegex, "the / at column " + (scan.openRegex + 1) + " begins a regular expression"
                    + " that is not closed; write \\/ for a slash (24\\/7), or put the words in quotes");
        }
        if (scan.trailingEscape) {
            return cannotRead(query, query.length() - 1, "the \\ at the end escapes nothing; remove it, or write \\\\ for a backslash");
        }
        if (scan.badBoost >= 0) {
            return cannotRead(query, scan.badBoost, "the ^ at column " + (scan.badBoost + 1) + " must be followed by a number"
                    + " (word^2 weighs a word twice); remove it, or write \\^");
        }
        if (scan.openRange >= 0) return unclosedRange(query, scan.openRange);
        Matcher m = LEXICAL.matcher(String.valueOf(e.getMessage()));
        int column = m.find() ? Integer.parseInt(m.group(1)) : 1;
        return cannotRead(query, column - 1, "something at column " + column + " cannot be read; " + ESCAPE_HINT);
    }

    private static String unclosedRange(String query, int at) {
        return cannotRead(query, at, "the range at column " + (at + 1) + " is not closed; close it with ] (or with } to leave its end out)");
    }

    /** A refusal with no token to point at: Lucene's own sentence, without its copy of the query. */
    private static String semantic(String query, ParseException e) {
        String m = Store.firstLine(String.valueOf(e.getMessage())).replaceFirst("^Cannot parse '.*': ", "");
        if (m.contains("too many boolean clauses")) return tooLong(query);
        if (m.contains("not allowed as first character")) {
            int at = firstWildcardStart(query);
            return cannotRead(query, at, "a word cannot begin with * or ?" + (at >= 0 ? " (column " + (at + 1) + ")" : "")
                    + "; put at least one letter first (sanction*)");
        }
        return cannotRead(query, -1, m);
    }

    private static int firstWildcardStart(String q) {
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if ((c == '*' || c == '?') && (i == 0 || " (:+-!".indexOf(q.charAt(i - 1)) >= 0)) return i;
        }
        return -1;
    }

    /**
     * What is left open at the end of the query, by the classic parser's rules: offsets of an unclosed
     * quotation mark, regular expression, range and parenthesis (-1 when none), whether it ends in a lone
     * backslash, and the first {@code ^} not followed by a number.
     */
    private record Scan(int openQuote, int openRegex, int openRange, int openParen, boolean trailingEscape, int badBoost) {
        static Scan of(String q) {
            int quote = -1;
            int regex = -1;
            int range = -1;
            int badBoost = -1;
            boolean trailing = false;
            Deque<Integer> parens = new ArrayDeque<>();
            for (int i = 0; i < q.length(); i++) {
                char c = q.charAt(i);
                if (c == '\\') {
                    if (i == q.length() - 1) trailing = true;
                    i++;
                } else if (quote >= 0) {
                    if (c == '"') quote = -1;
                } else if (regex >= 0) {
                    if (c == '/') regex = -1;
                } else if (c == '"') {
                    quote = i;
                } else if (range >= 0) {
                    if (c == ']' || c == '}') range = -1;
                } else if (c == '/') {
                    regex = i;
                } else if (c == '[' || c == '{') {
                    range = i;
                } else if (c == '(') {
                    parens.push(i);
                } else if (c == ')') {
                    if (!parens.isEmpty()) parens.pop();
                } else if (c == '^' && badBoost < 0 && (i + 1 >= q.length() || !Character.isDigit(q.charAt(i + 1)))) {
                    badBoost = i;
                }
            }
            return new Scan(quote, regex, range, parens.isEmpty() ? -1 : parens.peekLast(), trailing, badBoost);
        }
    }
}
