package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.store.Table;

/**
 * Everything the store knows of one entity, in sections: {@code entity} (key, name, type, counts, the
 * keys merged into it), {@code roles} and {@code affiliations} (with the first and last article date and
 * how many articles), {@code aliases}, {@code said} (its latest attributions), {@code quoted_by} and
 * {@code mentioned_with}.
 *
 * <p>"Quoted by" has two sides: sources that relay this entity's words (the outer attribution of a
 * {@code via} chain: Interfax reporting what the attaché said), and speakers whose content mentions
 * this entity (someone talking about them). "Mentioned with" ranks other entities by the number of
 * articles both are mentioned in.
 *
 * <p>The report is on the one entity the name most plausibly means ({@link EntityLookup}); the
 * {@code resolution} says which, and whether others fit the name about as well.
 */
public record EntityReport(NameResolution resolution, List<Section> sections) {
    public EntityReport {
        Objects.requireNonNull(resolution, "resolution");
        sections = List.copyOf(sections);
    }

    /** The entity reported on. */
    public EntityMatch entity() {
        return resolution.entity();
    }

    /** One titled part of a report. */
    public record Section(String name, Table table) {
        public Section {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(table, "table");
        }
    }

    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM mentions WHERE entity_key = ANY($1)) AS mentions,
                   (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_key = ANY($1)) AS articles,
                   (SELECT count(*) FROM attributions WHERE source_entity_key = ANY($1)) AS quotes""";

    private static final String ROLES = """
            SELECT role, count(DISTINCT article_id) AS articles, min(published) AS first, max(published) AS last
            FROM entity_roles WHERE entity_key = ANY($1)
            GROUP BY role ORDER BY articles DESC, role LIMIT $2""";

    private static final String AFFILIATIONS = """
            SELECT c.name AS affiliation, count(DISTINCT r.article_id) AS articles, min(r.published) AS first,
                   max(r.published) AS last, c.key
            FROM entity_affiliations r JOIN entities e ON e.key = r.affiliation_key JOIN entities c ON c.key = e.canonical_key
            WHERE r.entity_key = ANY($1)
            GROUP BY c.name, c.key ORDER BY articles DESC, c.key LIMIT $2""";

    /** A month per row, newest first: the articles that mention the entity, and the quotations it is the source of. */
    private static final String PER_MONTH = """
            WITH m AS (
                SELECT substr(a.published, 1, 7) AS month, count(DISTINCT a.id) AS articles
                FROM mentions x JOIN articles a ON a.id = x.article_id
                WHERE x.entity_key = ANY($1) AND length(a.published) >= 7 GROUP BY 1),
            q AS (
                SELECT substr(published, 1, 7) AS month, count(*) AS quotes FROM attributions
                WHERE source_entity_key = ANY($1) AND length(published) >= 7 GROUP BY 1)
            SELECT coalesce(m.month, q.month) AS month, coalesce(m.articles, 0) AS articles, coalesce(q.quotes, 0) AS quotes
            FROM m FULL OUTER JOIN q ON q.month = m.month ORDER BY month DESC LIMIT $2""";

    private static final String ALIASES = """
            SELECT alias, sum(articles)::BIGINT AS articles FROM entity_aliases WHERE entity_key = ANY($1)
            GROUP BY alias ORDER BY articles DESC, alias LIMIT $2""";

    private static final String QUOTED_BY = """
            WITH relays AS (
                SELECT coalesce(c.name, o.source_text) AS who, 'relays their words' AS how, c.key
                FROM attributions i JOIN attributions o ON o.id = i.via_id
                LEFT JOIN entities e ON e.key = o.source_entity_key LEFT JOIN entities c ON c.key = e.canonical_key
                WHERE i.source_entity_key = ANY($1)),
            near AS (
                SELECT * FROM attributions
                WHERE article_id IN (SELECT article_id FROM mentions WHERE entity_key = ANY($1))),
            about AS (%s),
            speakers AS (
                SELECT c.name AS who, 'speaks about them' AS how, c.key
                FROM about JOIN entities e ON e.key = about.source_entity_key JOIN entities c ON c.key = e.canonical_key
                WHERE about.entity_key = ANY($1) AND NOT (about.source_entity_key = ANY($1)))
            SELECT who, how, count(*) AS attributions, key
            FROM (SELECT * FROM relays UNION ALL SELECT * FROM speakers)
            GROUP BY who, how, key ORDER BY attributions DESC, who, how LIMIT $2"""
            .formatted(ContentMentions.of("near", "mentions"));

    private static final String MENTIONED_WITH = """
            WITH arts AS (SELECT DISTINCT article_id FROM mentions WHERE entity_key = ANY($1))
            SELECT c.name, c.type, count(DISTINCT m.article_id) AS articles, c.key
            FROM mentions m JOIN arts ON arts.article_id = m.article_id
            JOIN entities e ON e.key = m.entity_key JOIN entities c ON c.key = e.canonical_key
            WHERE NOT (m.entity_key = ANY($1))
            GROUP BY c.name, c.type, c.key ORDER BY articles DESC, c.key LIMIT $2""";

    /** The report on what {@code name} means, each list section at most {@code limit} rows. */
    public static EntityReport of(Connection c, String name, int limit) throws SQLException {
        if (limit < 1) throw new IllegalArgumentException("limit: must be 1 or more, not " + limit);
        NameResolution resolution = EntityLookup.require(c, name);
        EntityMatch e = resolution.entity();
        List<String> members = e.members();

        Table counts = section(c, COUNTS, members, 0);
        List<Object> head = new ArrayList<>(List.of(e.name(), e.type(), e.key()));
        head.addAll(counts.rows().get(0));
        head.add(String.join(", ", members));
        Table entity = Table.of(List.of("name", "type", "key", "mentions", "articles", "quotes", "keys"), List.of(head));

        List<Section> sections = List.of(
                new Section("entity", entity),
                new Section("roles", section(c, ROLES, members, limit)),
                new Section("affiliations", section(c, AFFILIATIONS, members, limit)),
                new Section("aliases", section(c, ALIASES, members, limit)),
                new Section("said", Quotes.said(c, e, null, null, limit)),
                new Section("per_month", section(c, PER_MONTH, members, limit)),
                new Section("quoted_by", section(c, QUOTED_BY, members, limit)),
                new Section("mentioned_with", section(c, MENTIONED_WITH, members, limit)));
        return new EntityReport(resolution, sections);
    }

    /** The section called {@code name}. */
    public Table section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + name)).table();
    }

    /**
     * The whole report as one table: a {@code section} column, then every column of every section in
     * order of first appearance, empty where a section has no such column. For CSV, which needs one
     * header.
     */
    public Table flatten() {
        Set<String> columns = new LinkedHashSet<>();
        columns.add("section");
        for (Section s : sections) columns.addAll(s.table().columns());
        List<String> header = List.copyOf(columns);
        List<List<Object>> rows = new ArrayList<>();
        for (Section s : sections) {
            for (List<Object> row : s.table().rows()) {
                List<Object> out = new ArrayList<>(java.util.Collections.nCopies(header.size(), null));
                out.set(0, s.name());
                for (int i = 0; i < row.size(); i++) out.set(header.indexOf(s.table().columns().get(i)), row.get(i));
                rows.add(out);
            }
        }
        return Table.of(header, rows);
    }

    private static Table section(Connection c, String sql, List<String> members, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("VARCHAR", members.toArray()));
            if (limit > 0) ps.setInt(2, limit);
            try (ResultSet r = ps.executeQuery()) {
                return Table.from(r);
            }
        }
    }
}
