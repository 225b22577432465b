package org.newsgraph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Caption;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.span.Span;

/**
 * The rows of documents, batched into prepared statements. Entities and aliases are upserted once per
 * batch (DuckDB may not update one row twice in a transaction through its primary-key index), so they
 * are gathered here and written by {@link #flush}.
 */
final class ArticleRows implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection c;
    private long seq;
    private final Timestamp now = Timestamp.from(Instant.now());
    private final PreparedStatement articles;
    private final PreparedStatement mentions;
    private final PreparedStatement attributions;
    private final PreparedStatement roles;
    private final PreparedStatement affiliations;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<List<String>, Integer> aliases = new LinkedHashMap<>();

    ArticleRows(Connection c, long firstSeq) throws SQLException {
        this.c = c;
        this.seq = firstSeq;
        articles = c.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        mentions = c.prepareStatement("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)");
        attributions = c.prepareStatement("INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        roles = c.prepareStatement("INSERT INTO entity_roles VALUES (?, ?, ?, ?)");
        affiliations = c.prepareStatement("INSERT INTO entity_affiliations VALUES (?, ?, ?, ?)");
    }

    void add(Document d) throws SQLException {
        Article a = d.article();
        String id = a.id();
        articles.setString(1, id);
        articles.setLong(2, seq++);
        articles.setString(3, a.origin());
        articles.setString(4, a.url());
        articles.setString(5, a.headline());
        articles.setString(6, a.published());
        articles.setArray(7, c.createArrayOf("VARCHAR", a.byline().toArray()));
        articles.setString(8, a.editor());
        articles.setString(9, a.captions().isEmpty() ? null : captionsJson(a.captions()));
        articles.setString(10, spansJson(a.body()).toString());
        articles.setString(11, a.text());
        articles.setTimestamp(12, now);
        articles.addBatch();

        List<Entity> es = d.find(Layers.ENTITIES).orElse(List.of());
        Map<String, String> keyOf = new HashMap<>();
        for (Entity e : es) keyOf.put(e.id(), e.key());
        for (Entity e : es) {
            entities.putIfAbsent(e.key(), e);
            Set<String> forms = new LinkedHashSet<>();
            for (Span s : e.mentions()) {
                String text = s.of(a.text());
                forms.add(text.replaceAll("\\s+", " "));
                mentions.setString(1, id);
                mentions.setString(2, e.key());
                mentions.setInt(3, s.begin());
                mentions.setInt(4, s.end());
                mentions.setString(5, text);
                mentions.addBatch();
            }
            forms.add(e.name());
            for (String form : forms) aliases.merge(List.of(e.key(), form), 1, Integer::sum);
            for (String role : new LinkedHashSet<>(e.roles())) {
                roles.setString(1, e.key());
                roles.setString(2, role);
                roles.setString(3, id);
                roles.setString(4, a.published());
                roles.addBatch();
            }
            for (String affiliation : new LinkedHashSet<>(e.affiliations())) {
                String key = keyOf.get(affiliation);
                if (key == null) continue;
                affiliations.setString(1, e.key());
                affiliations.setString(2, key);
                affiliations.setString(3, id);
                affiliations.setString(4, a.published());
                affiliations.addBatch();
            }
        }

        for (Attribution at : d.find(Layers.ATTRIBUTIONS).orElse(List.of())) {
            attributions.setString(1, id + ":" + at.id());
            attributions.setString(2, id);
            attributions.setString(3, at.kind().jsonName());
            attributions.setString(4, at.source() == null ? null : at.source().text());
            String sourceKey = at.source() == null || at.source().entity() == null ? null : keyOf.get(at.source().entity());
            if (sourceKey == null) attributions.setNull(5, Types.VARCHAR);
            else attributions.setString(5, sourceKey);
            attributions.setString(6, at.cue() == null ? null : at.cue().text());
            attributions.setString(7, at.content().text());
            attributions.setString(8, attributionSpans(at));
            attributions.setString(9, at.via() == null ? null : id + ":" + at.via());
            attributions.addBatch();
        }
    }

    /** The entity keys of the documents added, for the registry. */
    Set<String> entityKeys() {
        return entities.keySet();
    }

    void flush() throws SQLException {
        articles.executeBatch();
        mentions.executeBatch();
        attributions.executeBatch();
        roles.executeBatch();
        affiliations.executeBatch();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entities VALUES (?, ?, ?, NULL, ?) ON CONFLICT (key) DO NOTHING")) {
            for (Entity e : entities.values()) {
                ps.setString(1, e.key());
                ps.setString(2, e.name());
                ps.setString(3, e.type().name());
                ps.setString(4, e.key());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_aliases VALUES (?, ?, ?) "
                + "ON CONFLICT (entity_key, alias) DO UPDATE SET articles = entity_aliases.articles + excluded.articles")) {
            for (Map.Entry<List<String>, Integer> e : aliases.entrySet()) {
                ps.setString(1, e.getKey().get(0));
                ps.setString(2, e.getKey().get(1));
                ps.setLong(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String attributionSpans(Attribution at) {
        ObjectNode o = JSON.createObjectNode();
        o.set("source", at.source() == null ? null : spansJson(at.source().spans()));
        o.set("cue", at.cue() == null ? null : spansJson(at.cue().spans()));
        o.set("content", spansJson(at.content().spans()));
        return o.toString();
    }

    private static ArrayNode spansJson(List<Span> spans) {
        ArrayNode a = JSON.createArrayNode();
        for (Span s : spans) a.addArray().add(s.begin()).add(s.end());
        return a;
    }

    private static String captionsJson(List<Caption> captions) {
        ArrayNode a = JSON.createArrayNode();
        for (Caption cap : captions) a.addObject().put("text", cap.text()).put("credit", cap.credit());
        return a.toString();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : List.of(articles, mentions, attributions, roles, affiliations)) ps.close();
    }
}
