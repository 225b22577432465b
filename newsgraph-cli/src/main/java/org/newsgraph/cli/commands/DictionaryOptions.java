package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.event.EventDictionaries;
import picocli.CommandLine.Option;

/** The event dictionaries a command codes with: Phoenix's, plus or instead of the user's PETRARCH-format files. */
public final class DictionaryOptions {
    @Option(names = "--actors", paramLabel = "FILE", description = "An actor dictionary (PETRARCH format) to add. Repeatable.")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE", description = "An agent dictionary to add. Repeatable.")
    List<Path> agents = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE", description = "A verb-pattern dictionary to add. Repeatable.")
    List<Path> verbs = new ArrayList<>();

    @Option(names = "--discards", paramLabel = "FILE", description = "A discard list to add. Repeatable.")
    List<Path> discards = new ArrayList<>();

    @Option(names = "--only-given-dictionaries", description = "Code events with the given dictionaries alone, without Phoenix's.")
    boolean onlyGiven;

    boolean given() {
        return onlyGiven || !actors.isEmpty() || !agents.isEmpty() || !verbs.isEmpty() || !discards.isEmpty();
    }

    /**
     * The analyzer these options ask for: {@code main}'s shared one when none is given, else one coding events
     * with the given dictionaries, read now so that a bad line stops the command before it reads or writes
     * anything. Null, with the one-line error said on {@code err}, when a dictionary cannot be read.
     */
    java.util.function.Supplier<org.newsgraph.nlp.Analyzer> analyzer(Main main, org.newsgraph.nlp.attribution.AttributionScheme scheme,
                                                                     java.io.PrintWriter err) {
        if (!given()) return () -> main.analyzer(scheme);
        try {
            EventDictionaries d = build();
            // One Analyzer for whoever asks (every request of a server), made when first asked for.
            return Main.once(() -> org.newsgraph.nlp.Analyzer.standard(scheme, d));
        } catch (org.newsgraph.nlp.event.DictionaryException | java.io.UncheckedIOException e) {
            err.println("newsgraph: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /** @throws org.newsgraph.nlp.event.DictionaryException naming the file and line of a bad entry */
    EventDictionaries build() {
        if (!given()) return EventDictionaries.phoenix();
        EventDictionaries.Builder b = EventDictionaries.builder();
        if (onlyGiven) b.onlyGiven();
        actors.forEach(b::actors);
        agents.forEach(b::agents);
        verbs.forEach(b::verbs);
        discards.forEach(b::discards);
        return b.build();
    }
}
