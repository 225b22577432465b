package org.newsgraph.document;

import java.util.List;
import java.util.Objects;
import org.newsgraph.span.Span;

/**
 * A clean article, what extraction hands to analysis.
 *
 * <p>{@code text} is what every span indexes. For plain-text input it is the input verbatim: headline,
 * captions and credits stay in it, and {@code body} lists the spans that are the article proper.
 * Nullable: {@code url}, {@code headline}, {@code published} (ISO-8601 date or date-time), {@code editor}.
 * Immutable and thread-safe.
 */
public record Article(
        String id,
        String origin,
        String url,
        String headline,
        String published,
        List<String> byline,
        String editor,
        List<Caption> captions,
        String text,
        List<Span> body) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        byline = byline == null ? List.of() : List.copyOf(byline);
        captions = captions == null ? List.of() : List.copyOf(captions);
        body = body == null ? List.of(new Span(0, text.length())) : List.copyOf(body);
        for (Span s : body) {
            if (!s.fitsIn(text)) throw new IllegalArgumentException("body span " + s + " outside text of length " + text.length());
        }
    }

    /** An article that is just text: its id is the SHA-256 of the text, its body the whole text. */
    public static Article ofText(String origin, String text) {
        return builder(origin, text).build();
    }

    public static Builder builder(String origin, String text) {
        return new Builder(origin, text);
    }

    public Builder toBuilder() {
        Builder b = new Builder(origin, text);
        b.id = id;
        b.url = url;
        b.headline = headline;
        b.published = published;
        b.byline = byline;
        b.editor = editor;
        b.captions = captions;
        b.body = body;
        return b;
    }

    /** Builds an {@link Article}; unset fields are null or empty, the id defaults to the text's hash. */
    public static final class Builder {
        private final String origin;
        private final String text;
        private String id;
        private String url;
        private String headline;
        private String published;
        private List<String> byline = List.of();
        private String editor;
        private List<Caption> captions = List.of();
        private List<Span> body;

        private Builder(String origin, String text) {
            this.origin = Objects.requireNonNull(origin, "origin");
            this.text = Objects.requireNonNull(text, "text");
        }

        public Builder id(String id) { this.id = id; return this; }
        public Builder url(String url) { this.url = url; return this; }
        public Builder headline(String headline) { this.headline = headline; return this; }
        public Builder published(String published) { this.published = published; return this; }
        public Builder byline(List<String> byline) { this.byline = byline; return this; }
        public Builder editor(String editor) { this.editor = editor; return this; }
        public Builder captions(List<Caption> captions) { this.captions = captions; return this; }
        public Builder body(List<Span> body) { this.body = body; return this; }

        public Article build() {
            return new Article(id != null ? id : ContentHash.of(text), origin, url, headline, published,
                    byline, editor, captions, text, body);
        }
    }
}
