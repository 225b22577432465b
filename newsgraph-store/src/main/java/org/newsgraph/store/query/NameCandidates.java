package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical entities a name may mean, each with how often the store names it so, most named first.
 * Each question is one scan of the registry's small tables ({@code entities}, {@code entity_aliases}:
 * one row per entity and form), never of mentions or attributions. Names compare without case and
 * accents ("guaido" is Guaidó). Aliases without a capital letter are mention forms, not names ("she",
 * "the attaché"): "she" must not find every woman quoted.
 */
final class NameCandidates {
    private static final String BY_KEY = """
            SELECT c.key, c.name, c.type, 0 FROM entities e JOIN entities c ON c.key = e.canonical_key
            WHERE lower(e.key) = lower($1)""";

    private static final String BY_NAME = """
            SELECT c.key, c.name, c.type, sum(a.articles)::BIGINT AS weight
            FROM entity_aliases a JOIN entities e ON e.key = a.entity_key JOIN entities c ON c.key = e.canonical_key
            WHERE strip_accents(lower(a.alias)) = strip_accents(lower($1))
              AND (a.alias <> lower(a.alias) OR strip_accents(lower(e.name)) = strip_accents(lower($1)))
            GROUP BY c.key, c.name, c.type ORDER BY weight DESC, c.key""";

    /**
     * People one of whose names holds the words asked for, whole and in order: names and words are
     * lowered, stripped of accents and cut at anything not a letter or digit ("Donald J. Trump's" holds
     * "j trump").
     */
    private static final String BY_WORD = """
            WITH q AS (SELECT ' ' || trim(regexp_replace(strip_accents(lower($1)), '[^\\pL\\pN]+', ' ', 'g')) || ' ' AS words)
            SELECT c.key, c.name, c.type, sum(a.articles)::BIGINT AS weight
            FROM q, entity_aliases a JOIN entities e ON e.key = a.entity_key JOIN entities c ON c.key = e.canonical_key
            WHERE c.type = 'PERSON' AND a.alias <> lower(a.alias) AND q.words <> '  '
              AND contains(' ' || regexp_replace(strip_accents(lower(a.alias)), '[^\\pL\\pN]+', ' ', 'g') || ' ', q.words)
            GROUP BY c.key, c.name, c.type ORDER BY weight DESC, c.key""";

    private NameCandidates() {}

    /** The canonical entity of the key {@code key} (any case), or none. */
    static List<Candidate> byKey(Connection c, String key) throws SQLException {
        return query(c, BY_KEY, key);
    }

    /** Entities that {@code name} is the name or an alias of, whole. */
    static List<Candidate> byName(Connection c, String name) throws SQLException {
        return query(c, BY_NAME, name);
    }

    /** People whose name or alias holds the words of {@code words}. */
    static List<Candidate> byWord(Connection c, String words) throws SQLException {
        return query(c, BY_WORD, words);
    }

    private static List<Candidate> query(Connection c, String sql, String arg) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(new Candidate(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
            }
        }
        return out;
    }
}
