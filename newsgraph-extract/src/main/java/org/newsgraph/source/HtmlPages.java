package org.newsgraph.source;

import org.newsgraph.document.Article;
import org.newsgraph.extract.HtmlExtractor;
import org.newsgraph.extract.Page;

/** Turns the bytes of one web page into an {@link Article} (the extracted text) or a {@link Problem}. Stateless. */
final class HtmlPages {
    private HtmlPages() {}

    /**
     * {@code url}, {@code contentType} (the HTTP header, whose charset wins) and {@code fallbackDate}
     * (a crawl date, used when the page states no publication date) may be null.
     */
    static Entry of(String origin, byte[] html, String url, String contentType, String fallbackDate, SourceOptions options) {
        if (html.length == 0) return new Problem(origin, "empty page");
        html = Bytes.tidyMarkupHead(html);
        if (Bytes.notTextReason(html, html.length) != null && !looksLikeHtml(html)) {
            return new Problem(origin, Bytes.notTextReason(html, html.length));
        }
        Page page;
        try {
            page = HtmlExtractor.extract(html, url, contentType);
        } catch (RuntimeException | StackOverflowError e) {
            // Extraction never throws for bad markup; if it does, it is our bug, and one page's bug
            // must not end a batch of thousands.
            return new Problem(origin, "extraction failed (" + e.getClass().getSimpleName() + "), a newsgraph bug; please report it");
        }
        return fromPage(origin, page, fallbackDate, options);
    }

    static Entry fromPage(String origin, Page page, String fallbackDate, SourceOptions options) {
        if (page.text().isBlank()) return new Problem(origin, "no article text found in the page");
        if (page.text().length() > options.maxArticleBytes()) return TextArticles.tooBig(origin, "extracted text", page.text().length(), options);
        Article a = page.toArticle(origin);
        if (a.published() == null && fallbackDate != null) a = a.toBuilder().published(fallbackDate).build();
        return new Loaded(a);
    }

    /** UTF-16 pages have NUL bytes; a '<' in the first bytes says markup all the same. */
    private static boolean looksLikeHtml(byte[] b) {
        int n = Math.min(b.length, 512);
        for (int i = 0; i < n; i++) if (b[i] == '<') return true;
        return false;
    }
}
