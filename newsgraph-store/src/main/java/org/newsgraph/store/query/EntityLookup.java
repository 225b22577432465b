package org.newsgraph.store.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    private static final String FIND = """
            WITH hits AS (
                SELECT canonical_key AS key, 1 AS rank FROM entities WHERE lower(key) = lower($1)
                UNION ALL
                SELECT canonical_key, 2 FROM entities
                WHERE key = canonical_key AND strip_accents(lower(name)) = strip_accents(lower($1))
                UNION ALL
                SELECT canonical_key, 3 FROM entities WHERE strip_accents(lower(name)) = strip_accents(lower($1))
                UNION ALL
                SELECT e.canonical_key, 3 FROM entity_aliases a JOIN entities e ON e.key = a.entity_key
                WHERE strip_accents(lower(a.alias)) = strip_accents(lower($1))),
            best AS (SELECT DISTINCT key FROM hits WHERE rank = (SELECT min(rank) FROM hits))
            SELECT c.key, c.name, c.type, list(m.key ORDER BY m.key)
            FROM best JOIN entities c ON c.key = best.key JOIN entities m ON m.canonical_key = best.key
            GROUP BY c.key, c.name, c.type
            ORDER BY c.key""";

    /** Every name and alias, scored against the one asked for, under its canonical entity's name. */
    private static final String CLOSEST = """
            SELECT c.name, max(jaro_winkler_similarity(strip_accents(lower(x.alias)), strip_accents(lower($1)))) AS score
            FROM (SELECT entity_key, alias FROM entity_aliases UNION ALL SELECT key, name FROM entities) x
            JOIN entities e ON e.key = x.entity_key JOIN entities c ON c.key = e.canonical_key
            GROUP BY c.name HAVING score >= 0.85 ORDER BY score DESC, c.name LIMIT 3""";

    private EntityLookup() {}

    /** The canonical entities {@code name} means, by key order; empty when none. */
    public static List<EntityMatch> find(Connection c, String name) throws SQLException {
        List<EntityMatch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setString(1, name.strip());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(new EntityMatch(r.getString(1), r.getString(2), r.getString(3), strings(r.getArray(4))));
            }
        }
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

    static List<String> strings(Array a) throws SQLException {
        return Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }
}
