package org.newsgraph.nlp.event.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.event.DictionaryException;

/**
 * The lines of a PETRARCH-format dictionary with their numbers, comments ({@code #…}, {@code <!-- … -->})
 * removed and trailing blanks cut; blank lines are kept (they end synonym sets).
 */
public final class DictionaryLines {
    public record Line(int number, String text) {}

    private final String file;
    private final List<Line> lines;
    private final boolean strict;

    private DictionaryLines(String file, List<Line> lines, boolean strict) {
        this.file = file;
        this.lines = lines;
        this.strict = strict;
    }

    /** A user's dictionary: every doubtful line is an error. */
    public static DictionaryLines read(String file, Reader reader) {
        return read(file, reader, true);
    }

    /**
     * A dictionary shipped with newsgraph (Phoenix's): a slip its authors made, such as a date range written
     * backwards, is read the way they meant it rather than refused.
     */
    public static DictionaryLines readBuiltIn(String file, Reader reader) {
        return read(file, reader, false);
    }

    private static DictionaryLines read(String file, Reader reader, boolean strict) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String s;
            int n = 0;
            boolean inComment = false;
            while ((s = r.readLine()) != null) {
                n++;
                if (inComment) {
                    int close = s.indexOf("-->");
                    if (close < 0) continue;
                    s = s.substring(close + 3);
                    inComment = false;
                }
                int open = s.indexOf("<!--");
                if (open >= 0) {
                    int close = s.indexOf("-->", open);
                    if (close < 0) {
                        inComment = true;
                        s = s.substring(0, open);
                    } else {
                        s = s.substring(0, open) + s.substring(close + 3);
                    }
                }
                int hash = commentStart(s);
                if (hash >= 0) s = s.substring(0, hash);
                out.add(new Line(n, s.strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return new DictionaryLines(file, out, strict);
    }

    /** Where a {@code #} comment starts, or -1; a {@code #} inside brackets ({@code [###]}) is a code. */
    private static int commentStart(String s) {
        boolean inBrackets = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') inBrackets = true;
            else if (c == ']') inBrackets = false;
            else if (c == '#' && !inBrackets) return i;
        }
        return -1;
    }

    /**
     * What a dictionary reader does with a line it cannot read: a user's file stops with it (one line naming
     * the file and line); in a shipped file, a slip of its authors, the line is left out.
     */
    public void tolerate(DictionaryException e) {
        if (strict) throw e;
    }

    public boolean strict() {
        return strict;
    }

    public List<Line> lines() {
        return lines;
    }

    public DictionaryException error(Line line, String problem) {
        return new DictionaryException(file, line.number(), problem);
    }

    /** A phrase as written in a dictionary ({@code NICOLAS_MADURO_}, {@code IN_*}) as upper-case words. */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.replace('_', ' ').trim().split("\\s+")) {
            if (!w.isEmpty()) words.add(w.toUpperCase(java.util.Locale.ROOT));
        }
        return words;
    }
}
