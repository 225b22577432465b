package org.newsgraph.cli;

import org.newsgraph.store.Store;
import org.newsgraph.store.Table;
import org.newsgraph.store.query.Quotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph quotes}: what someone said, newest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"What someone said: the attributions whose source is an entity, newest article first.",
                "",
                "NAME is an entity key (person:maria-zakharova), a name or an alias, in any case and without accents;"
                        + " a surname finds the full name the store merged it into (Zakharova → Maria Zakharova)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered (maybe with no rows)", "1:no such store, or no entity matches NAME", "2:a usage mistake"})
final class QuotesCommand extends TableCommand {
    @Option(names = "--speaker", required = true, paramLabel = "NAME", description = "Who spoke.")
    String speaker;

    @Option(names = "--about", paramLabel = "NAME",
            description = "Only what they said about this entity: a mention of it inside the quoted content.")
    String about;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only articles published on or after DATE (2019-03-25, or 2019-03 for the month); undated articles are left out.")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "At most N attributions, 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit = 50;

    @Override
    int run(Store store) {
        Quotes.Query q = new Quotes.Query(speaker, about, since, limit);
        Table t = store.read(c -> Quotes.find(c, q));
        print(forReading(t));
        return Main.OK;
    }
}
