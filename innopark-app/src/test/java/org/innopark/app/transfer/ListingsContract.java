package org.innopark.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.transfer.ListingFlow.IntentState;
import org.innopark.app.transfer.ListingFlow.ListingState;
import org.innopark.app.transfer.ListingFlow.Move;
import org.innopark.engine.demo.DemoTransfer;
import org.innopark.engine.transfer.ContractStatistics;
import org.innopark.engine.transfer.ResearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 挂牌交易 on every database: a result of park A listed, an enterprise of park B expressing intent, 洽谈, 签约 and
 * 登记 ending in a contract park B's statistics count; an illegal move refused with nothing written; tenancy (park C
 * sees no intent and no notification; park B cannot act on a result park A does not share). The test's results are
 * numbered L-…, its contracts LST… (the demo's 16-digit ones have 99 at the 11th digit); every result, listing and
 * those contracts are removed before and after each test.
 */
abstract class ListingsContract {

    static final String A = "CCHTZ";
    static final String B = "CZHTZ";
    static final String USER = "listings-contract";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    TransferRegistry registry;

    @Autowired
    TransferListings listings;

    @Autowired
    TransferContracts contracts;

    @Autowired
    TransferDemoLoader demo;

    Accounts.Account aStaff;
    Accounts.Account bStaff;
    Accounts.Account cStaff;
    String c;
    String bFirm;
    String bFirmName;

    static Accounts.Account analyst(String park) {
        return new Accounts.Account(USER + "-" + park, Role.PARK_ANALYST, park, null, true);
    }

    @BeforeEach
    void setUp() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        clean();
        c = jdbc.queryForList("SELECT code FROM park WHERE code NOT IN (?, ?) ORDER BY code", String.class, A, B)
                .get(0);
        aStaff = analyst(A);
        bStaff = analyst(B);
        cStaff = analyst(c);
        bFirm = jdbc.queryForList(
                        "SELECT credit_code FROM enterprise WHERE park_code = ? ORDER BY credit_code", String.class, B)
                .get(0)
                .strip();
        bFirmName = jdbc.queryForObject("SELECT name FROM enterprise WHERE credit_code = ?", String.class, bFirm);
        registry.save(
                TransferRegistry.RESULTS,
                USER,
                List.of(
                        result("L-1", "高镍三元正极材料表面包覆改性技术", "新能源/锂离子电池", true),
                        result("L-2", "焊缝视觉跟踪与自适应焊接控制系统", "智能制造/工业机器人", false)));
    }

    static ResearchResult result(String no, String name, String field, boolean shared) {
        return new ResearchResult(
                no,
                name,
                name + ":已完成中试,可小批量供货",
                List.of("中试"),
                "原始性创新",
                null,
                null,
                "中期阶段",
                "东北工业大学",
                field,
                "许可",
                new BigDecimal("1200000.00"),
                A,
                shared);
    }

    @AfterEach
    void clean() {
        for (String t :
                List.of("transfer_notification", "transfer_listing_step", "transfer_intent", "transfer_listing")) {
            jdbc.update("DELETE FROM " + t);
        }
        // the results of other tests too: the demo's listings take every shared result of the two parks
        jdbc.update("DELETE FROM transfer_result");
        jdbc.update("DELETE FROM transfer_contract WHERE registration_no LIKE 'LST%'"
                + " OR (LENGTH(registration_no) = 16 AND SUBSTRING(registration_no, 11, 2) = '99')");
        jdbc.update("DELETE FROM tech_contract WHERE registration_no LIKE 'LST%'"
                + " OR (LENGTH(registration_no) = 16 AND SUBSTRING(registration_no, 11, 2) = '99')");
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    int audited() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE entity IN ('transfer_listing', 'transfer_intent',"
                        + " 'transfer_contract') AND username LIKE ?",
                Integer.class,
                USER + "%");
    }

    TransferListings.MoveRequest sign(long intent) {
        return new TransferListings.MoveRequest(
                Move.SIGN,
                intent,
                "双方就许可范围达成一致",
                null,
                "技术许可",
                new BigDecimal("1000000.00"),
                new BigDecimal("850000.00"),
                "新能源与高效节能",
                "专利",
                null,
                null);
    }

    @Test
    void aSharedResultGoesFromListingToARegisteredContractParkBCounts() {
        int audit0 = audited();
        long before = contracts
                .statistics(B, LocalDate.now().getYear())
                .map(r -> r.inflow().totals().current().count())
                .orElse(0L);
        TransferListings.Listing l =
                listings.list(aStaff, A, new TransferListings.ListingRequest("L-1", null, null, null));
        assertThat(l.state()).isEqualTo(ListingState.LISTED);
        assertThat(l.listingPriceYuan()).isEqualByComparingTo("1200000.00");
        assertThat(l.transferMode()).isEqualTo("许可");
        // park B sees it on its board (the result is shared) and its enterprise expresses intent
        assertThat(listings.board(bStaff, B, TransferListings.Filter.NONE))
                .extracting(TransferListings.Listing::id)
                .contains(l.id());
        TransferListings.Intent i = listings.express(
                bStaff, B, l.id(), new TransferListings.IntentRequest(bFirm, "王磊", "13804310000", "想了解中试数据"));
        assertThat(i.enterprise()).isEqualTo(bFirmName);
        assertThat(i.state()).isEqualTo(IntentState.SUBMITTED);
        // park B's staff cannot take the intent into negotiation: that is the listing park's move
        assertThatThrownBy(() ->
                        listings.move(bStaff, B, l.id(), TransferListings.MoveRequest.of(Move.NEGOTIATE, i.id(), null)))
                .isInstanceOf(TransferRefused.class)
                .hasMessageContaining("只有挂牌园区可以进入洽谈");
        listings.move(aStaff, A, l.id(), TransferListings.MoveRequest.of(Move.NEGOTIATE, i.id(), "约定现场考察"));
        TransferListings.ListingView signed = listings.move(aStaff, A, l.id(), sign(i.id()));
        assertThat(signed.listing().state()).isEqualTo(ListingState.SIGNED);
        assertThat(signed.listing().contractType()).isEqualTo("LICENSING");
        // the enterprise's park registers the contract (登记), through the contracts' own registration
        TransferListings.ListingView done = listings.move(
                bStaff, B, l.id(), TransferListings.MoveRequest.register(null, "LST0000000000001", "常州市技术合同登记处", null));
        assertThat(done.listing().state()).isEqualTo(ListingState.REGISTERED);
        assertThat(done.intents()).extracting(TransferListings.Intent::state).containsExactly(IntentState.REGISTERED);
        assertThat(done.moves()).isEmpty();
        TransferContracts.ContractRow row = contracts.contracts(B).stream()
                .filter(x -> x.contract().registrationNo().equals("LST0000000000001"))
                .findFirst()
                .orElseThrow();
        assertThat(row.buyerCreditCode()).isEqualTo(bFirm);
        assertThat(row.contract().sellerName()).isEqualTo("东北工业大学");
        assertThat(row.contract().typeCode()).isEqualTo("LICENSING");
        assertThat(row.contract().technologyAmountYuan()).isEqualByComparingTo("850000.00");
        assertThat(row.contract().field()).isEqualTo("新能源与高效节能");
        // the seller's region is park A's (吉林), so park B counts it as 吸纳 from out of the province
        ContractStatistics.Report r =
                contracts.statistics(B, LocalDate.now().getYear()).orElseThrow();
        assertThat(r.inflow().totals().current().count()).isEqualTo(before + 1);
        assertThat(r.inflow().byProvince())
                .extracting(ContractStatistics.Group::label)
                .contains("吉林省");
        // each step dated, in order: listed, submitted, negotiating, signed, registered (listing and intent)
        List<String> steps = done.steps().stream()
                .map(s -> (s.intentId() == null ? "L:" : "I:") + s.toState())
                .toList();
        assertThat(steps)
                .containsExactly(
                        "L:LISTED",
                        "I:SUBMITTED",
                        "I:NEGOTIATING",
                        "L:NEGOTIATING",
                        "I:SIGNED",
                        "L:SIGNED",
                        "I:REGISTERED",
                        "L:REGISTERED");
        assertThat(done.steps()).allSatisfy(s -> assertThat(s.on()).isEqualTo(LocalDate.now()));
        // both parks were told at each step after the listing; every change audited
        assertThat(listings.notifications(aStaff, A))
                .extracting(TransferListings.Notification::kind)
                .containsExactly("REGISTER", "SIGN", "NEGOTIATE", "INTENT", TransferListings.LISTED);
        assertThat(listings.notifications(bStaff, B))
                .extracting(TransferListings.Notification::kind)
                .containsExactly("REGISTER", "SIGN", "NEGOTIATE", "INTENT");
        assertThat(listings.unread(B)).isEqualTo(4);
        assertThat(listings.markRead(bStaff, B)).isEqualTo(4);
        assertThat(listings.unread(B)).isZero();
        assertThat(listings.unread(A)).isEqualTo(5);
        // listing: create + 3 updates; intent: create + 3 updates; the contract: create
        assertThat(audited()).isEqualTo(audit0 + 9);
    }

    @Test
    void anIllegalMoveIsRefusedNamingTheStateAndTheAllowedMovesAndWritesNothing() {
        TransferListings.Listing l =
                listings.list(aStaff, A, new TransferListings.ListingRequest("L-1", null, null, null));
        TransferListings.Intent i =
                listings.express(bStaff, B, l.id(), new TransferListings.IntentRequest(bFirm, "王磊", null, null));
        int steps = count("transfer_listing_step");
        int notes = count("transfer_notification");
        int audit = audited();
        int contractsBefore = count("tech_contract");
        assertThatThrownBy(() -> listings.move(aStaff, A, l.id(), sign(i.id())))
                .isInstanceOf(TransferRefused.class)
                .satisfies(e -> assertThat(((TransferRefused) e).conflict()).isTrue())
                .hasMessageContaining("挂牌当前状态为「挂牌中」,不能签约")
                .hasMessageContaining("进入洽谈、拒绝意向、撤回意向");
        assertThatThrownBy(() -> listings.move(
                        bStaff,
                        B,
                        l.id(),
                        TransferListings.MoveRequest.register(i.id(), "LST0000000000002", null, null)))
                .isInstanceOf(TransferRefused.class)
                .hasMessageContaining("挂牌当前状态为「挂牌中」,不能登记合同")
                .hasMessageContaining("可执行:登记意向、进入洽谈、拒绝意向、撤回意向、撤牌");
        // a contract with a 技术领域 outside the code list is refused at signing, naming the valid ones
        listings.move(aStaff, A, l.id(), TransferListings.MoveRequest.of(Move.NEGOTIATE, i.id(), null));
        int afterNegotiation = count("transfer_listing_step");
        TransferListings.MoveRequest bad = new TransferListings.MoveRequest(
                Move.SIGN, i.id(), null, null, "技术入股", BigDecimal.TEN, BigDecimal.ONE, "量子", "专利", null, null);
        assertThatThrownBy(() -> listings.move(aStaff, A, l.id(), bad))
                .isInstanceOf(TransferRefused.class)
                .hasMessageContaining("合同类型应为")
                .hasMessageContaining("技术领域应为");
        assertThat(count("transfer_listing_step")).isEqualTo(afterNegotiation);
        assertThat(afterNegotiation).isEqualTo(steps + 2);
        assertThat(count("transfer_notification")).isEqualTo(notes + 2);
        assertThat(audited()).isEqualTo(audit + 2);
        assertThat(count("tech_contract")).isEqualTo(contractsBefore);
        assertThat(listings.view(aStaff, A, l.id()).listing().state()).isEqualTo(ListingState.NEGOTIATING);
        // withdrawing the intent in negotiation lists the result again; a withdrawn intent takes no move
        listings.move(bStaff, B, l.id(), TransferListings.MoveRequest.of(Move.WITHDRAW_INTENT, i.id(), "企业预算调整"));
        assertThat(listings.view(aStaff, A, l.id()).listing().state()).isEqualTo(ListingState.LISTED);
        assertThatThrownBy(() ->
                        listings.move(aStaff, A, l.id(), TransferListings.MoveRequest.of(Move.NEGOTIATE, i.id(), null)))
                .isInstanceOf(TransferRefused.class)
                .hasMessageContaining("意向当前状态为「已撤回」")
                .hasMessageContaining("无(流程已结束)");
    }

    @Test
    void aListingTakesIntentsUntilItsClosingDayAndNoneAfter() {
        LocalDate today = LocalDate.now();
        TransferListings.Listing closed = transactions.execute(t -> listings.listAs(
                "a-staff",
                A,
                new TransferListings.ListingRequest("L-1", null, today.minusDays(1), null),
                today.minusDays(30)));
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM transfer_intent", Integer.class);
        assertThatThrownBy(() -> listings.express(
                        bStaff, B, closed.id(), new TransferListings.IntentRequest(bFirm, "王磊", null, null)))
                .isInstanceOf(TransferRefused.class)
                .hasMessageContaining("挂牌已于" + today.minusDays(1) + "截止");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transfer_intent", Integer.class))
                .isEqualTo(before);
        TransferListings.Listing lastDay = transactions.execute(t -> listings.listAs(
                "a-staff", A, new TransferListings.ListingRequest("L-2", null, today, null), today.minusDays(30)));
        String aFirm = jdbc.queryForList(
                        "SELECT credit_code FROM enterprise WHERE park_code = ? ORDER BY credit_code", String.class, A)
                .get(0)
                .strip();
        TransferListings.Intent onTheDay =
                listings.express(aStaff, A, lastDay.id(), new TransferListings.IntentRequest(aFirm, "李娜", null, null));
        assertThat(onTheDay.state()).isEqualTo(IntentState.SUBMITTED);
    }

    @Test
    void parkCSeesNoIntentAndParkBCannotActOnAnUnsharedResult() {
        TransferListings.Listing shared =
                listings.list(aStaff, A, new TransferListings.ListingRequest("L-1", null, null, null));
        TransferListings.Listing unshared =
                listings.list(aStaff, A, new TransferListings.ListingRequest("L-2", null, null, null));
        listings.express(bStaff, B, shared.id(), new TransferListings.IntentRequest(bFirm, "王磊", null, "b 的留言"));
        // park B: the shared listing only; no intent on the unshared one, not even by its id
        assertThat(listings.board(bStaff, B, TransferListings.Filter.NONE))
                .extracting(TransferListings.Listing::id)
                .containsExactly(shared.id());
        assertThatThrownBy(() -> listings.express(
                        bStaff, B, unshared.id(), new TransferListings.IntentRequest(bFirm, "王磊", null, null)))
                .isInstanceOf(TransferNotFound.class);
        assertThatThrownBy(() -> listings.view(bStaff, B, unshared.id())).isInstanceOf(TransferNotFound.class);
        // nor list park A's result as its own
        assertThatThrownBy(() -> listings.list(bStaff, B, new TransferListings.ListingRequest("L-1", null, null, null)))
                .isInstanceOf(TransferNotFound.class);
        // park C sees the shared listing, but no intent, no step of one and no notification
        TransferListings.ListingView seenByC = listings.view(cStaff, c, shared.id());
        assertThat(seenByC.intents()).isEmpty();
        assertThat(seenByC.steps()).allSatisfy(s -> assertThat(s.intentId()).isNull());
        assertThat(seenByC.moves()).containsExactly(Move.INTENT);
        assertThat(listings.notifications(cStaff, c)).isEmpty();
        assertThat(listings.board(cStaff, c, new TransferListings.Filter(null, null, "焊缝", null)))
                .isEmpty();
        // park A sees both listings and park B's intent; park B's enterprise is not park C's to act on
        assertThat(listings.view(aStaff, A, shared.id()).intents())
                .extracting(TransferListings.Intent::creditCode)
                .containsExactly(bFirm);
        assertThatThrownBy(() -> listings.express(
                        cStaff, c, shared.id(), new TransferListings.IntentRequest(bFirm, "王磊", null, null)))
                .isInstanceOf(TransferRefused.class)
                .hasMessageContaining("本园区登记库中的企业");
        // another park's staff get nothing of park A
        assertThatThrownBy(() -> listings.board(bStaff, A, TransferListings.Filter.NONE))
                .isInstanceOf(TransferNotFound.class);
    }

    @Test
    void theDemoShowsListingsAtEveryStageWithTheRegisteredOnesCounted() {
        registry.save(
                TransferRegistry.RESULTS,
                USER,
                List.of(
                        result("L-3", "数控机床主轴热误差补偿技术", "智能制造/数控机床", true),
                        result("L-4", "工业废水膜浓缩液零排放处理工艺", "环境保护/水处理", true),
                        result("L-5", "骨科植入物表面羟基磷灰石涂层技术", "生物医药/医疗器械", true),
                        result("L-6", "农作物秸秆制备生物炭基肥技术", "农业/肥料", true),
                        result("L-7", "车规级功率模块银烧结封装工艺", "电子信息/功率半导体", true)));
        List<DemoTransfer.Firm> aFirms = firms(A);
        List<DemoTransfer.Firm> bFirms = firms(B);
        java.util.Map<String, List<DemoTransfer.Firm>> firmsOf = new java.util.TreeMap<>();
        firmsOf.put(A, aFirms);
        firmsOf.put(B, bFirms);
        int n = demo.listings(firmsOf, LocalDate.now());
        assertThat(n).isEqualTo(6);
        List<TransferListings.Listing> board = listings.board(aStaff, A, TransferListings.Filter.NONE);
        assertThat(board).hasSize(6);
        assertThat(board).extracting(TransferListings.Listing::state).containsOnly(ListingState.values());
        TransferListings.Listing registered = board.stream()
                .filter(x -> x.state() == ListingState.REGISTERED)
                .findFirst()
                .orElseThrow();
        assertThat(registered.registrationNo()).hasSize(16);
        // registered in park B (the intent came from its enterprise), where the statistics count it
        assertThat(contracts.contracts(B))
                .extracting(x -> x.contract().registrationNo())
                .contains(registered.registrationNo());
        // the steps lie on five different days, in order: listed, intent, 洽谈, 签约, 登记
        List<LocalDate> days = listings.view(aStaff, A, registered.id()).steps().stream()
                .map(TransferListings.Step::on)
                .toList();
        assertThat(days).isSorted();
        assertThat(new java.util.HashSet<>(days)).hasSize(5);
    }

    List<DemoTransfer.Firm> firms(String park) {
        return jdbc.query(
                "SELECT credit_code, name FROM enterprise WHERE park_code = ? ORDER BY credit_code FETCH FIRST 10 ROWS"
                        + " ONLY",
                (rs, x) -> new DemoTransfer.Firm(rs.getString(1).strip(), rs.getString(2), "专用设备制造业"),
                park);
    }
}
