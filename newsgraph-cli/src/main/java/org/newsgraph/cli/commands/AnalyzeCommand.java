package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import org.newsgraph.cli.output.OutputFormat;
import org.newsgraph.cli.output.Progress;
import org.newsgraph.cli.output.Terminal;
import org.newsgraph.cli.output.TextLayout;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.ingest.InOrder;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Loaded;
import org.newsgraph.source.Problem;
import org.newsgraph.source.Source;
import org.newsgraph.source.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph analyze}: reads articles, analyzes them on worker threads sharing one analyzer, and
 * writes the documents to stdout in input order as they complete. Every problem with the input is one
 * line on stderr; the exit code is 1 only when nothing could be analyzed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Find who said what in articles and print it.",
                "",
                "Reads .txt files (one article each), .jsonl files (one {\"id\", \"text\"} object per line, "
                        + "optional \"title\", \"url\", \"published\"; or \"html\", extracted like a page), web pages "
                        + "(.html, .htm), WARC files (each HTML response), RSS and Atom feeds (each item), gzipped or "
                        + "not, directories (every such file in them, sorted) and - for stdin; the format is recognised "
                        + "from the content. Output is in input order, one document per article. Bad input (empty, "
                        + "binary, not UTF-8, too big, not JSON, a broken WARC record, a feed that is not XML) is "
                        + "reported on stderr as 'newsgraph: <origin>: <problem>' and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one article was analyzed", "1:nothing could be analyzed, or an internal failure",
                "2:a usage mistake"})
public final class AnalyzeCommand implements Callable<Integer> {
    /**
     * Text being analyzed at once, in characters. Analysis holds a few hundred bytes per character
     * (tokens, tags, layers): measured, two 4.3 MB articles at once do not fit a 1 GB heap, one 4.9 MB
     * article just does. News articles are 2–50 K characters, so this never slows ordinary input; it only
     * keeps big articles from being analyzed side by side, on any number of threads.
     */
    static final long MAX_CHARS_IN_FLIGHT = 2_000_000;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    AttributionsOption attributions;

    @Mixin
    DictionaryOptions dictionaries;

    @Option(names = {"-f", "--format"}, paramLabel = "json|jsonl|text", converter = FormatConverter.class,
            description = "jsonl: one JSON object per line; json: one pretty object (a JSON array when there are "
                    + "several articles); text: a who-said-what table to read. Default: text when stdout is a "
                    + "terminal or --full is given, else jsonl.")
    OutputFormat format;

    @Option(names = "--full", description = "Text format (implied): print every speaker, cue and content whole, wrapped"
            + " over as many lines as it takes, instead of cutting them to fit the width.")
    boolean full;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", converter = OptionValues.AtLeastOne.class,
            description = "Worker threads, sharing one copy of the models. Default: all cores (${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ArticleSizeOption articleSize;

    @Option(names = "--no-progress", description = "Never show the progress bar (shown on large inputs when stderr is a terminal and stdout is not).")
    boolean noProgress;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    /** What became of one input record. */
    private sealed interface Outcome permits Analyzed, Failed, Skipped {}

    private record Analyzed(Document document) implements Outcome {}

    private record Failed(String origin, Throwable error) implements Outcome {}

    private record Skipped(Problem problem) implements Outcome {}

    private PrintWriter out;
    private OutputFormat.Sink sink;
    private Progress progress;
    private int analyzed;
    private boolean outputClosed;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Terminal terminal = main.terminal();
        if (full && format != null && format != OutputFormat.TEXT) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--full shapes the text format; use it with --format text, or drop it");
        }
        // --full asks for text to read, even into a pipe (| less).
        OutputFormat fmt = format != null ? format : full || terminal.stdoutIsTerminal() ? OutputFormat.TEXT : OutputFormat.JSONL;
        java.util.function.Supplier<Analyzer> analyzers = dictionaries.analyzer(main, attributions.scheme, err);
        if (analyzers == null) return Main.FAILED;
        sink = fmt.open(out, new TextLayout(terminal.columns(), full, terminal.stylesAllowed()));
        try (Source source = Sources.open(paths, main.stdin(), articleSize.sourceOptions());
             Progress p = Progress.start(err, terminal, source.totalBytes(), source::bytesRead, !noProgress)) {
            progress = p;
            Analyzer analyzer = null;
            try (InOrder<Outcome> workers = new InOrder<>(threads, threads * 4, MAX_CHARS_IN_FLIGHT, this::emit)) {
                while (!outputClosed && source.hasNext()) {
                    Entry e = source.next();
                    if (e instanceof Problem problem) {
                        workers.submitDone(new Skipped(problem));
                        continue;
                    }
                    Article article = ((Loaded) e).article();
                    if (analyzer == null) {
                        try {
                            analyzer = analyzers.get();
                        } catch (RuntimeException | LinkageError ex) {
                            workers.finish();
                            report(null, "cannot load the analysis models: " + Main.oneLine(ex), ex);
                            return Main.FAILED;
                        }
                    }
                    Analyzer a = analyzer;
                    workers.submit(() -> analyze(a, article), article.text().length());
                }
                workers.finish();
            }
            sink.finish();
        }
        if (analyzed == 0 && !outputClosed) {
            err.println("newsgraph: nothing was analyzed");
            err.flush();
            return Main.FAILED;
        }
        return Main.OK;
    }

    private static Outcome analyze(Analyzer analyzer, Article article) {
        try {
            return new Analyzed(analyzer.analyze(article));
        } catch (RuntimeException | StackOverflowError e) {
            // One article that breaks a stage must not stop the others; the caller reports it.
            return new Failed(article.origin(), e);
        } catch (OutOfMemoryError e) {
            // The article's own working memory is garbage now, so the run can go on; say what to do.
            return new Skipped(new Problem(article.origin(), String.format(Locale.ROOT,
                    "out of memory analyzing %,d characters; give Java more (JAVA_OPTS=-Xmx2g) or split the article",
                    article.text().length())));
        }
    }

    /** Runs on the reading thread, in input order. */
    private void emit(Outcome o) {
        progress.step();
        if (o instanceof Analyzed a) {
            if (outputClosed) return;
            sink.accept(a.document());
            analyzed++;
            // A closed pipe (`| head`) makes further work pointless; PrintWriter only tells through checkError.
            if (out.checkError()) outputClosed = true;
        } else if (o instanceof Failed f) {
            report(f.origin(), "analysis failed: " + Main.oneLine(f.error()), f.error());
        } else if (o instanceof Skipped s) {
            progress.println("newsgraph: " + s.problem().origin() + ": " + s.problem().message());
        }
    }

    private void report(String origin, String message, Throwable error) {
        String prefix = origin == null ? "newsgraph: " : "newsgraph: " + origin + ": ";
        if (main.debug()) {
            progress.println(prefix + message + "\n" + Main.stackTrace(error));
        } else {
            progress.println(prefix + message + " (an internal error; rerun with --debug for the detail)");
        }
    }

    /** Accepts the format names in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use json, jsonl or text");
            }
        }
    }
}
