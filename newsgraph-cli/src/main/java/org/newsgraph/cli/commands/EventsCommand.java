package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.Events;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph events}: who did what to whom, the reports of one event folded together. */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"The events of the store, newest first: who did what to whom, coded in CAMEO.",
                "",
                "The reports of one event (the same source, code, target and date, in several articles) are one row,"
                        + " with its reports counted and its articles listed. With --daily: per day and pair of actors,"
                        + " the number of events and their mean Goldstein score, the shape of a GDELT events table."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered (maybe with no rows)", "1:no such store", "2:a usage mistake"})
public final class EventsCommand extends TableCommand {
    @Option(names = "--actor", paramLabel = "NAME",
            description = "Only events of this actor, as source or target: a CAMEO actor code or its start (RUS, USAGOV), or a word of its name (Maduro).")
    String actor;

    @Option(names = "--cameo", paramLabel = "CODE", description = "Only events under this CAMEO code: a root (11) or a fuller code (112).")
    String cameo;

    @Option(names = "--since", paramLabel = "DATE", converter = OptionValues.Since.class,
            description = "Only events dated on or after DATE: 2019-03-25, 2019-03 or 2019; undated events are left out.")
    String since;

    @Option(names = "--daily", description = "Per day and pair of actors: events and mean Goldstein score.")
    boolean daily;

    @Option(names = "--limit", paramLabel = "N", converter = OptionValues.ZeroOrMore.class, description = "At most N rows, 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit = 50;

    @Override
    int run(Store store) {
        if (cameo != null && !Events.isCode(cameo)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cameo: '" + cameo + "' is not a CAMEO code (two to four digits: 11, 112)");
        }
        Events.Query q = new Events.Query(actor, cameo, since, limit);
        print(store.read(c -> daily ? Events.daily(c, q) : Events.folded(c, q)));
        return Main.OK;
    }
}
