package org.innopark.app.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStore;
import org.innopark.engine.demo.DemoContracts;
import org.innopark.engine.demo.DemoTransfer;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.TechContract;
import org.innopark.engine.transfer.ContractDetails;
import org.innopark.engine.transfer.RegistryLists;
import org.springframework.stereotype.Service;

/**
 * Loads the demo's technology transfer for every park of the registry ({@link DemoTransfer}: results, experts and
 * instruments, most shared, and demands of each park's enterprises; the registration forms of its technology contracts
 * and the contracts its enterprises bought from outside), then builds the matching index. For {@code serve
 * --demo}: done when the transfer registry is empty, so a demo database made before keeps its data.
 */
@Service
public class TransferDemoLoader {

    /** The enterprises of a park a demand may be given to (the first ones by credit code). */
    static final int FIRMS = 2_000;

    /** The demo's user in the audit log. */
    static final String USER = "demo";

    /** The contracts a park's enterprises buy from outside in a year, as a share of the ones they sell. */
    static final double PURCHASES = 0.3;

    private final TransferRegistry registry;
    private final TransferSearch search;
    private final RegistryReads reads;
    private final TransferContracts contracts;
    private final RegistryStore store;

    TransferDemoLoader(
            TransferRegistry registry,
            TransferSearch search,
            RegistryReads reads,
            TransferContracts contracts,
            RegistryStore store) {
        this.registry = registry;
        this.search = search;
        this.reads = reads;
        this.contracts = contracts;
        this.store = store;
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
            n += contracts(park, firms, seed);
            n += b.results().size()
                    + b.experts().size()
                    + b.instruments().size()
                    + b.demands().size();
        }
        search.reindex(null);
        return n;
    }

    /**
     * The registration forms of the park's registry contracts, and the contracts its enterprises bought from outside
     * the park ({@link DemoContracts}); returns the number of contracts written.
     */
    int contracts(String park, List<DemoTransfer.Firm> firms, long seed) {
        Optional<String> region = reads.parkRegion(park);
        if (region.isEmpty() || firms.isEmpty()) {
            return 0;
        }
        String parkRegion = region.get();
        String body = reads.parkCity(park).orElse("") + "技术合同登记处";
        DemoContracts demo = new DemoContracts(contracts.lists());
        Map<String, String> industries = new HashMap<>();
        firms.forEach(f -> industries.put(f.creditCode(), f.industry()));
        java.util.Set<String> parkFirms = reads.creditCodes(park);
        List<ContractDetails> forms = new ArrayList<>();
        Map<Integer, Integer> sold = new TreeMap<>();
        for (TechContract c : reads.techContracts(park)) {
            String seller =
                    c.sellerCreditCode() == null ? null : c.sellerCreditCode().value();
            boolean buyerIn = c.buyerCreditCode() != null
                    && parkFirms.contains(c.buyerCreditCode().value());
            forms.add(demo.details(c, parkRegion, buyerIn, industries.get(seller), body, seed));
            sold.merge(c.registrationDate().getYear(), 1, Integer::sum);
        }
        List<DemoContracts.Buyer> buyers = firms.stream()
                .map(f -> new DemoContracts.Buyer(f.creditCode(), f.name(), f.industry()))
                .toList();
        List<TechContract> bought = new ArrayList<>();
        sold.forEach((year, count) -> {
            for (DemoContracts.Registered r :
                    demo.purchases(park, parkRegion, body, buyers, year, (int) Math.round(count * PURCHASES), seed)) {
                bought.add(r.contract());
                forms.add(r.details());
            }
        });
        store.saveContracts(bought);
        contracts.saveDetails(park, forms);
        return forms.size();
    }
}
