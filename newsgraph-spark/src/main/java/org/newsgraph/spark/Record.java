package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.document.Article;
import org.newsgraph.document.Caption;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Loaded;
import org.newsgraph.source.Problem;
import org.newsgraph.span.Span;

/**
 * One entry read from the input, as it crosses Spark's shuffle to the executor that analyzes it: an
 * article, or a problem with a record (which becomes a row of {@code rejects}). Plain serializable
 * fields, so the model classes stay free of any framework's needs.
 */
final class Record implements Serializable {
    private static final long serialVersionUID = 1L;

    final String origin;
    /** Null for an article. */
    final String problem;
    final boolean warning;
    private final String id;
    private final String url;
    private final String headline;
    private final String published;
    private final String[] byline;
    private final String editor;
    private final String[] captions;
    private final String text;
    private final int[] body;

    private Record(Article a) {
        origin = a.origin();
        problem = null;
        warning = false;
        id = a.id();
        url = a.url();
        headline = a.headline();
        published = a.published();
        byline = a.byline().toArray(String[]::new);
        editor = a.editor();
        captions = new String[a.captions().size() * 2];
        for (int i = 0; i < a.captions().size(); i++) {
            captions[2 * i] = a.captions().get(i).text();
            captions[2 * i + 1] = a.captions().get(i).credit();
        }
        text = a.text();
        body = new int[a.body().size() * 2];
        for (int i = 0; i < a.body().size(); i++) {
            body[2 * i] = a.body().get(i).begin();
            body[2 * i + 1] = a.body().get(i).end();
        }
    }

    private Record(Problem p) {
        origin = p.origin();
        problem = p.message();
        warning = p.isWarning();
        id = url = headline = published = editor = text = null;
        byline = captions = null;
        body = null;
    }

    static Record of(Entry e) {
        return e instanceof Loaded l ? new Record(l.article()) : new Record((Problem) e);
    }

    static Record problem(String origin, String message) {
        return new Record(new Problem(origin, message));
    }

    boolean isArticle() {
        return problem == null;
    }

    /** What the shuffle spreads records by: an article's id (its content hash), else its origin. */
    String key() {
        return isArticle() ? id : origin;
    }

    Article article() {
        List<Caption> cs = new ArrayList<>();
        for (int i = 0; i < captions.length; i += 2) cs.add(new Caption(captions[i], captions[i + 1]));
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < body.length; i += 2) spans.add(new Span(body[i], body[i + 1]));
        return new Article(id, origin, url, headline, published, List.of(byline), editor, cs, text, spans);
    }
}
