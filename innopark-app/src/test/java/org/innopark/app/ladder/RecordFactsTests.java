package org.innopark.app.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.RegistryReads.EnterpriseRecord;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.LadderAssessment;
import org.innopark.engine.ladder.Outcome;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.ladder.Verdict;
import org.innopark.engine.registry.AbnormalListingReason;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.CreditRecordType;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.IncidentLevel;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.PlatformType;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The derivation of the schemes' external facts from the register, table-driven at the edges of each window (the
 * record one day inside and one day outside it), with and without the park's coverage declarations. Data year 2025
 * throughout: 科技型中小企业 looks at 2025-01-01..2026-12-31 (the year before filing and the filing year), 高新技术企业 at
 * 2025-01-01..2025-12-31 (the year before applying); windows worked out by hand from fact-windows.tsv.
 */
class RecordFactsTests {

    static final SchemeRegistry SCHEMES = SchemeRegistry.official();
    static final RecordFacts FACTS = RecordFacts.official(SCHEMES);
    static final String CODE = "91220101723654321" + CreditCode.checkCharacter("91220101723654321");
    static final int YEAR = 2025;

    static Enterprise enterprise(String industry, String name) {
        return new Enterprise(
                CreditCode.of(CODE),
                name,
                LocalDate.of(2015, 3, 18),
                null,
                industry == null ? null : IndustryCode.of(industry),
                null,
                "DEMO",
                null,
                ListingBoard.UNLISTED);
    }

    static CreditRecord incident(CreditRecordType type, IncidentLevel level, String day) {
        return new CreditRecord(
                CreditCode.of(CODE),
                type,
                "事故-" + day,
                LocalDate.parse(day),
                null,
                null,
                null,
                null,
                level,
                null,
                "台账");
    }

    static CoverageDeclaration covered(CreditRecordType type, String since, String through) {
        return new CoverageDeclaration("DEMO", type, LocalDate.parse(since), LocalDate.parse(through), "同步", null);
    }

    static List<CoverageDeclaration> allIncidentsCovered(String since, String through) {
        return List.of(
                covered(CreditRecordType.SAFETY_INCIDENT, since, through),
                covered(CreditRecordType.QUALITY_INCIDENT, since, through),
                covered(CreditRecordType.ENVIRONMENTAL_INCIDENT, since, through));
    }

    static RecordFacts.Bases supply(List<CreditRecord> records, List<CoverageDeclaration> coverage) {
        return supply(enterprise("6513", "示例科技有限公司"), records, List.of(), List.of(), coverage);
    }

    static RecordFacts.Bases supply(
            Enterprise e,
            List<CreditRecord> records,
            List<AnnualReport> reports,
            List<InnovationPlatform> platforms,
            List<CoverageDeclaration> coverage) {
        EnterpriseFacts.Builder b = EnterpriseFacts.of(e);
        return FACTS.supply(
                b, new EnterpriseRecord(e, reports, List.of(), platforms, records, List.of()), coverage, YEAR, YEAR);
    }

    @ParameterizedTest(name = "{0} {1} on {2}: tech-sme {3}, high-tech {4}")
    @CsvSource({
        // type, level, date, tech-sme majorIncident, high-tech majorIncident
        "SAFETY_INCIDENT, MAJOR, 2024-12-31, false, false",
        "SAFETY_INCIDENT, MAJOR, 2025-01-01, true, true",
        "SAFETY_INCIDENT, MAJOR, 2025-12-31, true, true",
        "SAFETY_INCIDENT, MAJOR, 2026-01-01, true, false",
        "SAFETY_INCIDENT, MAJOR, 2026-12-31, true, false",
        "SAFETY_INCIDENT, MAJOR, 2027-01-01, false, false",
        "SAFETY_INCIDENT, LARGER, 2025-06-01, false, false",
        "SAFETY_INCIDENT, EXTRAORDINARY, 2025-06-01, true, true",
        "QUALITY_INCIDENT, MAJOR, 2025-06-01, true, true",
        "ENVIRONMENTAL_INCIDENT, MAJOR, 2026-06-01, true, false",
    })
    void decidesMajorIncidentAtEachWindowsEdges(
            CreditRecordType type, IncidentLevel level, String day, boolean techSme, boolean highTech) {
        var bases = supply(List.of(incident(type, level, day)), allIncidentsCovered("2023-01-01", "2027-06-30"));
        assertThat(bases.of("tech-sme", YEAR).get("majorIncident").value()).isEqualTo(techSme);
        assertThat(bases.of("high-tech", YEAR).get("majorIncident").value()).isEqualTo(highTech);
    }

