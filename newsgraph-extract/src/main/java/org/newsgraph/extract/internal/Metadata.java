package org.newsgraph.extract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: JSON-LD (schema.org Article and its kinds), OpenGraph, Dublin Core,
 * Parse.ly and plain meta tags, read from the untouched document before any cleaning. Stateless.
 */
public final class Metadata {
    private Metadata() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> DATE_KEYS = List.of("article:published_time", "parsely-pub-date", "datepublished",
            "dc.date.issued", "date", "dc:date", "dcterm:date", "og:published_time", "publish-date", "pubdate", "sailthru.date");

    private static final List<String> TITLE_KEYS = List.of("dc:title", "dcterm:title", "og:title", "weibo:article:title",
            "weibo:webpage:title", "title", "twitter:title", "parsely-title");

    /**
     * The page's own claims; any field may be null, the lists may be empty. {@code metaTitles} are the
     * meta tags' titles, best first; {@code published} is ISO-8601, the first possible date the page
     * states; {@code siteNames} the names it gives its site (the JSON-LD publisher, og:site_name),
     * {@code appNames} those it gives its web app (application-name, apple-mobile-web-app-title: the
     * site's name, or on some pages the article's title), {@code site} the best site name.
     */
    public record Claims(String headline, String jsonLdName, List<String> metaTitles, List<String> authors,
                         String metaAuthor, String published, String site, List<String> siteNames,
                         List<String> appNames, String url) {
        public Claims {
            metaTitles = List.copyOf(metaTitles);
            authors = List.copyOf(authors);
            siteNames = List.copyOf(siteNames);
            appNames = List.copyOf(appNames);
        }
    }

    public static Claims read(Document doc) {
        Map<String, String> meta = metaValues(doc);
        JsonLd ld = jsonLd(doc);
        List<String> metaTitles = new ArrayList<>();
        for (String k : TITLE_KEYS) if (meta.get(k) != null) metaTitles.add(meta.get(k));
        String metaAuthor = first(meta, "dc:creator", "dcterm:creator", "author", "parsely-author", "article:author_name",
                "sailthru.author", "byl");
        if (metaAuthor != null && metaAuthor.startsWith("http")) metaAuthor = null;
        // Best first; a placeholder ("0001-01-01T00:00:00Z") gives way to the next that is a real date.
        List<String> dates = new ArrayList<>();
        dates.add(ld.published);
        for (String k : DATE_KEYS) dates.add(meta.get(k));
        String published = Dates.firstPlausible(dates);
        if (published == null) {
            // Only now the page's <time> elements: finding them all walks the whole page.
            Element first = doc.selectFirst("time[datetime]");
            if (first != null) published = Dates.firstPlausible(List.of(first.attr("datetime")));
            if (first != null && published == null) {
                List<String> times = new ArrayList<>();
                for (Element time : doc.select("time[datetime]")) times.add(time.attr("datetime"));
                published = Dates.firstPlausible(times);
            }
        }
        String site = ld.site != null ? ld.site : first(meta, "og:site_name", "application-name");
        List<String> siteNames = new ArrayList<>();
        if (ld.site != null) siteNames.add(ld.site);
        if (meta.get("og:site_name") != null) siteNames.add(meta.get("og:site_name"));
        List<String> appNames = new ArrayList<>();
        if (meta.get("application-name") != null) appNames.add(meta.get("application-name"));
        if (meta.get("apple-mobile-web-app-title") != null) appNames.add(meta.get("apple-mobile-web-app-title"));
        // A saved page knows its own address: the canonical link, else OpenGraph's.
        String url = null;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) url = canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href");
        if (url == null || !url.startsWith("http")) url = first(meta, "og:url");
        if (url != null && !url.startsWith("http")) url = null;
        return new Claims(ld.headline, ld.name, metaTitles, ld.authors, metaAuthor, published, site, siteNames, appNames,
                url);
    }

    /**
     * Meta tags by lower-cased name or property; a space-separated property names each of its values.
     * When a page gives one key both ways, {@code property} (RDFa, which OpenGraph and Dublin Core are
     * written for) wins over {@code name}, which wins over {@code itemprop}, wherever each stands.
     */
    private static Map<String, String> metaValues(Document doc) {
        List<Map<String, String>> byAttr = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) continue;
            for (int i = 0; i < META_KEY_ATTRS.length; i++) {
                String names = m.attr(META_KEY_ATTRS[i]);
                if (names.isEmpty()) continue;
                for (String key : WHITESPACE.split(names.toLowerCase(Locale.ROOT))) {
                    if (key.isEmpty()) continue;
                    // "dc.title" and "dc:title" name the same property.
                    key = DOTTED_PREFIX.matcher(key).replaceFirst("$1:");
                    byAttr.get(i).putIfAbsent(key, content);
                }
            }
        }
        Map<String, String> out = new HashMap<>(byAttr.get(0));
        for (int i = 1; i < byAttr.size(); i++) byAttr.get(i).forEach(out::putIfAbsent);
        return out;
    }

    /** Best first. */
    private static final String[] META_KEY_ATTRS = {"property", "name", "itemprop"};
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DOTTED_PREFIX = Pattern.compile("^(dc|dcterm|og|twitter|parsely|weibo:article|weibo:webpage)[.]");

    private static String first(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    private static final class JsonLd {
        String headline;
        String name;
        String published;
        String site;
        List<String> authors = List.of();
    }

    private static JsonLd jsonLd(Document doc) {
        JsonLd out = new JsonLd();
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").equalsIgnoreCase("application/ld+json")) continue;
            JsonNode root;
            try {
                // Some sites wrap the JSON in CDATA markers or comments.
                String data = script.data().strip().replaceFirst("^(//\\s*)?<!\\[CDATA\\[", "").replaceFirst("(//\\s*)?]]>$", "");
                root = JSON.readTree(data);
            } catch (Exception e) {
                continue; // broken JSON-LD is common and never fatal
            }
            List<JsonNode> nodes = new ArrayList<>();
            flatten(root, nodes, 0);
            for (JsonNode n : nodes) {
                if (!isArticle(n)) continue;
                if (out.headline == null) out.headline = text(n.get("headline"));
                if (out.name == null) out.name = text(n.get("name"));
                if (out.published == null) out.published = text(n.get("datePublished"));
                if (out.authors.isEmpty()) out.authors = names(n.get("author"));
                if (out.site == null && n.get("publisher") != null) out.site = text(n.get("publisher").get("name"));
            }
        }
        return out;
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) return;
        if (n.isArray()) {
            for (JsonNode c : n) flatten(c, out, depth + 1);
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
            flatten(n.get("mainEntity"), out, depth + 1);
        }
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report", "webpage");

    private static boolean isArticle(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) return false;
        if (t.isArray()) {
            for (JsonNode x : t) if (x.isTextual() && ARTICLE_TYPES.contains(x.asText().toLowerCase(Locale.ROOT))) return true;
            return false;
        }
        return t.isTextual() && ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT));
    }

    private static List<String> names(JsonNode a) {
        if (a == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        if (a.isArray()) {
            for (JsonNode x : a) {
                String s = a.isTextual() ? a.asText() : text(x.isObject() ? x.get("name") : x);
                if (s != null) out.add(s);
            }
        } else {
            String s = text(a.isObject() ? a.get("name") : a);
            if (s != null) out.add(s);
        }
        out.removeIf(s -> s.startsWith("http"));
        return List.copyOf(out);
    }

    private static String text(JsonNode n) {
        if (n == null || !n.isTextual()) return null;
        String s = WHITESPACE.matcher(org.jsoup.parser.Parser.unescapeEntities(n.asText(), false)).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }
}
