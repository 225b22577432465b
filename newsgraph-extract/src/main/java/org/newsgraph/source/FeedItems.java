package org.newsgraph.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.document.Article;
import org.newsgraph.extract.HtmlExtractor;
import org.newsgraph.extract.Page;
import org.newsgraph.extract.internal.Dates;

/**
 * The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, read with Rome: each item's full content when the
 * feed carries it ({@code content:encoded}, Atom {@code content}), else its summary, as text with
 * paragraph breaks; its title as headline, link as url, publication (else update) date, authors as
 * byline. Origins are {@code file#N}, N the item's position from 1. Stateless.
 */
final class FeedItems {
    private FeedItems() {}

    static List<Entry> of(String origin, byte[] xml, SourceOptions options) {
        List<Entry> out = new ArrayList<>();
        int junk = junkBefore(xml);
        if (junk > 0) {
            out.add(Problem.warning(origin, String.format(Locale.ROOT, "%,d bytes before the feed's XML are not XML; skipped", junk)));
            xml = Arrays.copyOfRange(xml, junk, xml.length);
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a file someone else wrote
            // Nothing but one byte-order mark may come before <?xml; a second one, or a blank line, is dropped.
            feed = input.build(new XmlReader(new ByteArrayInputStream(Bytes.tidyMarkupHead(xml))));
        } catch (Exception e) {
            // Rome throws a checked FeedException, IOExceptions and, for odd XML, runtime exceptions.
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").strip();
            if (m.length() > 120) m = m.substring(0, 120) + "…";
            return List.of(new Problem(origin, "not a readable RSS or Atom feed: " + m));
        }
        int n = 0;
        for (SyndEntry item : feed.getEntries()) {
            n++;
            out.add(item(origin + "#" + n, item, options));
        }
        if (n == 0) out.add(new Problem(origin, "the feed has no items"));
        return out;
    }

    /** What may start a feed's XML: a declaration or processing instruction, a comment or doctype, a root. */
    private static final String[] XML_STARTS = {"<?", "<!", "<rss", "<feed", "<rdf"};

    /**
     * How many bytes of junk (HTTP headers saved with the feed, an error page) come before its XML,
     * past any byte-order marks and whitespace; 0 when the XML starts there, or when no XML declaration
     * or feed root is found in the first few kilobytes to start from.
     */
    private static int junkBefore(byte[] xml) {
        int start = Bytes.pastBomsAndSpace(xml, xml.length);
        String head = new String(xml, start, Math.min(xml.length - start, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String s : XML_STARTS) if (head.startsWith(s)) return 0;
        int at = head.indexOf("<?xml");
        if (at < 0) at = Sniff.first(head, "<rss", "<feed", "<rdf:rdf");
        return at < 0 ? 0 : start + at;
    }

    private static Entry item(String origin, SyndEntry item, SourceOptions options) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : item.getContents()) {
            if (c.getValue() != null) html.append(asHtml(c)).append('\n');
        }
        if (html.toString().isBlank() && item.getDescription() != null && item.getDescription().getValue() != null) {
            html.append(asHtml(item.getDescription()));
        }
        Page page = HtmlExtractor.extractFragment(html.toString());
        if (page.text().isBlank()) return new Problem(origin, "feed item has neither content nor summary");
        if (page.text().length() > options.maxArticleBytes()) return TextArticles.tooBig(origin, "feed item", page.text().length(), options);
        // A placeholder publication date ("0001-01-01") gives way to the update date.
        String date = Dates.firstPlausible(Arrays.asList(instant(item.getPublishedDate()), instant(item.getUpdatedDate())));
        Article a = page.toArticle(origin).toBuilder()
                .headline(blankToNull(item.getTitle()))
                .url(blankToNull(item.getLink()))
                .published(date)
                .byline(authors(item))
                .build();
        return new Loaded(a);
    }

    private static String instant(Date d) {
        return d == null ? null : d.toInstant().toString();
    }

    /** Plain-text content is escaped so that its line breaks, not markup, make the paragraphs. */
    private static String asHtml(SyndContent c) {
        String type = c.getType() == null ? "text/html" : c.getType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) return c.getValue();
        StringBuilder sb = new StringBuilder();
        for (String para : c.getValue().split("\\n\\s*\\n")) {
            sb.append("<p>").append(org.jsoup.nodes.Entities.escape(para)).append("</p>");
        }
        return sb.toString();
    }

    private static List<String> authors(SyndEntry item) {
        Set<String> out = new LinkedHashSet<>();
        for (SyndPerson p : item.getAuthors()) if (p.getName() != null && !p.getName().isBlank()) out.add(p.getName().strip());
        if (out.isEmpty() && item.getAuthor() != null && !item.getAuthor().isBlank()) out.add(item.getAuthor().strip());
        return List.copyOf(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
