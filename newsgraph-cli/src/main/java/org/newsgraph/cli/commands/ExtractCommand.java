package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.output.OutputFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.document.Article;
import org.newsgraph.document.Caption;
import org.newsgraph.document.Document;
import org.newsgraph.json.DocumentJson;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Loaded;
import org.newsgraph.source.Problem;
import org.newsgraph.source.Source;
import org.newsgraph.source.Sources;
import org.newsgraph.span.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph extract}: reads articles in any input format and prints what extraction found, with
 * no analysis: origin, url, headline, byline, editor, published, captions, text and body spans, in input
 * order. Problems are one line each on stderr, as for {@code analyze}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Extract articles (headline, byline, date, captions, clean text) without analysing them.",
                "",
                "Reads what analyze reads: text files, JSONL (a \"text\" or an \"html\" field), web pages (gzipped too),"
                        + " WARC files (their HTML responses), RSS and Atom feeds, directories, and - for stdin; the format"
                        + " is recognised from the content."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one article was extracted", "1:nothing could be extracted", "2:a usage mistake"})
public final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> ANALYSIS_FIELDS = List.of("entities", "attributions", "events", "relations");

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "json|jsonl|text", converter = AnalyzeCommand.FormatConverter.class,
            description = "jsonl: one JSON object per line; json: pretty objects in a JSON array; text: to read."
                    + " Default: text when stdout is a terminal, else jsonl.")
    OutputFormat format;

    @Mixin
    ArticleSizeOption articleSize;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat f = format != null ? format : main.terminal().stdoutIsTerminal() ? OutputFormat.TEXT : OutputFormat.JSONL;
        int articles = 0;
        try (Source source = Sources.open(paths, main.stdin(), articleSize.sourceOptions())) {
            while (source.hasNext()) {
                Entry e = source.next();
                if (e instanceof Problem p) {
                    err.println("newsgraph: " + p.origin() + ": " + p.message());
                    err.flush();
                    continue;
                }
                Article a = ((Loaded) e).article();
                if (f == OutputFormat.JSON) out.print(articles == 0 ? "[\n" : ",\n");
                out.print(render(a, f));
                articles++;
                if (out.checkError()) break;
            }
        }
        if (f == OutputFormat.JSON && articles > 0) out.print("\n]\n");
        out.flush();
        return articles > 0 ? Main.OK : Main.FAILED;
    }

    static ObjectNode tree(Article a) {
        ObjectNode o = DocumentJson.toTree(Document.of(a));
        o.remove(ANALYSIS_FIELDS);
        return o;
    }

    static String render(Article a, OutputFormat f) {
        try {
            return switch (f) {
                case JSONL -> tree(a).toString() + "\n";
                case JSON -> "  " + PRETTY.writeValueAsString(tree(a)).replace("\n", "\n  ");
                case TEXT -> text(a);
            };
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append("── ").append(a.origin()).append('\n');
        line(sb, "url", a.url());
        line(sb, "headline", a.headline());
        line(sb, "byline", a.byline().isEmpty() ? null : String.join("; ", a.byline()));
        line(sb, "editor", a.editor());
        line(sb, "published", a.published());
        for (Caption c : a.captions()) line(sb, "caption", c.text() + (c.credit() == null ? "" : "  [credit: " + c.credit() + "]"));
        sb.append('\n');
        for (Span s : a.body()) sb.append(s.of(a.text())).append("\n\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null) sb.append(String.format("%-10s %s%n", label + ":", value));
    }
}
