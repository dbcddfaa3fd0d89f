package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The import's write-behind thread: order, failures, and stopping. No database, no Spring. */
class WriteBehindTests {

    final List<Integer> done = new CopyOnWriteArrayList<>();

    @Test
    void runsTasksInOrderOnItsOwnThread() {
        List<String> threads = new CopyOnWriteArrayList<>();
        WriteBehind writer = new WriteBehind("test-writer", 1);
        for (int i = 0; i < 5; i++) {
            int n = i;
            writer.submit(() -> {
                threads.add(Thread.currentThread().getName());
                done.add(n);
            });
        }
        writer.finish();
        assertThat(done).containsExactly(0, 1, 2, 3, 4);
        assertThat(threads).containsOnly("test-writer");
    }

    @Test
    void aFailingTaskSkipsTheRestAndIsThrownToTheCaller() {
        WriteBehind writer = new WriteBehind("test-writer", 4);
        // the failure surfaces from whichever call comes after it: a later submit or the finish
        assertThatThrownBy(() -> {
                    writer.submit(() -> done.add(1));
                    writer.submit(() -> {
                        throw new IllegalStateException("disk full");
                    });
                    writer.submit(() -> done.add(3));
                    writer.finish();
                })
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full");
        writer.close();
        assertThat(done).containsExactly(1);
    }

    @Test
    void aFailureIsThrownByTheNextSubmit() throws Exception {
        WriteBehind writer = new WriteBehind("test-writer", 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch failed = new CountDownLatch(1);
        writer.submit(() -> {
            await(release);
            failed.countDown();
            throw new IllegalStateException("constraint violated");
        });
        release.countDown();
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThatThrownBy(() -> writer.submit(() -> done.add(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("constraint violated");
        writer.close();
        assertThat(done).isEmpty();
    }

    @Test
    void closeWaitsForTheRunningTaskAndSkipsTheWaitingOnes() throws Exception {
        WriteBehind writer = new WriteBehind("test-writer", 2);
        CountDownLatch started = new CountDownLatch(1);
        writer.submit(() -> {
            started.countDown();
            sleep(200);
            done.add(1);
        });
        writer.submit(() -> done.add(2));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        writer.close();
        // the running task ended before close returned; the waiting one never ran
        assertThat(done).containsExactly(1);
        Thread.sleep(100);
        assertThat(done).containsExactly(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
