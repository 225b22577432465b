package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.Store;
import org.newsgraph.store.Table;
import org.newsgraph.store.query.EntityMatch;
import org.newsgraph.store.query.EntityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph entity NAME}: everything the store knows of one entity. As a table, titled sections;
 * as CSV, one table with a {@code section} column and the columns of every section (CSV has one
 * header); as JSON lines, each row with its {@code section} and only its own section's fields.
 */
@Command(name = "entity", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Everything the store knows of one entity.",
                "",
                "Its roles and affiliations (with the dates of the first and last article), aliases, what it said, who"
                        + " quotes it (sources relaying its words, speakers talking about it) and who it is mentioned with.",
                "",
                "NAME is a key, a name, an alias or a word of a person's name, as for quotes: the entity the store most"
                        + " often names that way; when another is named about as often, stderr says so and names it. A name"
                        + " of several words goes in quotes (\"Maria Zakharova\")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered", "1:no such store, or no entity matches NAME", "2:a usage mistake"})
public final class EntityCommand extends TableCommand {
    @Parameters(paramLabel = "NAME", description = "The entity.")
    String name;

    @Option(names = "--limit", paramLabel = "N", converter = OptionValues.AtLeastOne.class, description = "At most N rows in each section. Default: ${DEFAULT-VALUE}.")
    int limit = 10;

    @Override
    int run(Store store) {
        EntityReport report = store.read(c -> EntityReport.of(c, name, limit));
        report.resolution().note().ifPresent(note -> err().println("newsgraph: entity: " + note));
        err().flush();
        PrintWriter out = out();
        switch (format) {
            case CSV -> print(report.flatten());
            case JSONL -> {
                for (EntityReport.Section s : report.sections()) print(withSection(s));
            }
            case TABLE -> {
                EntityMatch e = report.entity();
                out.println(e.name() + " (" + e.key() + ")");
                for (EntityReport.Section s : report.sections()) {
                    out.println();
                    out.println("── " + s.name().replace('_', ' '));
                    print(forReading(s.table()));
                }
            }
        }
        out.flush();
        return Main.OK;
    }

    private static Table withSection(EntityReport.Section s) {
        List<String> columns = new ArrayList<>();
        columns.add("section");
        columns.addAll(s.table().columns());
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : s.table().rows()) {
            List<Object> r = new ArrayList<>();
            r.add(s.name());
            r.addAll(row);
            rows.add(r);
        }
        return Table.of(columns, rows);
    }
}
