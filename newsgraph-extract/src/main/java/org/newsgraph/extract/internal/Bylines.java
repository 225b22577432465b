package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.internal.Blocks.Block;

/**
 * Finds who wrote an article: the byline as the page states it (JSON-LD authors, author meta tags, or
 * an element marked as the byline), and the people named in it. A byline element is read as a browser
 * shows it, its lines and separately set parts apart ("By ERIC TUCKER" above "Associated Press", not
 * "ERIC TUCKERAssociated Press"); credits (job titles, agencies, the site's own name) are left out of
 * the names when a person is named beside them, and a name in capitals is written as a name. Stateless.
 */
public final class Bylines {
    private Bylines() {}

    /** The byline as stated (null when the page states none) and the people it names. */
    public record Byline(String stated, List<String> names) {
        public static final Byline NONE = new Byline(null, List.of());

        public Byline {
            names = List.copyOf(names);
        }
    }

    private static final Pattern BYLINE_NAME = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");
    private static final Pattern BY = Pattern.compile("(?i)^((analysis|opinion|commentary|review|story|text|words|photos?"
            + "|reporting|interview|written|posted|compiled)\\s+)?(by|par|von|por|di|door)[:\\s]+|^\\p{L}+:\\s+");
    /** What follows "Edited by" names an editor, not a writer. */
    private static final Pattern EDITED_BY = Pattern.compile("(?i)\\s*\\b(edited|reviewed|fact-checked|illustrated) by\\b.*$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    private static final int MAX_BYLINE_CHARS = 100;
    private static final int MAX_NAME_CHARS = 60;

    public static Byline of(Document original, Metadata.Claims claims) {
        Set<String> site = new HashSet<>();
        if (claims.site() != null) site.add(claims.site().toLowerCase(Locale.ROOT).strip());
        for (String s : claims.siteNames()) site.add(s.toLowerCase(Locale.ROOT).strip());
        if (!claims.authors().isEmpty()) {
            String stated = String.join(", ", claims.authors());
            return new Byline(stated, names(List.of(stated), site));
        }
        if (claims.metaAuthor() != null) return new Byline(claims.metaAuthor(), names(List.of(claims.metaAuthor()), site));
        for (Element e : original.body() == null ? List.<Element>of() : original.body().getAllElements()) {
            boolean marked = e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                    || BYLINE_NAME.matcher(e.className() + " " + e.id()).find();
            if (!marked) continue;
            // Measured as written, indentation and all: of nested byline wrappers, that picks the tight
            // one (the name), not the section that holds the name, its desk and a date.
            String written = e.wholeText().strip();
            if (written.isEmpty() || written.length() >= MAX_BYLINE_CHARS) continue;
            List<String> lines = lines(e);
            String text = String.join(" ", lines);
            if (!text.isEmpty()) {
                // A byline element may hold an itemprop="name" child: that is the cleanest form.
                Element name = e.selectFirst("[itemprop=name]");
                List<String> nameLines = name == null ? List.of() : lines(name);
                if (!nameLines.isEmpty()) return new Byline(String.join(" ", nameLines), names(nameLines, site));
                return new Byline(text, names(lines, site));
            }
        }
        return Byline.NONE;
    }

    /**
     * The element's text as a browser shows it, one entry per line: block children and line breaks
     * start a line, and so do inline parts set side by side with nothing between them.
     */
    private static List<String> lines(Element e) {
        List<String> out = new ArrayList<>();
        for (Block b : Blocks.of(e, '\n')) {
            for (String line : b.text().split("\n")) if (!line.isBlank()) out.add(line.strip());
        }
        return out;
    }

    /**
     * The people named in a stated byline's lines ({@code site} the site's names, lower-cased): "By "
     * and dates dropped, split on commas and "and", credits dropped when a person is named beside them.
     */
    static List<String> names(List<String> lines, Set<String> site) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> credits = new LinkedHashSet<>();
        for (String line : lines) {
            String s = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            s = BY.matcher(s).replaceFirst("");
            s = EDITED_BY.matcher(s).replaceFirst("");
            for (String part : SPLIT.split(s)) {
                String p = Credits.withoutTrailingCredit(BY.matcher(part.strip()).replaceFirst("").strip(), site);
                if (p.isEmpty() || p.length() > MAX_NAME_CHARS || p.matches(".*\\d.*")) continue;
                (Credits.isCredit(p, site) ? credits : people).add(asName(p));
            }
        }
        return new ArrayList<>(people.isEmpty() ? credits : people);
    }

    /** "MARY CLARE JALONICK" as "Mary Clare Jalonick"; a name written in any lower case, or one word ("CNN"), as it is. */
    static String asName(String p) {
        if (!p.contains(" ") || !p.equals(p.toUpperCase(Locale.ROOT)) || p.equals(p.toLowerCase(Locale.ROOT))) return p;
        StringBuilder out = new StringBuilder(p.length());
        boolean start = true;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '’';
        }
        return out.toString();
    }
}
