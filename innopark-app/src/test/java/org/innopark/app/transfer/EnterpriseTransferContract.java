package org.innopark.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.transfer.ListingFlow.IntentState;
import org.innopark.app.transfer.ListingFlow.Move;
import org.innopark.engine.transfer.ObjectType;
import org.innopark.engine.transfer.ResearchResult;
import org.innopark.engine.transfer.TechnologyDemand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an enterprise's own user (企业用户) does in technology transfer, on every database: 远宇 (firm X, 长春) posts a
 * demand that is matched, expresses intent on a listing of its park and is notified of it; 聚正 (firm Y, the same park)
 * gets "not found" for X's demand and intent as for ones that do not exist. The test's results are numbered EV-…; its
 * results, listings and the two firms' posted demands (QY…) are removed before and after each test.
 */
abstract class EnterpriseTransferContract {

    static final String A = "CCHTZ";
    static final String B = "CZHTZ";
    static final String Y_USER = "juzheng-user";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    TransferRegistry registry;

    @Autowired
    TransferSearch search;

    @Autowired
    TransferListings listings;

    @BeforeEach
    void setUp() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        if (accounts.find(Y_USER).isEmpty()) {
            accounts.create(Y_USER, DemoRegistry.PASSWORD, Role.ENTERPRISE, A, DemoRegistry.JUZHENG);
        }
        clean();
        List<ResearchResult> results = List.of(
                result("EV-1", "高镍三元正极材料表面包覆改性技术", "通过表面包覆抑制正极与电解液副反应,锂离子电池循环1000次容量保持率90%以上", A, false),
                result("EV-2", "焊缝视觉跟踪与自适应焊接控制系统", "基于线结构光的焊缝识别与焊接机器人轨迹实时纠偏", B, false));
        registry.save(TransferRegistry.RESULTS, "enterprise-view-test", results);
        search.indexResults(results);
    }

    static ResearchResult result(String no, String name, String summary, String park, boolean shared) {
        return new ResearchResult(
                no,
                name,
                summary,
                List.of("正极材料", "循环寿命"),
                "原始性创新",
                null,
                null,
                "中期阶段",
                "东北工业大学",
                "新能源/锂离子电池",
                "许可",
                new BigDecimal("1200000.00"),
                park,
                shared);
    }

    @AfterEach
    void clean() {
        String mine = "SELECT id FROM transfer_listing WHERE result_no LIKE 'EV-%'";
        for (String t : List.of("transfer_notification", "transfer_listing_step", "transfer_intent")) {
            jdbc.update("DELETE FROM " + t + " WHERE listing_id IN (" + mine + ")");
        }
        jdbc.update("DELETE FROM transfer_listing WHERE result_no LIKE 'EV-%'");
        jdbc.update("DELETE FROM transfer_result WHERE registration_no LIKE 'EV-%'");
        jdbc.update(
                "DELETE FROM transfer_demand WHERE demand_id LIKE 'QY%' AND credit_code IN (?, ?)",
                DemoRegistry.YUANYU, DemoRegistry.JUZHENG);
    }

    int demands() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transfer_demand", Integer.class);
    }

    int audited() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE entity = 'transfer_demand' AND username = ?",
                Integer.class,
                DemoRegistry.YUANYU_USER);
    }

    @Autowired
    EnterpriseTransfer transfer;

    Accounts.Account x() {
        return accounts.find(DemoRegistry.YUANYU_USER).orElseThrow();
    }

    Accounts.Account y() {
        return accounts.find(Y_USER).orElseThrow();
    }

    @Test
    void firmXsDemandIsMatchedAndItsIntentNotifiedFirmYFindsNeither() {
        TechnologyDemand d = transfer.post(
                x(),
                new EnterpriseTransfer.DemandForm(
                        "三元电池循环几百次后容量衰减明显", "想找改善锂离子电池正极材料循环寿命的技术", "电池制造", "35.5", "技术许可", null));
        assertThat(d.creditCode()).isEqualTo(DemoRegistry.YUANYU);
        assertThat(d.budgetYuan()).isEqualByComparingTo("355000.00");
        assertThat(transfer.demand(x(), d.id()).matches().get(ObjectType.RESULT))
                .extracting(TransferSearch.Found::id)
                .startsWith("EV-1");
        assertThat(transfer.demands(y())).extracting(TechnologyDemand::id).doesNotContain(d.id());
        assertThatThrownBy(() -> transfer.demand(y(), d.id())).isInstanceOf(TransferNotFound.class);
        assertThatThrownBy(() -> transfer.close(y(), d.id())).isInstanceOf(TransferNotFound.class);
        long listing = listings.list(
                        accounts.find(DemoRegistry.CC_ANALYST).orElseThrow(),
                        A,
                        new TransferListings.ListingRequest("EV-1", null, null, null))
                .id();
        TransferListings.Intent i =
                transfer.express(x(), listing, new EnterpriseTransfer.IntentForm("李娜", null, "想了解中试数据"));
        assertThat(i.creditCode()).isEqualTo(DemoRegistry.YUANYU);
        assertThat(transfer.intents(x())).extracting(v -> v.intent().id()).containsExactly(i.id());
        assertThat(transfer.notifications(x()))
                .extracting(TransferListings.Notification::kind)
                .containsExactly(Move.INTENT.name());
        assertThat(transfer.notifications(y())).isEmpty();
        assertThat(transfer.listing(y(), listing).intents()).isEmpty();
        assertThatThrownBy(() -> transfer.withdraw(y(), listing, i.id(), null)).isInstanceOf(TransferNotFound.class);
        transfer.withdraw(x(), listing, i.id(), "需求已由自研解决");
        assertThat(transfer.intents(x()).get(0).intent().state()).isEqualTo(IntentState.WITHDRAWN);
    }
}
