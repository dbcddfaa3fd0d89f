package org.innopark.app.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.innopark.app.support.RegistryFixtures.changchun;
import static org.innopark.app.support.RegistryFixtures.changzhou;
import static org.innopark.app.support.RegistryFixtures.code;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.EnterpriseSearch;
import org.innopark.app.registry.RegistryStatistics;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.ParkScope;
import org.innopark.app.shared.Page;
import org.innopark.app.support.EmptyRegistry;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.ContractType;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.PlatformType;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.TechContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The park overview and the enterprise search over the registry, written once and run on every database (one
 * subclass each), on a small fixture whose expected figures are worked out by hand in the comments: four
 * enterprises of 长春 (park A) and one of 常州 (park B) whose figures must never count.
 */
abstract class OverviewContract {

    static final String A = "CCHTZ";
    static final String B = "CZHTZ";

    /** The day the search asks about (which certificates are held "today"). */
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @Autowired
    ParkOverview overview;

    @Autowired
    EnterpriseSearch search;

    @Autowired
    RegistryStore store;

    @Autowired
    JdbcTemplate jdbc;

    final Park cc = changchun();
    final Park cz = changzhou();

    /** Division 39, 电子信息, sub-park CC-1; reports 2023 and 2024; 高企 2022-12-01 to 2025-11-30. */
    final Enterprise weiling = firm(cc, 41, "长春维凌光电有限公司", "3911", HighTechField.ELECTRONIC_INFORMATION, "CC-1");

    /** Division 27, 生物与新医药, sub-park CC-2, on the STAR market; 高企 without expiry; 科小 in 2024. */
    final Enterprise jinlin = new Enterprise(
            code("220100", 42),
            "长春金麟生物科技有限公司",
            LocalDate.of(2016, 4, 1),
            cc.region(),
            IndustryCode.of("2761"),
            HighTechField.BIO_MEDICINE,
            A,
            "CC-2",
            ListingBoard.STAR);

    /** Division 65, no high-tech field, no sub-park; a 2024 report with a few figures; 科小 expired in 2023. */
    final Enterprise beichen = firm(cc, 43, "长春北辰软件有限公司", "6513", null, null);

    /** Division 39, 电子信息, no report at all. */
    final Enterprise weiling2 = firm(cc, 44, "长春维凌二号电子有限公司", "3921", HighTechField.ELECTRONIC_INFORMATION, null);

    /** Park B's: large figures that would show in any sum that leaked. */
    final Enterprise tianhe = firm(cz, 45, "常州天合智能装备股份有限公司", "3911", HighTechField.ELECTRONIC_INFORMATION, null);

    private static Enterprise firm(Park park, int n, String name, String industry, HighTechField field, String sub) {
        return new Enterprise(
                code(park.region().value(), n),
                name,
                LocalDate.of(2015, 3, 1),
                park.region(),
                IndustryCode.of(industry),
                field,
                park.code(),
                sub,
                ListingBoard.UNLISTED);
    }

