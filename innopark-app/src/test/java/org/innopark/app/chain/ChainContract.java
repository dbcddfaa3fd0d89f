package org.innopark.app.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryReads.EnterpriseRecord;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.EmptyRegistry;
import org.innopark.engine.chain.AnalystDecision;
import org.innopark.engine.chain.Backtest;
import org.innopark.engine.chain.NodeStrength;
import org.innopark.engine.chain.ParkFirm;
import org.innopark.engine.chain.Target;
import org.innopark.engine.demo.DemoSpec;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.EnterpriseBusiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain feature over the registry and the pool, on every database: written once, run on H2 and PostgreSQL. */
abstract class ChainContract {

    static final DemoSpec SMALL = DemoSpec.defaults().withEnterprises(500).withYears(2);
    static final String PARK = "CCHTZ";
    static final String CHAIN = "biomedicine";

    @Autowired
    DemoLoader demo;

    @Autowired
    DemoPool pool;

    @Autowired
    ParkChains chains;

    @Autowired
    MappingDecisions decisions;

    @Autowired
    PoolImport poolImport;

    @Autowired
    CandidatePoolStore store;

    @Autowired
    RegistryReads registry;

    @Autowired
    RegistryStore registryStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void demoRegistryAndPool() {
        jdbc.update("DELETE FROM chain_mapping_decision");
        EmptyRegistry.empty(jdbc);
        demo.load(SMALL, null);
        pool.load(4000, 11, null);
    }

    @Test
    void theRegistryKeepsWhatEnterprisesDoAndWhenTheyCameAndLeft() {
        List<EnterpriseRecord> records = registry.enterpriseRecords(PARK, null, 2025, 2025);
        assertThat(records).isNotEmpty();
        assertThat(records).allSatisfy(r -> assertThat(r.business().arrivedOn()).isNotNull());
        EnterpriseRecord withText = records.stream()
                .filter(r -> r.business().mainProducts() != null)
                .findFirst()
                .orElseThrow();
        assertThat(withText.business().businessScope()).startsWith("一般项目：");
        // writing an enterprise alone (as the registry's other writers do) leaves its business as it was
        registryStore.saveEnterprises(List.of(withText.enterprise()));
        EnterpriseBusiness after = registry.enterpriseRecords(
                        PARK, withText.enterprise().creditCode().value(), 2025, 2025)
                .get(0)
                .business();
        assertThat(after).isEqualTo(withText.business());
    }

    @Test
    void coverageTargetsAndBacktestOfAParkWithinItsScopeOnly() {
        ParkChains.ParkChain pc = chains.analyse(ParkScope.park(PARK), PARK, CHAIN);
        assertThat(pc.coverage().nodes()).hasSize(pc.chain().mappableNodes().size());
        assertThat(pc.coverage().nodes()).anyMatch(n -> n.strength() != NodeStrength.MISSING);
        ParkFirm placed = pc.firms().stream()
                .filter(f -> !f.nodes().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(placed.nodes().get(0).evidenceZh()).isNotBlank();
        assertThatThrownBy(() -> chains.analyse(ParkScope.park("CZHTZ"), PARK, CHAIN))
                .isInstanceOf(ChainNotFoundException.class);
        assertThatThrownBy(() -> chains.analyse(ParkScope.ALL, PARK, "no-such-chain"))
                .isInstanceOf(ChainNotFoundException.class);

        List<Target> targets = chains.targets(ParkScope.park(PARK), PARK, CHAIN, 5);
        Set<String> own = registry.creditCodes(PARK);
        assertThat(targets).hasSize(5).allSatisfy(t -> {
            assertThat(own).doesNotContain(t.creditCode());
            assertThat(t.explanationZh()).isNotBlank();
        });

        Backtest.Result r = chains.backtest(PARK, CHAIN, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31));
        assertThat(r.methods()).hasSize(Backtest.METHODS.size());
        assertThat(r.candidates()).isPositive();
    }

