package org.newsgraph.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Caption;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.event.Event;
import org.newsgraph.event.Relation;
import org.newsgraph.span.Span;

/**
 * Writes a {@link Document} as the JSON contract of DESIGN.md (version {@value #CONTRACT_VERSION}).
 * Field order is fixed, so the same document always gives the same bytes. Thread-safe.
 */
public final class DocumentJson {
    public static final String CONTRACT_VERSION = "1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DocumentJson() {}

    /** One line, for JSONL. */
    public static String toLine(Document d) {
        return write(MAPPER, toTree(d));
    }

    /** Indented, for one article at a terminal or in a file. */
    public static String toPretty(Document d) {
        return write(PRETTY, toTree(d));
    }

    public static ObjectNode toTree(Document d) {
        Article a = d.article();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("origin", a.origin());
        o.put("url", a.url());
        o.put("headline", a.headline());
        o.put("published", a.published());
        ArrayNode byline = o.putArray("byline");
        a.byline().forEach(byline::add);
        o.put("editor", a.editor());
        ArrayNode captions = o.putArray("captions");
        for (Caption c : a.captions()) {
            ObjectNode cn = captions.addObject();
            cn.put("text", c.text());
            cn.put("credit", c.credit());
        }
        o.put("text", a.text());
        o.set("body", spans(a.body()));
        ArrayNode entities = o.putArray("entities");
        for (Entity e : d.find(Layers.ENTITIES).orElse(List.of())) {
            ObjectNode en = entities.addObject();
            en.put("id", e.id());
            en.put("name", e.name());
            en.put("type", e.type().name());
            en.put("key", e.key());
            en.set("mentions", spans(e.mentions()));
            ArrayNode roles = en.putArray("roles");
            e.roles().forEach(roles::add);
            ArrayNode aff = en.putArray("affiliations");
            e.affiliations().forEach(aff::add);
        }
        ArrayNode attributions = o.putArray("attributions");
        for (Attribution at : d.find(Layers.ATTRIBUTIONS).orElse(List.of())) {
            ObjectNode an = attributions.addObject();
            an.put("id", at.id());
            an.put("kind", at.kind().jsonName());
            an.set("source", part(at.source(), true));
            an.set("cue", part(at.cue(), false));
            an.set("content", part(at.content(), false));
            an.put("via", at.via());
        }
        ArrayNode events = o.putArray("events");
        for (Event ev : d.find(Layers.EVENTS).orElse(List.of())) {
            ObjectNode en = events.addObject();
            en.put("id", ev.id());
            en.put("cameo", ev.cameo());
            en.put("root", ev.root());
            en.put("goldstein", ev.goldstein());
            en.put("quad", ev.quad());
            en.put("source", ev.source());
            en.put("target", ev.target());
            en.put("source_actor", ev.sourceActor());
            en.put("target_actor", ev.targetActor());
            en.set("trigger", part(ev.trigger(), false));
            en.put("date", ev.date());
            en.set("date_expression", part(ev.dateExpression(), false));
            en.put("attribution", ev.attribution());
        }
        ArrayNode relations = o.putArray("relations");
        for (Relation r : d.find(Layers.RELATIONS).orElse(List.of())) {
            ObjectNode rn = relations.addObject();
            rn.put("subject", r.subject());
            rn.put("predicate", r.predicate().jsonName());
            rn.put("object", r.object());
            rn.set("evidence", spans(r.evidence()));
        }
        return o;
    }

    private static ObjectNode part(Part p, boolean withEntity) {
        if (p == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", p.text());
        n.set("spans", spans(p.spans()));
        if (withEntity) n.put("entity", p.entity());
        return n;
    }

    private static ArrayNode spans(List<Span> spans) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (Span s : spans) arr.addArray().add(s.begin()).add(s.end());
        return arr;
    }

    private static String write(ObjectMapper m, ObjectNode tree) {
        try {
            return m.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
