package org.newsgraph.cli;

import org.newsgraph.cli.output.Terminal;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import org.newsgraph.nlp.Analyzer;
import picocli.CommandLine;

/** Runs the command line in-process, as {@link Main#main} does, with captured stdout and stderr. */
record CliRun(int exit, String out, String err) {

    static CliRun run(Supplier<Analyzer> analyzer, Terminal terminal, InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // As the launcher builds it (its handlers word the errors a user reads), with the output captured.
        CommandLine cl = Main.commandLine(new Main(analyzer, terminal, stdin));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    static CliRun run(Supplier<Analyzer> analyzer, String... args) {
        return run(analyzer, Terminal.piped(), InputStream.nullInputStream(), args);
    }

    String[] outLines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }

    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n");
    }
}
