package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.newsgraph.store.DatePrefix;
import org.newsgraph.store.Table;

/**
 * The events of the store, the reports of one event folded together: the same source, CAMEO code, target
 * and date from several articles (twenty papers reporting one accusation) are one row with its reports
 * counted and its articles listed. Or, {@link #daily}, the shape of a GDELT events table: per day and
 * actor pair, the number of events and their mean Goldstein score.
 */
public final class Events {
    /** Entities through their canonical entity, so "Trump" in one article and "Donald Trump" in another fold. */
    private static final String RESOLVED = """
            WITH ev AS (
                SELECT e.*, coalesce(se.canonical_key, e.source_entity_key) AS s_key,
                       coalesce(te.canonical_key, e.target_entity_key) AS t_key
                FROM events e
                LEFT JOIN entities se ON se.key = e.source_entity_key
                LEFT JOIN entities te ON te.key = e.target_entity_key),
            named AS (
                SELECT ev.*, coalesce(sn.name, ev.source_actor, '?') AS source, coalesce(tn.name, ev.target_actor, '?') AS target
                FROM ev LEFT JOIN entities sn ON sn.key = ev.s_key LEFT JOIN entities tn ON tn.key = ev.t_key),
            chosen AS (
                SELECT * FROM named
                WHERE (CAST(? AS VARCHAR) IS NULL OR cameo LIKE ? || '%')
                  AND (CAST(? AS VARCHAR) IS NULL OR date >= ?)
                  AND (CAST(? AS VARCHAR) IS NULL OR upper(source_actor) LIKE upper(?) || '%' OR upper(target_actor) LIKE upper(?) || '%'
                       OR strip_accents(source) ILIKE '%' || strip_accents(?) || '%'
                       OR strip_accents(target) ILIKE '%' || strip_accents(?) || '%'))
            """;

    private static final String FOLDED = RESOLVED + """
            SELECT date, source, source_actor, cameo, goldstein, target, target_actor, count(*) AS reports,
                   string_agg(DISTINCT trigger_text, ', ' ORDER BY trigger_text) AS triggers,
                   string_agg(DISTINCT article_id, ' ' ORDER BY article_id) AS articles
            FROM chosen GROUP BY date, source, source_actor, cameo, goldstein, target, target_actor
            ORDER BY date DESC NULLS LAST, reports DESC, source, cameo, target""";

    private static final String DAILY = RESOLVED + """
            SELECT date, source, source_actor, target, target_actor, count(*) AS events,
                   round(avg(goldstein), 2) AS mean_goldstein, count(DISTINCT article_id) AS articles
            FROM chosen GROUP BY date, source, source_actor, target, target_actor
            ORDER BY date DESC NULLS LAST, events DESC, source, target""";

    private Events() {}

    /** What to list: an actor (a CAMEO code prefix or a word of a name), a CAMEO code prefix, a first date; any may be null. */
    public record Query(String actor, String cameo, String since, int limit) {
        public Query {
            if (cameo != null && !isCode(cameo)) throw new IllegalArgumentException("cameo: two to four digits (11, 112), not " + cameo);
            if (since != null) DatePrefix.problem(since).ifPresent(problem -> {
                throw new IllegalArgumentException("since: " + problem);
            });
        }
    }

    /** A CAMEO event code or its start: a root (11), a fuller code (112, 1121), or one with a letter (174K). */
    public static boolean isCode(String s) {
        return s.matches("\\d{2,4}[A-Z]?");
    }

    public static Table folded(Connection c, Query q) throws SQLException {
        return run(c, FOLDED, q);
    }

    public static Table daily(Connection c, Query q) throws SQLException {
        return run(c, DAILY, q);
    }

    private static Table run(Connection c, String sql, Query q) throws SQLException {
        if (q.limit() < 0) throw new IllegalArgumentException("limit: must be 0 (all) or more, not " + q.limit());
        try (PreparedStatement ps = c.prepareStatement(sql + (q.limit() > 0 ? " LIMIT " + q.limit() : ""))) {
            set(ps, 1, q.cameo());
            set(ps, 2, q.cameo());
            set(ps, 3, q.since());
            set(ps, 4, q.since());
            for (int i = 5; i <= 9; i++) set(ps, i, q.actor());
            try (ResultSet r = ps.executeQuery()) {
                return Table.from(r);
            }
        }
    }

    private static void set(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) ps.setNull(i, Types.VARCHAR);
        else ps.setString(i, value);
    }
}
