package org.newsgraph.store.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.store.Caches;
import org.newsgraph.store.Search;
import org.newsgraph.store.Table;
import org.newsgraph.store.Store;

/**
 * Answers for a process that asks the same store many questions (the server), kept where that is always
 * right. An article and its rows never change once stored, so they are kept by id, the least used
 * forgotten first; the registry's canonical entities change with every write, so they are read again
 * after each commit (once, by the first reader who needs them). Reading an article's text out of the
 * compressed table costs 8 ms on a 10,000-article store; an article kept here is seen in well under one.
 */
public final class ReadCache {
    /** What is kept unless told otherwise: about 64 MB of articles, some 6,000 of PolNeAR's length. */
    public static final long DEFAULT_BYTES = 64L << 20;

    private record Snapshot(long commits, Registry registry) {}

    /** What names meant as of one commit: a name's meaning hangs on how often the store names each candidate so. */
    private record Names(long commits, Caches<String, Optional<NameResolution>> meant) {}

    /** One question to {@link Quotes#said}, by the entities' keys (so a registry that merges more into one asks anew). */
    private record SaidKey(String speaker, List<String> members, List<String> about, String since, int limit) {}

    /**
     * An answer and how far the tables went when it was made: it stays right until an attribution of one
     * of its speaker's keys is stored after {@code seq}, as attributions come only with new articles.
     */
    private record Said(long commits, long seq, Table table) {
        long weight() {
            long w = 200;
            for (int i = 0; i < table.size(); i++) for (Object v : table.rows().get(i)) w += 40 + (v == null ? 0 : 2L * v.toString().length());
            return w;
        }
    }

    private final Store store;
    private final Search search;
    private final Caches<String, ArticleFacts> facts;
    private volatile Snapshot registry = new Snapshot(-1, Registry.empty());
    private volatile Names names = new Names(-1, names());
    private final Caches<SaidKey, Said> said = Caches.weighing(16L << 20, Said::weight);

    /** {@code search}, when not null, hands over an article's text faster than the table (see {@link Search#articleText}). */
    public ReadCache(Store store, Search search, long maxBytes) {
        this.store = Objects.requireNonNull(store, "store");
        this.search = search;
        this.facts = Caches.weighing(maxBytes, ArticleFacts::weight);
    }

    /** The article stored under {@code id} as a reader sees it now, or empty. */
    public Optional<ArticleView> article(String id) {
        // One reader reads a missing article; others asking for it meanwhile wait for that answer.
        ArticleFacts f = facts.get(id, key -> store.read(c -> ArticleFacts.of(c, key, search == null ? null : search::articleText))
                .orElse(null));
        if (f == null) return Optional.empty(); // not kept: it may be stored a moment from now
        if (!store.isHeld()) {
            // Another process may write meanwhile: no commit count to trust, so the registry of this moment.
            ArticleFacts kept = f;
            return Optional.of(store.read(c -> ArticleView.of(kept, Registry.of(c, kept.keys()))));
        }
        return Optional.of(ArticleView.of(f, registry()));
    }

    /**
     * What {@code q.speaker()} said, as {@link Quotes#find} answers. Names are resolved once per commit;
     * an answer is kept and, after a commit, given again once one cheap read finds no new attribution of
     * that speaker (the latest articles' row groups only: the rest hold no rows past its seq).
     */
    public Quotes.Answer quotes(Quotes.Query q) {
        if (!store.isHeld()) return store.read(c -> Quotes.find(c, q));
        long now = store.commits();
        NameResolution speaker = meaning(q.speaker(), now);
        NameResolution about = q.about() == null ? null : meaning(q.about(), now);
        SaidKey key = new SaidKey(speaker.entity().key(), speaker.entity().members(),
                about == null ? null : about.entity().members(), q.since(), q.limit());
        Said found = said.getIfPresent(key);
        if (found != null && found.commits() != now) {
            if (store.read(c -> Quotes.saidSince(c, key.members(), found.seq()))) said.invalidate(key);
            else said.put(key, new Said(now, found.seq(), found.table()));
        }
        // One reader asks the tables; others asking the same meanwhile wait for that answer.
        Said kept = said.get(key, k -> store.read(c -> {
            long seq = Quotes.lastSeq(c); // before the answer: a row stored meanwhile only makes the check say "again"
            return new Said(now, seq, Quotes.said(c, speaker.entity(), about == null ? null : about.entity(), q.since(), q.limit()));
        }));
        return new Quotes.Answer(speaker, about, kept.table());
    }

    /** What {@code name} means as of commit {@code now}; a name nothing fits is the user's mistake, with the closest names. */
    private NameResolution meaning(String name, long now) {
        Names n = names;
        if (n.commits() < now) {
            synchronized (this) {
                n = names;
                if (n.commits() < now) names = n = new Names(now, names());
            }
        }
        // One reader resolves a name after a commit; others asking meanwhile wait for that answer.
        Optional<NameResolution> meant = n.meant().get(name, asked -> store.read(c -> EntityLookup.resolve(c, asked)));
        if (meant.isEmpty()) return store.read(c -> EntityLookup.require(c, name)); // throws, naming the closest
        return meant.get();
    }

    private static Caches<String, Optional<NameResolution>> names() {
        return Caches.weighing(4L << 20, meant -> 500);
    }

    /** How many articles are kept. */
    public int articlesKept() {
        return (int) facts.size();
    }

    /** The registry as of the last commit. Tagged with the count read before reading, so a commit meanwhile means reading again. */
    private Registry registry() {
        long now = store.commits();
        Snapshot s = registry;
        if (s.commits() == now) return s.registry();
        synchronized (this) {
            s = registry;
            if (s.commits() == now) return s.registry();
            Registry r = store.read(s.registry()::refreshed);
            registry = new Snapshot(now, r);
            return r;
        }
    }
}
