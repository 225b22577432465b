package org.newsgraph.extract.internal;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's headline: what the page declares (JSON-LD, then Dublin Core, OpenGraph, Twitter and
 * plain meta titles), else its {@code <title>} with the site name cut off, else its single {@code <h1>}.
 * Stateless.
 */
public final class Titles {
    private Titles() {}

    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final Pattern HIERARCHY = Pattern.compile(" [\\\\/>»] ");

    public static String choose(Document doc, Metadata.Claims claims) {
        String title = normalize(doc.title());
        String ld = jsonLdTitle(claims, title);
        if (ld != null) return ld;
        if (claims.metaTitle() != null) return normalize(claims.metaTitle());
        return fromTitleTag(doc, title);
    }

    /** When JSON-LD gives both a name and a headline, the one that the title tag repeats is the article's. */
    private static String jsonLdTitle(Metadata.Claims c, String title) {
        String name = c.jsonLdName() == null ? null : normalize(c.jsonLdName());
        String headline = c.headline() == null ? null : normalize(c.headline());
        if (name == null) return headline;
        if (headline == null || name.equals(headline)) return name;
        boolean nameMatches = similar(name, title);
        boolean headlineMatches = similar(headline, title);
        return headlineMatches && !nameMatches ? headline : name;
    }

    private static boolean similar(String a, String title) {
        return !title.isEmpty() && (title.contains(a) || a.contains(title));
    }

    static String fromTitleTag(Document doc, String original) {
        String t = original;
        boolean hierarchical = false;
        var m = SEPARATOR.matcher(t);
        int last = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (last < 0) firstEnd = m.end();
            last = m.start();
        }
        if (last >= 0) {
            hierarchical = HIERARCHY.matcher(t).find();
            t = original.substring(0, last);
            if (words(t) < 3) t = original.substring(firstEnd);
        } else if (t.contains(": ")) {
            boolean headingMatches = false;
            for (Element h : doc.select("h1, h2")) if (normalize(h.text()).equals(original)) headingMatches = true;
            if (!headingMatches) {
                String after = original.substring(original.lastIndexOf(": ") + 2);
                if (words(after) < 3) after = original.substring(original.indexOf(": ") + 2);
                if (words(original.substring(0, original.indexOf(": "))) <= 5) t = after;
            }
        } else if (t.length() > 150 || t.length() < 15) {
            var h1 = doc.select("h1");
            if (h1.size() == 1) t = normalize(h1.get(0).text());
        }
        t = normalize(t);
        int w = words(t);
        if (w <= 4 && (!hierarchical || w != words(SEPARATOR.matcher(original).replaceAll(" ")) - 1)) t = original;
        return t.isEmpty() ? null : t;
    }

    private static int words(String s) {
        String x = s.strip();
        return x.isEmpty() ? 0 : x.split("\\s+").length;
    }

    public static String normalize(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
