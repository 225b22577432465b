package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.store.Store;
import org.newsgraph.store.export.GraphMlExport;
import org.newsgraph.store.export.ParquetExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph export}: the tables as Parquet, or the graph as GraphML. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Export the store as Parquet tables or as a GraphML graph.",
                "",
                "OUT_DIR is created if needed; files of the same names in it are replaced.",
                "",
                "parquet: every table as OUT_DIR/<table>.parquet, readable by DuckDB, Spark, pandas.",
                "graphml: OUT_DIR/newsgraph.graphml for Gephi: a node per entity (label, type, mentions, articles,"
                        + " quotes); edges speaks_about (speaker → entity mentioned in what they said), quotes (A relays"
                        + " B's words), and one kind per relation (supports, opposes …), each with a weight."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "1:no such store, or the files could not be written", "2:a usage mistake"})
public final class ExportCommand extends StoreCommand {
    enum Kind { PARQUET, GRAPHML }

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "parquet|graphml", converter = KindConverter.class,
            description = "What to write.")
    Kind format;

    @Parameters(paramLabel = "OUT_DIR", description = "The directory to write into.")
    Path outDir;

    @Override
    int run(Store store) {
        if (format == Kind.PARQUET) {
            List<Path> files = store.read(c -> ParquetExport.write(c, outDir));
            out().println("wrote " + files.size() + " tables to " + outDir);
        } else {
            Path file = store.read(c -> GraphMlExport.write(c, outDir));
            out().println("wrote " + file);
        }
        out().flush();
        return Main.OK;
    }

    static final class KindConverter implements CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            try {
                return Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an export format; use parquet or graphml");
            }
        }
    }
}
