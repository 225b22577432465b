package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.extract.eval.ExtractionEval;
import org.newsgraph.extract.eval.ExtractionEval.PageResult;
import org.newsgraph.extract.eval.ExtractionEval.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval extraction DIR}: article extraction against a benchmark directory, its layout
 * recognised from its files (Zyte's article-extraction benchmark, or Mozilla Readability's test pages).
 */
@Command(name = "extraction", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = {"Score article extraction on a benchmark directory, its layout recognised from its files.",
                "",
                "Zyte's (ground-truth.json and html/*.html.gz): each page's body and the truth as word 4-gram shingles;"
                        + " precision and recall are means over the pages, F1 comes from the two means.",
                "",
                "Readability's (*/source.html and expected-metadata.json): headline and byline exactly right after"
                        + " whitespace normalisation."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:an internal failure", "2:a usage mistake, or a directory of neither layout"})
public final class EvalExtractionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--worst", paramLabel = "N", converter = OptionValues.ZeroOrMore.class, description = "Also list the N worst pages (Zyte) or the misses (Readability). Default: ${DEFAULT-VALUE}.")
    int worst = 0;

    @Parameters(paramLabel = "DIR", description = "The benchmark directory.")
    Path dir;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!Files.isDirectory(dir)) throw new CommandLine.ParameterException(cl, dir + ": not a directory");
        Report r;
        try {
            r = ExtractionEval.run(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        PrintWriter out = cl.getOut();
        out.print(table(r, worst));
        out.flush();
        return Main.OK;
    }

    static String table(Report r, int worst) {
        StringBuilder sb = new StringBuilder();
        if (r.layout() == ExtractionEval.Layout.ZYTE) {
            sb.append(String.format(Locale.ROOT, "%-28s %6s %9s %7s %7s%n", "benchmark", "pages", "precision", "recall", "F1"));
            sb.append(String.format(Locale.ROOT, "%-28s %6d %9.3f %7.3f %7.3f%n", "zyte article extraction", r.pages(),
                    r.precision(), r.recall(), r.f1()));
            List<PageResult> pages = new ArrayList<>(r.results());
            pages.sort(Comparator.comparingDouble(p -> p.counts().tp()));
            for (PageResult p : pages.subList(0, Math.min(worst, pages.size()))) {
                sb.append(String.format(Locale.ROOT, "  %-66s P %.3f R %.3f%n", p.id(), p.counts().precision(), p.counts().recall()));
            }
        } else {
            sb.append(String.format(Locale.ROOT, "%-28s %6s %9s %9s%n", "benchmark", "pages", "headline", "byline"));
            sb.append(String.format(Locale.ROOT, "%-28s %6d %8.1f%% %8.1f%%   (byline over the %d pages that have one)%n",
                    "readability metadata", r.pages(), 100 * r.titleAccuracy(), 100 * r.bylineAccuracy(), r.bylinePages()));
            int shown = 0;
            for (PageResult p : r.results()) {
                if (shown >= worst) break;
                if (p.titleRight() && !Boolean.FALSE.equals(p.bylineRight())) continue;
                sb.append("  ").append(p.id()).append(": expected \"").append(p.expected()).append("\", got \"")
                        .append(p.got()).append("\"").append(System.lineSeparator());
                shown++;
            }
        }
        return sb.toString();
    }
}
