package org.newsgraph.source;

/**
 * How input is read.
 *
 * <p>{@code maxArticleBytes} caps one article (a text file, or one JSONL line, escapes included) in
 * bytes of UTF-8 input. The default, {@value #DEFAULT_MAX_ARTICLE_MB} MB (about 300,000 words), is
 * forty times the longest news article (a long one is 10–50 KB): anything bigger is almost surely
 * many articles in one file, or not an article at all. The analysis holds a few hundred bytes per
 * character while it works, so a 5 MB article fills the launcher's 1 GB heap (measured: one 4.9 MB text
 * peaks at 1.08 GB resident); 2 MB leaves room. Over the cap, the input is a {@link Problem} that says how
 * to split it, or how to raise the cap.
 */
public record SourceOptions(long maxArticleBytes) {
    public static final int DEFAULT_MAX_ARTICLE_MB = 2;
    public static final long BYTES_PER_MB = 1_000_000L;
    public static final SourceOptions DEFAULTS = new SourceOptions(DEFAULT_MAX_ARTICLE_MB * BYTES_PER_MB);

    public SourceOptions {
        if (maxArticleBytes < 1) throw new IllegalArgumentException("maxArticleBytes must be positive, got " + maxArticleBytes);
        // Arrays hold at most Integer.MAX_VALUE bytes; a cap above that could not be honoured.
        if (maxArticleBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxArticleBytes must be below 2 GB, got " + maxArticleBytes);
        }
    }

    public static SourceOptions withMaxArticleMb(int mb) {
        if (mb < 1) throw new IllegalArgumentException("the article size limit must be at least 1 MB, got " + mb);
        return new SourceOptions(mb * BYTES_PER_MB);
    }

    /**
     * Markup carries 5 to 20 times a page's article text (measured on the Zyte benchmark pages: 175 KB of
     * HTML for 4.5 K characters of article on average), so a web page, a feed or a WARC record may be
     * this many times the article cap before it is refused.
     */
    public static final int PAGE_FACTOR = 8;

    /** The cap on one web page, feed file or WARC record, in bytes. */
    public long maxPageBytes() {
        return Math.min(Integer.MAX_VALUE - 16L, maxArticleBytes * PAGE_FACTOR);
    }

    /** The cap in megabytes, as users set it. */
    public String maxArticleMbText() {
        return Bytes.megabytes(maxArticleBytes);
    }
}
