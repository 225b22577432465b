package org.newsgraph.store.query;

import java.nio.file.Path;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityKeys;
import org.newsgraph.entity.EntityType;
import org.newsgraph.span.Span;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreWriter;

/**
 * A hand-run measurement of {@code quotes --speaker} latency, not a test:
 * <pre>
 *   java -cp … org.newsgraph.store.query.QuotesBench build DIR 100000   # 1,000 generated articles, copied to 100,000
 *   java -cp … org.newsgraph.store.query.QuotesBench measure DIR 2000   # p50/p99 over 2000 questions
 * </pre>
 * Articles are generated (seeded, so every run builds the same store) like analysed news: 8 attributions
 * and about 30 mentions each, speakers drawn with a skew from 4,000 people (a fifth of the time by
 * surname only, for the registry to merge), 60 countries, 150 organizations, dates over four years.
 * Questions: a full name, a surname, a key, and one in four with --about or --since; the connection is
 * held open as a server would.
 */
public final class QuotesBench {
    private static final int PEOPLE = 4000;
    private static final int BASE = 1000;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ve", "to", "su", "ne", "di", "ba", "zo", "pe", "ri", "ga", "hu", "fa"};

    private final Random random = new Random(42);
    private final String[] first = names(200, 2, "a");
    private final String[] last = names(1500, 3, "ova");
    private final String[] countries = names(60, 3, "ia");
    private final String[] orgs = names(150, 3, " Agency");
    private final int[] personFirst = new int[PEOPLE];
    private final int[] personLast = new int[PEOPLE];

    private QuotesBench() {
        for (int i = 0; i < PEOPLE; i++) {
            personFirst[i] = random.nextInt(first.length);
            personLast[i] = random.nextInt(last.length);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        if (args[0].equals("build")) new QuotesBench().build(dir, n);
        else new QuotesBench().measure(dir, n);
    }

    private String[] names(int n, int syllables, String ending) {
        Random r = new Random(n * 31L + syllables + ending.hashCode());
        if (n > Math.pow(SYLLABLES.length, syllables)) throw new IllegalArgumentException("not enough names");
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        while (out.size() < n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < syllables; i++) b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            b.append(ending);
            out.add(Character.toUpperCase(b.charAt(0)) + b.substring(1));
        }
        return out.toArray(new String[0]);
    }

    /** A person index, skewed: low indexes speak far more often (as officials do). */
    private int person() {
        return (int) Math.min(PEOPLE - 1, Math.floor(Math.pow(random.nextDouble(), 3) * PEOPLE));
    }

    private String fullName(int p) {
        return first[personFirst[p]] + " " + last[personLast[p]];
    }

    /**
     * Writes {@value #BASE} generated articles through {@link StoreWriter} (the real write path, registry
     * included), then copies them under new ids ({@code <id>~<r>}) until there are {@code n}, as PolNeAR
     * replicated would be: the StoreWriter's batches take about a minute per thousand articles here.
     */
    private void build(Path dir, int n) {
        Store store = Store.create(dir);
        StoreWriter writer = new StoreWriter(store);
        long t0 = System.nanoTime();
        List<Document> batch = new ArrayList<>();
        int base = Math.min(n, BASE);
        for (int i = 0; i < base; i++) {
            batch.add(article(i));
            if (batch.size() == 250 || i == base - 1) {
                writer.write(batch);
                batch.clear();
                System.err.printf(Locale.ROOT, "\r%,d articles, %.0f s", i + 1, (System.nanoTime() - t0) / 1e9);
            }
        }
        System.err.println();
        int copies = (n + base - 1) / base;
        store.write(c -> {
            try (Statement s = c.createStatement()) {
                String r = ", range(1, " + copies + ") AS copy(r)";
                String art = "article_id || '~' || r";
                s.execute("INSERT INTO articles SELECT id || '~' || r, seq + r * " + base + ", origin, url, headline, published, "
                        + "byline, editor, captions, body, text, ingested_at FROM articles" + r);
                s.execute("INSERT INTO mentions SELECT " + art + ", entity_key, span_begin, span_end, text FROM mentions" + r);
                s.execute("INSERT INTO attributions SELECT " + art + " || substr(id, length(article_id) + 1), " + art
                        + ", kind, source_text, source_entity_key, cue_text, content_text, spans, CASE WHEN via_id IS NULL THEN NULL ELSE "
                        + art + " || substr(via_id, length(article_id) + 1) END, published, article_seq + r * " + base + " FROM attributions" + r);
                s.execute("INSERT INTO entity_roles SELECT entity_key, role, " + art + ", published FROM entity_roles" + r);
                s.execute("INSERT INTO entity_affiliations SELECT entity_key, affiliation_key, " + art + ", published FROM entity_affiliations" + r);
                s.execute("UPDATE entity_aliases SET articles = articles * " + copies);
            }
            return null;
        });
        System.err.printf(Locale.ROOT, "replicated to %,d articles, %.0f s%n", base * copies, (System.nanoTime() - t0) / 1e9);
    }

