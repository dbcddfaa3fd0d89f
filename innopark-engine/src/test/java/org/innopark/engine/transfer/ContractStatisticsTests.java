package org.innopark.engine.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.registry.ContractType;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;
import org.junit.jupiter.api.Test;

/** 输出 and 吸纳 of a park's technology contracts, counted by hand on a handful of contracts. */
class ContractStatisticsTests {

    private static final ContractLists LISTS = ContractLists.builtIn();

    /** A park in 长春 (220100): province 22. */
    private static final String PARK_REGION = "220173";

    private static RegisteredContract c(
            String no,
            boolean sellerIn,
            boolean buyerIn,
            String type,
            String amount,
            String tech,
            String field,
            String sellerRegion,
            String buyerRegion,
            String date) {
        return new RegisteredContract(
                no,
                null,
                "卖方" + no,
                sellerIn,
                "买方" + no,
                buyerIn,
                type,
                new BigDecimal(amount),
                new BigDecimal(tech),
                field,
                "技术秘密",
                sellerRegion,
                buyerRegion,
                "长春市技术合同登记处",
                LocalDate.parse(date));
    }

    private static final List<RegisteredContract> CONTRACTS = List.of(
            // 2025, sold by the park: to a park firm, to 吉林市 (province), to 上海 and 广东 (out of province)
            c("1", true, true, "SERVICE", "100000.00", "80000.00", "先进制造", PARK_REGION, PARK_REGION, "2025-01-10"),
            c(
                    "2",
                    true,
                    false,
                    "TRANSFER",
                    "150000000.00",
                    "150000000.00",
                    "电子信息",
                    PARK_REGION,
                    "220200",
                    "2025-03-02"),
            c("3", true, false, "LICENSING", "2000000.50", "1500000.00", "电子信息", PARK_REGION, "310115", "2025-03-20"),
            c("4", true, false, "SERVICE", "50000.00", "50000.00", "先进制造", PARK_REGION, "440300", "2025-12-31"),
            // 2025, bought by the park from 北京
            c(
                    "5",
                    false,
                    true,
                    "DEVELOPMENT",
                    "3000000.00",
                    "2800000.00",
                    "新材料及其应用",
                    "110108",
                    PARK_REGION,
                    "2025-06-15"),
            // 2024: one sold, worth half of 2025's... and one neither sold nor bought by the park
            c("6", true, false, "SERVICE", "76075000.25", "70000000.00", "先进制造", PARK_REGION, "310115", "2024-03-01"),
            c("7", false, false, "SERVICE", "99.00", "99.00", "农业", "110108", "310115", "2024-05-01"));

    @Test
    void outflowCountsTheParksSalesByFieldTypeReachAndProvince() {
        ContractStatistics.Report r = ContractStatistics.of("CC", PARK_REGION, LISTS, CONTRACTS, null);
        assertThat(r.year()).isEqualTo(2025);
        ContractStatistics.Side out = r.outflow();
        assertThat(out.totals().current().count()).isEqualTo(4);
        assertThat(out.totals().current().amountYuan()).isEqualByComparingTo("152150000.50");
        assertThat(out.totals().current().technologyAmountYuan()).isEqualByComparingTo("151630000.00");
        assertThat(out.totals().previous().count()).isEqualTo(1);
        // (152150000.50 - 76075000.25) / 76075000.25 = 100.0 %; counts 4 against 1 = +300 %
        assertThat(out.totals().amountChangePercent()).isEqualByComparingTo("100.0");
        assertThat(out.totals().countChangePercent()).isEqualByComparingTo("300.0");
        assertThat(out.byField()).extracting(ContractStatistics.Group::key).containsExactly("电子信息", "先进制造");
        assertThat(out.byType())
                .extracting(g -> g.label() + ":" + g.change().current().count())
                .containsExactly("技术转让:1", "技术许可:1", "技术服务:2");
        assertThat(out.byReach())
                .extracting(g -> g.key() + ":" + g.change().current().count())
                .containsExactly("PARK:1", "PROVINCE:1", "OUT_OF_PROVINCE:2");
        assertThat(out.byProvince().get(0).label()).isEqualTo("吉林省");
        assertThat(out.byProvince())
                .extracting(ContractStatistics.Group::label)
                .containsExactlyInAnyOrder("吉林省", "上海市", "广东省");
        assertThat(out.months().get(2).current().count()).isEqualTo(2);
        assertThat(out.months().get(2).previous().count()).isEqualTo(1);
        assertThat(out.headlineZh()).isEqualTo("2025年输出技术合同4项，成交额1.52亿元，技术交易额1.52亿元，成交额同比增长100.0%");
    }

    @Test
    void inflowCountsTheParksPurchasesAndEveryYearIsListed() {
        ContractStatistics.Report r = ContractStatistics.of("CC", PARK_REGION, LISTS, CONTRACTS, 2025);
        ContractStatistics.Side in = r.inflow();
        assertThat(in.totals().current().count()).isEqualTo(2);
        assertThat(in.totals().current().amountYuan()).isEqualByComparingTo("3100000.00");
        assertThat(in.totals().amountChangePercent()).isNull();
        assertThat(in.byReach())
                .extracting(g -> g.key() + ":" + g.change().current().count())
                .containsExactly("PARK:1", "OUT_OF_PROVINCE:1");
        assertThat(in.byProvince()).extracting(ContractStatistics.Group::label).containsExactly("北京市", "吉林省");
        assertThat(in.headlineZh()).isEqualTo("2025年吸纳技术合同2项，成交额310.00万元，技术交易额288.00万元");
        assertThat(r.years())
                .extracting(y ->
                        y.year() + ":" + y.outflow().count() + "/" + y.inflow().count())
                .containsExactly("2024:1/0", "2025:4/2");
    }

    @Test
    void theCodeListNamesFiveTypesEachCountedUnderARegistryClass() {
        assertThat(LISTS.types())
                .extracting(ContractLists.Kind::zh)
                .containsExactly("技术开发", "技术转让", "技术许可", "技术咨询", "技术服务");
        assertThat(LISTS.type("许可").orElseThrow().registry()).isEqualTo(ContractType.TRANSFER);
        assertThat(LISTS.type("技术服务").orElseThrow().code()).isEqualTo("SERVICE");
        assertThat(LISTS.type("技术入股")).isEmpty();
        assertThat(LISTS.province("220173")).contains("吉林省");
        assertThat(LISTS.header().source()).contains("技术合同登记表");
    }

    @Test
    void aBadFileNamesItsLine() {
        String yaml = "id: x\nname: {zh: 甲, en: a}\nsource: s\ntypes:\n  - {code: A, zh: 技术甲, en: a, registry: NOPE}\n"
                + "fields: [a]\nip-types: [b]\nprovinces: {\"11\": 北京市}\n";
        assertThatThrownBy(() -> ContractLists.read(RuleNode.parse("lists.yaml", new StringReader(yaml))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("lists.yaml")
                .hasMessageContaining(":5");
    }

    @Test
    void aTechnologyAmountAboveTheTurnoverIsRefused() {
        assertThatThrownBy(() ->
                        c("9", true, false, "SERVICE", "10.00", "11.00", "农业", PARK_REGION, "110108", "2025-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("技术交易额");
    }
}
