package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.document.Article;
import org.newsgraph.document.ContentHash;
import org.newsgraph.store.StoreException;

/**
 * The article ids an ingest has met, in the store before it and in its input so far, and a warning for
 * each article that comes under one of them with another text: the store keeps the first text under an
 * id, so the second is dropped, and the user hears of it (a JSONL export whose records were edited, or
 * two sources numbering their records alike). An article whose id is the hash of its text needs no
 * comparing. Texts met in this run are compared by a 64-bit digest held per id; texts stored before it
 * are fetched from the store, {@value #STORE_BATCH} ids at a time. Not thread-safe: the reading thread
 * owns it.
 */
public final class RepeatedIds {
    static final int STORE_BATCH = 256;
    public static final String REASON = "another text under an id already stored or read before; the first text is kept, this one dropped";
    private static final int MAX_ID_SHOWN = 80;
    /** The digest of an id that was in the store when the run began: its text is not known yet. */
    private static final long STORED = 0;

    private final Set<String> stored;
    /** Ids met in this run, by the digest of their first text ({@link #STORED} while a stored text is being fetched). */
    private final Map<String, Long> digests = new HashMap<>();
    private final Function<Collection<String>, Map<String, String>> storedTexts;
    private final IngestSummary summary;
    private final List<Repeat> toCompare = new ArrayList<>();

    private record Repeat(String origin, String id, long digest) {}

    /**
     * {@code stored} are the ids in the store (read only; it may grow meanwhile with the ids this run commits,
     * which this run has met first, so they are told apart by their digest); {@code storedTexts} gives the stored
     * texts of some of them, by id; warnings go to {@code summary}.
     */
    RepeatedIds(Set<String> stored, Function<Collection<String>, Map<String, String>> storedTexts, IngestSummary summary) {
        this.stored = stored;
        this.storedTexts = storedTexts;
        this.summary = summary;
    }

    /**
     * True when {@code article} is the first under its id; false when its id is known, after noting a
     * warning if its text is another (at once, or by {@link #finish} for an id stored before the run).
     */
    boolean firstTime(Article article) {
        String id = article.id();
        long digest = digest(article.text());
        Long known = digests.get(id);
        if (known == null && !stored.contains(id)) {
            digests.put(id, digest);
            return true;
        }
        if (known == null || known == STORED) {
            boolean hashId = id.length() == 64 && id.equals(ContentHash.of(article.text()));
            if (hashId) return false;
            digests.put(id, STORED);
            toCompare.add(new Repeat(article.origin(), id, digest));
            if (toCompare.size() >= STORE_BATCH) compareWithStore();
        } else if (known != digest) {
            warn(article.origin(), id);
        }
        return false;
    }

    /** Compares what is left to compare with the store. */
    void finish() {
        compareWithStore();
    }

    private void compareWithStore() {
        if (toCompare.isEmpty()) return;
        Map<String, String> texts;
        try {
            texts = storedTexts.apply(toCompare.stream().map(Repeat::id).distinct().toList());
        } catch (StoreException e) {
            // A notice must not end the ingest: say that these could not be compared.
            summary.warned(toCompare.get(0).origin(), toCompare.size() + " texts under stored ids not compared with the stored ones ("
                    + Ingester.oneLine(e) + ")");
            toCompare.clear();
            return;
        }
        for (Repeat r : toCompare) {
            String text = texts.get(r.id());
            if (text == null) continue;
            long stored = digest(text);
            digests.put(r.id(), stored); // later repeats compare in memory
            if (stored != r.digest()) warn(r.origin(), r.id());
        }
        toCompare.clear();
    }

    private void warn(String origin, String id) {
        String shown = id.length() > MAX_ID_SHOWN ? id.substring(0, MAX_ID_SHOWN) + "…" : id;
        summary.warned(origin + " (id " + shown.replaceAll("\\s+", " ") + ")", REASON);
    }

    /** Length and hash code: two texts that differ share both about once in four billion times. Never {@link #STORED}. */
    static long digest(String text) {
        long d = (long) text.length() << 32 | text.hashCode() & 0xFFFFFFFFL;
        return d == STORED ? 1 : d;
    }
}
