package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.document.Article;
import org.newsgraph.document.Caption;
import org.newsgraph.span.Span;

/**
 * Reads the structure of a plain-text article without changing it: the headline line, photo captions
 * with their credits ("… [Photo: @TomoNewsUS Twitter]"), byline and editor lines ("By …",
 * "[Edited by …]", "Reporting by …; Editing by …") and stock boilerplate ("Subscribe to our
 * newsletters", "Advertisement", "All rights reserved"). What it recognises stays in the text and is
 * left out of {@code body}, the spans of the article proper. Stateless and thread-safe.
 */
public final class TextStructure {
    private TextStructure() {}

    /**
     * What was found. {@code body} spans ({@code [begin, end)}, UTF-16 offsets into the text given)
     * are the paragraphs that are article; nullable: {@code headline}, {@code editor}.
     */
    public record Structure(String headline, List<String> byline, String editor, List<Caption> captions, List<Span> body) {
        public Structure {
            byline = List.copyOf(byline);
            captions = List.copyOf(captions);
            body = List.copyOf(body);
        }

        /** {@code article} (built over the same text) with what was found: headline, byline, editor, captions, body. */
        public Article.Builder applyTo(Article.Builder article) {
            return article.headline(headline).byline(byline).editor(editor).captions(captions).body(body);
        }
    }

    /** Longer than this and a paragraph is prose, whatever words it holds. */
    private static final int MAX_LINE_CHARS = 160;
    private static final Pattern CREDIT = Pattern.compile(
            "^(.*?)\\s*[\\[(]\\s*(?:photo(?:graph)?s?|image|picture|pic|video|illustration|credit|source|foto)"
                    + "(?:\\s+by)?\\s*[:/]\\s*([^\\])]+?)\\s*[\\])]\\s*$|^(.*?)\\s*(?:photo(?:graph)?|image|credit|picture)"
                    + "(?:\\s+by)?\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EDITOR = Pattern.compile(
            "^[\\[(]?\\s*(?:(?:reporting|writing|additional reporting) by\\s+(.+?)\\s*[;,]\\s*)?(?:edited|editing) by\\s+(.+?)\\s*[\\])]?\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|reporting by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
                    + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*)\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(?:subscribe to (?:our|the) newsletters?|sign up (?:for|to) (?:our|the) .*newsletters?.*|subscribe(?: now)?"
                    + "|advertisement|sponsored content|read more:?.*|related:.*|follow us on .*|share this (?:article|story)"
                    + "|click here .*|all rights reserved\\.?|©.*|copyright ©?.*|\\(c\\) \\d{4}.*|this article (?:was|has been)"
                    + " (?:updated|amended).*|comments?|print|email)\\W*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT_NAMES = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

    /** Reads {@code text}; {@code knownHeadline} (nullable) is a headline given apart, as by a JSONL title. */
    public static Structure of(String text, String knownHeadline) {
        Objects.requireNonNull(text, "text");
        List<Span> paragraphs = paragraphs(text);
        String headline = null;
        String editor = null;
        List<String> byline = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        List<Span> body = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Span p = paragraphs.get(i);
            String s = p.of(text);
            boolean oneLine = s.indexOf('\n') < 0 && s.length() <= MAX_LINE_CHARS;
            if (i == 0 && headline == null && isHeadline(s, knownHeadline, paragraphs.size())) {
                headline = s;
                continue;
            }
            if (s.length() <= 2 * MAX_LINE_CHARS) {
                Matcher credit = CREDIT.matcher(s);
                if (s.indexOf('\n') < 0 && credit.matches()) {
                    boolean bracketed = credit.group(2) != null;
                    String capText = bracketed ? credit.group(1) : credit.group(3);
                    String who = bracketed ? credit.group(2) : credit.group(4);
                    if (who.length() <= 80 && (bracketed || capText.isEmpty() || who.length() <= 40)) {
                        captions.add(new Caption(capText.strip(), who.strip()));
                        continue;
                    }
                }
            }
            if (oneLine) {
                Matcher ed = EDITOR.matcher(s);
                if (ed.matches()) {
                    editor = ed.group(2).strip();
                    if (ed.group(1) != null) byline.addAll(names(ed.group(1)));
                    continue;
                }
                Matcher by = BYLINE.matcher(s);
                if (by.matches() && s.length() <= 80) {
                    byline.addAll(names(by.group(1)));
                    continue;
                }
                if (BOILERPLATE.matcher(s).matches()) continue;
            }
            body.add(p);
        }
        if (headline == null && knownHeadline != null) headline = knownHeadline.strip();
        return new Structure(headline, byline, editor, captions, body);
    }

    /**
     * The first paragraph is the headline when it repeats a known headline, or (none known) when it is
     * one short line without a final period and more text follows.
     */
    private static boolean isHeadline(String s, String known, int paragraphs) {
        if (known != null) return s.strip().equals(known.strip());
        return paragraphs > 1 && s.indexOf('\n') < 0 && s.length() <= 200 && !s.endsWith(".");
    }

    private static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        for (String n : SPLIT_NAMES.split(s)) if (!n.isBlank()) out.add(n.strip());
        return out;
    }

    /** Runs of non-blank lines, each trimmed of surrounding whitespace, in order. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            int end = i;
            while (i < n) {
                int eol = text.indexOf('\n', i);
                if (eol < 0) eol = n;
                String line = text.substring(i, eol);
                if (line.isBlank()) break;
                end = i + line.stripTrailing().length();
                i = Math.min(n, eol + 1);
            }
            out.add(new Span(start, end));
        }
        return out;
    }
}
