package org.newsgraph.nlp.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.event.internal.ActorDictionary;
import org.newsgraph.nlp.event.internal.AgentDictionary;
import org.newsgraph.nlp.event.internal.DictionaryLines;
import org.newsgraph.nlp.event.internal.Discards;
import org.newsgraph.nlp.event.internal.VerbDictionary;

/**
 * The PETRARCH-format dictionaries events are coded with: actors, agents, verbs and discards.
 * {@link #phoenix()} holds the Phoenix dictionaries shipped with newsgraph (MIT, Open Event Data
 * Alliance; their LICENSE is beside them) with newsgraph's additions after them; {@link Builder} adds a user's files to them or, with
 * {@link Builder#onlyGiven()}, uses those alone. Immutable once built; shared by threads.
 */
public final class EventDictionaries {
    private static final String PHOENIX = "/org/newsgraph/nlp/event/phoenix/";
    /** newsgraph's own additions: office holders since Phoenix's last update, and agent words it lacks. */
    private static final String ADDITIONS = "/org/newsgraph/nlp/event/newsgraph/";
    private static volatile EventDictionaries phoenix;

    final ActorDictionary actors;
    final AgentDictionary agents;
    final VerbDictionary verbs;
    final Discards discards;

    private EventDictionaries(ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs, Discards discards) {
        this.actors = actors;
        this.agents = agents;
        this.verbs = verbs;
        this.discards = discards;
    }

    /** Phoenix's dictionaries, read once per JVM. */
    public static EventDictionaries phoenix() {
        EventDictionaries p = phoenix;
        if (p == null) {
            synchronized (EventDictionaries.class) {
                p = phoenix;
                if (p == null) phoenix = p = builder().build();
            }
        }
        return p;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sizes, for a summary line: actor names, agent names, verbs, discards. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%,d actor names, %,d agent names, %,d verbs, %,d discards",
                actors.size(), agents.size(), verbs.size(), discards.size());
    }

    public static final class Builder {
        private final List<Path> actorFiles = new ArrayList<>();
        private final List<Path> agentFiles = new ArrayList<>();
        private final List<Path> verbFiles = new ArrayList<>();
        private final List<Path> discardFiles = new ArrayList<>();
        private boolean onlyGiven;

        public Builder actors(Path file) {
            actorFiles.add(file);
            return this;
        }

        public Builder agents(Path file) {
            agentFiles.add(file);
            return this;
        }

        public Builder verbs(Path file) {
            verbFiles.add(file);
            return this;
        }

        public Builder discards(Path file) {
            discardFiles.add(file);
            return this;
        }

        /** Use the given files alone, without Phoenix's. */
        public Builder onlyGiven() {
            onlyGiven = true;
            return this;
        }

        /** Reads every dictionary. @throws DictionaryException naming the file and line of a bad entry */
        public EventDictionaries build() {
            ActorDictionary actors = new ActorDictionary();
            AgentDictionary agents = new AgentDictionary();
            VerbDictionary verbs = new VerbDictionary();
            Discards discards = new Discards();
            if (!onlyGiven) {
                for (String f : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")) {
                    actors.add(builtIn(f));
                }
                agents.add(builtIn("Phoenix.agents.txt"));
                verbs.add(builtIn("CAMEO.2.0.txt"));
                discards.add(builtIn("Phoenix.discards.txt"));
                actors.add(addition("newsgraph.actors.txt"));
                agents.add(addition("newsgraph.agents.txt"));
            }
            for (Path p : actorFiles) actors.add(file(p));
            for (Path p : agentFiles) agents.add(file(p));
            for (Path p : verbFiles) verbs.add(file(p));
            for (Path p : discardFiles) discards.add(file(p));
            return new EventDictionaries(actors, agents, verbs, discards);
        }

        /** Phoenix's, read as meant: a slip in them (a range written backwards) is tolerated. */
        private static DictionaryLines builtIn(String name) {
            return DictionaryLines.readBuiltIn(name, resource(PHOENIX + name));
        }

        /** Ours, read strictly: a slip in them is a bug to see, not a line to skip. */
        private static DictionaryLines addition(String name) {
            return DictionaryLines.read(name, resource(ADDITIONS + name));
        }

        private static Reader resource(String path) {
            InputStream in = EventDictionaries.class.getResourceAsStream(path);
            if (in == null) throw new IllegalStateException("missing built-in dictionary " + path);
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        private static DictionaryLines file(Path p) {
            try {
                return DictionaryLines.read(p.toString(), Files.newBufferedReader(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": cannot read: " + e.getMessage(), e);
            }
        }
    }
}
