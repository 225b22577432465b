package org.newsgraph.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.StageInfo;

/** One line per finished stage, unless {@code out} is null: what it did (the job's description), its tasks, records and seconds. */
final class StageProgress extends SparkListener {
    private final PrintStream out;
    private final Map<Integer, String> descriptions = new ConcurrentHashMap<>();
    private final Map<String, Long> millisByDescription = new ConcurrentHashMap<>();

    /** Seconds the stages of jobs so described took, summed, since the last {@link #reset}. */
    double seconds(String description) {
        return millisByDescription.getOrDefault(description, 0L) / 1000.0;
    }

    void reset() {
        millisByDescription.clear();
    }

    StageProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        String d = submitted.properties() == null ? null : submitted.properties().getProperty("spark.job.description");
        if (d != null) descriptions.put(submitted.stageInfo().stageId(), d);
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        StageInfo s = completed.stageInfo();
        String what = descriptions.getOrDefault(s.stageId(), s.name());
        long millis = s.completionTime().isDefined() && s.submissionTime().isDefined()
                ? (Long) s.completionTime().get() - (Long) s.submissionTime().get() : 0;
        millisByDescription.merge(what, millis, Long::sum);
        if (out == null) return;
        var m = s.taskMetrics();
        long in = m == null ? 0 : m.inputMetrics().recordsRead() + m.shuffleReadMetrics().recordsRead();
        long written = m == null ? 0 : m.outputMetrics().recordsWritten() + m.shuffleWriteMetrics().recordsWritten();
        String failed = s.failureReason().isDefined() ? ", failed: " + s.failureReason().get().lines().findFirst().orElse("") : "";
        out.printf(Locale.ROOT, "%tT newsgraph spark: stage %d (%s): %d tasks, %,d records in, %,d out, %.1f s%s%n",
                System.currentTimeMillis(), s.stageId(), what, s.numTasks(), in, written, millis / 1000.0, failed);
        out.flush();
    }
}
