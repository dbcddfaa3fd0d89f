package org.innopark.app.transfer;

import java.math.BigDecimal;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransferListings listings;
    private final TransactionTemplate transaction;

    TransferDemoLoader(
            TransferRegistry registry,
            TransferSearch search,
            RegistryReads reads,
            TransferContracts contracts,
            RegistryStore store,
            TransferListings listings,
            PlatformTransactionManager transactions) {
        this.registry = registry;
        this.search = search;
        this.reads = reads;
        this.contracts = contracts;
        this.store = store;
        this.listings = listings;
        this.transaction = new TransactionTemplate(transactions);
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
        Map<String, List<DemoTransfer.Firm>> firmsOf = new HashMap<>();
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
            firmsOf.put(park, firms);
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
        n += listings(firmsOf, LocalDate.now());
        search.reindex(null);
        return n;
    }

    /** The intents' contacts and messages, as enterprises write them. */
    private static final List<String> CONTACTS = List.of("王磊", "李静", "张建国", "刘晓燕", "陈志强", "赵敏", "孙海涛", "周丽");

    private static final List<String> MESSAGES = List.of(
            "我公司对这项成果比较感兴趣,想先了解一下中试数据和目前的成熟程度,方便的话请安排一次对接。",
            "我们现有产线有类似的工艺问题,想看看样品检测报告,再谈许可还是转让。",
            "公司今年有技改计划,希望了解技术转让费用和后续技术服务怎么安排。",
            "希望和持有单位的老师当面交流一次,看能否先做小批量试用。");

    /**
     * The demo's listing flow on every park: six of its shared results listed at different stages (挂牌中 without and
     * with intents, 洽谈中, 已签约, 已登记 with the contract counted, 已撤牌), the intents from its own enterprises and
     * from the next park's, each step on its own day over the last five months, through the listings' own moves.
     *
     * @return the number of listings written
     */
    int listings(Map<String, List<DemoTransfer.Firm>> firmsOf, LocalDate today) {
        List<String> parks = new ArrayList<>(firmsOf.keySet());
        java.util.Collections.sort(parks);
        int n = 0;
        for (int p = 0; p < parks.size(); p++) {
            String park = parks.get(p);
            String other = parks.get((p + 1) % parks.size());
            List<DemoTransfer.Firm> own = firmsOf.get(park);
            List<DemoTransfer.Firm> theirs = firmsOf.get(other);
            List<org.innopark.engine.transfer.ResearchResult> results =
                    registry.all(TransferRegistry.RESULTS, park).stream()
                            .filter(org.innopark.engine.transfer.ResearchResult::shared)
                            .limit(6)
                            .toList();
            if (results.size() < 6
                    || own.size() < 6
                    || theirs.size() < 6
                    || reads.parkRegion(park).isEmpty()) {
                continue;
            }
            int stage = 0;
            for (org.innopark.engine.transfer.ResearchResult r : results) {
                int k = stage++;
                transaction.executeWithoutResult(t -> stage(park, other, own, theirs, r, k, today));
                n++;
            }
        }
        // what the staff would have read already: all but the last eight weeks' notifications
        listings.markReadBefore(today.minusWeeks(8));
        return n;
    }

    /** One listing taken to its stage (0 listed … 5 delisted). */
    private void stage(
            String park,
            String other,
            List<DemoTransfer.Firm> own,
            List<DemoTransfer.Firm> theirs,
            org.innopark.engine.transfer.ResearchResult r,
            int stage,
            LocalDate today) {
        int[] ago = {30, 55, 80, 110, 150, 120};
        LocalDate on = today.minusDays(ago[stage]);
        TransferListings.Listing l = listings.listAs(
                USER, park, new TransferListings.ListingRequest(r.registrationNo(), null, on.plusMonths(6), null), on);
        if (stage == 0) {
            return;
        }
        boolean crossPark = stage % 2 == 0;
        DemoTransfer.Firm firm = crossPark ? theirs.get(stage) : own.get(stage);
        String firmPark = crossPark ? other : park;
        TransferListings.Intent i = listings.expressAs(
                USER,
                firmPark,
                l.id(),
                new TransferListings.IntentRequest(
                        firm.creditCode(),
                        CONTACTS.get((stage + park.length()) % CONTACTS.size()),
                        "1"
                                + (3_500_000_000L
                                        + Math.abs((long) firm.creditCode().hashCode()) % 499_999_999L),
                        MESSAGES.get(stage % MESSAGES.size())),
                on.plusDays(6));
        if (stage == 1) {
            DemoTransfer.Firm second = theirs.get(0);
            listings.expressAs(
                    USER,
                    other,
                    l.id(),
                    new TransferListings.IntentRequest(second.creditCode(), CONTACTS.get(0), null, MESSAGES.get(3)),
                    on.plusDays(12));
            return;
        }
        if (stage == 5) {
            move(park, l, i, ListingFlow.Move.REJECT, on.plusDays(20), "持有单位暂不考虑该转化方式");
            move(park, l, null, ListingFlow.Move.DELIST, on.plusDays(40), "持有单位决定自行实施转化");
            return;
        }
        move(park, l, i, ListingFlow.Move.NEGOTIATE, on.plusDays(14), "双方约定到企业现场考察");
        if (stage == 2) {
            return;
        }
        BigDecimal price = l.listingPriceYuan() == null || l.listingPriceYuan().signum() == 0
                ? BigDecimal.valueOf(800_000L)
                : l.listingPriceYuan();
        BigDecimal amount = price.multiply(BigDecimal.valueOf(0.9)).setScale(2, java.math.RoundingMode.HALF_UP);
        listings.moveAs(
                USER,
                park,
                l.id(),
                new TransferListings.MoveRequest(
                        ListingFlow.Move.SIGN,
                        i.id(),
                        "经三轮洽谈,双方就许可范围和付款方式达成一致",
                        on.plusDays(45),
                        contractType(r.transferMode()),
                        amount,
                        amount.multiply(BigDecimal.valueOf(0.85)).setScale(2, java.math.RoundingMode.HALF_UP),
                        contractField(r.field()),
                        "专利",
                        null,
                        null));
        if (stage == 3) {
            return;
        }
        LocalDate registered = on.plusDays(60);
        String region = reads.parkRegion(firmPark).orElseThrow();
        listings.moveAs(
                USER,
                firmPark,
                l.id(),
                TransferListings.MoveRequest.register(
                        i.id(),
                        String.format(
                                java.util.Locale.ROOT,
                                "%d%s%06d",
                                registered.getYear(),
                                region,
                                990_001 + l.id() % 9_000),
                        reads.parkCity(firmPark).orElse("") + "技术合同登记处",
                        registered));
    }

    private void move(
            String park,
            TransferListings.Listing l,
            TransferListings.Intent i,
            ListingFlow.Move m,
            LocalDate on,
            String note) {
        listings.moveAs(
                USER,
                park,
                l.id(),
                new TransferListings.MoveRequest(
                        m, i == null ? null : i.id(), note, on, null, null, null, null, null, null, null));
    }

    /** The contract type a result's 转化方式 suggests. */
    static String contractType(String transferMode) {
        if (transferMode == null) {
            return "DEVELOPMENT";
        }
        return switch (transferMode) {
            case "转让" -> "TRANSFER";
            case "许可" -> "LICENSING";
            default -> "DEVELOPMENT";
        };
    }

    /** The registration form's 技术领域 closest to a result's field (先进制造 when none is). */
    static String contractField(String field) {
        String f = field == null ? "" : field;
        if (f.matches(".*(电子|信息|软件|集成电路|通信|人工智能).*")) {
            return "电子信息";
        }
        if (f.matches(".*(医|药|生物).*")) {
            return "生物、医药和医疗器械";
        }
        if (f.matches(".*(能源|电池|节能|光伏|储能).*")) {
            return "新能源与高效节能";
        }
        if (f.matches(".*材料.*")) {
            return "新材料及其应用";
        }
        if (f.matches(".*(环境|环保|节水|固废).*")) {
            return "环境保护与资源综合利用";
        }
        if (f.matches(".*(农|种业|食品).*")) {
            return "农业";
        }
        if (f.matches(".*(汽车|交通|轨道).*")) {
            return "现代交通";
        }
        return "先进制造";
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
