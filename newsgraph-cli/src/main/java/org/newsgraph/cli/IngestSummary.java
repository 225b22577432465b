package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an ingest did: articles new to the store, already present, failed; the failures grouped by reason,
 * each with the first few origins, so a million bad records give a few lines and not a million.
 * Thread-safe: the reading thread counts failures and skips, the writer thread what it committed.
 */
final class IngestSummary {
    static final int MAX_REASONS = 10;
    static final int MAX_ORIGINS = 3;

    private long added;
    private long present;
    private long failed;
    private final Map<String, Reason> reasons = new LinkedHashMap<>();

    private static final class Reason {
        long count;
        final List<String> origins = new ArrayList<>();
    }

    synchronized void added(long n) {
        added += n;
    }

    synchronized void present(long n) {
        present += n;
    }

    synchronized void failed(String origin, String reason) {
        failed++;
        Reason r = reasons.computeIfAbsent(reason, k -> new Reason());
        r.count++;
        if (r.origins.size() < MAX_ORIGINS) r.origins.add(origin);
    }

    synchronized long added() {
        return added;
    }

    synchronized long present() {
        return present;
    }

    synchronized long failed() {
        return failed;
    }

    /** The summary: the counts, then one line per failure reason, most frequent first. */
    synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d new, %,d already present, %,d failed", added, present, failed));
        List<Map.Entry<String, Reason>> byCount = new ArrayList<>(reasons.entrySet());
        byCount.sort((a, b) -> Long.compare(b.getValue().count, a.getValue().count));
        for (Map.Entry<String, Reason> e : byCount.subList(0, Math.min(MAX_REASONS, byCount.size()))) {
            Reason r = e.getValue();
            String more = r.count > r.origins.size() ? String.format(Locale.ROOT, " and %,d more", r.count - r.origins.size()) : "";
            lines.add(String.format(Locale.ROOT, "  %,d× %s: %s%s", r.count, e.getKey(), String.join(", ", r.origins), more));
        }
        if (byCount.size() > MAX_REASONS) {
            lines.add(String.format(Locale.ROOT, "  and %,d other reasons", byCount.size() - MAX_REASONS));
        }
        return lines;
    }
}
