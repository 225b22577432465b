package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.newsgraph.entity.EntityType;
import org.newsgraph.store.Table;

/**
 * The canonical entities of the store with how often they occur: {@code mentions} (mention rows of all
 * the keys merged into it), {@code articles} (articles mentioning it), {@code quotes} (attributions whose
 * source it is), most mentioned first.
 */
public final class EntityList {
    private static final String SQL = """
            WITH m AS (
                SELECT e.canonical_key AS key, count(*) AS mentions, count(DISTINCT mn.article_id) AS articles
                FROM mentions mn JOIN entities e ON e.key = mn.entity_key GROUP BY 1),
            q AS (
                SELECT e.canonical_key AS key, count(*) AS quotes
                FROM attributions a JOIN entities e ON e.key = a.source_entity_key GROUP BY 1)
            SELECT c.name, c.type, coalesce(m.mentions, 0) AS mentions, coalesce(m.articles, 0) AS articles,
                   coalesce(q.quotes, 0) AS quotes, c.key
            FROM entities c LEFT JOIN m ON m.key = c.key LEFT JOIN q ON q.key = c.key
            WHERE c.key = c.canonical_key AND (CAST(? AS VARCHAR) IS NULL OR c.type = ?)
            ORDER BY mentions DESC, quotes DESC, c.key""";

    private EntityList() {}

    /** The {@code top} most mentioned (0 for all) of {@code type}, or of every type when it is null. */
    public static Table top(Connection c, EntityType type, int top) throws SQLException {
        if (top < 0) throw new IllegalArgumentException("top: must be 0 (all) or more, not " + top);
        try (PreparedStatement ps = c.prepareStatement(SQL + (top > 0 ? " LIMIT " + top : ""))) {
            String t = type == null ? null : type.name();
            for (int i = 1; i <= 2; i++) {
                if (t == null) ps.setNull(i, Types.VARCHAR);
                else ps.setString(i, t);
            }
            try (ResultSet r = ps.executeQuery()) {
                return Table.from(r);
            }
        }
    }

    /**
     * The type a user means: a key prefix ({@code person}, {@code org}, {@code country}) or a type name
     * ({@code organization}), any case.
     */
    public static EntityType type(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        for (EntityType e : EntityType.values()) {
            if (e.keyPrefix().equals(t) || e.name().equalsIgnoreCase(t)) return e;
        }
        throw new IllegalArgumentException("'" + s + "' is not an entity type; use person, org, country, city, location or misc");
    }
}
