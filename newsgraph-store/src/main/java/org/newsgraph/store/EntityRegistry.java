package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cross-article entity registry: decides, for each entity key, the key it stands for across the
 * store ({@code entities.canonical_key}), so queries group by one key per person, organization or
 * country.
 *
 * <p>Countries need nothing here: analysis already keys "US", "United States" and Washington-as-government
 * as {@code country:US}. Organizations keep their own key (a suffix rule would merge "ministry" into
 * any ministry). People are merged by name: a person key whose name is the tail of longer person names
 * ({@code person:zakharova}, the tail of {@code person:maria-zakharova}) stands for the longer name when
 * one candidate clearly dominates: it is the only one, or it has at least {@value #DOMINANCE} times the
 * mentions of the next ({@code person:trump} goes to Donald Trump if Melania Trump is rare, and stays
 * itself when both are common). Candidates that are themselves merged count together under their
 * canonical key ({@code perez} → {@code torrealba-perez} → {@code jose-rafael-torrealba-perez}).
 *
 * <p>Every decision is made afresh for the whole family of people sharing a last name, from the keys
 * and mention counts in the store, never from what was decided before: so the answer after a set of
 * articles does not depend on the order they were ingested in.
 *
 * <p>Only {@code entities.canonical_key} changes; mentions, attributions, roles and aliases keep the key
 * analysis gave them. That keeps a merge reversible (a wrong merge is undone by deciding again, nothing
 * was lost) and cheap (no rewrite of the big tables when a new full name arrives).
 */
final class EntityRegistry {
    /** How many times the mentions of the next candidate the chosen one needs. */
    static final int DOMINANCE = 3;
    private static final String PERSON = "person:";

    private EntityRegistry() {}

    /** Re-decides the canonical keys that the given (new or changed) keys may affect. */
    static void update(Connection c, Set<String> keys) throws SQLException {
        Set<String> lastNames = new TreeSet<>();
        for (String k : keys) if (k.startsWith(PERSON)) lastNames.add(lastName(k));
        if (lastNames.isEmpty()) return;
        Map<String, Long> mentions = family(c, lastNames);
        Map<String, List<String>> byLastName = new TreeMap<>();
        for (String k : mentions.keySet()) byLastName.computeIfAbsent(lastName(k), n -> new ArrayList<>()).add(k);
        Map<String, String> canonical = new HashMap<>();
        for (List<String> family : byLastName.values()) canonical.putAll(decide(family, mentions));
        write(c, canonical);
    }

    /**
     * The canonical key of each key of one family, decided longest names first so that a shorter name
     * sees where its longer candidates went.
     */
    static Map<String, String> decide(List<String> family, Map<String, Long> mentions) {
        List<String> longestFirst = new ArrayList<>(family);
        longestFirst.sort(Comparator.comparingInt((String k) -> -tokens(k).length).thenComparing(k -> k));
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String k : longestFirst) {
            String[] tail = tokens(k);
            Map<String, Long> weight = new TreeMap<>();
            for (String other : longestFirst) {
                String[] t = tokens(other);
                if (t.length <= tail.length || !endsWith(t, tail)) continue;
                weight.merge(canonical.get(other), mentions.getOrDefault(other, 0L), Long::sum);
            }
            canonical.put(k, dominant(weight).orElse(k));
        }
        return canonical;
    }

    private static Optional<String> dominant(Map<String, Long> weight) {
        if (weight.isEmpty()) return Optional.empty();
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(weight.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        if (ranked.size() == 1) return Optional.of(ranked.get(0).getKey());
        long first = ranked.get(0).getValue();
        long second = ranked.get(1).getValue();
        return first >= DOMINANCE * second && first > second ? Optional.of(ranked.get(0).getKey())
                : Optional.empty();
    }

    /** Every person key sharing one of these last names, with its mentions across the store. */
    private static Map<String, Long> family(Connection c, Set<String> lastNames) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        String sql = """
                WITH family AS (
                    SELECT key FROM entities
                    WHERE type = 'PERSON' AND regexp_extract(key, '[^:-]+$') = ANY(?))
                SELECT f.key, count(m.entity_key)
                FROM family f LEFT JOIN mentions m ON m.entity_key = f.key
                GROUP BY f.key""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("VARCHAR", lastNames.toArray()));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.put(r.getString(1), r.getLong(2));
            }
        }
        return out;
    }

    private static void write(Connection c, Map<String, String> canonical) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE entities SET canonical_key = ? WHERE key = ? AND canonical_key <> ?")) {
            for (Map.Entry<String, String> e : canonical.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String[] tokens(String key) {
        return key.substring(key.indexOf(':') + 1).split("-");
    }

    private static String lastName(String key) {
        String[] t = tokens(key);
        return t[t.length - 1];
    }

    private static boolean endsWith(String[] longer, String[] tail) {
        return Arrays.equals(longer, longer.length - tail.length, longer.length, tail, 0, tail.length);
    }
}
