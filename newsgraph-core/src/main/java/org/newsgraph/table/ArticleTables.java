package org.newsgraph.table;

import static org.newsgraph.table.FactTable.required;
import static org.newsgraph.table.FactTable.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.document.Article;
import org.newsgraph.document.Caption;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.event.Event;
import org.newsgraph.event.Relation;
import org.newsgraph.span.Span;

/**
 * An analyzed article as rows of the tables DESIGN.md names (articles, entities, mentions, attributions,
 * events, relations), for writers that keep each article's facts apart (Spark's Parquet). The store's
 * tables are the same but for what only a store can know: the order of ingest ({@code seq}), and
 * entities merged across articles (here an entity row is one article's entity, with that article's
 * roles, affiliations and the forms it was named by, which the store counts as aliases).
 *
 * <p>Ids are those of the store: an attribution or event is {@code article-id:a7}; entities are named by
 * their keys. Spans are JSON ({@code [[begin, end], …]}; an attribution's is
 * {@code {"source": …, "cue": …, "content": …}}), as in the store.
 */
public final class ArticleTables {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final FactTable ARTICLES = new FactTable("articles", List.of(required("id"), text("origin"), text("url"),
            text("headline"), text("published"), new FactTable.Column("byline", FactTable.Type.TEXT_LIST, false),
            text("editor"), text("captions"), required("body"), required("text")));
    public static final FactTable ENTITIES = new FactTable("entities", List.of(required("article_id"), required("key"),
            required("name"), required("type"), new FactTable.Column("ordinal", FactTable.Type.INT, false),
            new FactTable.Column("roles", FactTable.Type.TEXT_LIST, false),
            new FactTable.Column("affiliation_keys", FactTable.Type.TEXT_LIST, false),
            new FactTable.Column("aliases", FactTable.Type.TEXT_LIST, false), text("published")));
    public static final FactTable MENTIONS = new FactTable("mentions", List.of(required("article_id"), required("entity_key"),
            new FactTable.Column("span_begin", FactTable.Type.INT, false),
            new FactTable.Column("span_end", FactTable.Type.INT, false), required("text")));
    public static final FactTable ATTRIBUTIONS = new FactTable("attributions", List.of(required("id"), required("article_id"),
            required("kind"), text("source_text"), text("source_entity_key"), text("cue_text"), required("content_text"),
            required("spans"), text("via_id"), text("published")));
    public static final FactTable EVENTS = new FactTable("events", List.of(required("id"), required("article_id"), text("cameo"),
            text("root"), new FactTable.Column("goldstein", FactTable.Type.DOUBLE, true),
            new FactTable.Column("quad", FactTable.Type.INT, true), text("source_entity_key"), text("target_entity_key"),
            text("source_actor"), text("target_actor"), text("trigger_text"), text("date"), text("attribution_id")));
    public static final FactTable RELATIONS = new FactTable("relations", List.of(required("article_id"), required("subject_key"),
            required("predicate"), required("object_key"), text("evidence")));

    /** In the order a reader needs them: an article before the facts that point at it. */
    public static final List<FactTable> ALL = List.of(ARTICLES, ENTITIES, MENTIONS, ATTRIBUTIONS, EVENTS, RELATIONS);

    /** Where rows go, one table's row at a time; the values are in the table's column order. */
    @FunctionalInterface
    public interface RowSink<E extends Exception> {
        void row(FactTable table, Object[] values) throws E;
    }

    private ArticleTables() {}

    /** Every row of {@code d}, table by table in the order of {@link #ALL}, facts in document order. */
    public static <E extends Exception> void rows(Document d, RowSink<E> sink) throws E {
        Article a = d.article();
        String id = a.id();
        sink.row(ARTICLES, new Object[] {id, a.origin(), a.url(), a.headline(), a.published(), List.copyOf(a.byline()),
            a.editor(), a.captions().isEmpty() ? null : captionsJson(a.captions()), spansJson(a.body()), a.text()});

        List<Entity> es = d.find(Layers.ENTITIES).orElse(List.of());
        Map<String, String> keyOf = new HashMap<>();
        for (Entity e : es) keyOf.put(e.id(), e.key());
        for (int i = 0; i < es.size(); i++) {
            Entity e = es.get(i);
            List<String> affiliations = new ArrayList<>();
            for (String affiliation : new LinkedHashSet<>(e.affiliations())) {
                String key = keyOf.get(affiliation);
                if (key != null) affiliations.add(key);
            }
            sink.row(ENTITIES, new Object[] {id, e.key(), e.name(), e.type().name(), i, List.copyOf(new LinkedHashSet<>(e.roles())),
                List.copyOf(affiliations), List.copyOf(aliases(e, a.text())), a.published()});
        }
        for (Entity e : es) {
            for (Span s : e.mentions()) sink.row(MENTIONS, new Object[] {id, e.key(), s.begin(), s.end(), s.of(a.text())});
        }
        for (Attribution at : d.find(Layers.ATTRIBUTIONS).orElse(List.of())) {
            sink.row(ATTRIBUTIONS, new Object[] {id + ":" + at.id(), id, at.kind().jsonName(),
                at.source() == null ? null : at.source().text(),
                at.source() == null || at.source().entity() == null ? null : keyOf.get(at.source().entity()),
                at.cue() == null ? null : at.cue().text(), at.content().text(), attributionSpans(at),
                at.via() == null ? null : id + ":" + at.via(), a.published()});
        }
        for (Event ev : d.find(Layers.EVENTS).orElse(List.of())) {
            sink.row(EVENTS, new Object[] {id + ":" + ev.id(), id, ev.cameo(), ev.root(), ev.goldstein(), ev.quad(),
                ev.source() == null ? null : keyOf.get(ev.source()), ev.target() == null ? null : keyOf.get(ev.target()),
                ev.sourceActor(), ev.targetActor(), ev.trigger().text(), ev.date(),
                ev.attribution() == null ? null : id + ":" + ev.attribution()});
        }
        for (Relation r : d.find(Layers.RELATIONS).orElse(List.of())) {
            String subject = keyOf.get(r.subject());
            String object = keyOf.get(r.object());
            if (subject == null || object == null) continue;
            sink.row(RELATIONS, new Object[] {id, subject, r.predicate().jsonName(), object, spansJson(r.evidence())});
        }
    }

    /** The forms an article names an entity by, whitespace folded, then its name: the store's aliases. */
    static Set<String> aliases(Entity e, String text) {
        Set<String> forms = new LinkedHashSet<>();
        for (Span s : e.mentions()) forms.add(s.of(text).replaceAll("\\s+", " "));
        forms.add(e.name());
        return forms;
    }

    static String attributionSpans(Attribution at) {
        ObjectNode o = JSON.createObjectNode();
        o.set("source", at.source() == null ? null : spansArray(at.source().spans()));
        o.set("cue", at.cue() == null ? null : spansArray(at.cue().spans()));
        o.set("content", spansArray(at.content().spans()));
        return o.toString();
    }

    static String spansJson(List<Span> spans) {
        return spansArray(spans).toString();
    }

    private static ArrayNode spansArray(List<Span> spans) {
        ArrayNode a = JSON.createArrayNode();
        for (Span s : spans) a.addArray().add(s.begin()).add(s.end());
        return a;
    }

    static String captionsJson(List<Caption> captions) {
        ArrayNode a = JSON.createArrayNode();
        for (Caption cap : captions) a.addObject().put("text", cap.text()).put("credit", cap.credit());
        return a.toString();
    }
}
