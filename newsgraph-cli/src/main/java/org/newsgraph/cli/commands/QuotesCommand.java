package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.Quotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph quotes}: what someone said, newest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"What someone said: the attributions whose source is an entity, newest article first.",
                "",
                "NAME is an entity key (person:maria-zakharova), a name or an alias, in any case and without accents,"
                        + " or a word of a person's name (Doe → Jane Doe). It means the one entity the store most often"
                        + " names that way (Trump → Donald Trump); when another is named about as often, stderr says so and"
                        + " names it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered (maybe with no rows)", "1:no such store, or no entity matches NAME", "2:a usage mistake"})
public final class QuotesCommand extends TableCommand {
    @Option(names = "--speaker", required = true, paramLabel = "NAME", description = "Who spoke.")
    String speaker;

    @Option(names = "--about", paramLabel = "NAME",
            description = "Only what they said about this entity: a mention of it inside the quoted content.")
    String about;

    @Option(names = "--since", paramLabel = "DATE", converter = OptionValues.Since.class,
            description = "Only articles published on or after DATE: 2019-03-25, 2019-03 (from the month) or 2019 (from the year);"
                    + " undated articles are left out.")
    String since;

    @Option(names = "--limit", paramLabel = "N", converter = OptionValues.ZeroOrMore.class, description = "At most N attributions, 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit = 50;

    @Override
    int run(Store store) {
        Quotes.Query q = new Quotes.Query(speaker, about, since, limit);
        Quotes.Answer answer = store.read(c -> Quotes.find(c, q));
        for (String note : answer.notes()) err().println("newsgraph: quotes: " + note);
        err().flush();
        print(forReading(answer.table()));
        return Main.OK;
    }
}
