package org.innopark.app.console;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.innopark.app.registry.imports.ImportReport;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports started from the console run in the background so that the page can show their progress; the uploaded
 * file is kept until the job is forgotten, so that the rejected copy with the bad cells marked can be downloaded.
 * A job is visible to the user who started it only. Finished jobs are forgotten after {@link #KEEP} or when more
 * than {@link #MAX_JOBS} are kept.
 *
 * <p>Several workers run imports side by side, so that a small import does not wait behind a large one; each user
 * may have at most {@code innopark.import.max-jobs-per-user} imports waiting or running, and at most {@code
 * innopark.import.max-queued} wait in all. An upload over either limit is refused at once ({@link Busy}) and its
 * file deleted; the uploaded file of every job is deleted when it is forgotten, when it was accepted, or at shutdown.
 */
@Service
class ImportJobs {

    static final Duration KEEP = Duration.ofHours(2);
    static final int MAX_JOBS = 50;

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** Where a job is: waiting, reading and writing, or done with a report (or a failure message). */
    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** One import: its file, its owner, its progress and, when done, its report. */
    static final class Job {
        final String id;
        final String username;
        final String fileName;
        final Path file;
        final Instant started = Instant.now();
        final AtomicLong rowsRead = new AtomicLong();
        volatile State state = State.QUEUED;
        volatile ImportReport report;
        volatile String failure;
        volatile Instant finished;

        Job(String id, String username, String fileName, Path file) {
            this.id = id;
            this.username = username;
            this.fileName = fileName;
            this.file = file;
        }

        public String getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public State getState() {
            return state;
        }

        public long getRowsRead() {
            return rowsRead.get();
        }

        public ImportReport getReport() {
            return report;
        }

        public String getFailure() {
            return failure;
        }

        public long getSeconds() {
            return Duration.between(started, finished == null ? Instant.now() : finished)
                    .toSeconds();
        }

        public boolean isFinished() {
            return state == State.DONE || state == State.FAILED;
        }
    }

    /** An upload refused because too many imports wait: {@code messageKey} says which limit, for the page. */
    static final class Busy extends RuntimeException {
        final String messageKey;
        final int limit;

        Busy(String messageKey, int limit) {
            super(messageKey + " (" + limit + ")", null, false, false);
            this.messageKey = messageKey;
            this.limit = limit;
        }
    }

    private final RegistryImport imports;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor;
    private final int perUser;
    private final int maxQueued;

    ImportJobs(
            RegistryImport imports,
            @Value("${innopark.import.workers:2}") int workers,
            @Value("${innopark.import.max-jobs-per-user:2}") int perUser,
            @Value("${innopark.import.max-queued:8}") int maxQueued) {
        if (workers < 1 || perUser < 1 || maxQueued < 1) {
            throw new IllegalArgumentException(
                    "innopark.import.workers, max-jobs-per-user and max-queued must be at least 1");
        }
        this.imports = imports;
        this.perUser = perUser;
        this.maxQueued = maxQueued;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(maxQueued), r -> {
                    Thread t = new Thread(r, "console-import-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Starts importing an uploaded file (already saved at {@code file}) on behalf of the account.
     *
     * @throws Busy when the user already has the most imports allowed waiting or running, or the queue is full;
     *     the file is then deleted
     */
    Job start(Path file, String fileName, String table, Accounts.Account account) {
        forgetOld();
        Job job = new Job(UUID.randomUUID().toString(), account.username(), fileName, file);
        synchronized (this) {
            long mine = jobs.values().stream()
                    .filter(j -> j.username.equals(account.username()) && !j.isFinished())
                    .count();
            if (mine >= perUser) {
                deleteQuietly(file);
                throw new Busy("imports.busyUser", perUser);
            }
            jobs.put(job.id, job);
            try {
                // runs at once on an idle worker, else waits in the queue of maxQueued; refused when that is full
                executor.execute(() -> run(job, table, account));
            } catch (RejectedExecutionException e) {
                jobs.remove(job.id);
                deleteQuietly(file);
                throw new Busy("imports.busy", maxQueued);
            }
        }
        return job;
    }

    /** Imports waiting for a worker. */
    int queued() {
        return executor.getQueue().size();
    }

    private void run(Job job, String table, Accounts.Account account) {
        job.state = State.RUNNING;
        try {
            job.report = imports.importFile(new RegistryImport.Request(
                    job.file, job.fileName, table, account.username(), account.scope(), job.rowsRead::set));
            job.rowsRead.set(job.report.rows());
            job.state = State.DONE;
        } catch (IllegalArgumentException | IOException e) {
            job.failure = e.getMessage();
            job.state = State.FAILED;
        } catch (RuntimeException e) {
            log.error("Import of {} failed", job.fileName, e);
            job.failure = e.getClass().getSimpleName();
            job.state = State.FAILED;
        } finally {
            job.finished = Instant.now();
            if (job.report == null || job.report.accepted()) {
                deleteQuietly(job.file);
            }
        }
    }

    /** The user's job, if it exists and is theirs. */
    Optional<Job> find(String id, String username) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.username.equals(username));
    }

    /** Writes the rejected file with its bad cells marked. */
    boolean writeRejectedCopy(Job job, OutputStream out) throws IOException {
        if (job.report == null || job.report.accepted() || !Files.exists(job.file)) {
            return false;
        }
        imports.writeAnnotatedCopy(job.file, job.report, out);
        return true;
    }

    private void forgetOld() {
        Instant cutoff = Instant.now().minus(KEEP);
        List<Job> finished = new ArrayList<>(jobs.values().stream()
                .filter(Job::isFinished)
                .sorted(Comparator.comparing((Job j) -> j.finished))
                .toList());
        int excess = jobs.size() - MAX_JOBS + 1;
        for (Job j : finished) {
            if (j.finished.isBefore(cutoff) || excess-- > 0) {
                jobs.remove(j.id);
                deleteQuietly(j.file);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        jobs.values().forEach(j -> deleteQuietly(j.file));
    }
}
