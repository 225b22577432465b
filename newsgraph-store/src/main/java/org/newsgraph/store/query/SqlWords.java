package org.newsgraph.store.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of SQL text, statement by statement, skipping what is not a command: string literals
 * ('…', E'…', $$…$$), quoted identifiers ("…") and comments (-- and /* *&#47;). A "word" is a run of
 * letters, digits and underscores; an opening parenthesis counts as a word so "(SELECT …)" is seen as
 * a query.
 */
final class SqlWords {
    private SqlWords() {}

    /** The non-empty statements of {@code sql}, each as its words in order. */
    static List<List<String>> statements(String sql) {
        List<List<String>> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char ch = sql.charAt(i);
            if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (ch == '\'' || ch == '"') {
                i = closing(sql, i + 1, ch);
            } else if (ch == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                i = end < 0 ? n : end + tag.length();
            } else if (ch == ';') {
                if (!words.isEmpty()) out.add(words);
                words = new ArrayList<>();
                i++;
            } else if (Character.isLetterOrDigit(ch) || ch == '_') {
                int b = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) i++;
                if (i < n && (sql.charAt(i) == '\'') && i - b == 1 && Character.toUpperCase(sql.charAt(b)) == 'E') {
                    i = escapedString(sql, i + 1);
                } else {
                    words.add(sql.substring(b, i));
                }
            } else {
                if (ch == '(' && words.isEmpty()) words.add("(");
                i++;
            }
        }
        if (!words.isEmpty()) out.add(words);
        return out;
    }

    /** {@code sql} without the semicolons (and blanks) it ends with. */
    static String withoutTrailingSemicolons(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    /** The index after the quote closing a literal opened before {@code i}; a doubled quote is one character. */
    private static int closing(String sql, int i, char quote) {
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) i += 2;
                else return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    /** As {@link #closing}, for E'…' where a backslash escapes the next character. */
    private static int escapedString(String sql, int i) {
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\\') i += 2;
            else if (ch == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') i += 2;
            else if (ch == '\'') return i + 1;
            else i++;
        }
        return i;
    }

    /** The tag ($$ or $name$) opening a dollar-quoted string at {@code i}, or null ($1 is a parameter). */
    private static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }
}
