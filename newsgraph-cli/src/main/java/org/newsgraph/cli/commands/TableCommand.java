package org.newsgraph.cli.commands;

import org.newsgraph.cli.output.TableFormat;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.Table;
import picocli.CommandLine.Option;

/** A store command that answers with a table: adds {@code -f/--format table|csv|jsonl}. */
public abstract class TableCommand extends StoreCommand {
    @Option(names = {"-f", "--format"}, paramLabel = "table|csv|jsonl", converter = TableFormat.Converter.class,
            description = "table: aligned columns to read; csv: RFC 4180 with a header; jsonl: one JSON object per row."
                    + " Default: table.")
    TableFormat format = TableFormat.TABLE;

    void print(Table t) {
        format.print(t, out(), main.terminal().columns());
    }

    /**
     * On a terminal every character counts: an attribution id begins with its article id, so the table
     * format leaves a quote's {@code article} column out; csv and jsonl keep it, for joins.
     */
    Table forReading(Table t) {
        int i = t.columns().indexOf("article");
        if (format != TableFormat.TABLE || i < 0 || !t.columns().contains("attribution")) return t;
        List<String> columns = new ArrayList<>(t.columns());
        columns.remove(i);
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<Object> r = new ArrayList<>(row);
            r.remove(i);
            rows.add(r);
        }
        return Table.of(columns, rows);
    }
}
