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
 * one candidate clearly dominates: it is the only one, or it is named at least {@value #DOMINANCE} times as
 * often as the next (and, for a name of two words or more, at least as often as the name itself) ({@code person:trump} goes to Donald Trump if Melania Trump is rare, and stays
 * itself when both are common). Candidates that are themselves merged count together under their
 * canonical key ({@code perez} → {@code torrealba-perez} → {@code jose-rafael-torrealba-perez}). A name
 * with middle initials is the same name without them ({@code donald-j-trump} → {@code donald-trump}) when
 * that name is named at least as often and no other initials lead to it.
 *
 * <p>Analysis sometimes types a person as a place, an organization or "misc" ({@code location:trump} in
 * two PolNeAR articles, beside hundreds naming Donald Trump). Such a key stands for the person when the
 * people of that name are named at least {@value #MISTYPED} times as often as it is; otherwise it keeps its
 * key (the rule is about overwhelming evidence, not about which type is right).
 *
 * <p>"How often" is the sum, over the entity's aliases, of the articles each alias is used in
 * ({@code entity_aliases.articles}): it grows with every article naming the entity, and it is read from
 * a table of one row per entity and form, where counting {@code mentions} would scan the biggest table
 * at every batch (95 ms against 11 ms on a 100,000-article store).
 *
 * <p>Every decision is made afresh for the whole family of keys sharing a last name, from the keys
 * and mention counts in the store, never from what was decided before: so the answer after a set of
 * articles does not depend on the order they were ingested in.
 *
 * <p>Only {@code entities.canonical_key} changes; mentions, attributions, roles and aliases keep the key
 * analysis gave them. That keeps a merge reversible (a wrong merge is undone by deciding again, nothing
 * was lost) and cheap (no rewrite of the big tables when a new full name arrives).
 */
final class EntityRegistry {
    /** How many times as often as the next candidate the chosen one must be named. */
    static final int DOMINANCE = 3;
    /** How many times as often as a key of another type its name must name people for the key to join them. */
    static final int MISTYPED = 10;
    private static final String PERSON = "person:";
    /** The types analysis mistakes a person for; countries and cities come from gazetteers and stay. */
    private static final List<String> MISTAKABLE = List.of("person:", "location:", "org:", "misc:");

    private EntityRegistry() {}

    /** Re-decides the canonical keys that the given (new or changed) keys may affect. */
    static void update(Connection c, Set<String> keys) throws SQLException {
        Set<String> lastNames = new TreeSet<>();
        for (String k : keys) if (MISTAKABLE.stream().anyMatch(k::startsWith)) lastNames.add(lastName(k));
        if (lastNames.isEmpty()) return;
        Map<String, String> current = new HashMap<>();
        Map<String, Long> named = family(c, lastNames, current);
        Map<String, List<String>> byLastName = new TreeMap<>();
        for (String k : named.keySet()) byLastName.computeIfAbsent(lastName(k), n -> new ArrayList<>()).add(k);
        Map<String, String> changed = new TreeMap<>();
        for (List<String> family : byLastName.values()) {
            for (Map.Entry<String, String> e : decide(family, named).entrySet()) {
                if (!e.getValue().equals(current.get(e.getKey()))) changed.put(e.getKey(), e.getValue());
            }
        }
        // Only what changed: one UPDATE per key, and most batches change few or none.
        write(c, changed);
    }

    /**
     * The canonical key of each key of one family: people first (a name with middle initials as the name
     * without them, then longest names first, so that a shorter name sees where its longer candidates
     * went), then the keys of other types that only analysis's mistyping keeps apart from a person.
     */
    static Map<String, String> decide(List<String> family, Map<String, Long> named) {
        List<String> people = family.stream().filter(k -> k.startsWith(PERSON)).toList();
        Map<String, String> initials = withoutInitials(people, named);
        Map<String, Long> weight = new HashMap<>(named);
        for (Map.Entry<String, String> e : initials.entrySet()) {
            weight.merge(e.getValue(), named.getOrDefault(e.getKey(), 0L), Long::sum);
        }
        List<String> bases = people.stream().filter(k -> !initials.containsKey(k)).toList();
        Map<String, String> canonical = decidePeople(bases, weight);
        for (Map.Entry<String, String> e : initials.entrySet()) canonical.put(e.getKey(), canonical.get(e.getValue()));
        for (String k : family) {
            if (!k.startsWith(PERSON)) canonical.put(k, mistyped(k, bases, canonical, weight).orElse(k));
        }
        return canonical;
    }

    private static Map<String, String> decidePeople(List<String> people, Map<String, Long> named) {
        List<String> longestFirst = new ArrayList<>(people);
        longestFirst.sort(Comparator.comparingInt((String k) -> -tokens(k).length).thenComparing(k -> k));
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String k : longestFirst) {
            Optional<String> to = dominant(longerNames(tokens(k), longestFirst, canonical, named));
            // A full name gives way only to a longer name named at least as often: one article's
            // "Cheeto Donald Trump" must not swallow Donald Trump. A bare surname always may go.
            if (to.isPresent() && tokens(k).length > 1
                    && longerNames(tokens(k), longestFirst, canonical, named).get(to.get()) < named.getOrDefault(k, 0L)) {
                to = Optional.empty();
            }
            canonical.put(k, to.orElse(k));
        }
        return canonical;
    }

    /** How often the people whose names end in {@code tail} (and are longer) are named, by their canonical key. */
    private static Map<String, Long> longerNames(String[] tail, List<String> people, Map<String, String> canonical,
                                                 Map<String, Long> named) {
        Map<String, Long> weight = new TreeMap<>();
        for (String other : people) {
            String[] t = tokens(other);
            if (t.length <= tail.length || !endsWith(t, tail)) continue;
            weight.merge(canonical.get(other), named.getOrDefault(other, 0L), Long::sum);
        }
        return weight;
    }

    /**
     * Each person key with middle initials ({@code person:donald-j-trump}) whose name without them is in
     * the family and named at least as often ({@code person:donald-trump}), mapped to that name. Left alone
     * when two such names share the name without initials: George W. and George H. W. Bush are two people.
     */
    static Map<String, String> withoutInitials(List<String> people, Map<String, Long> named) {
        Set<String> present = Set.copyOf(people);
        Map<String, List<String>> byBase = new TreeMap<>();
        for (String k : people) {
            String[] t = tokens(k);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < t.length; i++) if (i == 0 || i == t.length - 1 || t[i].length() > 1) kept.add(t[i]);
            String base = PERSON + String.join("-", kept);
            if (kept.size() < t.length && present.contains(base)) byBase.computeIfAbsent(base, b -> new ArrayList<>()).add(k);
        }
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : byBase.entrySet()) {
            if (e.getValue().size() != 1) continue;
            String variant = e.getValue().get(0);
            if (named.getOrDefault(e.getKey(), 0L) >= named.getOrDefault(variant, 0L)) out.put(variant, e.getKey());
        }
        return out;
    }

    /**
     * The person a key of another type means when the same name is overwhelmingly a person across the
     * store: analysis typed "Trump" a LOCATION in two articles of hundreds naming Donald Trump. The people
     * whose name is, or ends in, the key's name must be named at least {@value #MISTYPED} times as often as
     * the key; it then goes where the person key of that very name went, or else to the dominant longer name.
     */
    private static Optional<String> mistyped(String key, List<String> people, Map<String, String> canonical,
                                             Map<String, Long> named) {
        String[] t = tokens(key);
        String same = PERSON + String.join("-", t);
        long asPerson = 0;
        for (String p : people) if (endsWith(tokens(p), t)) asPerson += named.getOrDefault(p, 0L);
        if (asPerson == 0 || asPerson < MISTYPED * named.getOrDefault(key, 0L)) return Optional.empty();
        if (canonical.containsKey(same)) return Optional.of(canonical.get(same));
        return dominant(longerNames(t, people, canonical, named));
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

    /**
     * Every person key sharing one of these last names, and every location, organization and misc key
     * whose name ends in one, with how often it is named across the store; fills
     * {@code current} with each one's canonical key as stored.
     */
    private static Map<String, Long> family(Connection c, Set<String> lastNames, Map<String, String> current)
            throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        String sql = """
                WITH family AS (
                    SELECT key, canonical_key FROM entities
                    WHERE type IN ('PERSON', 'LOCATION', 'ORGANIZATION', 'MISC')
                      AND regexp_extract(key, '[^:-]+$') = ANY(?))
                SELECT f.key, f.canonical_key, coalesce(sum(a.articles), 0)::BIGINT
                FROM family f LEFT JOIN entity_aliases a ON a.entity_key = f.key
                GROUP BY f.key, f.canonical_key""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("VARCHAR", lastNames.toArray()));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getLong(3));
                    current.put(r.getString(1), r.getString(2));
                }
            }
        }
        return out;
    }

    private static void write(Connection c, Map<String, String> canonical) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE entities SET canonical_key = ? WHERE key = ?")) {
            for (Map.Entry<String, String> e : canonical.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setString(2, e.getKey());
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
        return longer.length >= tail.length && Arrays.equals(longer, longer.length - tail.length, longer.length, tail, 0, tail.length);
    }
}
