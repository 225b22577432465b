package org.newsgraph.source;

import java.util.Objects;
import org.newsgraph.document.Article;

/** An article read from the input, ready for analysis. */
public record Loaded(Article article) implements Entry {
    public Loaded {
        Objects.requireNonNull(article, "article");
    }

    @Override
    public String origin() {
        return article.origin();
    }
}
