package org.newsgraph.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.span.Span;
import org.newsgraph.store.query.ArticleView;

/** A pasted article's analysis seen as a stored article is, so the article page's markup serves it too. */
final class Pasted {
    private Pasted() {}

    static ArticleView view(Document d) {
        Map<String, Entity> byId = new HashMap<>();
        List<ArticleView.EntityMention> mentions = new ArrayList<>();
        for (Entity e : d.find(Layers.ENTITIES).orElse(List.of())) {
            byId.put(e.id(), e);
            for (Span s : e.mentions()) mentions.add(new ArticleView.EntityMention(e.key(), e.name(), e.type().name(), s));
        }
        mentions.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        List<ArticleView.Quote> quotes = new ArrayList<>();
        for (Attribution a : d.find(Layers.ATTRIBUTIONS).orElse(List.of())) {
            Entity speaker = a.source() == null || a.source().entity() == null ? null : byId.get(a.source().entity());
            String name = speaker != null ? speaker.name() : a.source() == null ? null : a.source().text();
            String role = speaker == null || speaker.roles().isEmpty() ? null : speaker.roles().get(0);
            quotes.add(new ArticleView.Quote(a.id(), a.kind().jsonName(), speaker == null ? null : speaker.key(), name, role,
                    a.source() == null ? List.of() : a.source().spans(), a.cue() == null ? List.of() : a.cue().spans(),
                    a.content().spans()));
        }
        var article = d.article();
        return new ArticleView(article.id(), article.headline(), article.published(), article.byline(), article.url(), article.text(),
                quotes, mentions);
    }
}