    @Test
    void peersAreComparedInCountsByTheSameMatchingAndTheCallersParkComesFirst() {
        List<ParkChains.PeerCoverage> peers = chains.peers(ParkScope.park(PARK), PARK, CHAIN);
        assertThat(peers).hasSize(registry.parkCodes().size());
        assertThat(peers.get(0).park()).isEqualTo(PARK);
        ParkChains.ParkChain pc = chains.analyse(ParkScope.park(PARK), PARK, CHAIN);
        for (var n : pc.coverage().nodes()) {
            assertThat(peers.get(0).firmsByNode()).containsEntry(n.node().id(), n.firms());
            assertThat(peers.get(0).strengthByNode()).containsEntry(n.node().id(), n.strength());
        }
        String peer = peers.get(1).park();
        assertThat(chains.peers(ParkScope.park(peer), peer, CHAIN).get(0).firmsOnChain())
                .isEqualTo(peers.get(1).firmsOnChain());
        assertThatThrownBy(() -> chains.peers(ParkScope.park("CZHTZ"), PARK, CHAIN))
                .isInstanceOf(ChainNotFoundException.class);
    }

    @Test
    void aDecisionIsCheckedBeforeItIsKept() {
        ParkFirm placed = chains.analyse(ParkScope.park(PARK), PARK, CHAIN).firms().stream()
                .filter(f -> !f.nodes().isEmpty() && !f.nodes().get(0).confirmed())
                .findFirst()
                .orElseThrow();
        String node = placed.nodes().get(0).nodeId();
        ParkScope scope = ParkScope.park(PARK);
        assertThatThrownBy(() -> chains.decide(scope, "a", PARK, CHAIN, placed.creditCode(), node, "MAYBE", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CONFIRM、REJECT 或 ADD");
        assertThatThrownBy(() -> chains.decide(scope, "a", PARK, CHAIN, placed.creditCode(), "no-node", "ADD", null))
                .isInstanceOf(ChainNotFoundException.class);
        String foreign = registry.creditCodes("CZHTZ").iterator().next();
        assertThatThrownBy(() -> chains.decide(scope, "a", PARK, CHAIN, foreign, node, "ADD", null))
                .isInstanceOf(ChainNotFoundException.class);
        assertThatThrownBy(() ->
                        chains.decide(scope, "a", PARK, CHAIN, placed.creditCode(), node, "CONFIRM", "长".repeat(501)))
                .hasMessageContaining("500");
        chains.decide(scope, "cc-analyst", PARK, CHAIN, placed.creditCode(), node, " confirm ", "走访核实");
        assertThat(chains.analyse(scope, PARK, CHAIN).firms().stream()
                        .filter(f -> f.creditCode().equals(placed.creditCode()))
                        .findFirst()
                        .orElseThrow()
                        .nodes()
                        .stream()
                        .filter(a -> a.nodeId().equals(node))
                        .findFirst()
                        .orElseThrow()
                        .confirmed())
                .isTrue();
        assertThat(decisions.withdraw("cc-analyst", PARK, placed.creditCode(), CHAIN, node))
                .isTrue();
    }

    @Test
    void anAnalystsRejectionIsAuditedAndSurvivesAReimport() {
        ParkFirm placed = chains.analyse(ParkScope.park(PARK), PARK, CHAIN).firms().stream()
                .filter(f -> !f.nodes().isEmpty())
                .findFirst()
                .orElseThrow();
        String node = placed.nodes().get(0).nodeId();
        String audit = "SELECT COUNT(*) FROM audit_event WHERE entity = 'chain_mapping' AND entity_key = ?";
        String key = placed.creditCode() + "/" + CHAIN + "/" + node;
        Long before = jdbc.queryForObject(audit, Long.class, key);
        decisions.decide(
                "cc-analyst",
                PARK,
                new AnalystDecision(placed.creditCode(), CHAIN, node, AnalystDecision.Verb.REJECT, "主营为检测服务"));
        assertThat(jdbc.queryForObject(audit, Long.class, key)).isEqualTo(before + 1);
        demo.load(SMALL, null); // the registry imported again
        ParkFirm again = chains.analyse(ParkScope.park(PARK), PARK, CHAIN).firms().stream()
                .filter(f -> f.creditCode().equals(placed.creditCode()))
                .findFirst()
                .orElseThrow();
        assertThat(again.on(node)).isFalse();
        assertThat(decisions.withdraw("cc-analyst", PARK, placed.creditCode(), CHAIN, node))
                .isTrue();
        assertThat(chains.analyse(ParkScope.park(PARK), PARK, CHAIN).firms().stream()
                        .filter(f -> f.creditCode().equals(placed.creditCode()))
                        .findFirst()
                        .orElseThrow()
                        .on(node))
                .isTrue();
    }

    @Test
    void importsExpansionSignalsOfPoolFirmsOnceOrRejectsTheFileWhole(@TempDir Path dir) throws Exception {
        String firm = jdbc.queryForObject("SELECT MIN(credit_code) FROM chain_pool_firm", String.class);
        String count =
                "SELECT COUNT(*) FROM chain_pool_signal WHERE credit_code = ? AND signal_date = DATE '2026-06-30'";
        Path good = dir.resolve("signals.csv");
        Files.writeString(
                good,
                "统一社会信用代码,事件类型,发生日期,详情\n"
                        + firm + ",分支机构,2026-06-30,在合肥新设分公司\n"
                        + firm + ",新设分支,2026-06-30,在芜湖新设分公司\n"
                        + firm + ",获得融资,2026-06-30,B轮融资2亿元\n",
                StandardCharsets.UTF_8);
        assertThat(poolImport.importSignals(good)).isEqualTo(3);
        assertThat(jdbc.queryForObject(count, Integer.class, firm)).isEqualTo(3);
        assertThat(poolImport.importSignals(good)).as("the same file again").isEqualTo(3);
        assertThat(jdbc.queryForObject(count, Integer.class, firm)).isEqualTo(3);
        assertThat(store.pool().size()).isPositive(); // the pool in memory is read again with them

        Path bad = dir.resolve("bad-signals.csv");
        Files.writeString(
                bad,
                "统一社会信用代码,信号类型,日期\n" + firm + ",融资,2030-01-15\n" + firm + ",上市,2030-01-15\n" + code("91350902723654399")
                        + ",购地,2030-01-15\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> poolImport.importSignals(bad))
                .isInstanceOf(AnalystInputException.class)
                .satisfies(e -> assertThat(((AnalystInputException) e)
                                .report(java.util.Locale.CHINA)
                                .toString())
                        .contains("上市")
                        .contains("候选库中没有该企业"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM chain_pool_signal WHERE signal_date = DATE '2030-01-15'", Integer.class))
                .as("nothing of the rejected file")
                .isZero();
    }

    @Test
    void importsACommercialExportByItsColumnNamesOrRejectsItWhole(@TempDir Path dir) throws Exception {
        String a = code("91350902723654321");
        String b = code("91350902723654322");
        String c = code("91350982723654324");
        String d = code("91350982723654325");
        Path good = dir.resolve("qcc.csv");
        Files.writeString(
                good,
                "企业名称,统一社会信用代码,所属行业,经营范围,注册资本,成立日期,所属城市,企业标签\n"
                        + "宁德甲新能源有限公司," + a + ",锂离子电池制造,一般项目：锂离子电池制造；储能系统的研发与销售,1000万元人民币,2016-05-20,宁德市,高新技术企业\n"
                        + "宁德乙材料有限公司," + b + ",C3985,一般项目：磷酸铁锂的生产,2.5亿,2019-01-02,宁德,\n"
                        // a class outside the shipped chains' divisions, and a 中类 named like its single 小类
                        + "福鼎丙风电有限公司," + c + ",风力发电,一般项目：风力发电技术服务,5000万,2018-03-01,宁德,\n"
                        + "福鼎丁茶业有限公司," + d + ",精制茶加工,一般项目：茶叶制品生产,300万,2015-06-01,宁德,\n",
                StandardCharsets.UTF_8);
        long before = store.size();
        assertThat(poolImport.importFile(good)).isEqualTo(4);
        assertThat(store.size()).isEqualTo(before + 4);
        assertThat(jdbc.queryForList(
                        "SELECT industry_code FROM chain_pool_firm WHERE credit_code IN (?, ?) ORDER BY industry_code",
                        String.class,
                        c,
                        d))
                .containsExactly("1530", "4415");
        List<Object> row = new ArrayList<>(jdbc.queryForList(
                        "SELECT industry_code, registered_capital, high_tech, product_terms FROM chain_pool_firm WHERE credit_code = ?",
                        a)
                .get(0)
                .values());
        assertThat(row.get(0)).isEqualTo("3841");
        assertThat(((Number) row.get(1)).doubleValue()).isEqualTo(1.0e7);
        assertThat(row.get(2)).isEqualTo(true);
        assertThat((String) row.get(3)).contains("储能系统");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(
                bad,
                "企业名称,统一社会信用代码,所属行业,注册资本\n" + "宁德丙有限公司," + code("91350902723654323") + ",不存在的行业,100万\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> poolImport.importFile(bad))
                .isInstanceOf(AnalystInputException.class)
                .satisfies(e -> assertThat(((AnalystInputException) e)
                                .report(java.util.Locale.CHINA)
                                .toString())
                        .contains("所属行业"));
        assertThat(store.size()).isEqualTo(before + 4);
    }

    private static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
