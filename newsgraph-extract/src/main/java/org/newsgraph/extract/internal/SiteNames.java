package org.newsgraph.extract.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a site calls itself, to tell a site-wide title ("Yahoo News - Latest News & Headlines", the
 * publisher's name as a JSON-LD {@code name}) from an article's headline. {@code names} are the names
 * the page declares for its site (og:site_name, application-name, the JSON-LD publisher), lower-cased;
 * {@code words} are the words of those names and of the site's host name ("yahoo" from
 * {@code news.yahoo.com}). Immutable.
 */
public record SiteNames(Set<String> names, Set<String> words) {
    public SiteNames {
        names = Set.copyOf(names);
        words = Set.copyOf(words);
    }

    /**
     * Words that name what any news site is, never what one article says: a title made of these and
     * the site's own words is a slogan ("Latest News & Headlines", "Home", "CNN - Breaking News").
     */
    private static final Set<String> GENERIC = Set.of("news", "latest", "breaking", "headlines", "headline", "home",
            "homepage", "front", "page", "top", "stories", "today", "online", "official", "site", "website", "web", "world",
            "local", "national", "international", "daily", "weekly", "video", "videos", "photos", "live", "updates",
            "and", "the", "of", "for", "in", "on", "from", "your", "all", "more", "source", "welcome", "to", "us", "uk");
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—:·•»] | ?[|·•] ?");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** From the site names a page declares (null entries skipped) and its address (nullable). */
    public static SiteNames of(List<String> declared, String url) {
        Set<String> names = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (String d : declared) {
            if (d == null || d.isBlank()) continue;
            String n = normalize(d);
            names.add(n);
            words.addAll(words(n));
        }
        for (String label : hostLabels(url)) if (!label.equals("www")) words.add(label);
        return new SiteNames(names, words);
    }

    /**
     * Whether {@code title} names the site rather than an article: it is one of the site's names, or
     * every part of it (split at " | ", " - " and the like) is made of the site's words and generic ones.
     */
    public boolean sitewide(String title) {
        if (title == null || title.isBlank()) return true;
        String t = normalize(title);
        if (names.contains(t)) return true;
        for (String part : SEPARATOR.split(t)) {
            if (names.contains(part.strip())) continue;
            List<String> ws = words(part);
            if (ws.isEmpty()) continue;
            for (String w : ws) if (!GENERIC.contains(w) && !words.contains(w)) return false;
        }
        return true;
    }

    private static String normalize(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(s)) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static List<String> hostLabels(String url) {
        if (url == null) return List.of();
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? List.of() : List.of(host.toLowerCase(Locale.ROOT).split("\\."));
        } catch (java.net.URISyntaxException e) {
            return List.of(); // an address we cannot read tells us nothing about the site
        }
    }
}
