package org.newsgraph.cli.bench;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import org.newsgraph.cli.commands.Articles;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.newsgraph.entity.EntityType;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.attribution.AttributionScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Table;
import org.newsgraph.store.query.ArticlePage;
import org.newsgraph.store.query.EntityList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph bench-server}: the server under load on loopback — many connections asking for quotes,
 * searches and article pages while articles are posted — and the latencies it answered with.
 */
@Command(name = "bench-server", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Load the server on loopback and report its latencies.",
                "",
                "Serves the store in this process and opens --connections connections, each asking in turn for"
                        + " /api/quotes?speaker=, /api/search?q= and an article page (names, words and articles taken from"
                        + " the store), for a warm-up and then --seconds timed; with --ingest, one more client posts that"
                        + " JSONL file to /api/articles meanwhile, a chunk at a time. Prints, per kind of request, the count,"
                        + " the errors and the 50th, 95th and 99th percentiles and the maximum, in milliseconds."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured (see the errors column)", "1:no such store, or it is held", "2:a usage mistake"})
public final class BenchServerCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store to serve.")
    Path db;

    @Option(names = "--connections", paramLabel = "N", converter = OptionValues.AtLeastOne.class,
            description = "Concurrent connections. Default: ${DEFAULT-VALUE}.")
    int connections = 50;

    @Option(names = "--seconds", paramLabel = "S", converter = OptionValues.AtLeastOne.class,
            description = "Timed seconds, after as many again of warm-up up to 10. Default: ${DEFAULT-VALUE}.")
    int seconds = 30;

    @Option(names = "--ingest", paramLabel = "FILE", description = "A JSONL file to post to /api/articles while the load runs.")
    Path ingest;

    @Option(names = "--chunk", paramLabel = "N", converter = OptionValues.AtLeastOne.class,
            description = "Articles per post. Default: ${DEFAULT-VALUE}.")
    int chunk = 10;

    private static final String[] KINDS = {"quotes", "search", "article page"};
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (ingest != null && !Files.isReadable(ingest)) {
            err.println("newsgraph: bench-server: cannot read " + ingest);
            return Main.FAILED;
        }
        Supplier<Analyzer> analyzer = () -> main.analyzer(AttributionScheme.SPEECH);
        try (Ingester ingester = Ingester.open(db);
             NewsgraphServer server = NewsgraphServer.start(ingester, analyzer, NewsgraphServer.Options.DEFAULT.at("127.0.0.1", 0))) {
            List<List<String>> targets = targets(ingester);
            if (targets.get(2).isEmpty()) {
                err.println("newsgraph: bench-server: the store holds no articles to ask for");
                return Main.FAILED;
            }
            if (ingest != null) analyzer.get(); // the models load before the clock starts
            String base = "http://127.0.0.1:" + server.port();
            err.printf("newsgraph: bench-server: %,d articles; %d connections, a first view of each target, warm-up, then %d s%s%n",
                    ingester.articles(), connections, seconds, ingest == null ? "" : ", posting " + ingest);
            err.flush();
            long firstStart = System.nanoTime();
            double[][] first = firstViews(base, targets);
            double firstSeconds = (System.nanoTime() - firstStart) / 1e9;
            long[] firstErrors = Arrays.stream(errors).mapToLong(AtomicLong::get).toArray();
            run(base, targets, Math.min(10, seconds));
            Posting posting = ingest == null ? null : new Posting(base, Files.readAllLines(ingest), chunk);
            Thread poster = null;
            if (posting != null) {
                poster = new Thread(posting, "bench-server-poster");
                poster.setDaemon(true);
                poster.start();
            }
            double[][] timed = run(base, targets, seconds);
            if (posting != null) {
                posting.stop = true;
                poster.join(120_000);
            }
            out.println("first view of each target (a cold server: nothing kept yet, code not yet compiled):");
            table(out, first, firstErrors, firstSeconds);
            out.printf(Locale.ROOT, "then, after %d s of warm-up, %d s%s:%n", Math.min(10, seconds), seconds,
                    posting == null ? "" : " while articles are posted");
            table(out, timed, Arrays.stream(errors).mapToLong(AtomicLong::get).toArray(), seconds);
            if (posting != null) {
                out.printf(Locale.ROOT, "meanwhile %,d articles posted and stored in %,d posts (%,d failed posts)%n",
                        posting.added.get(), posting.posts.get(), posting.failed.get());
            }
            out.flush();
            return Main.OK;
        } catch (StoreException e) {
            err.println("newsgraph: bench-server: " + e.getMessage());
            return Main.FAILED;
        }
    }

    private final AtomicLong[] errors = {new AtomicLong(), new AtomicLong(), new AtomicLong()};

    private void table(java.io.PrintWriter out, double[][] latencies, long[] errs, double seconds) {
        out.printf("%-14s %9s %7s %9s %9s %9s %9s%n", "", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
        long total = 0;
        for (int k = 0; k < KINDS.length; k++) {
            Latencies l = Latencies.of(latencies[k]);
            out.printf(Locale.ROOT, "%-14s %,9d %,7d %9.1f %9.1f %9.1f %9.1f%n", KINDS[k], l.count(), errs[k],
                    l.p50(), l.p95(), l.p99(), l.max());
            total += l.count();
        }
        out.printf(Locale.ROOT, "%,.0f requests/s over %d connections%n", total / seconds, connections);
    }

    /**
     * Every target asked for once, shared out over the connections: what a reader opening a page nobody has
     * opened since the server started waits for. Kinds are interleaved, as in the timed run.
     */
    private double[][] firstViews(String base, List<List<String>> targets) throws InterruptedException {
        List<int[]> all = new ArrayList<>();
        int most = targets.stream().mapToInt(List::size).max().orElse(0);
        for (int n = 0; n < most; n++) for (int k = 0; k < KINDS.length; k++) if (n < targets.get(k).size()) all.add(new int[] {k, n});
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        return onEveryConnection(base, "bench-server-first-", (client, http, got) -> {
            for (int j = next.getAndIncrement(); j < all.size(); j = next.getAndIncrement()) {
                int k = all.get(j)[0];
                got.get(k).add(ask(http, k, targets.get(k).get(all.get(j)[1])));
            }
        });
    }

    /** What one connection does: its number, its HTTP connection, and its latencies per kind to add to. */
    private interface ClientWork {
        void run(int client, LoadClient http, List<List<Double>> latencies);
    }

    /**
     * {@code work} on each of the {@code connections} connections at once, errors counted afresh; the latencies
     * of every connection together, per kind, in milliseconds.
     */
    private double[][] onEveryConnection(String base, String threadName, ClientWork work) throws InterruptedException {
        for (AtomicLong e : errors) e.set(0);
        URI at = URI.create(base);
        List<List<List<Double>>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int client = c;
            List<List<Double>> mine = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            perClient.add(mine);
            Thread t = new Thread(() -> {
                try (LoadClient http = new LoadClient(at.getHost(), at.getPort())) {
                    work.run(client, http, mine);
                }
            }, threadName + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double[][] out = new double[KINDS.length][];
        for (int k = 0; k < KINDS.length; k++) {
            int kind = k;
            out[k] = perClient.stream().flatMap(m -> m.get(kind).stream()).mapToDouble(Double::doubleValue).toArray();
        }
        return out;
    }

    /** Asks for one target of kind {@code k}; its latency in milliseconds, a failure counted. */
    private double ask(LoadClient http, int k, String target) {
        String t = URLEncoder.encode(target, StandardCharsets.UTF_8).replace("+", "%20");
        String path = switch (k) {
            case 0 -> "/api/quotes?limit=20&speaker=" + t;
            case 1 -> "/api/search?limit=10&q=" + t;
            default -> "/articles/" + t;
        };
        long t0 = System.nanoTime();
        try {
            if (http.get(path) != 200) errors[k].incrementAndGet();
        } catch (IOException e) {
            errors[k].incrementAndGet();
            http.close();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Speakers, search words and article ids, from the store, in a fixed order. */
    private static List<List<String>> targets(Ingester ingester) {
        Table people = ingester.store().read(c -> EntityList.top(c, EntityType.PERSON, 100));
        Table articles = ingester.store().read(c -> ArticlePage.latest(c, 1_000));
        List<String> speakers = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String name = String.valueOf(people.get(i, "name"));
            speakers.add(name);
            String[] parts = name.split("\\s+");
            words.add(parts[parts.length - 1]);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) ids.add(String.valueOf(articles.get(i, "id")));
        if (speakers.isEmpty()) speakers.add("Trump");
        if (words.isEmpty()) words.add("said");
        return List.of(speakers, words, ids);
    }

    /** {@code connections} clients for {@code seconds}; the latencies of each kind of request, in milliseconds. */
    private double[][] run(String base, List<List<String>> targets, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        return onEveryConnection(base, "bench-server-client-", (client, http, got) -> {
            for (int i = client; System.nanoTime() < end; i += 7) { // another target next time round, the same for every run
                int k = i % KINDS.length;
                List<String> pick = targets.get(k);
                got.get(k).add(ask(http, k, pick.get((i / KINDS.length) % pick.size())));
            }
        });
    }

    /** The client that posts articles, a chunk at a time, until stopped or out of articles. */
    private static final class Posting implements Runnable {
        final String base;
        final List<String> lines;
        final int chunk;
        final AtomicLong added = new AtomicLong();
        final AtomicLong posts = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        volatile boolean stop;

        Posting(String base, List<String> lines, int chunk) {
            this.base = base;
            this.lines = lines;
            this.chunk = chunk;
        }

        @Override
        public void run() {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int at = 0; at < lines.size() && !stop; at += chunk) {
                String body = String.join("\n", lines.subList(at, Math.min(lines.size(), at + chunk))) + "\n";
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                            .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    posts.incrementAndGet();
                    if (r.statusCode() != 200) failed.incrementAndGet();
                    added.addAndGet(JSON.readTree(r.body()).path("added").asLong());
                } catch (IOException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
