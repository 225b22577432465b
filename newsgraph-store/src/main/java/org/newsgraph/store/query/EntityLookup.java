package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the canonical entity a user most plausibly means by a name, as a name search should: an entity
 * key ({@code person:maria-zakharova}, any case) is that entity; otherwise a whole name or alias
 * ("Zakharova", "maria zakharova", "guaido"), the candidates weighed by how often the store names each so;
 * otherwise, or when the best whole match is not a person and a person is named with those words far more
 * often, a word or run of words of a person's name ("Doe" for Jane Doe, whom no article calls "Doe").
 *
 * <p>Weighing is what keeps a stray {@code location:trump} (two PolNeAR dev articles) from beating Donald
 * Trump, whom 56 dev articles call "Trump". The most named candidate is chosen; those named at least a third as
 * often are its {@link NameResolution#alternatives}, so an ambiguous name is said to be one.
 */
public final class EntityLookup {
    /** The chosen candidate is a clear answer when named at least this many times as often as the next. */
    static final int CLEAR = 3;

    private static final String MEMBERS = """
            SELECT c.key, c.name, c.type, m.key FROM entities c JOIN entities m ON m.canonical_key = c.key
            WHERE c.key = $1 ORDER BY m.key""";

    /** Every name and alias, scored against the one asked for, under its canonical entity's name. */
    private static final String CLOSEST = """
            SELECT c.name, max(jaro_winkler_similarity(strip_accents(lower(x.alias)), strip_accents(lower($1)))) AS score
            FROM (SELECT entity_key, alias FROM entity_aliases UNION ALL SELECT key, name FROM entities) x
            JOIN entities e ON e.key = x.entity_key JOIN entities c ON c.key = e.canonical_key
            GROUP BY c.name HAVING score >= 0.85 ORDER BY score DESC, c.name LIMIT 3""";

    private EntityLookup() {}

    /**
     * What {@code name} means, or empty when nothing in the store fits it. A name with a colon is tried
     * as a key first. Two or three scans of the registry's small tables, never of mentions.
     */
    public static Optional<NameResolution> resolve(Connection c, String name) throws SQLException {
        String n = name.strip();
        if (n.indexOf(':') > 0) {
            List<Candidate> key = NameCandidates.byKey(c, n);
            if (!key.isEmpty()) return Optional.of(new NameResolution(n, members(c, key.get(0)), NameResolution.Basis.KEY, 0, List.of()));
        }
        List<Candidate> named = NameCandidates.byName(c, n);
        if (!named.isEmpty() && named.get(0).isPerson()) return Optional.of(choose(c, n, NameResolution.Basis.NAME, named));
        // No whole match, or its best is a place, an organization…: the people with the name as a word
        // compete, and must be named far more often to beat a whole match.
        List<Candidate> words = NameCandidates.byWord(c, n);
        boolean wordsWin = !words.isEmpty() && (named.isEmpty() || words.get(0).weight() >= CLEAR * named.get(0).weight());
        if (wordsWin) return Optional.of(choose(c, n, NameResolution.Basis.WORD, merged(words, named)));
        if (named.isEmpty()) return Optional.empty();
        return Optional.of(choose(c, n, NameResolution.Basis.NAME, merged(named, words)));
    }

    /** As {@link #resolve}, but nothing fitting is the user's mistake, told with the closest names. */
    public static NameResolution require(Connection c, String name) throws SQLException {
        Optional<NameResolution> found = resolve(c, name);
        if (found.isEmpty()) throw new UnknownEntityException(name, closest(c, name));
        return found.get();
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

    /** The first of {@code ranked} (most named first), with those named at least a 1/{@value #CLEAR} as often beside it. */
    private static NameResolution choose(Connection c, String asked, NameResolution.Basis basis, List<Candidate> ranked)
            throws SQLException {
        Candidate top = ranked.get(0);
        List<Candidate> alternatives = ranked.stream().skip(1).filter(x -> CLEAR * x.weight() > top.weight()).toList();
        return new NameResolution(asked, members(c, top), basis, top.weight(), alternatives);
    }

    /**
     * The first of {@code first} (the winner), then the rest of both lists, each key once (as {@code first}
     * weighs it), most named first: so a note names the likeliest alternatives of either kind.
     */
    private static List<Candidate> merged(List<Candidate> first, List<Candidate> second) {
        Set<String> seen = new HashSet<>();
        for (Candidate x : first) seen.add(x.key());
        List<Candidate> others = new ArrayList<>(first.subList(1, first.size()));
        for (Candidate x : second) if (seen.add(x.key())) others.add(x);
        others.sort(Comparator.comparingLong(Candidate::weight).reversed().thenComparing(Candidate::key));
        List<Candidate> ranked = new ArrayList<>();
        ranked.add(first.get(0));
        ranked.addAll(others);
        return ranked;
    }

    /** The canonical entity of a candidate with every key the registry merged into it. */
    private static EntityMatch members(Connection c, Candidate x) throws SQLException {
        List<String> members = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(MEMBERS)) {
            ps.setString(1, x.key());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) members.add(r.getString(4));
            }
        }
        return new EntityMatch(x.key(), x.name(), x.type(), members);
    }
}