    /** Builds one article, recording each entity's mentions as its text is appended. */
    private Document article(int n) {
        StringBuilder text = new StringBuilder();
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, String[]> info = new LinkedHashMap<>();
        List<Attribution> attributions = new ArrayList<>();
        for (int a = 0; a < 8; a++) {
            int p = person();
            boolean surnameOnly = random.nextInt(5) == 0;
            String name = surnameOnly ? last[personLast[p]] : fullName(p);
            String key = EntityKeys.of(EntityType.PERSON, name);
            int sb = text.length();
            text.append(name);
            Span source = Span.of(sb, text.length());
            mention(spans, info, key, name, "PERSON", source);
            text.append(", spokesman of the ");
            String org = orgs[random.nextInt(orgs.length)];
            int ob = text.length();
            text.append(org);
            mention(spans, info, EntityKeys.of(EntityType.ORGANIZATION, org), org, "ORGANIZATION", Span.of(ob, text.length()));
            text.append(", ");
            int cb = text.length();
            text.append("said");
            Span cue = Span.of(cb, text.length());
            text.append(' ');
            int qb = text.length();
            for (int k = 0; k < 2; k++) {
                String country = countries[random.nextInt(countries.length)];
                if (k > 0) text.append(" and ");
                text.append("talks with ");
                int b = text.length();
                text.append(country);
                mention(spans, info, "country:" + country.substring(0, 3).toUpperCase(Locale.ROOT) + country.length(),
                        country, "COUNTRY", Span.of(b, text.length()));
            }
            text.append(" would go on");
            if (random.nextInt(3) == 0) {
                int other = person();
                text.append(", as ");
                int b = text.length();
                String on = fullName(other);
                text.append(on);
                mention(spans, info, EntityKeys.of(EntityType.PERSON, on), on, "PERSON", Span.of(b, text.length()));
                text.append(" had asked");
            }
            Span content = Span.of(qb, text.length());
            text.append(". ");
            String id = info.get(key)[2];
            attributions.add(new Attribution("a" + (a + 1), Attribution.Kind.INDIRECT,
                    new Part(name, List.of(source), id), Part.of(text.toString(), cue), part(text, content), null));
        }
        String body = text.toString();
        for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
            String[] x = info.get(e.getKey());
            entities.put(e.getKey(), new Entity(x[2], x[0], EntityType.valueOf(x[1]), e.getKey(), e.getValue(),
                    x[1].equals("PERSON") ? List.of("spokesman") : List.of(), List.of()));
        }
        LocalDate date = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(4 * 365));
        Article article = Article.builder("bench#" + n, body).id("bench-" + n).published(date.toString())
                .headline("Talks, day " + n).build();
        return Document.of(article).with(Layers.ENTITIES, List.copyOf(entities.values()))
                .with(Layers.ATTRIBUTIONS, attributions);
    }

    private static Part part(StringBuilder text, Span s) {
        return new Part(s.of(text.toString()), List.of(s), null);
    }

    private static void mention(Map<String, List<Span>> spans, Map<String, String[]> info, String key, String name,
                                String type, Span s) {
        info.computeIfAbsent(key, k -> new String[] {name, type, "e" + (info.size() + 1)});
        spans.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }

    private void measure(Path dir, int n) throws Exception {
        Store store = Store.open(dir);
        try (Connection c = store.openReadOnly()) {
            String threads = System.getProperty("threads");
            if (threads != null) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET threads = " + Integer.parseInt(threads));
                }
            }
            List<Quotes.Query> questions = new ArrayList<>();
            for (int i = 0; i < n + 200; i++) {
                int p = person();
                String speaker = switch (i % 3) {
                    case 0 -> fullName(p);
                    case 1 -> last[personLast[p]].toLowerCase(Locale.ROOT);
                    default -> EntityKeys.of(EntityType.PERSON, fullName(p));
                };
                String about = i % 8 == 1 ? countries[random.nextInt(countries.length)] : null;
                String since = i % 8 == 3 ? "2018-06-01" : null;
                questions.add(new Quotes.Query(speaker, about, since, 50));
            }
            long[] ms = new long[n];
            long[] cpu = new long[n];
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long rows = 0;
            int unknown = 0;
            for (int i = 0; i < questions.size(); i++) {
                long t = System.nanoTime();
                long cpu0 = os.getProcessCpuTime();
                try {
                    rows += Quotes.find(c, questions.get(i)).size();
                } catch (UnknownEntityException e) {
                    unknown++;
                }
                if (i >= 200) {
                    ms[i - 200] = System.nanoTime() - t;
                    cpu[i - 200] = os.getProcessCpuTime() - cpu0;
                }
            }
            for (String kind : List.of("plain", "about", "since")) {
                long[] part = new long[n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    Quotes.Query q = questions.get(i + 200);
                    String of = q.about() != null ? "about" : q.since() != null ? "since" : "plain";
                    if (of.equals(kind)) part[k++] = ms[i];
                }
                part = Arrays.copyOf(part, k);
                Arrays.sort(part);
                System.out.printf(Locale.ROOT, "  %s: %d questions, p50 %.1f ms, p99 %.1f ms%n", kind, k, part[k / 2] / 1e6,
                        part[k * 99 / 100] / 1e6);
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            // CPU time of the whole process per question: what it costs when the machine is not shared (as it was
            // here, by other jobs), an upper bound of the latency on an idle machine when DuckDB runs it on one thread.
            System.out.printf(Locale.ROOT, "process CPU per question: p50 %.1f ms, p99 %.1f ms; load average %.1f%n",
                    cpu[n / 2] / 1e6, cpu[n * 99 / 100] / 1e6, os.getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "%d questions (after 200 warm-up): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
                            + " %d rows, %d unknown names%n", n, ms[n / 2] / 1e6, ms[n * 9 / 10] / 1e6, ms[n * 99 / 100] / 1e6,
                    ms[n - 1] / 1e6, rows, unknown);
        }
    }
}
