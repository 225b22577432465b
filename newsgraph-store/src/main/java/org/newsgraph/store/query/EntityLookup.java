package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the canonical entities a user means by a name: an entity key ({@code person:maria-zakharova},
 * any case), a canonical entity's name, or any name or alias of an entity merged into one ("Zakharova"
 * finds Maria Zakharova through the registry). Names compare without case and accents ("guaido" finds
 * Guaidó).
 *
 * <p>The first of these three that matches wins, so "Trump", when the registry left {@code person:trump}
 * on its own (too many Trumps), means that entity, not every Trump whose aliases include the word.
 * Within the winning kind every match is returned, so a name shared by two people gives both.
 */
public final class EntityLookup {
    private static final String BY_KEY = "SELECT DISTINCT canonical_key FROM entities WHERE lower(key) = lower(?)";

    /**
     * Rank 2: a canonical entity's own name; rank 3: the name or an alias of any entity, through its
     * canonical key. Aliases without a capital letter are mention forms, not names ("she", "the attaché"):
     * "she" must not find every woman quoted.
     */
    private static final String BY_NAME = """
            WITH hits AS (
                SELECT canonical_key AS key, CASE WHEN key = canonical_key THEN 2 ELSE 3 END AS rank
                FROM entities WHERE strip_accents(lower(name)) = strip_accents(lower($1))
                UNION ALL
                SELECT e.canonical_key, 3 FROM entity_aliases a JOIN entities e ON e.key = a.entity_key
                WHERE strip_accents(lower(a.alias)) = strip_accents(lower($1)) AND a.alias <> lower(a.alias))
            SELECT DISTINCT key FROM hits WHERE rank = (SELECT min(rank) FROM hits)""";

    private static final String MEMBERS = """
            SELECT c.key, c.name, c.type, m.key FROM entities c JOIN entities m ON m.canonical_key = c.key
            WHERE c.key IN (%s) ORDER BY c.key, m.key""";

    /** Every name and alias, scored against the one asked for, under its canonical entity's name. */
    private static final String CLOSEST = """
            SELECT c.name, max(jaro_winkler_similarity(strip_accents(lower(x.alias)), strip_accents(lower($1)))) AS score
            FROM (SELECT entity_key, alias FROM entity_aliases UNION ALL SELECT key, name FROM entities) x
            JOIN entities e ON e.key = x.entity_key JOIN entities c ON c.key = e.canonical_key
            GROUP BY c.name HAVING score >= 0.85 ORDER BY score DESC, c.name LIMIT 3""";

    private EntityLookup() {}

    /**
     * The canonical entities {@code name} means, by key order; empty when none. A name with a colon is
     * tried as a key first; each step is one scan of a small table, no step is run that cannot win.
     */
    public static List<EntityMatch> find(Connection c, String name) throws SQLException {
        String n = name.strip();
        List<String> keys = n.indexOf(':') > 0 ? strings(c, BY_KEY, n) : List.of();
        if (keys.isEmpty()) keys = strings(c, BY_NAME, n);
        if (keys.isEmpty()) return List.of();
        Map<String, EntityMatch> out = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(MEMBERS.formatted(Quotes.placeholders(keys.size())))) {
            for (int i = 0; i < keys.size(); i++) ps.setString(i + 1, keys.get(i));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(1);
                    out.putIfAbsent(key, new EntityMatch(key, r.getString(2), r.getString(3), List.of()));
                    members.computeIfAbsent(key, k -> new ArrayList<>()).add(r.getString(4));
                }
            }
        }
        List<EntityMatch> matches = new ArrayList<>();
        for (EntityMatch m : out.values()) matches.add(new EntityMatch(m.key(), m.name(), m.type(), members.get(m.key())));
        return matches;
    }

    private static List<String> strings(Connection c, String sql, String arg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        out.sort(null);
        return out;
    }

    /** As {@link #find}, but no match is the user's mistake, told with the closest names. */
    public static List<EntityMatch> require(Connection c, String name) throws SQLException {
        List<EntityMatch> found = find(c, name);
        if (found.isEmpty()) throw new UnknownEntityException(name, closest(c, name));
        return found;
    }

    /** Up to three canonical names one of whose names or aliases looks like {@code name} (Jaro-Winkler ≥ 0.85), best first. */
    public static List<String> closest(Connection c, String name) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CLOSEST)) {
            ps.setString(1, name.strip());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Every member key of these matches. */
    static List<String> members(List<EntityMatch> matches) {
        return matches.stream().flatMap(m -> m.members().stream()).distinct().toList();
    }

}
