package org.innopark.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.registry.TechContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoPopulationTests {

    private static final DemoSpec SMALL = DemoSpec.defaults().withEnterprises(2000);

    private static RecordingSink small;
    private static DemoSummary smallSummary;

    @BeforeAll
    static void generateSmallPopulation() {
        small = new RecordingSink();
        smallSummary = new DemoPopulation().generate(SMALL, small);
    }

    @Test
    void generatesByteIdenticalPopulationsFromTheSameSpec() {
        HashingSink first = new HashingSink();
        HashingSink second = new HashingSink();
        DemoSummary a = new DemoPopulation().generate(SMALL, first);
        DemoSummary b = new DemoPopulation().generate(SMALL, second);

        assertThat(first.hex()).isEqualTo(second.hex());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void generatesADifferentPopulationFromAnotherSeed() {
        HashingSink first = new HashingSink();
        HashingSink second = new HashingSink();
        new DemoPopulation().generate(SMALL.withEnterprises(200), first);
        new DemoPopulation().generate(SMALL.withEnterprises(200).withSeed(7), second);

        assertThat(first.hex()).isNotEqualTo(second.hex());
    }

    @Test
    void emitsValidUniqueCreditCodesInEachParksRegion() {
        Map<String, Park> parks = small.parks.stream().collect(Collectors.toMap(Park::code, p -> p));
        Set<CreditCode> codes = new HashSet<>();
        for (Enterprise e : small.enterprises) {
            String code = e.creditCode().value();
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            assertThat(code).startsWith("91");
            assertThat(e.creditCode().registrationRegion())
                    .isEqualTo(parks.get(e.parkCode()).region().value());
            assertThat(CreditCodes.organisationCheck(code.substring(8, 16))).isEqualTo(code.charAt(16));
            codes.add(e.creditCode());
        }
        assertThat(codes).hasSize(small.enterprises.size());
    }

    @Test
    void givesEveryEnterpriseAUniqueCompanyName() {
        Set<String> names = small.enterprises.stream().map(Enterprise::name).collect(Collectors.toSet());

        assertThat(names).hasSize(small.enterprises.size());
        assertThat(names).allMatch(n -> n.endsWith("有限公司"));
    }

    @Test
    void namesListedEnterprisesAsJointStockCompaniesWithAListedQualification() {
        Set<CreditCode> listedQualifications = small.qualifications.stream()
                .filter(q -> q.type() == QualificationType.LISTED)
                .map(Qualification::creditCode)
                .collect(Collectors.toSet());
        List<Enterprise> listed =
                small.enterprises.stream().filter(Enterprise::isListed).toList();

        assertThat(listed).isNotEmpty();
        assertThat(listed).allMatch(e -> e.name().endsWith("股份有限公司"));
        assertThat(listed.stream().map(Enterprise::creditCode).collect(Collectors.toSet()))
                .isEqualTo(listedQualifications);
        assertThat(small.enterprises)
                .filteredOn(e -> e.listingBoard() == ListingBoard.UNLISTED)
                .noneMatch(e -> listedQualifications.contains(e.creditCode()));
    }

    @Test
    void reportsPassEveryRuleOfTheAnnualReport() {
        for (AnnualReport r : small.reports) {
            assertThat(AnnualReport.check(r.year(), r.figures()))
                    .as(r.toString())
                    .isEmpty();
            assertThat(r.has(ReportField.EMPLOYEES)
                            && r.has(ReportField.OPERATING_REVENUE)
                            && r.has(ReportField.RD_EXPENSE))
                    .isTrue();
            assertThat(r.get(ReportField.NET_ASSETS))
                    .isEqualByComparingTo(
                            r.get(ReportField.TOTAL_ASSETS).subtract(r.get(ReportField.TOTAL_LIABILITIES)));
            assertThat(r.get(ReportField.OPERATING_REVENUE).scale()).isEqualTo(2);
            assertThat(r.year()).isBetween(SMALL.firstYear(), SMALL.lastYear());
        }
        // Some auxiliary figures are missing, as in real surveys.
        assertThat(small.reports).anyMatch(r -> !r.has(ReportField.EXPORTS));
    }

    @Test
    void reportsOnlyYearsAfterRegistrationAndLetSomeEnterprisesStop() {
        Map<CreditCode, Enterprise> byCode =
                small.enterprises.stream().collect(Collectors.toMap(Enterprise::creditCode, e -> e));
        Map<CreditCode, Integer> lastYear = new HashMap<>();
        for (AnnualReport r : small.reports) {
            assertThat(r.year())
                    .isGreaterThanOrEqualTo(
                            byCode.get(r.creditCode()).registrationDate().getYear());
            lastYear.merge(r.creditCode(), r.year(), Math::max);
        }
        assertThat(lastYear).hasSize(small.enterprises.size());
        long stopped =
                lastYear.values().stream().filter(y -> y < SMALL.lastYear()).count();
        assertThat(stopped).isPositive().isLessThan(small.enterprises.size() / 10);
        assertThat(small.enterprises).allMatch(e -> e.registrationDate().getYear() < SMALL.lastYear());
    }

    @Test
    void derivesHighTechCertificatesOnlyFromFiguresThatMeetTheRules() {
        Map<CreditCode, Map<Integer, AnnualReport>> reports = new HashMap<>();
        for (AnnualReport r : small.reports) {
            reports.computeIfAbsent(r.creditCode(), k -> new HashMap<>()).put(r.year(), r);
        }
        int checked = 0;
        for (Qualification q : small.qualifications) {
            AnnualReport latest = reports.getOrDefault(q.creditCode(), Map.of())
                    .get(q.grantedOn().getYear() - 1);
            if (q.type() != QualificationType.HIGH_TECH || latest == null) {
                continue;
            }
            checked++;
            double employees = latest.getDouble(ReportField.EMPLOYEES);
            double revenue = latest.getDouble(ReportField.OPERATING_REVENUE);
            assertThat(latest.getDouble(ReportField.ST_STAFF)).isGreaterThanOrEqualTo(0.10 * employees);
            assertThat(latest.getDouble(ReportField.HIGH_TECH_REVENUE)).isGreaterThanOrEqualTo(0.60 * revenue);
            assertThat(q.expiresOn()).isEqualTo(q.grantedOn().plusYears(3).minusDays(1));
            assertThat(q.certificateNo()).matches("GR" + q.grantedOn().getYear() + "\\d{7}");
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void grantsTechSmeRegistrationsOnlyToSmallEnterprises() {
        Map<String, AnnualReport> reports =
                small.reports.stream().collect(Collectors.toMap(r -> r.creditCode() + "/" + r.year(), r -> r));
        List<Qualification> techSmes = small.qualifications.stream()
                .filter(q -> q.type() == QualificationType.TECH_SME)
                .toList();
        assertThat(techSmes).isNotEmpty();
        for (Qualification q : techSmes) {
            assertThat(q.expiresOn()).isEqualTo(LocalDate.of(q.grantedOn().getYear(), 12, 31));
            AnnualReport latest =
                    reports.get(q.creditCode() + "/" + (q.grantedOn().getYear() - 1));
            if (latest != null) {
                assertThat(latest.getDouble(ReportField.EMPLOYEES)).isLessThanOrEqualTo(500);
                assertThat(latest.getDouble(ReportField.OPERATING_REVENUE)).isLessThanOrEqualTo(2e8);
                assertThat(latest.getDouble(ReportField.TOTAL_ASSETS)).isLessThanOrEqualTo(2e8);
            }
        }
    }

    @Test
    void emitsInTheGuaranteedOrder() {
        String seq = small.sequence.toString();
        // Parks, then sub-parks, then enterprise blocks (E R* Q*), then platforms … contracts.
        String phases = "PS*LCTJK";
        int phase = 0;
        char previous = 'P';
        for (char c : seq.toCharArray()) {
            int p = c == 'E' || c == 'R' || c == 'Q' ? 2 : phases.indexOf(c);
            assertThat(p).as("%s after phase %d", c, phase).isGreaterThanOrEqualTo(phase);
            if (c == 'R') {
                assertThat(previous).isIn('E', 'R');
            }
            if (c == 'Q') {
                assertThat(previous).isIn('E', 'R', 'Q');
            }
            phase = p;
            previous = c;
        }
        assertThat(seq).startsWith("PPPPPPPPS").contains("E", "L", "C", "T", "J", "K");

        Set<CreditCode> emitted = new HashSet<>();
        CreditCode current = null;
        int e = 0;
        int r = 0;
        int q = 0;
        for (char c : seq.toCharArray()) {
            switch (c) {
                case 'E' -> {
                    current = small.enterprises.get(e++).creditCode();
                    emitted.add(current);
                }
                case 'R' -> assertThat(small.reports.get(r++).creditCode()).isEqualTo(current);
                case 'Q' ->
                    assertThat(small.qualifications.get(q++).creditCode()).isEqualTo(current);
                default -> {}
            }
        }
        assertThat(small.platforms).allMatch(p -> emitted.contains(p.hostCreditCode()));
        assertThat(small.carriers)
                .allMatch(c -> c.operatorCreditCode() == null || emitted.contains(c.operatorCreditCode()));
        assertThat(small.talents).allMatch(t -> emitted.contains(t.employerCreditCode()));
        assertThat(small.projects)
                .allMatch(p -> p.investorCreditCode() == null || emitted.contains(p.investorCreditCode()));
        assertThat(small.contracts)
                .allMatch(c -> emitted.contains(c.sellerCreditCode())
                        && (c.buyerCreditCode() == null || emitted.contains(c.buyerCreditCode())));
    }

    @Test
    void keepsTheDatabaseKeysOfParkLevelRecordsUnique() {
        assertThat(small.subParks.stream().map(s -> s.code()).distinct().count())
                .isEqualTo(small.subParks.size());
        assertThat(small.platforms.stream()
                        .map(p -> p.parkCode() + "/" + p.name())
                        .distinct()
                        .count())
                .isEqualTo(small.platforms.size());
        assertThat(small.carriers.stream()
                        .map(c -> c.parkCode() + "/" + c.name())
                        .distinct()
                        .count())
                .isEqualTo(small.carriers.size());
        assertThat(small.talents.stream()
                        .map(t -> t.parkCode() + "/" + t.name() + "/" + t.programme() + "/" + t.employerCreditCode())
                        .distinct()
                        .count())
                .isEqualTo(small.talents.size());
        assertThat(small.projects.stream().map(p -> p.projectNo()).distinct().count())
                .isEqualTo(small.projects.size());
        assertThat(small.contracts.stream()
                        .map(TechContract::registrationNo)
                        .distinct()
                        .count())
                .isEqualTo(small.contracts.size());
        assertThat(small.qualifications.stream()
                        .map(q -> q.creditCode() + "/" + q.type() + "/" + q.grantedOn())
                        .distinct()
                        .count())
                .isEqualTo(small.qualifications.size());
    }

    @Test
    void writesContractsInEveryReportingYear() {
        Set<Integer> years = small.contracts.stream()
                .map(c -> c.registrationDate().getYear())
                .collect(Collectors.toSet());

        assertThat(years).containsExactlyInAnyOrder(2021, 2022, 2023, 2024, 2025);
    }

    @Test
    void summaryCountsEqualWhatTheSinkReceived() {
        assertThat(smallSummary.parks()).isEqualTo(small.parks.size());
        assertThat(smallSummary.subParks()).isEqualTo(small.subParks.size());
        assertThat(smallSummary.enterprises())
                .isEqualTo(small.enterprises.size())
                .isEqualTo(2000);
        assertThat(smallSummary.reports()).isEqualTo(small.reports.size());
        assertThat(smallSummary.qualifications()).isEqualTo(small.qualifications.size());
        assertThat(smallSummary.platforms()).isEqualTo(small.platforms.size());
        assertThat(smallSummary.carriers()).isEqualTo(small.carriers.size());
        assertThat(smallSummary.talents()).isEqualTo(small.talents.size());
        assertThat(smallSummary.projects()).isEqualTo(small.projects.size());
        assertThat(smallSummary.contracts()).isEqualTo(small.contracts.size());
    }

    @Test
    void parkFiguresEqualCountsRecomputedFromTheRecords() {
        LocalDate end = LocalDate.of(SMALL.lastYear(), 12, 31);
        Map<CreditCode, String> parkOf =
                small.enterprises.stream().collect(Collectors.toMap(Enterprise::creditCode, Enterprise::parkCode));
        for (Park park : small.parks) {
            String code = park.code();
            DemoSummary.ParkFigures figures = smallSummary.park(code);
            List<Qualification> valid = small.qualifications.stream()
                    .filter(q -> parkOf.get(q.creditCode()).equals(code) && q.validOn(end))
                    .toList();
            Set<CreditCode> giants = holders(valid, QualificationType.LITTLE_GIANT, null);
            Set<CreditCode> provincial = holders(valid, QualificationType.SRDI_SME, Level.PROVINCIAL);
            provincial.removeAll(giants);
            Set<CreditCode> municipal = holders(valid, QualificationType.SRDI_SME, Level.MUNICIPAL);
            municipal.removeAll(giants);
            municipal.removeAll(provincial);
            List<TechContract> lastYear = small.contracts.stream()
                    .filter(c ->
                            c.parkCode().equals(code) && c.registrationDate().getYear() == SMALL.lastYear())
                    .toList();

            assertThat(figures.enterprises())
                    .isEqualTo(parkOf.values().stream().filter(code::equals).count());
            assertThat(figures.highTech())
                    .isEqualTo(holders(valid, QualificationType.HIGH_TECH, null).size());
            assertThat(figures.techSmes())
                    .isEqualTo(holders(valid, QualificationType.TECH_SME, null).size());
            assertThat(figures.littleGiants()).isEqualTo(giants.size());
            assertThat(figures.srdiProvincial()).isEqualTo(provincial.size());
            assertThat(figures.srdiMunicipal()).isEqualTo(municipal.size());
            assertThat(figures.srdi()).isEqualTo(giants.size() + provincial.size() + municipal.size());
            assertThat(figures.incubators())
                    .isEqualTo(small.carriers.stream()
                            .filter(c -> c.parkCode().equals(code) && c.type() == CarrierType.INCUBATOR)
                            .count());
            assertThat(figures.platforms())
                    .isEqualTo(small.platforms.stream()
                            .filter(p -> p.parkCode().equals(code))
                            .count());
            assertThat(figures.contracts()).isEqualTo(lastYear.size());
            assertThat(figures.contractTurnover())
                    .isEqualByComparingTo(
                            lastYear.stream().map(TechContract::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    private static Set<CreditCode> holders(List<Qualification> valid, QualificationType type, Level level) {
        return valid.stream()
                .filter(q -> q.type() == type && (level == null || q.level() == level))
                .map(Qualification::creditCode)
                .collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void handlesOneEnterpriseReportingOneYear() {
        RecordingSink sink = new RecordingSink();
        DemoSummary summary = new DemoPopulation().generate(new DemoSpec(1, 1, 2025, 42), sink);

        assertThat(sink.parks).hasSize(ParkCatalogue.PARKS.size());
        assertThat(sink.subParks).hasSizeGreaterThanOrEqualTo(2 * ParkCatalogue.PARKS.size());
        assertThat(sink.enterprises).hasSize(1);
        assertThat(sink.reports).hasSize(1);
        assertThat(sink.reports.get(0).year()).isEqualTo(2025);
        assertThat(summary.enterprises()).isEqualTo(1);
        assertThat(summary.perPark().stream()
                        .mapToLong(DemoSummary.ParkFigures::enterprises)
                        .sum())
                .isEqualTo(1);
        assertThat(summary.reports()).isEqualTo(1);
        assertThat(summary.qualifications()).isEqualTo(sink.qualifications.size());
        assertThat(summary.contracts()).isEqualTo(sink.contracts.size());
    }

    @Test
    void handlesNoEnterprisesAtAll() {
        RecordingSink sink = new RecordingSink();
        DemoSummary summary = new DemoPopulation().generate(DemoSpec.defaults().withEnterprises(0), sink);

        assertThat(sink.sequence.toString()).matches("P+S+");
        assertThat(summary.enterprises()).isZero();
    }

    @Test
    void streamsFiftyThousandEnterprisesIntoASinkThatKeepsNothing() {
        CountingSink sink = new CountingSink();
        DemoSummary summary = new DemoPopulation().generate(DemoSpec.defaults().withEnterprises(50_000), sink);

        sink.assertMatches(summary);
        assertThat(sink.enterprises).isEqualTo(50_000);
        assertThat(sink.reports).isGreaterThan(3L * 50_000);
    }
}
