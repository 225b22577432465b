package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsgraph.span.Span;
import org.newsgraph.store.DatePrefix;
import org.newsgraph.store.Table;

/**
 * What someone said: the attributions whose source is an entity, newest article first (in text order
 * within an article). The speaker's name is resolved first to the one entity it most plausibly means
 * ({@link EntityLookup}) and the attributions are then filtered by its member keys.
 */
public final class Quotes {
    public static final List<String> COLUMNS = List.of("published", "speaker", "cue", "content", "kind", "headline",
            "article", "attribution");

    /**
     * A question: {@code speaker} (a name, alias or key); {@code about}, when not null, keeps attributions
     * whose content mentions that entity; {@code since}, when not null, an ISO date or its prefix
     * ({@code 2019}, {@code 2019-03}, {@code 2019-03-25}; see {@link DatePrefix}) that the article's published date must reach;
     * {@code limit} rows at most, 0 for all.
     */
    public record Query(String speaker, String about, String since, int limit) {
        public Query {
            Objects.requireNonNull(speaker, "speaker");
            if (speaker.isBlank()) throw new IllegalArgumentException("speaker: give a name");
            if (since != null) DatePrefix.problem(since).ifPresent(problem -> {
                throw new IllegalArgumentException("since: " + problem);
            });
            if (limit < 0) throw new IllegalArgumentException("limit: must be 0 (all) or more, not " + limit);
        }
    }

    /**
     * An answer: what the names were taken to mean (each {@link NameResolution#note} says when that was a
     * guess among several), and the attributions. {@code about} is null when not asked.
     */
    public record Answer(NameResolution speaker, NameResolution about, Table table) {
        public Answer {
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(table, "table");
        }

        /** One line for each ambiguous name, the speaker's first; empty when every name was clear. */
        public List<String> notes() {
            List<String> out = new ArrayList<>();
            speaker.note().ifPresent(out::add);
            if (about != null) about.note().ifPresent(out::add);
            return out;
        }
    }

    private Quotes() {}

    /** Answers a question; a name that fits no entity throws {@link UnknownEntityException}. */
    public static Answer find(Connection c, Query q) throws SQLException {
        NameResolution speaker = EntityLookup.require(c, q.speaker());
        NameResolution about = q.about() == null ? null : EntityLookup.require(c, q.about());
        return new Answer(speaker, about,
                said(c, speaker.entity(), about == null ? null : about.entity(), q.since(), q.limit()));
    }

    /** The newest {@code article_seq} any attribution has (0 for none). */
    static long lastSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(article_seq), 0) FROM attributions");
             ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Whether an attribution of one of {@code keys} was stored with an article after {@code seq}. */
    static boolean saidSince(Connection c, List<String> keys, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM attributions WHERE article_seq > ? AND source_entity_key IN ("
                + placeholders(keys.size()) + ") LIMIT 1")) {
            ps.setLong(1, seq);
            for (int i = 0; i < keys.size(); i++) ps.setString(i + 2, keys.get(i));
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    /** "?, ?, ?": an IN list of parameters lets DuckDB filter the scan itself, where "= ANY(array)" joins. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /**
     * The attributions of this speaker (any key merged into it), optionally about this entity and since a date.
     *
     * <p>{@code since} compares as a string with the stored ISO date: "2019-03" ≤ "2019-03-25T10:00Z", so a
     * prefix means the start of that month; articles without a date are left out when it is given.
     */
    static Table said(Connection c, EntityMatch speaker, EntityMatch about, String since, int limit)
            throws SQLException {
        List<String> keys = speaker.members();
        List<String> params = new ArrayList<>(keys);
        // One top-N scan of attributions, which carries its article's date and seq for this: the latest
        // quotes of a speaker with 118,000 of them cost 12-16 ms, where sorting them through a join with
        // the articles cost 40-50 ms. Only the rows kept meet the articles, for their headlines.
        StringBuilder sql = new StringBuilder("WITH said AS (SELECT * FROM attributions WHERE source_entity_key IN (")
                .append(placeholders(keys.size())).append(')');
        if (since != null) {
            sql.append(" AND published >= ?");
            params.add(since);
        }
        sql.append("),\n");
        String chosen = "said";
        if (about != null) {
            List<String> aboutKeys = about.members();
            sql.append("about AS (")
                    .append(ContentMentions.of("said", "(SELECT article_id, span_begin, span_end, entity_key FROM mentions "
                            + "WHERE entity_key IN (" + placeholders(aboutKeys.size()) + "))"))
                    .append("),\n");
            params.addAll(aboutKeys);
            chosen = "(SELECT * FROM said WHERE id IN (SELECT attribution_id FROM about))";
        }
        sql.append("top AS (SELECT published, cue_text, content_text, kind, article_id, id, spans, article_seq FROM ").append(chosen)
                .append(" ORDER BY published DESC NULLS LAST, article_seq DESC, id")
                .append(limit > 0 ? " LIMIT " + limit : "").append(")\n");
        sql.append("""
                SELECT s.published, s.cue_text, s.content_text, s.kind, a.headline, s.article_id, s.id, s.spans, s.article_seq
                FROM top s JOIN articles a ON a.id = s.article_id
                """);

        // Within an article, in text order: sorted here, where DuckDB would parse every row's spans to sort.
        record Row(List<Object> cells, String published, long seq, int begin, String id) {}
        List<Row> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    List<Span> content = StoredArticle.spans(StoredArticle.read(r.getString(8)).path("content"));
                    found.add(new Row(Arrays.<Object>asList(r.getString(1), speaker.name(), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7)),
                            r.getString(1), r.getLong(9), content.isEmpty() ? Integer.MAX_VALUE : content.get(0).begin(), r.getString(7)));
                }
            }
        }
        found.sort(Comparator.comparing(Row::published, Comparator.nullsLast(Comparator.<String>reverseOrder()))
                .thenComparing(Comparator.comparingLong(Row::seq).reversed())
                .thenComparingInt(Row::begin)
                .thenComparing(Row::id));
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : found) rows.add(row.cells());
        return Table.of(COLUMNS, rows);
    }
}
