package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.ReadOnlySql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newsgraph sql "SELECT …"}: a read-only query over the store's tables. */
@Command(name = "sql", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Run one read-only SQL query (DuckDB) over the store's tables.",
                "",
                "The tables: articles, entities, entity_aliases, entity_roles, entity_affiliations, mentions, attributions,"
                        + " events, relations. read_parquet('x.parquet') works, for exported or other Parquet files:"
                        + " without --db, over such files alone (newsgraph spark's tables, say).",
                "",
                "Anything that could change the store or the machine (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, COPY,"
                        + " ATTACH, INSTALL, LOAD, SET, writing PRAGMAs, several statements) is refused before it runs;"
                        + " the query also runs on a read-only connection. No extension is ever downloaded."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered", "1:the query was refused or failed (one line: why), or no such store", "2:a usage mistake"})
public final class SqlCommand extends TableCommand {
    @Parameters(paramLabel = "QUERY", description = "One query, e.g. \"SELECT type, count(*) FROM entities GROUP BY type\".")
    String query;

    @Override
    boolean runsWithoutStore() {
        return true;
    }

    @Override
    int run(Store store) {
        // Checked here too (run checks again) so that a refused statement never reaches DuckDB.
        ReadOnlySql.check(query);
        print(store == null ? ReadOnlySql.runWithoutStore(query) : store.read(c -> ReadOnlySql.run(c, query)));
        return Main.OK;
    }
}
