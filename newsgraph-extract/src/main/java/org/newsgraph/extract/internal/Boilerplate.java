package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text from a parsed page, in place: scripts and widgets, navigation,
 * hidden elements, and elements whose class or id names a kind of boilerplate (share bars, ads, related
 * links, newsletter and cookie prompts, comments). Stateless.
 */
public final class Boilerplate {
    private Boilerplate() {}

    private static final String DROPPED_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " nav, aside, button, input, select, textarea, label, dialog, map, audio, video, source, picture > img,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=dialog], [role=alert],"
            + " [role=banner], [role=contentinfo]";

    /** Words in class and id names that mark boilerplate, matched as whole words or word prefixes. */
    private static final List<String> NEGATIVE_PREFIXES = List.of("comment", "share", "sharing", "social", "related",
            "recommend", "newsletter", "subscri", "signup", "sign-up", "cookie", "consent", "gdpr", "promo", "advert",
            "sponsor", "sidebar", "breadcrumb", "popup", "modal", "outbrain", "taboola", "navbar", "navigation",
            "menu", "footer", "masthead", "disqus", "paywall", "overlay", "banner", "toolbar", "byline", "author-bio",
            "more-stories", "morestories", "read-more", "readmore", "trending", "popular", "most-read", "mostread",
            "skip", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "offscreen", "print-only",
            "jump", "pagination", "pager", "rating", "widget", "tags", "tagcloud", "taglist", "keywords", "teaser",
            "hidden", "login", "donate", "follow", "email", "print", "tooltip");
    private static final Set<String> NEGATIVE_WORDS = Set.of("ad", "ads", "adv", "nav", "dfp", "gpt", "tag", "meta",
            "header", "foot", "links", "share", "tools", "utility", "toc", "alert", "cta", "shop",
            "aside", "subnav", "topics", "player", "video", "audio");
    private static final Pattern POSITIVE = Pattern.compile(
            "article[-_]?(body|content|text|main)|story[-_]?(body|content|text)|post[-_]?(body|content|text)"
                    + "|entry[-_]?content|main[-_]?content|body[-_]?text|articlebody|content[-_]?body|text[-_]?content"
                    + "|^content$|^article$|^story$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    public static void strip(Document doc) {
        doc.select(DROPPED_TAGS).remove();
        Element root = doc.body() == null ? doc : doc.body();
        int paragraphText = paragraphChars(root);
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || e.tagName().equals("html") || e.tagName().equals("main") || e.tagName().equals("article")) continue;
            if (isHiddenByStyle(e)) {
                drop.add(e);
            } else if (isBoilerplateName(e) && paragraphChars(e) * 10L <= paragraphText * 3L) {
                // A wrapper named for an ad slot or a consent state may hold the whole page: an element
                // with a third of the page's paragraph text is never boilerplate, whatever its name.
                drop.add(e);
            }
        }
        for (Element e : drop) if (e.parent() != null) e.remove();
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) n += p.text().length();
        return n;
    }

    private static boolean isHiddenByStyle(Element e) {
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /** Whether the element's class and id say it is boilerplate, and nothing in them says it is the article. */
    public static boolean isBoilerplateName(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return false;
        String both = cls + " " + id;
        for (String token : both.split("\\s+")) if (POSITIVE.matcher(token).find()) return false;
        String lower = both.toLowerCase(Locale.ROOT);
        for (String word : SPLIT.split(both)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.isEmpty()) continue;
            if (NEGATIVE_WORDS.contains(w)) return true;
            for (String p : NEGATIVE_PREFIXES) if (w.startsWith(p)) return true;
        }
        for (String p : NEGATIVE_PREFIXES) if (p.indexOf('-') > 0 && lower.contains(p)) return true;
        return false;
    }
}
