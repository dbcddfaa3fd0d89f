package org.innopark.app.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.demo.DemoTransfer;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.transfer.RegistryLists;
import org.springframework.stereotype.Service;

/**
 * Loads the demo's technology transfer for every park of the registry ({@link DemoTransfer}: results, experts and
 * instruments, most shared, and demands of each park's enterprises), then builds the matching index. For {@code serve
 * --demo}: done when the transfer registry is empty, so a demo database made before keeps its data.
 */
@Service
public class TransferDemoLoader {

    /** The enterprises of a park a demand may be given to (the first ones by credit code). */
    static final int FIRMS = 2_000;

    /** The demo's user in the audit log. */
    static final String USER = "demo";

    private final TransferRegistry registry;
    private final TransferSearch search;
    private final RegistryReads reads;

    TransferDemoLoader(TransferRegistry registry, TransferSearch search, RegistryReads reads) {
        this.registry = registry;
        this.search = search;
        this.reads = reads;
    }

    public boolean isEmpty() {
        return registry.all(TransferRegistry.RESULTS, null).isEmpty()
                && registry.all(TransferRegistry.DEMANDS, null).isEmpty();
    }

    /**
     * Generates and writes each park's objects and demands, and rebuilds the index.
     *
     * @return the number of objects and demands written
     */
    public int load(long seed, DemoTransfer.Sizes sizes) {
        DemoTransfer demo = new DemoTransfer(RegistryLists.builtIn());
        int n = 0;
        int parkNumber = 0;
        for (String park : reads.parkCodes()) {
            parkNumber++;
            List<DemoTransfer.Firm> firms = new ArrayList<>();
            for (Enterprise e : reads.enterprises(park, null)) {
                if (firms.size() >= FIRMS) {
                    break;
                }
                firms.add(new DemoTransfer.Firm(
                        e.creditCode().value(),
                        e.name(),
                        e.industry() == null ? "" : e.industry().divisionName()));
            }
            DemoTransfer.Batch b = demo.generate(park, parkNumber, firms, seed, LocalDate.now(), sizes);
            registry.save(TransferRegistry.RESULTS, USER, b.results());
            registry.save(TransferRegistry.EXPERTS, USER, b.experts());
            registry.save(TransferRegistry.INSTRUMENTS, USER, b.instruments());
            registry.save(TransferRegistry.DEMANDS, USER, b.demands());
            n += b.results().size()
                    + b.experts().size()
                    + b.instruments().size()
                    + b.demands().size();
        }
        search.reindex(null);
        return n;
    }
}
