package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.span.Span;

/**
 * Analyzed documents built by hand, so store tests need no models: "SPEAKER said CONTENT." with the
 * speaker as a person entity and one attribution. Each call with other words gives another article.
 */
final class Docs {
    private Docs() {}

    /** {@code "<speaker> said <content>."}, the speaker a person with key {@code person:<slug>}. */
    static Document said(String speaker, String content) {
        return said(null, speaker, content, null);
    }

    static Document said(String id, String speaker, String content, String published) {
        String text = speaker + " said " + content + ".";
        Article.Builder b = Article.builder("test#" + speaker, text).published(published).headline("About " + content);
        if (id != null) b.id(id);
        Article article = b.build();
        Span who = Span.of(0, speaker.length());
        int cueBegin = speaker.length() + 1;
        Span cue = Span.of(cueBegin, cueBegin + 4);
        Span what = Span.of(cueBegin + 5, text.length() - 1);
        String key = "person:" + speaker.toLowerCase().replace(' ', '-');
        List<Entity> entities = new ArrayList<>();
        entities.add(new Entity("e1", speaker, EntityType.PERSON, key, List.of(who), List.of("spokeswoman"), List.of()));
        Attribution at = new Attribution("a1", Attribution.Kind.INDIRECT, new Part(speaker, List.of(who), "e1"),
                Part.of(text, cue), Part.of(text, what), null);
        return Document.of(article)
                .with(Layers.ENTITIES, entities)
                .with(Layers.ATTRIBUTIONS, List.of(at));
    }
}
