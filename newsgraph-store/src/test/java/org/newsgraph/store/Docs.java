package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@link #article} builds richer ones: several entities (every occurrence of their forms is a mention),
 * roles, affiliations, attributions found by their words, relays ({@code via}), dates.
 */
public final class Docs {
    private Docs() {}

    /** {@code "<speaker> said <content>."}, the speaker a person with key {@code person:<slug>}. */
    public static Document said(String speaker, String content) {
        return said(null, speaker, content, null);
    }

    public static Document said(String id, String speaker, String content, String published) {
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

    /** An article with this text, to which entities and attributions are added by their words. */
    public static Builder article(String text) {
        return new Builder(text);
    }

    /**
     * Builds one analyzed document. Spans are found by {@code indexOf}: an attribution's cue after its
     * source, its content after its cue; an entity's mentions are every occurrence of its forms.
     */
    public static final class Builder {
        private final String text;
        private final Article.Builder article;
        private final Map<String, EntityDraft> entities = new LinkedHashMap<>();
        private final List<Attribution> attributions = new ArrayList<>();

        private record EntityDraft(String id, String key, String name, EntityType type, List<String> forms,
                                   List<String> roles, List<String> affiliations) {}

        private Builder(String text) {
            this.text = text;
            this.article = Article.builder("test#" + Integer.toHexString(text.hashCode()), text);
        }

        public Builder id(String id) {
            article.id(id);
            return this;
        }

        public Builder published(String published) {
            article.published(published);
            return this;
        }

        public Builder headline(String headline) {
            article.headline(headline);
            return this;
        }

        /** An entity mentioned wherever one of its forms occurs (the name when no form is given). */
        public Builder entity(String key, String name, EntityType type, String... forms) {
            List<String> f = forms.length == 0 ? List.of(name) : List.of(forms);
            entities.put(key, new EntityDraft("e" + (entities.size() + 1), key, name, type, f, new ArrayList<>(), new ArrayList<>()));
            return this;
        }

        public Builder role(String key, String role) {
            entities.get(key).roles().add(role);
            return this;
        }

        public Builder affiliation(String key, String otherKey) {
            entities.get(key).affiliations().add(entities.get(otherKey).id());
            return this;
        }

        /** An attribution {@code a<n>}; the source names the entity {@code sourceKey} (or none when null). */
        public Builder quote(String source, String sourceKey, String cue, String content) {
            return quote(source, sourceKey, cue, content, null);
        }

        /** As {@link #quote(String, String, String, String)}, relayed by the attribution {@code via} ("a1"). */
        public Builder quote(String source, String sourceKey, String cue, String content, String via) {
            Span who = find(source, 0);
            Span said = find(cue, who.end());
            Part s = Part.of(text, who);
            if (sourceKey != null) s = s.withEntity(entities.get(sourceKey).id());
            attributions.add(new Attribution("a" + (attributions.size() + 1), Attribution.Kind.INDIRECT, s,
                    Part.of(text, said), Part.of(text, find(content, said.end())), via));
            return this;
        }

        public Document build() {
            List<Entity> es = new ArrayList<>();
            for (EntityDraft e : entities.values()) {
                List<Span> mentions = new ArrayList<>();
                for (String form : e.forms()) {
                    for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                        Span m = Span.of(i, i + form.length());
                        // A shorter form inside a longer one already taken ("Zakharova" in "Maria Zakharova") is no new mention.
                        if (mentions.stream().noneMatch(t -> t.begin() < m.end() && m.begin() < t.end())) mentions.add(m);
                    }
                }
                if (mentions.isEmpty()) throw new IllegalArgumentException(e.name() + " does not occur in: " + text);
                mentions.sort(java.util.Comparator.comparingInt(Span::begin));
                es.add(new Entity(e.id(), e.name(), e.type(), e.key(), mentions, e.roles(), e.affiliations()));
            }
            return Document.of(article.build()).with(Layers.ENTITIES, es).with(Layers.ATTRIBUTIONS, List.copyOf(attributions));
        }

        private Span find(String words, int from) {
            int i = text.indexOf(words, from);
            if (i < 0) throw new IllegalArgumentException("'" + words + "' does not occur in: " + text);
            return Span.of(i, i + words.length());
        }
    }
}
