package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's headline: what the page declares (JSON-LD, then Dublin Core, OpenGraph, Twitter and
 * plain meta titles), else its {@code <title>} with the site name cut off, else its {@code <h1>}; a
 * title that names the site, not the article ({@link SiteNames}), gives way to the next of these.
 * Stateless.
 */
public final class Titles {
    private Titles() {}

    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final Pattern HIERARCHY = Pattern.compile(" [\\\\/>»] ");

    /**
     * The headline, or null. {@code url} (nullable) is the page's address, whose host name is one of the
     * site's names: a title that names only the site loses to the next candidate that names an article.
     */
    public static String choose(Document doc, Metadata.Claims claims, String url) {
        String title = normalize(doc.title());
        SiteNames site = SiteNames.of(siteNames(doc, claims, title), url);
        List<String> candidates = new ArrayList<>();
        candidates.add(jsonLdTitle(claims, title, site));
        for (String t : claims.metaTitles()) candidates.add(normalize(t));
        candidates.add(fromTitleTag(doc, title));
        for (Element h1 : doc.select("h1")) candidates.add(normalize(h1.text()));
        String fallback = null;
        for (String c : candidates) {
            if (c == null || c.isEmpty()) continue;
            if (!site.sitewide(c)) return c;
            if (fallback == null) fallback = c;
        }
        return fallback;
    }

    /**
     * The site's declared names, and its app names unless the page also gives them as its title or a
     * heading: then the app name is the article's title, which some sites put there.
     */
    private static List<String> siteNames(Document doc, Metadata.Claims claims, String title) {
        List<String> names = new ArrayList<>(claims.siteNames());
        for (String app : claims.appNames()) {
            String a = normalize(app);
            boolean isHeadline = a.equals(title) || a.equals(fromTitleTag(doc, title));
            for (Element h1 : doc.select("h1")) if (a.equals(normalize(h1.text()))) isHeadline = true;
            if (!isHeadline) names.add(a);
        }
        return names;
    }

    /**
     * When JSON-LD gives both a name and a headline, the one that the title tag repeats is the article's;
     * a name that is the site's (the publisher's name put in the article's {@code name}) never is.
     */
    private static String jsonLdTitle(Metadata.Claims c, String title, SiteNames site) {
        String name = c.jsonLdName() == null ? null : normalize(c.jsonLdName());
        String headline = c.headline() == null ? null : normalize(c.headline());
        if (name != null && headline != null && site.sitewide(name)) return headline;
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
