package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import org.newsgraph.entity.EntityType;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.EntityList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph entities}: the most mentioned entities of the store. */
@Command(name = "entities", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"The entities of the store, most mentioned first.",
                "",
                "One per person, organization or country across articles, with their mentions, the articles they are in"
                        + " and the attributions they are the source of."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered", "1:no such store", "2:a usage mistake"})
public final class EntitiesCommand extends TableCommand {
    @Option(names = "--type", paramLabel = "TYPE", description = "Only entities of this type: person, org, country, city, location, misc.")
    String type;

    @Option(names = "--top", paramLabel = "N", converter = OptionValues.ZeroOrMore.class, description = "The N most mentioned, 0 for all. Default: ${DEFAULT-VALUE}.")
    int top = 50;

    @Override
    int run(Store store) {
        EntityType t = type == null ? null : EntityList.type(type);
        print(store.read(c -> EntityList.top(c, t, top)));
        return Main.OK;
    }
}
