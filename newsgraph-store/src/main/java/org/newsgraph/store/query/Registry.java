package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The registry's answer at one moment: for each entity key, the canonical entity it stands for (key, name,
 * type). This is the part of an article's view that changes as other articles arrive.
 *
 * <p>Held whole by a long-lived reader and brought up to date after each commit from what can change: an
 * entity row, once stored, keeps its key, name and type (the writer never updates them), so only rows
 * appended since (by DuckDB's row ids, which an append continues) and the keys merged into another (a few
 * hundred of 8,000 on a 10,000-article store) are read again: 2-3 ms, where reading every entity cost 30-45 ms.
 */
final class Registry {
    record Canonical(String key, String name, String type) {}

    private record Own(String name, String type) {}

    /** Each key's own name and type; null for a registry of a few keys, which holds {@link #resolved} instead. */
    private final Map<String, Own> own;
    /** Keys whose canonical key is another, and that key. */
    private final Map<String, String> merged;
    /** How many entity rows {@link #own} holds: the row id the next appended row gets. */
    private final long rows;
    private final Map<String, Canonical> resolved;

    private Registry(Map<String, Own> own, Map<String, String> merged, long rows, Map<String, Canonical> resolved) {
        this.own = own;
        this.merged = merged;
        this.rows = rows;
        this.resolved = resolved;
    }

    /** A registry of no entity, which {@link #refreshed} fills. */
    static Registry empty() {
        return new Registry(Map.of(), Map.of(), 0, null);
    }

    /**
     * This registry brought up to date: the rows appended since, and every merge again. Should the table not
     * have grown by appends alone (a store compacted meanwhile renumbers its rows), everything is read again.
     */
    Registry refreshed(Connection c) throws SQLException {
        if (own == null) return empty().refreshed(c);
        Map<String, Own> grown = new HashMap<>(own);
        long seen = rows;
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid, key, name, type FROM entities WHERE rowid >= ?")) {
            ps.setLong(1, rows);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    grown.put(r.getString(2), new Own(r.getString(3), r.getString(4)));
                    seen = Math.max(seen, r.getLong(1) + 1);
                }
            }
        }
        long count;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM entities"); ResultSet r = ps.executeQuery()) {
            r.next();
            count = r.getLong(1);
        }
        if (count != seen || grown.size() != count) {
            if (rows == 0) throw new SQLException("the entities table's row ids do not run from 0 to " + count);
            return empty().refreshed(c);
        }
        Map<String, String> merges = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, canonical_key FROM entities WHERE key <> canonical_key");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) merges.put(r.getString(1), r.getString(2));
        }
        return new Registry(grown, merges, seen, null);
    }

    /** The canonical entities of {@code keys} only, for a reader that keeps nothing. */
    static Registry of(Connection c, Collection<String> keys) throws SQLException {
        Map<String, Canonical> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT e.key, c.key, c.name, c.type FROM entities e "
                    + "JOIN entities c ON c.key = e.canonical_key WHERE e.key IN (" + Quotes.placeholders(keys.size()) + ")")) {
                int i = 1;
                for (String k : keys) ps.setString(i++, k);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) byKey.put(r.getString(1), new Canonical(r.getString(2), r.getString(3), r.getString(4)));
                }
            }
        }
        return new Registry(null, Map.of(), 0, byKey);
    }

    /** The canonical entity of {@code key}, or null when the registry has no such key (or its canonical key is missing). */
    Canonical canonical(String key) {
        if (key == null) return null;
        if (resolved != null) return resolved.get(key);
        if (!own.containsKey(key)) return null;
        String canonical = merged.getOrDefault(key, key);
        Own c = own.get(canonical);
        return c == null ? null : new Canonical(canonical, c.name(), c.type());
    }
}
