package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import org.newsgraph.document.Article;
import org.newsgraph.document.Caption;
import org.newsgraph.span.Span;

/**
 * What extraction found in one web page. {@code text} is the article alone, its paragraphs separated
 * by a blank line ({@code "\n\n"}), and {@code paragraphs} are their spans in it ({@code [begin, end)},
 * UTF-16 offsets). {@code bylineAsStated} is the byline as the page gives it ("By Jane Doe"),
 * {@code byline} the names in it. Nullable: {@code url}, {@code headline}, {@code bylineAsStated},
 * {@code published} (ISO-8601 date or date-time, with the page's offset), {@code site}. Immutable.
 */
public record Page(String url, String headline, String bylineAsStated, List<String> byline, String published,
                   String site, List<Caption> captions, String text, List<Span> paragraphs) {
    public Page {
        Objects.requireNonNull(text, "text");
        byline = List.copyOf(byline);
        captions = List.copyOf(captions);
        paragraphs = List.copyOf(paragraphs);
        for (Span s : paragraphs) {
            if (!s.fitsIn(text)) throw new IllegalArgumentException("paragraph " + s + " outside text of length " + text.length());
        }
    }

    /** The page as an article read from {@code origin}: its text is the extracted text, its body the paragraphs. */
    public Article toArticle(String origin) {
        return Article.builder(origin, text)
                .url(url)
                .headline(headline)
                .byline(byline)
                .published(published)
                .captions(captions)
                .body(paragraphs)
                .build();
    }
}