    @BeforeEach
    void fixture() {
        EmptyRegistry.empty(jdbc);
        store.saveParks(List.of(cc, cz));
        store.saveSubParks(List.of(new SubPark("CC-1", A, "光谷园"), new SubPark("CC-2", A, "北湖园")));
        store.saveEnterprises(List.of(weiling, jinlin, beichen, weiling2, tianhe));
        store.saveReports(List.of(
                report(weiling, 2023, "100", "20", "10000000.00", "8000000", "600000.00", "500000", "300000", "0", "2"),
                report(
                        jinlin,
                        2023,
                        "50",
                        "10",
                        "5000000.50",
                        "4000000",
                        "1000000.00",
                        "-200000",
                        "100000",
                        "1000000",
                        "1"),
                report(weiling, 2024, "120", "25", "12000000.00", "9000000", "720000.00", "600000", "350000", "0", "3"),
                report(
                        jinlin,
                        2024,
                        "55",
                        "11",
                        "6000000.00",
                        "5000000",
                        "1100000.00",
                        "100000",
                        "120000",
                        "1500000",
                        "0"),
                report(beichen, 2024, "60", null, "2000000", null, null, null, null, null, null),
                report(
                        tianhe,
                        2024,
                        "999",
                        "99",
                        "99999999",
                        "99999999",
                        "9999999",
                        "9999999",
                        "9999999",
                        "9999999",
                        "99")));
        store.saveQualifications(List.of(
                new Qualification(
                        weiling.creditCode(),
                        QualificationType.HIGH_TECH,
                        Level.NATIONAL,
                        "GR202222000041",
                        LocalDate.of(2022, 12, 1),
                        LocalDate.of(2025, 11, 30)),
                // no expiry recorded: 高企 last 3 years, to 2024-10-14
                new Qualification(
                        jinlin.creditCode(),
                        QualificationType.HIGH_TECH,
                        Level.NATIONAL,
                        "GR202122000042",
                        LocalDate.of(2021, 10, 15),
                        null),
                new Qualification(
                        jinlin.creditCode(),
                        QualificationType.TECH_SME,
                        Level.NATIONAL,
                        "2024220100000042",
                        LocalDate.of(2024, 5, 1),
                        LocalDate.of(2024, 12, 31)),
                new Qualification(
                        beichen.creditCode(),
                        QualificationType.TECH_SME,
                        Level.NATIONAL,
                        "2023220100000043",
                        LocalDate.of(2023, 4, 1),
                        LocalDate.of(2023, 12, 30)),
                new Qualification(
                        tianhe.creditCode(),
                        QualificationType.HIGH_TECH,
                        Level.NATIONAL,
                        "GR202432000045",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2026, 12, 31))));
        store.saveContracts(List.of(
                contract("2023220100000001", cc, weiling, "300000.00", LocalDate.of(2023, 5, 10)),
                contract("2024220100000002", cc, jinlin, "1250000.50", LocalDate.of(2024, 3, 1)),
                contract("2024220100000003", cc, weiling, "49999.50", LocalDate.of(2024, 11, 30)),
                contract("2024320400000004", cz, tianhe, "9999999", LocalDate.of(2024, 6, 1))));
        store.saveCarriers(List.of(
                new Carrier(
                        A,
                        "长春光谷孵化器",
                        CarrierType.INCUBATOR,
                        Level.NATIONAL,
                        null,
                        new BigDecimal("12000.50"),
                        30,
                        12,
                        2024),
                new Carrier(
                        A,
                        "长春北湖孵化器",
                        CarrierType.INCUBATOR,
                        Level.PROVINCIAL,
                        null,
                        new BigDecimal("8000"),
                        20,
                        null,
                        2024),
                new Carrier(
                        A,
                        "长春维凌众创空间",
                        CarrierType.MAKER_SPACE,
                        Level.MUNICIPAL,
                        weiling.creditCode(),
                        new BigDecimal("1500"),
                        15,
                        5,
                        2024),
                new Carrier(
                        B,
                        "常州天合孵化器",
                        CarrierType.INCUBATOR,
                        Level.NATIONAL,
                        null,
                        new BigDecimal("99999"),
                        999,
                        999,
                        2024)));
        store.savePlatforms(List.of(
                new InnovationPlatform(
                        A,
                        "长春维凌光电重点实验室",
                        PlatformType.KEY_LAB,
                        Level.NATIONAL,
                        weiling.creditCode(),
                        weiling.name(),
                        2020),
                new InnovationPlatform(
                        A,
                        "长春金麟企业技术中心",
                        PlatformType.ENTERPRISE_TECH_CENTER,
                        Level.PROVINCIAL,
                        jinlin.creditCode(),
                        jinlin.name(),
                        2021),
                new InnovationPlatform(
                        A, "长春公共技术服务平台", PlatformType.PUBLIC_TECH_SERVICE, Level.PROVINCIAL, null, null, 2019),
                new InnovationPlatform(
                        B,
                        "常州天合重点实验室",
                        PlatformType.KEY_LAB,
                        Level.NATIONAL,
                        tianhe.creditCode(),
                        tianhe.name(),
                        2020)));
    }

    // ---- the overview

    @Test
    void sumsEachYearsReportsOfTheParkOnly() {
        ParkOverview.Overview view = overview.overview(ParkScope.park(A), A).orElseThrow();
        assertThat(view.years()).extracting(ParkOverview.YearFigures::year).containsExactly(2023, 2024);
        // 2023: 维凌 + 金麟
        ParkOverview.YearFigures y2023 = view.years().get(0);
        assertThat(y2023.reporting()).isEqualTo(2);
        assertThat(y2023.employees()).isEqualTo(150); // 100 + 50
        assertThat(y2023.rdStaff()).isEqualTo(30); // 20 + 10
        assertThat(y2023.revenue()).isEqualByComparingTo("15000000.50"); // 10,000,000.00 + 5,000,000.50
        assertThat(y2023.highTechRevenue()).isEqualByComparingTo("12000000");
        assertThat(y2023.rdExpense()).isEqualByComparingTo("1600000");
        assertThat(y2023.netProfit()).isEqualByComparingTo("300000"); // 500,000 − 200,000
        assertThat(y2023.taxes()).isEqualByComparingTo("400000");
        assertThat(y2023.exports()).isEqualByComparingTo("1000000");
        assertThat(y2023.inventionGrants()).isEqualTo(3);
        // 2024: 维凌 + 金麟 + 北辰 (whose missing figures add nothing)
        ParkOverview.YearFigures y2024 = view.latest().orElseThrow();
        assertThat(view.previous()).contains(y2023);
        assertThat(y2024.reporting()).isEqualTo(3);
        assertThat(y2024.employees()).isEqualTo(235); // 120 + 55 + 60
        assertThat(y2024.rdStaff()).isEqualTo(36); // 25 + 11
        assertThat(y2024.revenue()).isEqualByComparingTo("20000000"); // 12,000,000 + 6,000,000 + 2,000,000
        assertThat(y2024.highTechRevenue()).isEqualByComparingTo("14000000");
        assertThat(y2024.rdExpense()).isEqualByComparingTo("1820000"); // 720,000 + 1,100,000
        assertThat(y2024.netProfit()).isEqualByComparingTo("700000");
        assertThat(y2024.taxes()).isEqualByComparingTo("470000");
        assertThat(y2024.exports()).isEqualByComparingTo("1500000");
        assertThat(y2024.inventionGrants()).isEqualTo(3);
        assertThat(y2024.rdIntensity()).isCloseTo(9.1, within(1e-9)); // 1,820,000 / 20,000,000
    }

    @Test
    void countsTechnologyContractsByTheirRegistrationYear() {
        ParkOverview.Overview view = overview.overview(ParkScope.park(A), A).orElseThrow();
        assertThat(view.years().get(0).contracts()).isEqualTo(1);
        assertThat(view.years().get(0).contractTurnover()).isEqualByComparingTo("300000.00");
        assertThat(view.years().get(1).contracts()).isEqualTo(2);
        assertThat(view.years().get(1).contractTurnover())
                .isEqualByComparingTo("1300000.00"); // 1,250,000.50 + 49,999.50
    }

    @Test
    void countsCertificatesValidOnEachYearsLastDay() {
        ParkOverview.Overview view = overview.overview(ParkScope.park(A), A).orElseThrow();
        ParkOverview.YearFigures y2023 = view.years().get(0);
        ParkOverview.YearFigures y2024 = view.years().get(1);
        // 高企: 维凌 both years; 金麟's, without expiry, lasts to 2024-10-14: held at the end of 2023, not of 2024.
        assertThat(y2023.heldOf(QualificationType.HIGH_TECH)).isEqualTo(2);
        assertThat(y2024.heldOf(QualificationType.HIGH_TECH)).isEqualTo(1);
        // 科小: 金麟's is valid through 2024-12-31 (the last day counts); 北辰's ended 2023-12-30, a day too early.
        assertThat(y2023.heldOf(QualificationType.TECH_SME)).isZero();
        assertThat(y2024.heldOf(QualificationType.TECH_SME)).isEqualTo(1);
        // 金麟 is listed on the STAR market, which counts for every year.
        assertThat(y2023.heldOf(QualificationType.LISTED)).isEqualTo(1);
        assertThat(y2024.heldOf(QualificationType.LISTED)).isEqualTo(1);
        assertThat(y2024.heldOf(QualificationType.GAZELLE)).isZero();
    }

    @Test
    void spreadsTheEnterprisesOverIndustriesAndFieldsWithTheLatestRevenue() {
        ParkOverview.Overview view = overview.overview(ParkScope.park(A), A).orElseThrow();
        // Divisions, most enterprises first: 39 (维凌, 维凌二号 without a report), then 27 and 65 in code order.
        assertThat(view.industries())
                .extracting(ParkOverview.Slice::code, ParkOverview.Slice::nameZh, ParkOverview.Slice::enterprises)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("39", "计算机、通信和其他电子设备制造业", 2L),
                        org.assertj.core.groups.Tuple.tuple("27", "医药制造业", 1L),
                        org.assertj.core.groups.Tuple.tuple("65", "软件和信息技术服务业", 1L));
        assertThat(view.industries())
                .extracting(s -> s.revenue().stripTrailingZeros().toPlainString())
                .containsExactly("12000000", "6000000", "2000000");
        // Fields in the catalogue's order, every field listed, then the enterprises without one.
        assertThat(view.fields()).hasSize(HighTechField.values().length + 1);
        Map<String, ParkOverview.Slice> fields = new java.util.HashMap<>();
        view.fields().forEach(f -> fields.put(f.code(), f));
        assertThat(view.fields().get(0).code()).isEqualTo("ELECTRONIC_INFORMATION");
        assertThat(fields.get("ELECTRONIC_INFORMATION").enterprises()).isEqualTo(2);
        assertThat(fields.get("ELECTRONIC_INFORMATION").revenue()).isEqualByComparingTo("12000000");
        assertThat(fields.get("ELECTRONIC_INFORMATION").nameZh()).isEqualTo("电子信息");
        assertThat(fields.get("BIO_MEDICINE").enterprises()).isEqualTo(1);
        assertThat(fields.get("AEROSPACE").enterprises()).isZero();
        assertThat(view.fields().get(view.fields().size() - 1).code()).isEmpty();
        assertThat(fields.get("").enterprises()).isEqualTo(1);
        assertThat(fields.get("").revenue()).isEqualByComparingTo("2000000");
    }

    @Test
    void summarisesTheParksCarriersAndPlatforms() {
        ParkOverview.Overview view = overview.overview(ParkScope.park(A), A).orElseThrow();
        assertThat(view.carriers()).hasSize(2);
        RegistryStatistics.CarrierTotals incubators = view.carriers().get(0);
        assertThat(incubators.type()).isEqualTo("INCUBATOR");
        assertThat(incubators.count()).isEqualTo(2);
        assertThat(incubators.area()).isEqualByComparingTo("20000.50"); // 12,000.50 + 8,000
        assertThat(incubators.incubating()).isEqualTo(50); // 30 + 20
        assertThat(incubators.graduated()).isEqualTo(12); // 12 + none recorded
        assertThat(view.carriers().get(1)).satisfies(m -> {
            assertThat(m.type()).isEqualTo("MAKER_SPACE");
            assertThat(m.count()).isEqualTo(1);
            assertThat(m.area()).isEqualByComparingTo("1500");
            assertThat(m.incubating()).isEqualTo(15);
            assertThat(m.graduated()).isEqualTo(5);
        });
        assertThat(view.platforms())
                .extracting(RegistryStatistics.PlatformCount::level, RegistryStatistics.PlatformCount::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NATIONAL", 1L),
                        org.assertj.core.groups.Tuple.tuple("PROVINCIAL", 2L));
    }

    @Test
    void theOverviewIsOnlyForTheParksStaff() {
        assertThat(overview.overview(ParkScope.ALL, A)).isPresent();
        assertThat(overview.overview(ParkScope.park(B), A)).isEmpty();
        assertThat(overview.overview(new ParkScope(A, weiling.creditCode().value()), A))
                .isEmpty();
        assertThat(overview.overview(ParkScope.ALL, "NOSUCH")).isEmpty();
        assertThat(overview.overview(ParkScope.park(B), B)
                        .orElseThrow()
                        .latest()
                        .orElseThrow()
                        .employees())
                .isEqualTo(999);
    }

    @Test
    void theOverviewFollowsAChangeToTheRegistry() {
        assertThat(overview.overview(ParkScope.park(A), A)
                        .orElseThrow()
                        .latest()
                        .orElseThrow()
                        .employees())
                .isEqualTo(235);
        store.saveReports(List.of(report(weiling2, 2024, "5", null, "100", null, null, null, null, null, null)));
        ParkOverview.YearFigures y2024 =
                overview.overview(ParkScope.park(A), A).orElseThrow().latest().orElseThrow();
        assertThat(y2024.reporting()).isEqualTo(4);
        assertThat(y2024.employees()).isEqualTo(240);
    }

    // ---- the search

    private Page<EnterpriseSearch.Row> find(EnterpriseSearch.Filter filter) {
        return search.search(ParkScope.park(A), A, filter, 0, 50, TODAY);
    }

    private static EnterpriseSearch.Filter q(String q) {
        return new EnterpriseSearch.Filter(q, null, null, null, null, EnterpriseSearch.Sort.REVENUE);
    }

    private static List<String> names(Page<EnterpriseSearch.Row> page) {
        return page.items().stream().map(EnterpriseSearch.Row::name).toList();
    }

    @Test
    void listsTheParksEnterprisesWithTheLatestYearsFiguresByRevenue() {
        Page<EnterpriseSearch.Row> all = find(q(null));
        assertThat(all.total()).isEqualTo(4);
        // revenue 2024: 维凌 12,000,000; 金麟 6,000,000; 北辰 2,000,000; 维凌二号 none (last)
        assertThat(names(all)).containsExactly(weiling.name(), jinlin.name(), beichen.name(), weiling2.name());
        EnterpriseSearch.Row first = all.items().get(0);
        assertThat(first.creditCode()).isEqualTo(weiling.creditCode().value());
        assertThat(first.year()).isEqualTo(2024);
        assertThat(first.revenue()).isEqualByComparingTo("12000000");
        assertThat(first.employees()).isEqualTo(120);
        assertThat(first.rdExpense()).isEqualByComparingTo("720000");
        assertThat(first.subParkCode()).isEqualTo("CC-1");
        assertThat(first.subParkName()).isEqualTo("光谷园");
        assertThat(first.industryCode()).isEqualTo("3911");
        assertThat(first.highTechField()).isEqualTo("ELECTRONIC_INFORMATION");
        assertThat(first.listingBoard()).isEqualTo("UNLISTED");
        assertThat(first.held()).containsExactly(QualificationType.HIGH_TECH);
        EnterpriseSearch.Row last = all.items().get(3);
        assertThat(last.year()).isNull();
        assertThat(last.revenue()).isNull();
        assertThat(last.employees()).isNull();
    }

    @Test
    void holdsTheCertificatesValidOnTheDayAsked() {
        Map<String, List<QualificationType>> held = new java.util.HashMap<>();
        find(q(null)).items().forEach(r -> held.put(r.name(), r.held()));
        // on 2024-06-30: 金麟's 高企 has no recorded expiry (held), its 科小 began 2024-05-01; 北辰's 科小 has ended
        assertThat(held.get(jinlin.name())).containsExactly(QualificationType.TECH_SME, QualificationType.HIGH_TECH);
        assertThat(held.get(beichen.name())).isEmpty();
        assertThat(search.search(ParkScope.park(A), A, q(null), 0, 50, LocalDate.of(2024, 4, 30))
                        .items())
                .filteredOn(r -> r.name().equals(jinlin.name()))
                .singleElement()
                .satisfies(r -> assertThat(r.held()).containsExactly(QualificationType.HIGH_TECH));
    }

    @Test
    void findsByNameCreditCodeAndPinyinInitials() {
        assertThat(names(find(q("金麟")))).containsExactly(jinlin.name());
        assertThat(names(find(q(" 维凌 ")))).containsExactlyInAnyOrder(weiling.name(), weiling2.name());
        assertThat(names(find(q(beichen.creditCode().value().toLowerCase(java.util.Locale.ROOT)))))
                .containsExactly(beichen.name());
        // every code of park A begins 91220100; park B's does not show
        assertThat(find(q("91220100")).total()).isEqualTo(4);
        assertThat(find(q(tianhe.creditCode().value())).total()).isZero();
        // 长春维凌… → ccwl…; 长春北辰… → ccbc…
        assertThat(names(find(q("ccwl")))).containsExactlyInAnyOrder(weiling.name(), weiling2.name());
        assertThat(names(find(q("CCBC")))).containsExactly(beichen.name());
        assertThat(find(q("czth")).total()).isZero();
        assertThat(find(q("天合")).total()).isZero();
    }

    @Test
    void filtersByFieldIndustrySubParkAndQualification() {
        assertThat(names(find(new EnterpriseSearch.Filter(
                        null, "BIO_MEDICINE", null, null, null, EnterpriseSearch.Sort.REVENUE))))
                .containsExactly(jinlin.name());
        assertThat(names(
                        find(new EnterpriseSearch.Filter(null, null, "39", null, null, EnterpriseSearch.Sort.REVENUE))))
                .containsExactly(weiling.name(), weiling2.name());
        assertThat(names(find(
                        new EnterpriseSearch.Filter(null, null, null, "CC-1", null, EnterpriseSearch.Sort.REVENUE))))
                .containsExactly(weiling.name());
        assertThat(names(find(new EnterpriseSearch.Filter(
                        null, null, null, null, "HIGH_TECH", EnterpriseSearch.Sort.REVENUE))))
                .containsExactly(weiling.name(), jinlin.name());
        assertThat(names(find(new EnterpriseSearch.Filter(
                        null, null, null, null, "TECH_SME", EnterpriseSearch.Sort.REVENUE))))
                .containsExactly(jinlin.name());
        assertThat(find(new EnterpriseSearch.Filter(null, null, null, null, "NO_SUCH", EnterpriseSearch.Sort.REVENUE))
                        .total())
                .isZero();
        assertThat(names(find(new EnterpriseSearch.Filter(
                        "维凌", "ELECTRONIC_INFORMATION", "39", "CC-1", "HIGH_TECH", EnterpriseSearch.Sort.REVENUE))))
                .containsExactly(weiling.name());
    }

    @Test
    void sortsByNameEmployeesAndResearchSpendingWithMissingFiguresLast() {
        // by name, in the characters' code order: 北 (U+5317) < 维 (U+7EF4) < 金 (U+91D1); 二 (U+4E8C) < 光 (U+5149)
        assertThat(names(find(new EnterpriseSearch.Filter(null, null, null, null, null, EnterpriseSearch.Sort.NAME))))
                .containsExactly(beichen.name(), weiling2.name(), weiling.name(), jinlin.name());
        // employees 2024: 维凌 120, 北辰 60, 金麟 55, 维凌二号 none
        assertThat(names(find(
                        new EnterpriseSearch.Filter(null, null, null, null, null, EnterpriseSearch.Sort.EMPLOYEES))))
                .containsExactly(weiling.name(), beichen.name(), jinlin.name(), weiling2.name());
        // R&D 2024: 金麟 1,100,000, 维凌 720,000; then 北辰 and 维凌二号, without, by name
        assertThat(names(find(new EnterpriseSearch.Filter(null, null, null, null, null, EnterpriseSearch.Sort.RD))))
                .containsExactly(jinlin.name(), weiling.name(), beichen.name(), weiling2.name());
    }

    @Test
    void pagesTheMatches() {
        EnterpriseSearch.Filter byName =
                new EnterpriseSearch.Filter(null, null, null, null, null, EnterpriseSearch.Sort.NAME);
        Page<EnterpriseSearch.Row> first = search.search(ParkScope.park(A), A, byName, 0, 3, TODAY);
        Page<EnterpriseSearch.Row> second = search.search(ParkScope.park(A), A, byName, 1, 3, TODAY);
        Page<EnterpriseSearch.Row> beyond = search.search(ParkScope.park(A), A, byName, 2, 3, TODAY);
        assertThat(names(first)).containsExactly(beichen.name(), weiling2.name(), weiling.name());
        assertThat(names(second)).containsExactly(jinlin.name());
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(4L);
        assertThat(first.pages()).isEqualTo(2);
    }

    @Test
    void searchesOnlyInsideTheReadersScope() {
        assertThat(search.search(ParkScope.park(B), A, q(null), 0, 50, TODAY).total())
                .isZero();
        assertThat(search.search(new ParkScope(A, weiling.creditCode().value()), A, q(null), 0, 50, TODAY)
                        .total())
                .isZero();
        assertThat(search.search(ParkScope.ALL, B, q(null), 0, 50, TODAY).items())
                .extracting(EnterpriseSearch.Row::name)
                .containsExactly(tianhe.name());
        assertThat(search.subParks(ParkScope.park(A), A))
                .extracting(Map.Entry::getKey, Map.Entry::getValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CC-1", "光谷园"),
                        org.assertj.core.groups.Tuple.tuple("CC-2", "北湖园"));
        assertThat(search.subParks(ParkScope.park(B), A)).isEmpty();
        assertThat(search.divisions(ParkScope.park(A), A)).containsExactly("27", "39", "65");
        assertThat(search.divisions(ParkScope.park(B), A)).isEmpty();
    }

    // ---- fixture vocabulary

    /** A report with employees, R&D staff, revenue, high-tech revenue, R&D, net profit, taxes, exports, grants. */
    private static AnnualReport report(
            Enterprise e,
            int year,
            String employees,
            String rdStaff,
            String revenue,
            String highTechRevenue,
            String rd,
            String netProfit,
            String taxes,
            String exports,
            String grants) {
        Map<ReportField, BigDecimal> f = new EnumMap<>(ReportField.class);
        put(f, ReportField.EMPLOYEES, employees);
        put(f, ReportField.RD_STAFF, rdStaff);
        put(f, ReportField.OPERATING_REVENUE, revenue);
        put(f, ReportField.HIGH_TECH_REVENUE, highTechRevenue);
        put(f, ReportField.RD_EXPENSE, rd);
        put(f, ReportField.NET_PROFIT, netProfit);
        put(f, ReportField.TAXES_PAID, taxes);
        put(f, ReportField.EXPORTS, exports);
        put(f, ReportField.INVENTION_GRANTS, grants);
        return AnnualReport.of(e.creditCode(), year, f);
    }

    private static void put(Map<ReportField, BigDecimal> f, ReportField field, String value) {
        if (value != null) {
            f.put(field, new BigDecimal(value));
        }
    }

    private static TechContract contract(String no, Park park, Enterprise seller, String amount, LocalDate on) {
        return new TechContract(
                no,
                park.code(),
                seller.creditCode(),
                seller.name(),
                null,
                "吉林大学",
                ContractType.DEVELOPMENT,
                new BigDecimal(amount),
                on);
    }
}
