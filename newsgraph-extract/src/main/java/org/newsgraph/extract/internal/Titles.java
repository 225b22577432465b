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
        // Best first, and looked at only as far as needed: most pages declare their headline.
        Choice choice = new Choice(doc, claims, title, url);
        if (choice.offer(jsonLdTitle(claims, title, choice))) return choice.chosen;
        for (String t : claims.metaTitles()) if (choice.offer(normalize(t))) return choice.chosen;
        if (choice.offer(fromTitleTag(doc, title))) return choice.chosen;
        for (Element h1 : doc.getElementsByTag("h1")) if (choice.offer(normalize(h1.text()))) return choice.chosen;
        return choice.fallback;
    }

    /** The first candidate that names an article; failing that, the first candidate at all. */
    private static final class Choice {
        final Document doc;
        final Metadata.Claims claims;
        final String title;
        final String url;
        /** The site's names counting every app name: a title that names none of them names an article. */
        final SiteNames loose;
        /** Without the app names that are the article's title; found only when needed, for it walks the page. */
        SiteNames strict;
        String chosen;
        String fallback;

        Choice(Document doc, Metadata.Claims claims, String title, String url) {
            this.doc = doc;
            this.claims = claims;
            this.title = title;
            this.url = url;
            List<String> all = new ArrayList<>(claims.siteNames());
            all.addAll(claims.appNames());
            loose = SiteNames.of(all, url);
        }

        /** Whether {@code candidate} (nullable) is the headline. */
        boolean offer(String candidate) {
            if (candidate == null || candidate.isEmpty()) return false;
            if (fallback == null) fallback = candidate;
            if (sitewide(candidate)) return false;
            chosen = candidate;
            return true;
        }

        boolean sitewide(String candidate) {
            if (!loose.sitewide(candidate)) return false;
            if (claims.appNames().isEmpty()) return true;
            if (strict == null) strict = SiteNames.of(siteNames(doc, claims, title), url);
            return strict.sitewide(candidate);
        }
    }

    /**
     * The site's declared names, and its app names unless the page also gives them as its title or a
     * heading: then the app name is the article's title, which some sites put there.
     */
    private static List<String> siteNames(Document doc, Metadata.Claims claims, String title) {
        List<String> names = new ArrayList<>(claims.siteNames());
        String fromTag = fromTitleTag(doc, title);
        List<String> h1s = new ArrayList<>();
        for (Element h1 : doc.getElementsByTag("h1")) h1s.add(normalize(h1.text()));
        for (String app : claims.appNames()) {
            String a = normalize(app);
            if (!a.equals(title) && !a.equals(fromTag) && !h1s.contains(a)) names.add(a);
        }
        return names;
    }

    /**
     * When JSON-LD gives both a name and a headline, the one that the title tag repeats is the article's;
     * a name that is the site's (the publisher's name put in the article's {@code name}) never is.
     */
    private static String jsonLdTitle(Metadata.Claims c, String title, Choice site) {
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
