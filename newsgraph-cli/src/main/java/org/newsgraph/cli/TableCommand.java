package org.newsgraph.cli;

import org.newsgraph.store.Table;
import picocli.CommandLine.Option;

/** A store command that answers with a table: adds {@code -f/--format table|csv|jsonl}. */
abstract class TableCommand extends StoreCommand {
    @Option(names = {"-f", "--format"}, paramLabel = "table|csv|jsonl", converter = TableFormat.Converter.class,
            description = "table: aligned columns to read; csv: RFC 4180 with a header; jsonl: one JSON object per row."
                    + " Default: table.")
    TableFormat format = TableFormat.TABLE;

    void print(Table t) {
        format.print(t, out(), main.terminal().columns());
    }
}
