package org.newsgraph.cli.bench;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.commands.Articles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.document.Article;
import org.newsgraph.nlp.CoreNlpQuotePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Measures Stanford CoreNLP's quote pipeline on one thread and prints one JSON line. {@code bench} runs
 * it in a child JVM, so CoreNLP's models (and the heap they need) never inflate newsgraph's own peak
 * memory, and the child's peak memory is CoreNLP's alone. Hidden: a tool of {@code bench}.
 */
@Command(name = "corenlp-baseline", hidden = true,
        description = "Time CoreNLP's quote pipeline on one thread (used by bench, in a child JVM); prints one JSON line.")
public final class CoreNlpBaselineCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "M", description = "Articles to time. Default: ${DEFAULT-VALUE}.")
    int limit = BenchCommand.DEFAULT_BASELINE_LIMIT;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = Articles.first(paths, main.stdin(), limit, err);
        if (articles.isEmpty()) {
            err.println("newsgraph: nothing to measure");
            err.flush();
            return Main.FAILED;
        }
        long t0 = System.nanoTime();
        CoreNlpQuotePipeline pipeline = CoreNlpQuotePipeline.load();
        double load = (System.nanoTime() - t0) / 1e9;
        // Warm-up on the first article, as newsgraph's own passes are timed warm.
        pipeline.annotate(articles.get(0).text());
        int found = 0;
        int attributed = 0;
        long t1 = System.nanoTime();
        for (Article a : articles) {
            CoreNlpQuotePipeline.Quotes q = pipeline.annotate(a.text());
            found += q.found();
            attributed += q.attributed();
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        PeakMemory mem = PeakMemory.now();
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("annotators", CoreNlpQuotePipeline.ANNOTATORS);
        o.put("articles", articles.size());
        o.put("words", Articles.words(articles));
        o.put("load_seconds", load);
        o.put("seconds", seconds);
        o.put("quotes", found);
        o.put("attributed", attributed);
        o.put("peak_rss_bytes", mem.residentBytes());
        o.put("heap_peak_bytes", mem.heapBytes());
        o.put("heap_max_bytes", mem.heapMaxBytes());
        out.println(o.toString());
        out.flush();
        return Main.OK;
    }
}
