package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds who wrote an article: the byline as the page states it (JSON-LD authors, author meta tags, or
 * an element marked as the byline), and the names in it. Stateless.
 */
public final class Bylines {
    private Bylines() {}

    private static final Pattern BYLINE_NAME = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");
    private static final Pattern BY = Pattern.compile("(?i)^(by|par|von|por|di|door|written by|posted by|words by)[:\\s]+");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    private static final int MAX_BYLINE_CHARS = 100;

    /** The byline as stated, whitespace as on the page; null when none is found. */
    public static String stated(Document original, Metadata.Claims claims) {
        if (!claims.authors().isEmpty()) return String.join(", ", claims.authors());
        if (claims.metaAuthor() != null) return claims.metaAuthor();
        for (Element e : original.body() == null ? List.<Element>of() : original.body().getAllElements()) {
            boolean marked = e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                    || BYLINE_NAME.matcher(e.className() + " " + e.id()).find();
            if (!marked) continue;
            String text = e.wholeText().strip();
            if (!text.isEmpty() && text.length() < MAX_BYLINE_CHARS) {
                // A byline element may hold an itemprop="name" child: that is the cleanest form.
                Element name = e.selectFirst("[itemprop=name]");
                if (name != null && !name.text().isBlank()) return name.wholeText().strip();
                return text;
            }
        }
        return null;
    }

    /** The people named in a stated byline, "By " and dates dropped, split on commas and "and". */
    public static List<String> names(String stated) {
        if (stated == null) return List.of();
        String s = stated.replaceAll("[\\s\\u00A0]+", " ").strip();
        s = BY.matcher(s).replaceFirst("");
        Set<String> out = new LinkedHashSet<>();
        for (String part : SPLIT.split(s)) {
            String p = part.strip();
            if (p.isEmpty() || p.length() > 60 || p.matches(".*\\d.*")) continue;
            out.add(p);
        }
        return new ArrayList<>(out);
    }
}
