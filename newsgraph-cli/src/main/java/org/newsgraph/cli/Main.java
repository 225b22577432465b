package org.newsgraph.cli;

import org.newsgraph.cli.commands.AnalyzeCommand;
import org.newsgraph.cli.commands.EntitiesCommand;
import org.newsgraph.cli.commands.EntityCommand;
import org.newsgraph.cli.commands.EvalCommand;
import org.newsgraph.cli.commands.EventsCommand;
import org.newsgraph.cli.commands.ExportCommand;
import org.newsgraph.cli.commands.ExtractCommand;
import org.newsgraph.cli.commands.ImportCommand;
import org.newsgraph.cli.commands.IngestCommand;
import org.newsgraph.cli.commands.QuotesCommand;
import org.newsgraph.cli.commands.ReindexCommand;
import org.newsgraph.cli.commands.SearchCommand;
import org.newsgraph.cli.commands.ServeCommand;
import org.newsgraph.cli.commands.SqlCommand;
import org.newsgraph.cli.output.Terminal;
import org.newsgraph.cli.bench.BenchCommand;
import org.newsgraph.cli.bench.BenchServerCommand;
import org.newsgraph.cli.bench.CoreNlpBaselineCommand;
import org.newsgraph.ingest.Ingester;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.json.DocumentJson;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.attribution.AttributionScheme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code newsgraph} command. Exit codes: 0 done, 1 nothing could be analyzed or an internal failure,
 * 2 a usage mistake ({@link UsageMistakes}).
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Who said what in news articles: attributions (source · cue · content) and the entities "
                + "behind them, every fact pointing at the characters it came from.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, IngestCommand.class, ImportCommand.class,
                SearchCommand.class, QuotesCommand.class, EventsCommand.class, EntitiesCommand.class, EntityCommand.class, SqlCommand.class,
                ExportCommand.class, ReindexCommand.class, ServeCommand.class,
                BenchCommand.class, BenchServerCommand.class, EvalCommand.class, CoreNlpBaselineCommand.class,
                CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true)
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal failure, print the Java stack trace, not just one line.")
    public boolean debug;

    private final Supplier<Analyzer> analyzer;
    private final Supplier<Analyzer> parcAnalyzer;
    private final Terminal terminal;
    private final InputStream stdin;

    /** The command as the launcher runs it: the standard analyzer, the real terminal and stdin. */
    public Main() {
        this(Analyzer::standard, () -> Analyzer.standard(AttributionScheme.PARC), Terminal.detect(), System.in);
    }

    /**
     * A command with its surroundings given, for tests and embedding. {@code analyzer} is called at most
     * once, when the first article needs it; the analyzer it returns is shared by all worker threads, and
     * serves both attribution schemes.
     */
    public Main(Supplier<Analyzer> analyzer, Terminal terminal, InputStream stdin) {
        this(analyzer, null, terminal, stdin);
    }

    private Main(Supplier<Analyzer> analyzer, Supplier<Analyzer> parc, Terminal terminal, InputStream stdin) {
        this.analyzer = once(Objects.requireNonNull(analyzer, "analyzer"));
        this.parcAnalyzer = parc == null ? this.analyzer : once(parc);
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /**
     * On a JDK 21+ Lucene 9.12 tells every process how it maps files and that a newer Lucene would use
     * the Vector API: notices on stderr the user can do nothing about. Held here, as the JDK keeps
     * loggers weakly; Lucene's real warnings still show.
     */
    private static final java.util.logging.Logger LUCENE_VECTOR_NOTICE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
    private static final java.util.logging.Logger LUCENE_STORE_NOTICE = java.util.logging.Logger.getLogger("org.apache.lucene.store");

    public static void main(String[] args) {
        LUCENE_VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
        LUCENE_STORE_NOTICE.setLevel(java.util.logging.Level.WARNING);
        CommandLine cl = commandLine(new Main());
        int code = cl.execute(args);
        // Whatever a command left in the writers' buffers is said before the exit (a refusal once went unsaid).
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }

    /**
     * The command line with UTF-8 output (Java would otherwise write in the platform charset, turning
     * curly quotes into '?' under a POSIX locale) and a last-resort handler that turns a bug into one
     * line and exit 1.
     */
    public static CommandLine commandLine(Main main) {
        CommandLine cl = new CommandLine(main);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Straight to the file descriptor: System.out swallows write errors, and a closed pipe
        // (`newsgraph analyze … | head`) must be seen so the run can stop early.
        cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false));
        cl.setErr(utf8(System.err));
        // A command may be shortened while what is given fits one name only (ana, q). Not options: picocli 4.7's
        // abbreviation matcher fails on "-", which names stdin here; a misspelt option gets a suggestion instead.
        cl.setAbbreviatedSubcommandsAllowed(true);
        cl.setParameterExceptionHandler(new UsageMistakes());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: internal error: " + oneLine(e) + (main.debug ? "" : " (rerun with --debug for the detail)"));
            if (main.debug) e.printStackTrace(cmd.getErr());
            cmd.getErr().flush();
            return FAILED;
        });
        return cl;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("newsgraph: say what to do, for example: newsgraph analyze article.txt");
        spec.commandLine().usage(err);
        err.flush();
        return USAGE;
    }

    public Analyzer analyzer() {
        return analyzer.get();
    }

    /** The analyzer reporting attributions by {@code scheme}; the models are loaded once for both. */
    public Analyzer analyzer(AttributionScheme scheme) {
        return scheme == AttributionScheme.PARC ? parcAnalyzer.get() : analyzer.get();
    }

    public Terminal terminal() {
        return terminal;
    }

    public InputStream stdin() {
        return stdin;
    }

    public boolean debug() {
        return debug;
    }

    /** An exception as one line: its type and message, never a stack trace. */
    public static String oneLine(Throwable e) {
        return Ingester.oneLine(e);
    }

    /** The detail of an exception, for --debug. */
    public static String stackTrace(Throwable e) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        return sw.toString().stripTrailing();
    }

    /** {@code s}'s value, made the first time it is asked for and then shared. */
    public static <T> Supplier<T> once(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) value = v = Objects.requireNonNull(s.get(), "the supplier returned null");
                    }
                }
                return v;
            }
        };
    }

    /** The version from the jar's manifest, and the JSON contract it writes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "(development build)" : v)
                    + ", JSON contract " + DocumentJson.CONTRACT_VERSION};
        }
    }
}
