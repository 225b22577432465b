package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.attribution.AttributionScheme;
import org.newsgraph.nlp.eval.PolnearEvaluation;
import org.newsgraph.nlp.eval.PolnearReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval polnear FILE}: attribution scores against PolNeAR-layout gold annotations. */
@Command(name = "polnear", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = {"Score attributions against gold annotations in PolNeAR's layout.",
                "",
                "The file has one article per line, {\"id\", \"text\", \"quotes\"}, each quote with the spans of its source,"
                        + " cue and content. Per role, spans match exactly after trimming whitespace and \"“”‘’'.,;: (a"
                        + " discontinuous part is one item whose spans must all match); an attribution matches when its content"
                        + " overlaps a gold content and its source matches. Attributions with the same spans (one per speaker of"
                        + " \"Russia and China said\") count once. A line not of this form is named, and nothing is scored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:the file is missing or has a bad line (named), or the analysis failed", "2:a usage mistake"})
public final class EvalPolnearCommand implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", converter = OptionValues.AtLeastOne.class, description = "Threads. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--attributions", paramLabel = "SCHEME",
            description = "Which attributions to score: parc (PARC's definition, which PolNeAR annotates: beliefs, "
                    + "intentions and refusals too) or speech (what analyze reports). Default: parc.")
    AttributionScheme scheme = AttributionScheme.PARC;

    @Option(names = "--errors", paramLabel = "OUT", converter = OptionValues.OutputFile.class, description = "Write every false positive and false negative, with context, to OUT.")
    Path errors;

    @Parameters(paramLabel = "FILE", description = "The gold JSONL file, such as PolNeAR's dev split in the shared data.")
    Path file;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        if (EvalCommand.unreadable(file, "gold JSONL file", err)) return Main.FAILED;
        PolnearReport report;
        try {
            var problem = PolnearGoldCheck.firstProblem(file);
            if (problem.isPresent()) {
                err.println("newsgraph: " + problem.get());
                err.flush();
                return Main.FAILED;
            }
            Analyzer analyzer = eval.main.analyzer(scheme);
            if (errors == null) {
                report = PolnearEvaluation.evaluate(file, analyzer, threads);
            } else {
                try (BufferedWriter w = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                    report = PolnearEvaluation.evaluate(file, analyzer, threads, w);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            err.println("newsgraph: " + file + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable"));
            err.flush();
            return Main.FAILED;
        }
        PrintWriter out = cl.getOut();
        out.print(report.toTable());
        out.flush();
        return Main.OK;
    }
}
