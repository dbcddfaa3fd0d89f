package org.innopark.engine.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.ReportField;

/**
 * The enterprises of one park that park-level records (platforms, carriers, talents, projects, contracts) may name,
 * kept in bounded memory while the enterprises stream past: the strongest R&D spenders (a top-K heap) and a uniform
 * reservoir sample of all. Only enterprises already emitted are ever offered.
 */
final class HostPool {

    /** What a park-level record needs to know about an enterprise. */
    record Host(
            long index,
            CreditCode code,
            String name,
            String brand,
            HighTechField field,
            int registeredYear,
            int lastYear,
            double rdExpense) {

        boolean activeIn(int year) {
            return registeredYear < year && lastYear >= year;
        }
    }

    private static final Comparator<Host> WEAKEST_FIRST =
            Comparator.comparingDouble(Host::rdExpense).thenComparing(Host::index, Comparator.reverseOrder());

    private final int researchCapacity;
    private final int sampleCapacity;
    private final PriorityQueue<Host> research;
    private final List<Host> sample;
    private final Draw draw;
    private long offered;

    HostPool(int researchCapacity, int sampleCapacity, Draw draw) {
        this.researchCapacity = Math.max(1, researchCapacity);
        this.sampleCapacity = Math.max(1, sampleCapacity);
        this.research = new PriorityQueue<>(this.researchCapacity, WEAKEST_FIRST);
        this.sample = new ArrayList<>(Math.min(this.sampleCapacity, 4096));
        this.draw = draw;
    }

    void offer(Firm f, String brand) {
        Host host = new Host(
                f.index,
                f.code(),
                f.enterprise.name(),
                brand,
                f.enterprise.highTechField(),
                f.registered().getYear(),
                f.lastYear,
                f.get(f.lastYear, ReportField.RD_EXPENSE));
        if (research.size() < researchCapacity) {
            research.add(host);
        } else if (WEAKEST_FIRST.compare(host, research.peek()) > 0) {
            research.poll();
            research.add(host);
        }
        if (sample.size() < sampleCapacity) {
            sample.add(host);
        } else {
            long j = draw.below(offered + 1);
            if (j < sampleCapacity) {
                sample.set((int) j, host);
            }
        }
        offered++;
    }

    boolean isEmpty() {
        return offered == 0;
    }

    /** The R&D leaders, strongest first. */
    List<Host> research() {
        List<Host> list = new ArrayList<>(research);
        list.sort(WEAKEST_FIRST.reversed());
        return list;
    }

    List<Host> sample() {
        return List.copyOf(sample);
    }
}
