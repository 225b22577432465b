package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an ingest did: articles new to the store, already present, failed, and warnings (input read all
 * the same: a truncated gzip page, a second text under a stored id), which are no failures; failures and
 * warnings grouped by reason, each with the first few origins, so a million bad records give a few lines
 * and not a million.
 * Thread-safe: the reading thread counts failures and skips, the writer thread what it committed.
 */
public final class IngestSummary {
    static final int MAX_REASONS = 10;
    static final int MAX_ORIGINS = 3;

    private long added;
    private long present;
    private long failed;
    private long warned;
    private boolean modelsFailed;
    private final Map<String, Reason> reasons = new LinkedHashMap<>();
    private final Map<String, Reason> warnings = new LinkedHashMap<>();

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
        note(reasons, origin, reason);
    }

    synchronized void warned(String origin, String reason) {
        warned++;
        note(warnings, origin, reason);
    }

    private static void note(Map<String, Reason> byReason, String origin, String reason) {
        Reason r = byReason.computeIfAbsent(reason, k -> new Reason());
        r.count++;
        if (r.origins.size() < MAX_ORIGINS) r.origins.add(origin);
    }

    synchronized void modelsFailed() {
        modelsFailed = true;
    }

    /** Whether nothing could be ingested: the models failed, or every record failed. */
    public synchronized boolean nothingIngested() {
        return modelsFailed || added + present == 0 && failed > 0;
    }

    public synchronized long added() {
        return added;
    }

    public synchronized long present() {
        return present;
    }

    public synchronized long failed() {
        return failed;
    }

    public synchronized long warned() {
        return warned;
    }

    /**
     * The summary: the counts (warnings only when there are some), then one line per failure reason,
     * most frequent first, then one per warning reason, marked as such.
     */
    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        String warningCount = warned == 0 ? "" : String.format(Locale.ROOT, ", %,d warning%s", warned, warned == 1 ? "" : "s");
        lines.add(String.format(Locale.ROOT, "%,d new, %,d already present, %,d failed%s", added, present, failed, warningCount));
        reasonLines(reasons, "", lines);
        reasonLines(warnings, "warning: ", lines);
        return lines;
    }

    private static void reasonLines(Map<String, Reason> byReason, String mark, List<String> lines) {
        List<Map.Entry<String, Reason>> byCount = new ArrayList<>(byReason.entrySet());
        byCount.sort((a, b) -> Long.compare(b.getValue().count, a.getValue().count));
        for (Map.Entry<String, Reason> e : byCount.subList(0, Math.min(MAX_REASONS, byCount.size()))) {
            Reason r = e.getValue();
            String more = r.count > r.origins.size() ? String.format(Locale.ROOT, " and %,d more", r.count - r.origins.size()) : "";
            lines.add(String.format(Locale.ROOT, "  %,d× %s%s: %s%s", r.count, mark, e.getKey(), String.join(", ", r.origins), more));
        }
        if (byCount.size() > MAX_REASONS) {
            lines.add(String.format(Locale.ROOT, "  and %,d other %sreasons", byCount.size() - MAX_REASONS, mark.isEmpty() ? "" : "warning "));
        }
    }
}
