package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.newsgraph.ingest.FolderWatch;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: the REST API over a store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Serve a store over HTTP: a JSON API for programs.",
                "",
                "GET /api/health, /api/articles (paged: ?after=SEQ&limit=N), /api/search?q=, /api/quotes?speaker=&about=&since=,"
                        + " /api/entities?type=, /api/events?actor=&cameo=&since=, /api/graph; POST /api/articles (and --watch DIR) take what"
                        + " ingest reads (JSONL, a page, a feed, a text) into the store; POST /api/analyze (text/plain,"
                        + " text/html, or JSON {\"text\"} or {\"html\"}) answers an analysis without storing it. Lists are"
                        + " {\"items\": [...], \"next\": cursor}; errors {\"error\": ...}. The server holds the store while it"
                        + " runs: an ingest into it waits until the server stops. It listens on 127.0.0.1 unless --host says"
                        + " otherwise; Ctrl-C stops it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:no such store, the store is held by an ingest, or the port is taken", "2:a usage mistake"})
public final class ServeCommand extends StoreCommand {
    /** How often a watched folder is looked at: a file is taken in at the second look that finds it unchanged. */
    private static final long WATCH_EVERY_MS = 2_000;

    @Mixin
    AttributionsOption attributions;

    @Mixin
    DictionaryOptions dictionaries;

    @Option(names = "--host", paramLabel = "HOST", description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host = NewsgraphServer.Options.DEFAULT.host();

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Also ingest the files dropped in DIR (what ingest reads), each once it has settled; a line per file.")
    java.nio.file.Path watch;

    @Option(names = "--port", paramLabel = "PORT", description = "The port to listen on (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port = NewsgraphServer.Options.DEFAULT.port();

    @Override
    int run(Store store) {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("--port: from 0 to 65535, not " + port);
        Supplier<Analyzer> analyzer = dictionaries.analyzer(main, attributions.scheme, err());
        if (analyzer == null) return Main.FAILED;
        // The server owns the store while it runs (DESIGN.md): new articles come through it, and an
        // ingest meanwhile is told so.
        try (Ingester ingester = Ingester.open(store.dir());
             NewsgraphServer server = start(ingester, analyzer)) {
            if (server == null) return Main.FAILED;
            java.io.PrintWriter err = err();
            FolderWatch watching = watch == null ? null : FolderWatch.start(watch, ingester, analyzer, Ingester.Options.BESIDE_REQUESTS, line -> {
                        err.println(line);
                        err.flush();
                    }, WATCH_EVERY_MS);
            err.printf("newsgraph: serving %s at http://%s:%d/%s (Ctrl-C stops)%n", store.dir(), host, server.port(),
                    watch == null ? "" : ", ingesting what is dropped in " + watch);
            err.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            try {
                stopped.await();
            } finally {
                if (watching != null) watching.close();
            }
            return Main.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.OK;
        }
    }

    private NewsgraphServer start(Ingester ingester, Supplier<Analyzer> analyzer) {
        try {
            return NewsgraphServer.start(ingester, analyzer, NewsgraphServer.Options.DEFAULT.at(host, port));
        } catch (RuntimeException e) {
            err().println("newsgraph: serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
