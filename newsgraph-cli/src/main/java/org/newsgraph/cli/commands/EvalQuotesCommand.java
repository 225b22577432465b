package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.eval.QuotesEvaluation;
import org.newsgraph.nlp.eval.QuotesGold;
import org.newsgraph.nlp.eval.QuotesScore;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Loaded;
import org.newsgraph.source.Problem;
import org.newsgraph.source.Source;
import org.newsgraph.source.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval quotes GOLD.jsonl}: who said what on real news pages, against a careful reader's list. */
@Command(name = "quotes", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = {"Score who said what on real news pages against a careful reader's list.",
                "",
                "The file has one page per line, each attribution with its speaker resolved (the layout of the quotes"
                        + " GUIDE.md in the shared data). Each page is extracted and analysed as analyze would. A prediction"
                        + " covers a gold attribution when its content holds half the gold content or more, and is valid when"
                        + " half its own content or more is that speaker's. Found: covered by a valid prediction. Right: found,"
                        + " and the prediction's entity is named like the gold speaker (its name or an alias, or for a person"
                        + " the same surname and first initial)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored (a page that cannot be read counts as missed, and is named)",
                "1:the file is missing or has a bad line (named), or the analysis failed", "2:a usage mistake"})
public final class EvalQuotesCommand implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Spec
    CommandSpec spec;

    @Mixin
    AttributionsOption attributions;

    @Option(names = "--pages", paramLabel = "DIR",
            description = "The directory the gold file's page paths are relative to. Default: ../extraction beside the gold file's directory.")
    Path pages;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", converter = OptionValues.AtLeastOne.class, description = "Threads. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--errors", paramLabel = "OUT", converter = OptionValues.OutputFile.class,
            description = "Write every missed attribution, wrong speaker and spurious prediction, page by page, to OUT.")
    Path errors;

    @Option(names = "--per-page", description = "Also print one row per page.")
    boolean perPage;

    @Parameters(paramLabel = "GOLD", description = "The gold JSONL file, such as the quotes dev set in the shared data.")
    Path file;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        if (EvalCommand.unreadable(file, "gold JSONL file", err)) return Main.FAILED;
        Path dir = pages != null ? pages : defaultPages(file);
        if (!Files.isDirectory(dir)) throw new CommandLine.ParameterException(cl, dir + ": no such directory (give --pages DIR)");
        List<QuotesGold> golds;
        try {
            golds = QuotesGold.readAll(file);
        } catch (IllegalArgumentException e) {
            err.println("newsgraph: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
        List<QuotesScore> scores = analyseAll(golds, dir, eval.main.analyzer(attributions.scheme), err);
        PrintWriter out = cl.getOut();
        out.print(QuotesScore.header());
        if (perPage) for (QuotesScore s : scores) out.print(s.row(shortName(s.page())));
        QuotesScore total = QuotesScore.total(scores);
        out.print(total.row("all (" + scores.size() + " pages)"));
        out.flush();
        if (errors != null) writeErrors(scores);
        return Main.OK;
    }

    private List<QuotesScore> analyseAll(List<QuotesGold> golds, Path dir, Analyzer analyzer, PrintWriter err) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<QuotesScore>> futures = new ArrayList<>();
            for (QuotesGold g : golds) futures.add(pool.submit(() -> scorePage(g, dir, analyzer)));
            List<QuotesScore> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                QuotesScore s = futures.get(i).get();
                if (s.predicted() < 0) {
                    err.println("newsgraph: " + golds.get(i).page() + ": " + s.errors().get(0) + "; its attributions count as missed");
                    s = new QuotesScore(s.page(), s.gold(), 0, 0, 0, 0, 0, 0, 0, List.of("PAGE     " + s.errors().get(0)));
                }
                out.add(s);
            }
            err.flush();
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("analysis failed: " + Main.oneLine(e.getCause()), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Scores one page; a page that cannot be read comes back with predicted = -1 and the reason as its error. */
    private static QuotesScore scorePage(QuotesGold gold, Path dir, Analyzer analyzer) {
        Path page = dir.resolve(gold.page());
        Article article = null;
        String problem = "no article in the page";
        try (Source source = Sources.open(page)) {
            while (source.hasNext() && article == null) {
                Entry e = source.next();
                if (e instanceof Loaded l) article = l.article();
                else if (e instanceof Problem p) problem = p.message();
            }
        }
        if (article == null) {
            return new QuotesScore(gold.page(), gold.attributions().size(), -1, 0, 0, 0, 0, 0, 0, List.of(problem));
        }
        Document d = analyzer.analyze(article);
        return QuotesEvaluation.score(gold, d);
    }

    private void writeErrors(List<QuotesScore> scores) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
            for (QuotesScore s : scores) {
                w.write("=== " + s.page() + String.format(java.util.Locale.ROOT,
                        "   right %d/%d gold, %d/%d predictions%n", s.rightGold(), s.gold(), s.rightPredictions(), s.predicted()));
                for (String e : s.errors()) w.write(e + System.lineSeparator());
                w.write(System.lineSeparator());
            }
        }
    }

    /** data/quotes/dev.jsonl names pages relative to data/extraction. */
    private static Path defaultPages(Path gold) {
        Path parent = gold.toAbsolutePath().getParent();
        Path up = parent == null ? null : parent.getParent();
        return up == null ? Path.of("extraction") : up.resolve("extraction");
    }

    private static String shortName(String page) {
        String p = page.replace("/source.html", "").replace(".html.gz", "");
        int slash = p.lastIndexOf('/');
        String name = slash >= 0 ? p.substring(0, p.indexOf('/')) + "/" + p.substring(slash + 1) : p;
        return name.length() <= 34 ? name : name.substring(0, 33) + "…";
    }
}
