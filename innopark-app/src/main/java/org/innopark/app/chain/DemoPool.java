package org.innopark.app.chain;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.chain.PoolEntry;
import org.innopark.engine.demo.CandidatePoolSimulation;
import org.springframework.stereotype.Service;

/**
 * Loads the demo's national candidate pool ({@link CandidatePoolSimulation}: firms across 40 cities with expansion
 * signals and dated moves into the demo parks), replacing the pool.
 */
@Service
public class DemoPool {

    /** The demo pool's size. */
    public static final int DEFAULT_SIZE = 100_000;

    /** The demo's "today": signals and moves are dated up to this day. */
    public static final LocalDate END = LocalDate.of(2026, 11, 30);

    private final CandidatePoolStore store;

    DemoPool(CandidatePoolStore store) {
        this.store = store;
    }

    public boolean isEmpty() {
        return store.size() == 0;
    }

    /** Replaces the pool with n generated firms; returns how many moved into a demo park. */
    public int load(int n, long seed, PrintStream progress) {
        store.clear();
        List<PoolEntry> batch = new ArrayList<>();
        int[] moved = {0};
        int[] written = {0};
        new CandidatePoolSimulation(seed, END).generate(n, e -> {
            batch.add(e);
            if (e.movedToPark() != null) {
                moved[0]++;
            }
            if (batch.size() == 20_000) {
                store.add(batch, "演示数据 / demo");
                written[0] += batch.size();
                batch.clear();
                if (progress != null) {
                    progress.printf("  已写入候选企业 / pool firms written: %,d / %,d%n", written[0], n);
                }
            }
        });
        store.add(batch, "演示数据 / demo");
        return moved[0];
    }
}
