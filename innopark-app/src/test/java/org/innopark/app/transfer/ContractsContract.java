package org.innopark.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.engine.demo.DemoTransfer;
import org.innopark.engine.transfer.ContractStatistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 技术合同登记 on every database: the import (registry facts and the form's fields, whole or nothing, audited), the
 * statistics of 输出 and 吸纳, and the demo's contracts. The test's contracts are registered in 1999 and 2000, years
 * the demo registry has none of, and are removed after each test.
 */
abstract class ContractsContract {

    static final String A = "CCHTZ";
    static final String B = "CZHTZ";

    static final String HEADER = "登记编号,项目名称,卖方名称,卖方统一社会信用代码,卖方行政区划代码,买方名称,买方统一社会信用代码,买方行政区划代码,"
            + "合同类型,成交额(万元),技术交易额(万元),技术领域,知识产权类型,登记机构,登记日期\n";

    static final String USER = "contracts-contract-" + System.nanoTime();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    TransferContracts contracts;

    @Autowired
    TransferDemoLoader demo;

    @TempDir
    Path dir;

    String seller;
    String buyer;
    String region;

    @BeforeEach
    void demoRegistry() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        clean();
        List<String> firms = jdbc.queryForList(
                "SELECT credit_code FROM enterprise WHERE park_code = ? ORDER BY credit_code", String.class, A);
        seller = firms.get(0).strip();
        buyer = firms.get(1).strip();
        region = jdbc.queryForObject("SELECT region_code FROM park WHERE code = ?", String.class, A)
                .strip();
    }

    /** Removes the test's contracts and the demo's purchases (numbered from 900001 within a year). */
    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM transfer_contract");
        jdbc.update("DELETE FROM tech_contract WHERE registration_no LIKE 'TC%'"
                + " OR (LENGTH(registration_no) = 16 AND SUBSTRING(registration_no, 11, 1) = '9')");
    }

    Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    String goodFile() {
        return HEADER
                + "TC-1,车载以太网通信模块专利实施许可,甲方," + seller + "," + region + ",上海某汽车电子有限公司,,310115,"
                + "技术许可,150,150,电子信息,专利,长春市技术合同登记处,2000-03-01\n"
                + "TC-2,工业废水深度处理技术服务,北京某环保研究院,,110108,乙方," + buyer + "," + region + ","
                + "技术服务,10.5,10.25,环境保护与资源综合利用,未涉及知识产权,,2000-05-20\n"
                + "TC-3,焊装夹具联合开发,甲方," + seller + "," + region + ",广州某装备有限公司,,440106,"
                + "开发,100,80.000001,先进制造,技术秘密,,1999-04-01\n";
    }

    @Test
    void anImportedFileIsCountedAsOutflowAndInflowWithTheChangeOnTheYearBefore() throws IOException {
        TransferContracts.Outcome o = contracts.importFile(USER, A, file("contracts.csv", goodFile()));
        assertThat(o.rows()).isEqualTo(3);
        assertThat(o.created()).isEqualTo(3);
        // the registry holds the shared facts: 技术许可 is counted under its class 技术转让, the turnover in yuan
        assertThat(jdbc.queryForObject(
                        "SELECT contract_type FROM tech_contract WHERE registration_no = 'TC-1'", String.class))
                .isEqualTo("TRANSFER");
        assertThat(jdbc.queryForObject(
                        "SELECT amount FROM tech_contract WHERE registration_no = 'TC-2'", BigDecimal.class))
                .isEqualByComparingTo("105000.00");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE username = ? AND entity = 'transfer_contract'",
                        Integer.class,
                        USER))
                .isEqualTo(3);
        ContractStatistics.Report r = contracts.statistics(A, 2000).orElseThrow();
        assertThat(r.outflow().totals().current().count()).isEqualTo(1);
        assertThat(r.outflow().totals().current().amountYuan()).isEqualByComparingTo("1500000.00");
        assertThat(r.outflow().totals().previous().technologyAmountYuan()).isEqualByComparingTo("800000.01");
        assertThat(r.outflow().totals().amountChangePercent()).isEqualByComparingTo("50.0");
        assertThat(r.outflow().byType())
                .extracting(g -> g.key() + ":" + g.change().current().count() + "/"
                        + g.change().previous().count())
                .containsExactly("DEVELOPMENT:0/1", "LICENSING:1/0");
        assertThat(r.outflow().byProvince().get(0).label()).isEqualTo("上海市");
        assertThat(r.inflow().totals().current().amountYuan()).isEqualByComparingTo("105000.00");
        assertThat(r.inflow().byProvince().get(0).label()).isEqualTo("北京市");
        assertThat(r.outflow().headlineZh()).isEqualTo("2000年输出技术合同1项，成交额150.00万元，技术交易额150.00万元，成交额同比增长50.0%");
        // the same file again changes nothing
        assertThat(contracts.importFile(USER, A, file("again.csv", goodFile())).unchanged())
                .isEqualTo(3);
    }

    @Test
    void aFileWithAnyBadCellIsRejectedWholeWithRowAndColumn() throws IOException {
        Path bad = file(
                "bad.csv",
                goodFile()
                        + "TC-4,某项目,甲方," + seller + ",2201,某买方,,310115,技术入股,10,12,量子,专利,,2000-01-01\n"
                        + "TC-5,某项目,外地卖方,,110108,外地买方,,310115,技术服务,10,5,农业,专利,,2000-01-01\n"
                        + "TC-1,某项目,甲方," + seller + "," + region + ",某买方,,310115,技术服务,10,5,农业,专利,,2000-01-01\n");
        assertThatThrownBy(() -> contracts.importFile(USER, A, bad))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(e.errors().stream()
                                        .map(x -> x.row() + ":" + x.column())
                                        .toList())
                                .contains("5:卖方行政区划代码", "5:合同类型", "5:技术交易额(万元)", "5:技术领域", "6:卖方统一社会信用代码", "7:登记编号"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transfer_contract", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM tech_contract WHERE registration_no LIKE 'TC%'", Integer.class))
                .isZero();
        // a contract another park registered cannot be taken over
        contracts.importFile(USER, A, file("contracts.csv", goodFile()));
        String other = jdbc.queryForList(
                        "SELECT credit_code FROM enterprise WHERE park_code = ? ORDER BY credit_code", String.class, B)
                .get(0)
                .strip();
        Path takeover = file(
                "takeover.csv", HEADER + "TC-1,某项目,丙方," + other + ",320411,某买方,,310115,技术服务,10,5,农业,专利,,2000-01-01\n");
        assertThatThrownBy(() -> contracts.importFile(USER, B, takeover))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(e.errors().get(0).column()).isEqualTo("登记编号"));
    }

    @Test
    void theDemoRegistersFormsAndPurchasesWithManySmallServicesAndFewLargeTransfers() {
        List<DemoTransfer.Firm> firms = jdbc.query(
                "SELECT credit_code, name FROM enterprise WHERE park_code = ? ORDER BY credit_code FETCH FIRST 200"
                        + " ROWS ONLY",
                (rs, n) -> new DemoTransfer.Firm(rs.getString(1).strip(), rs.getString(2), "专用设备制造业"),
                A);
        int n = demo.contracts(A, firms, 7);
        assertThat(n).isGreaterThan(100);
        ContractStatistics.Report r = contracts.statistics(A, null).orElseThrow();
        assertThat(r.outflow().totals().current().count()).isPositive();
        assertThat(r.inflow().byReach())
                .extracting(ContractStatistics.Group::key)
                .contains("PROVINCE", "OUT_OF_PROVINCE");
        assertThat(r.inflow().byProvince().size()).isGreaterThan(2);
        List<TransferContracts.ContractRow> bought = contracts.contracts(A).stream()
                .filter(c -> !c.contract().sellerInPark())
                .toList();
        long services = bought.stream()
                .filter(c -> c.contract().typeCode().equals("SERVICE"))
                .count();
        long transfers = bought.stream()
                .filter(c -> c.contract().typeCode().equals("TRANSFER"))
                .count();
        assertThat(services).isGreaterThan(2 * transfers);
        assertThat(median(bought, "TRANSFER")).isGreaterThan(median(bought, "SERVICE") * 5);
        assertThat(contracts.contracts(A))
                .allSatisfy(c -> assertThat(c.contract().field()).isNotEqualTo(TransferContracts.UNKNOWN));
    }

    private static double median(List<TransferContracts.ContractRow> rows, String type) {
        List<Double> v = rows.stream()
                .filter(c -> c.contract().typeCode().equals(type))
                .map(c -> c.contract().amountYuan().doubleValue())
                .sorted()
                .toList();
        return v.get(v.size() / 2);
    }
}
