package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.innopark.app.registry.imports.ImportError;
import org.innopark.app.registry.imports.ImportReport;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's background imports: several workers, a limit per user and on the queue, and the uploaded file
 * deleted in every outcome. The importer is a stand-in whose imports of a file named "slow…" wait for a latch.
 */
class ImportJobsTests {

    @TempDir
    Path dir;

    final CountDownLatch release = new CountDownLatch(1);
    final RegistryImport imports = mock(RegistryImport.class);
    ImportJobs jobs;

    static Accounts.Account admin(String name) {
        return new Accounts.Account(name, Role.SYSTEM_ADMIN, null, null, true);
    }

    ImportJobs jobs(int workers, int perUser, int queued) throws IOException {
        when(imports.importFile(any())).thenAnswer(call -> {
            RegistryImport.Request r = call.getArgument(0);
            if (r.fileName().startsWith("slow")) {
                release.await(30, TimeUnit.SECONDS);
            }
            if (r.fileName().startsWith("boom")) {
                throw new IllegalStateException("database gone");
            }
            boolean bad = r.fileName().startsWith("bad");
            return new ImportReport(
                    1L,
                    r.fileName(),
                    "0",
                    bad ? ImportReport.Status.REJECTED : ImportReport.Status.ACCEPTED,
                    List.of(),
                    1,
                    bad ? 0 : 1,
                    0,
                    0,
                    bad ? 1 : 0,
                    bad ? List.of(new ImportError(null, 2, "", "", "错", "bad")) : List.of());
        });
        jobs = new ImportJobs(imports, workers, perUser, queued);
        return jobs;
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (jobs != null) {
            jobs.stop();
        }
    }

    Path upload(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "x");
    }

    static void awaitFinished(ImportJobs.Job job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!job.isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(job.isFinished()).as("job %s finished", job.fileName).isTrue();
    }

    @Test
    void aSmallImportOfAnotherParkDoesNotWaitBehindALargeOne() throws Exception {
        jobs(2, 2, 8);
        ImportJobs.Job large = jobs.start(upload("slow.csv"), "slow.csv", null, admin("a"));
        ImportJobs.Job small = jobs.start(upload("small.csv"), "small.csv", null, admin("b"));
        awaitFinished(small);
        assertThat(small.getState()).isEqualTo(ImportJobs.State.DONE);
        assertThat(large.isFinished()).isFalse();
    }

    @Test
    void aUserWithTheMostImportsAllowedIsRefusedAndTheUploadDeleted() throws Exception {
        jobs(1, 2, 8);
        jobs.start(upload("slow1.csv"), "slow1.csv", null, admin("a"));
        jobs.start(upload("slow2.csv"), "slow2.csv", null, admin("a"));
        Path third = upload("slow3.csv");
        assertThatThrownBy(() -> jobs.start(third, "slow3.csv", null, admin("a")))
                .isInstanceOfSatisfying(ImportJobs.Busy.class, b -> {
                    assertThat(b.messageKey).isEqualTo("imports.busyUser");
                    assertThat(b.limit).isEqualTo(2);
                });
        assertThat(third).doesNotExist();
        // another user is not held to the first one's limit
        jobs.start(upload("slow4.csv"), "slow4.csv", null, admin("b"));
    }

    @Test
    void aFullQueueRefusesTheUploadAndDeletesIt() throws Exception {
        jobs(1, 5, 2);
        jobs.start(upload("slow1.csv"), "slow1.csv", null, admin("a"));
        // the first runs; two wait
        jobs.start(upload("slow2.csv"), "slow2.csv", null, admin("b"));
        jobs.start(upload("slow3.csv"), "slow3.csv", null, admin("c"));
        Path fourth = upload("slow4.csv");
        assertThatThrownBy(() -> jobs.start(fourth, "slow4.csv", null, admin("d")))
                .isInstanceOfSatisfying(
                        ImportJobs.Busy.class, b -> assertThat(b.messageKey).isEqualTo("imports.busy"));
        assertThat(fourth).doesNotExist();
    }

    @Test
    void theUploadIsDeletedWhenAcceptedOrFailedAndKeptForTheMarkedCopyWhenRejected() throws Exception {
        jobs(2, 5, 8);
        Path ok = upload("ok.csv");
        Path boom = upload("boom.csv");
        Path bad = upload("bad.csv");
        ImportJobs.Job accepted = jobs.start(ok, "ok.csv", null, admin("a"));
        ImportJobs.Job failed = jobs.start(boom, "boom.csv", null, admin("a"));
        awaitFinished(accepted);
        awaitFinished(failed);
        ImportJobs.Job rejected = jobs.start(bad, "bad.csv", null, admin("a"));
        awaitFinished(rejected);
        assertThat(failed.getState()).isEqualTo(ImportJobs.State.FAILED);
        assertThat(ok).doesNotExist();
        assertThat(boom).doesNotExist();
        assertThat(bad).exists();
        jobs.stop();
        assertThat(bad).doesNotExist();
        jobs = null;
    }
}
