package org.innopark.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * {@code --metrics FILE}: one line per completed stage (tasks, summed and longest task run time, CPU time, records
 * read, shuffle bytes, peak execution memory), the per-partition cost from which a cluster is sized (BENCHMARKS.md).
 */
final class TaskMetricsLog extends SparkListener {

    private final Path file;
    private final List<String> lines = new ArrayList<>();

    TaskMetricsLog(Path file) {
        this.file = file;
        lines.add("stage\ttasks\ttask_ms_sum\ttask_cpu_ms_sum\tinput_records\tshuffle_read_bytes\tshuffle_write_bytes"
                + "\tpeak_execution_memory_bytes\tname");
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
        StageInfo s = completed.stageInfo();
        var m = s.taskMetrics();
        lines.add(String.format(
                Locale.ROOT,
                "%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s",
                s.stageId(),
                s.numTasks(),
                m.executorRunTime(),
                m.executorCpuTime() / 1_000_000,
                m.inputMetrics().recordsRead(),
                m.shuffleReadMetrics().totalBytesRead(),
                m.shuffleWriteMetrics().bytesWritten(),
                m.peakExecutionMemory(),
                s.name().replace('\t', ' ')));
    }

    synchronized void write() {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
