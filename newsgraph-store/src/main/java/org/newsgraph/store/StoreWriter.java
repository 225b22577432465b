package org.newsgraph.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.document.Document;

/**
 * Writes analyzed documents into a store, a batch per transaction. An article already in the store
 * (same id: its content hash, or the id it was given) is left as it is, so writing the same input twice
 * adds nothing. A batch is committed whole or not at all, so a crash never leaves half an article.
 */
public final class StoreWriter {
    private final Store store;

    public StoreWriter(Store store) {
        this.store = store;
    }

    /** What one {@link #write} did. */
    public record Written(List<String> added, List<String> present) {
        public Written {
            added = List.copyOf(added);
            present = List.copyOf(present);
        }
    }

    /** The ids of every article in the store, to skip known input before analyzing it. */
    public Set<String> articleIds() {
        return store.read(c -> {
            Set<String> ids = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM articles")) {
                while (r.next()) ids.add(r.getString(1));
            }
            return ids;
        });
    }

    /**
     * The stored texts of those of {@code ids} the store holds, by id: to tell an article that comes again
     * from another text under an id already stored.
     */
    public Map<String, String> texts(Collection<String> ids) {
        if (ids.isEmpty()) return Map.of();
        return store.read(c -> {
            Map<String, String> texts = new HashMap<>();
            try (var ps = c.prepareStatement("SELECT id, text FROM articles WHERE id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) texts.put(r.getString(1), r.getString(2));
                }
            }
            return texts;
        });
    }

    /** Writes the documents not yet in the store, in one transaction. */
    public Written write(List<Document> documents) {
        if (documents.isEmpty()) return new Written(List.of(), List.of());
        return store.write(c -> writeIn(c, documents));
    }

    private static Written writeIn(Connection c, List<Document> documents) throws SQLException {
        Map<String, Document> byId = new LinkedHashMap<>();
        List<String> present = new ArrayList<>();
        for (Document d : documents) {
            if (byId.putIfAbsent(d.article().id(), d) != null) present.add(d.article().id());
        }
        Set<String> existing = existing(c, byId.keySet());
        List<Document> fresh = new ArrayList<>();
        for (Map.Entry<String, Document> e : byId.entrySet()) {
            if (existing.contains(e.getKey())) present.add(e.getKey());
            else fresh.add(e.getValue());
        }
        if (!fresh.isEmpty()) {
            try (ArticleRows rows = new ArticleRows(c, nextSeq(c))) {
                for (Document d : fresh) rows.add(d);
                rows.flush();
                EntityRegistry.update(c, rows.entityKeys());
            }
        }
        return new Written(fresh.stream().map(d -> d.article().id()).toList(), present);
    }

    private static Set<String> existing(Connection c, Set<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        try (var ps = c.prepareStatement("SELECT id FROM articles WHERE id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) found.add(r.getString(1));
            }
        }
        return found;
    }

    private static long nextSeq(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) + 1 FROM articles")) {
            r.next();
            return r.getLong(1);
        }
    }
}