    @Test
    void aRecordDecidesYesEvenWithoutCoverageButNoRecordStaysUnknown() {
        var yes = supply(
                List.of(incident(CreditRecordType.SAFETY_INCIDENT, IncidentLevel.MAJOR, "2025-03-01")), List.of());
        assertThat(yes.of("tech-sme", YEAR).get("majorIncident").value()).isEqualTo(true);
        assertThat(yes.of("tech-sme", YEAR).get("majorIncident").text().zh()).contains("事故-2025-03-01");

        var unknown = supply(List.of(), List.of());
        FactBasis b = unknown.of("tech-sme", YEAR).get("majorIncident");
        assertThat(b.known()).isFalse();
        assertThat(b.source()).isEqualTo(FactBasis.Source.UNKNOWN);
        assertThat(b.text().zh()).contains("安全生产事故", "质量事故", "2025-01-01");
    }

    @ParameterizedTest(name = "complete {0}..{1}: decided {2}")
    @CsvSource({
        // since, through, decided (tech-sme window 2025-01-01..2026-12-31; the data year 2025 must be covered)
        "2025-01-01, 2026-12-31, true",
        "2025-01-02, 2026-12-31, false",
        "2024-12-31, 2025-12-31, true",
        "2024-12-31, 2025-12-30, false",
        "2023-01-01, 2026-11-30, true",
    })
    void saysNoOnlyOverTheDeclaredCompleteDates(String since, String through, boolean decided) {
        var bases = supply(List.of(), allIncidentsCovered(since, through));
        FactBasis b = bases.of("tech-sme", YEAR).get("majorIncident");
        assertThat(b.known()).isEqualTo(decided);
        if (decided) {
            assertThat(b.value()).isEqualTo(false);
            assertThat(b.text().zh()).startsWith("依据: 信用记录登记(").contains("截至 " + through + " 完整");
        }
    }

    @Test
    void needsEveryRecordTypeOfTheFactDeclared() {
        var bases = supply(List.of(), List.of(covered(CreditRecordType.SAFETY_INCIDENT, "2020-01-01", "2026-12-31")));
        assertThat(bases.of("high-tech", YEAR).get("majorIncident").known()).isFalse();
    }

    @ParameterizedTest(name = "listed {0}, removed {1}: on the list {2}")
    @CsvSource({
        // tech-sme creditListed: a listing in force on the last day checked, 2026-11-30 (coverage through then)
        "2026-11-30, , true",
        "2026-12-01, , false",
        "2024-05-01, 2026-11-30, false",
        "2024-05-01, 2026-12-01, true",
        "2020-01-01, 2025-06-30, false",
    })
    void checksListingsOnTheLastDayTheRegisterIsComplete(String listed, String removed, boolean onList) {
        CreditRecord r = new CreditRecord(
                CreditCode.of(CODE),
                CreditRecordType.ABNORMAL_OPERATION,
                "异常-1",
                LocalDate.parse(listed),
                removed == null ? null : LocalDate.parse(removed),
                AbnormalListingReason.UNREACHABLE,
                null,
                null,
                null,
                null,
                "国家企业信用信息公示系统");
        var bases = supply(
                List.of(r),
                List.of(
                        covered(CreditRecordType.ABNORMAL_OPERATION, "2019-01-01", "2026-11-30"),
                        covered(CreditRecordType.SERIOUS_VIOLATION, "2019-01-01", "2026-11-30")));
        assertThat(bases.of("tech-sme", YEAR).get("creditListed").value()).isEqualTo(onList);
    }

    @Test
    void aMajorIncidentInTheWindowMakesTechSmeNotQualifiedWithThatReason() {
        CreditRecord accident = incident(CreditRecordType.SAFETY_INCIDENT, IncidentLevel.MAJOR, "2026-02-10");
        Enterprise e = enterprise("6513", "示例科技有限公司");
        EnterpriseFacts.Builder b = EnterpriseFacts.of(e);
        var bases = FACTS.supply(
                b,
                new EnterpriseRecord(e, List.of(), List.of(), List.of(), List.of(accident), List.of()),
                allIncidentsCovered("2023-01-01", "2026-11-30"),
                YEAR,
                YEAR);
        Verdict v = new LadderAssessment(SCHEMES)
                .assess("tech-sme", b.build(), YEAR)
                .orElseThrow();
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
        assertThat(v.condition("no-major-incident").orElseThrow().status()).isEqualTo(Status.FAIL);
        VerdictBasis basis = VerdictBasis.of(v, bases.of("tech-sme", YEAR));
        assertThat(basis.facts())
                .filteredOn(f -> f.factId().equals("majorIncident"))
                .singleElement()
                .satisfies(f -> assertThat(f.text().zh()).contains("安全生产事故(重大)", "2026-02-10"));
        // The same accident lies outside 高企's window (the year before applying, 2025): no effect there.
        Verdict highTech = new LadderAssessment(SCHEMES)
                .assess("high-tech", b.build(), YEAR)
                .orElseThrow();
        assertThat(highTech.condition("no-major-incident").map(c -> c.status()))
                .isNotEqualTo(java.util.Optional.of(Status.FAIL));
    }

