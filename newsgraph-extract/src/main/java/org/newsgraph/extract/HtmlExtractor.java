package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsgraph.document.Caption;
import org.newsgraph.extract.internal.Blocks;
import org.newsgraph.extract.internal.Blocks.Block;
import org.newsgraph.extract.internal.Boilerplate;
import org.newsgraph.extract.internal.Bylines;
import org.newsgraph.extract.internal.Captions;
import org.newsgraph.extract.internal.Charsets;
import org.newsgraph.extract.internal.Dates;
import org.newsgraph.extract.internal.MainText;
import org.newsgraph.extract.internal.Metadata;
import org.newsgraph.extract.internal.ProseLists;
import org.newsgraph.extract.internal.Titles;
import org.newsgraph.span.Span;

/**
 * Pulls the article out of a web page: headline, byline, date, site and captions from what the page
 * declares (JSON-LD, OpenGraph, meta tags) and its markup; the text from the block that holds the most
 * paragraph-like, link-poor text, with navigation, ads, share bars, related links, newsletter and cookie
 * prompts and comments left out, and a blank line between paragraphs. Any HTML, however broken, gives a
 * page (possibly with empty text); nothing is thrown for bad markup. Stateless and thread-safe.
 */
public final class HtmlExtractor {
    private HtmlExtractor() {}

    /** How far back a block is compared for repeats. */
    private static final int RECENT_BLOCKS = 3;

    /**
     * Extracts from decoded HTML; {@code url} (nullable) is the page's address as known to the caller
     * (a crawl's target URI); without it, the page's canonical link or {@code og:url} is its url.
     */
    public static Page extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser().setTrackErrors(0));
        Metadata.Claims claims = Metadata.read(doc);
        String address = url != null ? url : claims.url();
        String headline = Titles.choose(doc, claims, address);
        Bylines.Byline byline = Bylines.of(doc, claims);
        Boilerplate.strip(doc);
        Element body = doc.body() != null ? doc.body() : doc;
        List<Block> blocks = Blocks.of(body);
        MainText.Selection sel = MainText.select(blocks, body);
        String published = claims.published() != null ? claims.published() : Dates.fromUrl(address);
        return page(address, headline, byline, published, claims.site(), Captions.of(sel.blocks()), sel.blocks());
    }

    private static Page page(String url, String headline, Bylines.Byline byline, String published, String site,
                             List<Caption> captions, List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        // A block that repeats one just before it is a gallery's doubled caption or a widget shown twice
        // (mobile and desktop), not more article; a repeat further on (a recipe's ingredient list for
        // two menus) may well be article.
        List<String> recent = new ArrayList<>();
        ProseLists lists = ProseLists.of(blocks);
        for (Block b : blocks) {
            if (b.caption() || !MainText.keep(b, lists.isProseItem(b))) continue;
            if (recent.contains(b.text())) continue;
            recent.add(b.text());
            if (recent.size() > RECENT_BLOCKS) recent.remove(0);
            // The headline is apart from the text, whether the page repeats it as a heading or a styled paragraph.
            if (headline != null && b.text().length() == headline.length() && Titles.normalize(b.text()).equals(headline)) {
                continue;
            }
            if (text.length() > 0) text.append("\n\n");
            int begin = text.length();
            text.append(b.text());
            paragraphs.add(new Span(begin, text.length()));
        }
        return new Page(url, headline, byline.stated() == null ? null : Titles.normalize(byline.stated()), byline.names(),
                published, site, captions, text.toString(), paragraphs);
    }

    /**
     * The text of an HTML fragment that is all article, such as a feed item's content: every paragraph
     * kept (no search for the main block), scripts, widgets and stock phrases dropped, captions apart.
     * The page has no headline or byline of its own.
     */
    public static Page extractFragment(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        Boilerplate.strip(doc);
        List<Block> blocks = Blocks.of(doc.body());
        return page(null, null, Bylines.Byline.NONE, null, null, Captions.of(blocks), blocks);
    }

    /**
     * Extracts from the raw bytes of a page; {@code contentType} (nullable) is the HTTP Content-Type
     * header, whose charset wins over the page's own meta tag; with neither, the encoding is detected.
     */
    public static Page extract(byte[] html, String url, String contentType) {
        return extract(Charsets.decode(html, contentType).text(), url);
    }
}
