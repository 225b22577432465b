package org.newsgraph.source;

import java.util.Locale;
import org.newsgraph.document.Article;
import org.newsgraph.extract.TextStructure;

/** Turns the bytes of one plain-text article into an {@link Article} or a {@link Problem}. Stateless. */
final class TextArticles {
    private TextArticles() {}

    /** {@code b[0, len)} is the whole input, already known to be within the size cap. */
    static Entry of(String origin, byte[] b, int len) {
        if (len == 0) return new Problem(origin, "empty file");
        String notText = Bytes.notTextReason(b, len);
        if (notText != null) return new Problem(origin, notText);
        // A byte-order mark is an encoding signature, not text: spans must not count it (nor a second one).
        int off = Bytes.leadingBoms(b, len);
        Bytes.Decoded d = Bytes.decodeUtf8(b, off, len - off);
        if (!d.ok()) {
            return new Problem(origin, "invalid UTF-8 at byte offset " + (d.errorByte() + off) + " (line " + d.errorLine()
                    + "); save the file as UTF-8");
        }
        String text = d.text();
        if (text.isBlank()) return new Problem(origin, "empty file (only whitespace)");
        return new Loaded(structured(Article.builder(origin, text), text, null).build());
    }

    /**
     * Adds what {@link TextStructure} reads in a plain text (headline, byline, editor, captions, body
     * spans) to an article whose text is that text verbatim.
     */
    static Article.Builder structured(Article.Builder b, String text, String knownHeadline) {
        return TextStructure.of(text, knownHeadline).applyTo(b);
    }

    /** The problem of an input over the cap; {@code bytes} is its size, or -1 when unknown (stdin). */
    static Problem tooBig(String origin, String what, long bytes, SourceOptions options) {
        return tooBig(origin, what, bytes, options.maxArticleBytes(), options);
    }

    /**
     * The problem of an input over {@code cap} bytes (the article cap, or the page cap for web pages,
     * feeds and WARC records, which carry markup).
     */
    static Problem tooBig(String origin, String what, long bytes, long cap, SourceOptions options) {
        String size = "";
        if (bytes > cap) {
            // "5.0 MB, over the 5 MB limit" reads as a contradiction: so close to the cap, say the bytes.
            boolean close = bytes < cap + SourceOptions.BYTES_PER_MB / 10;
            size = " is " + (close ? String.format(Locale.ROOT, "%,d bytes", bytes) : Bytes.megabytes(bytes)) + ",";
        }
        String advice = cap == options.maxArticleBytes()
                ? " limit for one article; split it into one article per file or per JSONL line, or raise the limit with --max-article-mb"
                : " limit for one " + what + " (" + SourceOptions.PAGE_FACTOR + " times the article limit, for markup);"
                        + " raise it with --max-article-mb";
        return new Problem(origin, what + size + " over the " + Bytes.megabytes(cap) + advice);
    }
}
