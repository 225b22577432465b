package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.store.Table;

/**
 * The store as a graph of canonical entities, for export (GraphML for Gephi) and later the server.
 *
 * <p>Edges, each {@code (source, target, kind, weight)} between canonical keys, never a loop:
 * <ul>
 *   <li>{@code speaks_about}: the source of an attribution → an entity mentioned inside its content;
 *       weight = attributions.</li>
 *   <li>{@code quotes}: A relays B's words (B's attribution is {@code via} A's); weight = attributions.</li>
 *   <li>one kind per predicate of {@code relations} ({@code supports}, {@code opposes} …), subject →
 *       object; weight = relation rows.</li>
 *   <li>{@code cameo_<root>} ({@code cameo_11}: disapprove, {@code cameo_05}: diplomatic cooperation …): the
 *       source of an event → its target, both entities; weight = event rows.</li>
 * </ul>
 */
public final class Graph {
    private static final String EDGES = """
            WITH spoken AS (%s),
            speaks AS (
                SELECT se.canonical_key AS source, me.canonical_key AS target, 'speaks_about' AS kind,
                       count(DISTINCT spoken.attribution_id) AS weight
                FROM spoken JOIN entities se ON se.key = spoken.source_entity_key JOIN entities me ON me.key = spoken.entity_key
                GROUP BY 1, 2),
            relays AS (
                SELECT oe.canonical_key AS source, ie.canonical_key AS target, 'quotes' AS kind, count(*) AS weight
                FROM attributions i JOIN attributions o ON o.id = i.via_id
                JOIN entities ie ON ie.key = i.source_entity_key JOIN entities oe ON oe.key = o.source_entity_key
                GROUP BY 1, 2),
            related AS (
                SELECT se.canonical_key AS source, oe.canonical_key AS target, r.predicate AS kind, count(*) AS weight
                FROM relations r JOIN entities se ON se.key = r.subject_key JOIN entities oe ON oe.key = r.object_key
                GROUP BY 1, 2, 3),
            acted AS (
                SELECT se.canonical_key AS source, te.canonical_key AS target, 'cameo_' || ev.root AS kind, count(*) AS weight
                FROM events ev JOIN entities se ON se.key = ev.source_entity_key JOIN entities te ON te.key = ev.target_entity_key
                GROUP BY 1, 2, 3)
            SELECT source, target, kind, weight FROM (
                SELECT * FROM speaks UNION ALL SELECT * FROM relays UNION ALL SELECT * FROM related UNION ALL SELECT * FROM acted)
            WHERE source <> target
            ORDER BY kind, source, target"""
            .formatted(ContentMentions.of("(SELECT * FROM attributions WHERE source_entity_key IS NOT NULL)", "mentions"));

    private Graph() {}

    /** Every canonical entity: name, type, mentions, articles, quotes, key (as {@link EntityList}). */
    public static Table nodes(Connection c) throws SQLException {
        return EntityList.top(c, null, 0);
    }

    /** Every edge: source, target (canonical keys), kind, weight. */
    public static Table edges(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(EDGES)) {
            return Table.from(r);
        }
    }

    /** Entities within a number of ties of one, and the ties between them. */
    public record Neighbourhood(Table nodes, Table edges) {}

    /**
     * The entities within {@code depth} ties of {@code centre} (a tie in either direction counts), and every
     * tie between two of them, from the whole graph's {@code nodes} and {@code edges}.
     */
    public static Neighbourhood around(Table nodes, Table edges, String centre, int depth) {
        if (depth < 1) throw new IllegalArgumentException("depth: at least 1, not " + depth);
        Set<String> reached = new HashSet<>(List.of(centre));
        Set<String> frontier = Set.of(centre);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            Set<String> next = new HashSet<>();
            for (int i = 0; i < edges.size(); i++) {
                String a = String.valueOf(edges.get(i, "source"));
                String b = String.valueOf(edges.get(i, "target"));
                if (frontier.contains(a) && reached.add(b)) next.add(b);
                if (frontier.contains(b) && reached.add(a)) next.add(a);
            }
            frontier = next;
        }
        List<List<Object>> keptNodes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) if (reached.contains(String.valueOf(nodes.get(i, "key")))) keptNodes.add(nodes.rows().get(i));
        List<List<Object>> keptEdges = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            if (reached.contains(String.valueOf(edges.get(i, "source"))) && reached.contains(String.valueOf(edges.get(i, "target")))) {
                keptEdges.add(edges.rows().get(i));
            }
        }
        return new Neighbourhood(Table.of(nodes.columns(), keptNodes), Table.of(edges.columns(), keptEdges));
    }
}
