package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text from a parsed page, in place: scripts and widgets, navigation,
 * hidden elements, and elements whose class or id names a kind of boilerplate (share bars, ads, related
 * links, newsletter and cookie prompts, comments), and hover cards ({@link HoverCards}). Stateless.
 */
public final class Boilerplate {
    private Boilerplate() {}

    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "nav", "aside", "button", "input", "select", "textarea", "label", "dialog", "map",
            "audio", "video", "source", "link", "meta");
    private static final Set<String> DROPPED_ROLES = Set.of("navigation", "complementary", "dialog", "alert", "banner",
            "contentinfo");

    /** Words in class and id names that mark boilerplate, matched as whole words or word prefixes. */
    private static final List<String> NEGATIVE_PREFIXES = List.of("comment", "share", "sharing", "social", "related",
            "recommend", "newsletter", "subscri", "signup", "sign-up", "cookie", "consent", "gdpr", "promo", "advert",
            "sponsor", "sidebar", "breadcrumb", "popup", "modal", "outbrain", "taboola", "navbar", "navigation",
            "menu", "footer", "masthead", "disqus", "paywall", "overlay", "banner", "toolbar", "byline", "author-bio",
            "more-stories", "morestories", "read-more", "readmore", "trending", "popular", "most-read", "mostread",
            "skip", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "offscreen", "print-only",
            "jump", "pagination", "pager", "rating", "tags", "tagcloud", "taglist", "keywords", "teaser",
            "hidden", "login", "donate", "follow", "email", "print", "tooltip");
    private static final Set<String> NEGATIVE_WORDS = Set.of("ad", "ads", "adv", "nav", "dfp", "gpt", "tag", "meta",
            "header", "foot", "links", "share", "tools", "utility", "toc", "alert", "cta", "shop",
            "aside", "subnav", "topics", "player");
    private static final Pattern POSITIVE = Pattern.compile(
            "article[-_]?(body|content|text|main)|story[-_]?(body|content|text)|post[-_]?(body|content|text)"
                    + "|entry[-_]?content|main[-_]?content|body[-_]?text|articlebody|content[-_]?body|text[-_]?content"
                    + "|^content$|^article$|^story$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    public static void strip(Document doc) {
        Element root = doc.body() == null ? doc : doc.body();
        Map<Element, Integer> paragraphChars = paragraphChars(root);
        int pageParagraphChars = paragraphChars.getOrDefault(root, 0);
        Map<Element, Integer> textChars = textChars(root);
        int pageTextChars = textChars.getOrDefault(root, 0);
        List<Element> drop = new ArrayList<>();
        List<Element> hover = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) continue;
            if (HoverCards.named(e)) hover.add(e);
            String tag = e.normalName();
            if (DROPPED_TAGS.contains(tag) || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
                    || DROPPED_ROLES.contains(e.attr("role")) || isHiddenByStyle(e)) {
                drop.add(e);
            } else if (!tag.equals("main") && !tag.equals("article") && isBoilerplateName(e)
                    && paragraphChars.getOrDefault(e, 0) * 10L <= pageParagraphChars * 3L
                    && textChars.getOrDefault(e, 0) * 2L <= pageTextChars) {
                // A wrapper named for an ad slot or a consent state may hold the whole page: an element
                // with a third of the page's paragraph text, or half of all its text (a post written
                // with line breaks, not paragraphs), is never boilerplate, whatever its name.
                drop.add(e);
            }
        }
        drop.addAll(HoverCards.among(hover));
        // An element may be named twice over (a hover card named as an ad): remove it once.
        for (Element e : drop) if (e.parent() != null) e.remove();
    }

    /** For every element, the characters of the {@code <p>} elements inside it, in one pass. */
    private static Map<Element, Integer> paragraphChars(Element root) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        for (Element p : root.getElementsByTag("p")) {
            int n = p.text().length();
            if (n == 0) continue;
            for (Element e = p; e != null; e = e.parent()) {
                out.merge(e, n, Integer::sum);
                if (e == root) break;
            }
        }
        return out;
    }

    /** For every element, the non-blank characters of the text inside it, summed bottom-up in one pass. */
    private static Map<Element, Integer> textChars(Element root) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.parent() instanceof Element p) {
                String s = t.getWholeText();
                int n = 0;
                for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) n++;
                if (n > 0) out.merge(p, n, Integer::sum);
            }
        }, root);
        List<Element> preorder = root.getAllElements();
        for (int i = preorder.size() - 1; i > 0; i--) {
            Element e = preorder.get(i);
            Integer c = out.get(e);
            if (c != null && e.parent() != null) out.merge(e.parent(), c, Integer::sum);
        }
        return out;
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
        if (!hasNegativeWord(both)) return false;
        String lower = both.toLowerCase(Locale.ROOT);
        // The regex only when a word it looks for is there at all: this runs on many elements.
        if (!(lower.contains("article") || lower.contains("story") || lower.contains("post") || lower.contains("entry")
                || lower.contains("content") || lower.contains("body") || lower.contains("text"))) {
            return true;
        }
        for (String token : both.split("\\s+")) if (POSITIVE.matcher(token).find()) return false;
        return true;
    }

    /**
     * Splits class and id names into lower-case words (at non-alphanumerics and camelCase humps) and
     * checks each against the boilerplate words; written out by hand because it runs on every element.
     */
    private static boolean hasNegativeWord(String s) {
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            boolean hump = alnum && Character.isUpperCase(c) && i > 0 && Character.isLowerCase(s.charAt(i - 1));
            if ((!alnum || hump) && word.length() > 0) {
                if (negative(word.toString())) return true;
                word.setLength(0);
            }
            if (alnum) word.append(Character.toLowerCase(c));
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String p : NEGATIVE_PREFIXES) if (p.indexOf('-') > 0 && lower.contains(p)) return true;
        return false;
    }

    private static boolean negative(String w) {
        if (NEGATIVE_WORDS.contains(w)) return true;
        for (String p : NEGATIVE_PREFIXES) if (w.startsWith(p)) return true;
        return false;
    }
}