    @Test
    void derivesDirectRouteFactsFromPlatformsReportsAndAwards() {
        Enterprise e = enterprise("6513", "示例科技有限公司");
        List<AnnualReport> reports = new ArrayList<>();
        for (int y = 2021; y <= 2025; y++) {
            reports.add(AnnualReport.of(
                    CreditCode.of(CODE),
                    y,
                    Map.of(
                            ReportField.STANDARDS_LED,
                            java.math.BigDecimal.valueOf(y == 2021 ? 1 : 0),
                            ReportField.AWARDS_PROVINCIAL,
                            java.math.BigDecimal.ZERO)));
        }
        InnovationPlatform lab = new InnovationPlatform(
                "DEMO", "示例省重点实验室", PlatformType.KEY_LAB, Level.PROVINCIAL, CreditCode.of(CODE), null, 2025);
        var bases = supply(e, List.of(), reports, List.of(lab), List.of()).of("tech-sme", YEAR);
        assertThat(bases.get("provincialRdInstitution").value()).isEqualTo(true);
        assertThat(bases.get("ledStandard").value()).isEqualTo(true);
        assertThat(bases.get("nationalAwardTop3").value()).isEqualTo(false);

        // The standard of 2020 is outside the last five years (2021–2025); a municipal platform does not count; an
        // award of unknown level leaves the national award unknown; a platform approved after the data year neither.
        List<AnnualReport> later = new ArrayList<>();
        for (int y = 2021; y <= 2025; y++) {
            later.add(AnnualReport.of(
                    CreditCode.of(CODE),
                    y,
                    Map.of(
                            ReportField.STANDARDS_LED,
                            java.math.BigDecimal.ZERO,
                            ReportField.AWARDS_PROVINCIAL,
                            java.math.BigDecimal.valueOf(y == 2025 ? 1 : 0))));
        }
        InnovationPlatform municipal = new InnovationPlatform(
                "DEMO",
                "示例市技术中心",
                PlatformType.ENTERPRISE_TECH_CENTER,
                Level.MUNICIPAL,
                CreditCode.of(CODE),
                null,
                2020);
        InnovationPlatform future = new InnovationPlatform(
                "DEMO",
                "示例省工程中心",
                PlatformType.ENGINEERING_TECH_CENTER,
                Level.PROVINCIAL,
                CreditCode.of(CODE),
                null,
                2026);
        var other = supply(e, List.of(), later, List.of(municipal, future), List.of())
                .of("tech-sme", YEAR);
        assertThat(other.get("provincialRdInstitution").value()).isEqualTo(false);
        assertThat(other.get("ledStandard").value()).isEqualTo(false);
        assertThat(other.get("nationalAwardTop3").known()).isFalse();

        // A missing year leaves a zero sum unknown.
        var gap =
                supply(e, List.of(), later.subList(1, 5), List.of(), List.of()).of("tech-sme", YEAR);
        assertThat(gap.get("ledStandard").known()).isFalse();
        assertThat(gap.get("ledStandard").text().zh()).contains("2021");
    }

    @ParameterizedTest(name = "industry {0}, name {1}: restricted {2}")
    @CsvSource({
        "6513, 长春示例软件有限公司, false",
        "3110, 长春示例钢铁有限公司, true",
        "3110, 长春示例新材料有限公司, ",
        "2521, 示例焦化有限公司, true",
        ", 示例有限公司, ",
    })
    void looksProductsUpInTheIndustrialStructureCatalogue(String industry, String name, Boolean restricted) {
        var bases = supply(enterprise(industry, name), List.of(), List.of(), List.of(), List.of())
                .of("tech-sme", YEAR);
        assertThat(bases.get("restrictedIndustry").value()).isEqualTo(restricted);
    }

    @Test
    void rejectsAWindowsFileNamingAnUnknownFactWithItsLine() {
        String tsv = "# header\ntech-sme\tnoSuchFact\trecords\tSAFETY_INCIDENT\tMAJOR\t0\t1\tany\tpartial\tsource\n";
        assertThatThrownBy(() -> FactWindows.parse(
                        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "w.tsv", SCHEMES))
                .hasMessageContaining("w.tsv:2")
                .hasMessageContaining("noSuchFact");
        String badType = "tech-sme\tmajorIncident\trecords\tNO_TYPE\tMAJOR\t0\t1\tany\tpartial\tsource\n";
        assertThatThrownBy(() -> FactWindows.parse(
                        new ByteArrayInputStream(badType.getBytes(StandardCharsets.UTF_8)), "w.tsv", SCHEMES))
                .hasMessageContaining("w.tsv:1");
    }
}
