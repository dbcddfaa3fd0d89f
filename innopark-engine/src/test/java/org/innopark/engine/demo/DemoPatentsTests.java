package org.innopark.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.innopark.engine.chain.ChainCodes;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainMapping;
import org.innopark.engine.patent.IpcSymbol;
import org.innopark.engine.patent.PatentRecord;
import org.innopark.engine.patent.PatentType;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.EnterpriseBusiness;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoPatentsTests {

    static final LocalDate CUTOFF = LocalDate.of(2026, 12, 1);
    static final long SEED = 20261123L;

    static final Map<String, DemoPatents.Filer> FILERS = new TreeMap<>();
    static List<DemoPatents.Patent> local;
    static List<DemoPatents.Patent> outside;

    @BeforeAll
    static void generate() {
        Map<String, org.innopark.engine.registry.Enterprise> firms = new HashMap<>();
        Map<String, EnterpriseBusiness> business = new HashMap<>();
        Map<String, List<AnnualReport>> reports = new HashMap<>();
        RecordingSink sink = new RecordingSink() {
            @Override
            public void business(EnterpriseBusiness b) {
                business.put(b.creditCode().value(), b);
            }
        };
        new DemoPopulation().generate(DemoSpec.defaults().withEnterprises(800), sink);
        sink.enterprises.forEach(e -> firms.put(e.creditCode().value(), e));
        sink.reports.forEach(r -> reports.computeIfAbsent(r.creditCode().value(), k -> new ArrayList<>())
                .add(r));
        String park = sink.enterprises.get(0).parkCode();
        for (var e : sink.enterprises) {
            if (!e.parkCode().equals(park)) {
                continue;
            }
            String code = e.creditCode().value();
            EnterpriseBusiness b = business.get(code);
            FILERS.put(
                    code,
                    new DemoPatents.Filer(
                            code,
                            e.name(),
                            e.industry() == null ? null : e.industry().value(),
                            b == null ? null : b.mainProducts(),
                            b == null ? null : b.businessScope(),
                            e.registrationDate(),
                            reports.getOrDefault(code, List.of())));
        }
        DemoPatents demo = new DemoPatents();
        local = demo.park(SEED, 1, new ArrayList<>(FILERS.values()), CUTOFF);
        outside = demo.outside(SEED, CUTOFF, new DemoPatents.Sizes(800, 2014));
    }

    @Test
    void isDeterministicForASeed() {
        DemoPatents demo = new DemoPatents();
        assertThat(demo.park(SEED, 1, new ArrayList<>(FILERS.values()), CUTOFF)).isEqualTo(local);
        assertThat(demo.park(SEED + 1, 1, new ArrayList<>(FILERS.values()), CUTOFF))
                .isNotEqualTo(local);
        assertThat(demo.outside(SEED, CUTOFF, new DemoPatents.Sizes(800, 2014))).isEqualTo(outside);
    }

    @Test
    void filesPerFirmAndYearTheRegistrysInventionApplicationsGrantsAndUtilityModels() {
        Map<String, int[]> generated = new HashMap<>();
        for (DemoPatents.Patent p : local) {
            PatentRecord r = p.record();
            if (r.type() == PatentType.INVENTION) {
                generated.computeIfAbsent(p.owner() + "|" + r.filingDate().getYear(), k -> new int[3])[0]++;
                if (r.grantDate() != null) {
                    generated.computeIfAbsent(p.owner() + "|" + r.grantDate().getYear(), k -> new int[3])[1]++;
                }
            } else {
                generated.computeIfAbsent(p.owner() + "|" + r.grantDate().getYear(), k -> new int[3])[2]++;
            }
        }
        int years = 0;
        int applications = 0;
        for (DemoPatents.Filer f : FILERS.values()) {
            Integer previous = null;
            List<AnnualReport> rs = new ArrayList<>(f.reports());
            rs.sort(java.util.Comparator.comparingInt(AnnualReport::year));
            for (AnnualReport r : rs) {
                int[] g = generated.getOrDefault(f.creditCode() + "|" + r.year(), new int[3]);
                int stock = value(r, ReportField.IP_CLASS2);
                // utility models: 70 % (manufacturing) or 30 % of the year's new class-II IP, rounded up
                double added = previous == null
                        ? stock
                                / (double) Math.max(
                                        1, Math.min(6, r.year() - f.registered().getYear() + 1))
                        : Math.max(0, stock - previous);
                int division = Integer.parseInt(f.industry().substring(0, 2));
                double share = division >= 13 && division <= 43 ? 0.7 : 0.3;
                assertThat(g)
                        .as("%s %d", f.name(), r.year())
                        .containsExactly(
                                value(r, ReportField.INVENTION_APPLICATIONS),
                                value(r, ReportField.INVENTION_GRANTS),
                                (int) Math.ceil(added * share - 1e-9));
                previous = stock;
                years++;
                applications += g[0];
            }
        }
        assertThat(years).isGreaterThan(200);
        // and the park's filings of every report year are the sum of its reports' (none filed in a year unreported)
        Map<Integer, Integer> reported = new TreeMap<>();
        Map<Integer, Integer> filed = new TreeMap<>();
        FILERS.values()
                .forEach(f -> f.reports()
                        .forEach(r ->
                                reported.merge(r.year(), value(r, ReportField.INVENTION_APPLICATIONS), Integer::sum)));
        local.stream()
                .filter(p -> p.record().type() == PatentType.INVENTION)
                .filter(p -> reported.containsKey(p.record().filingDate().getYear()))
                .forEach(p -> filed.merge(p.record().filingDate().getYear(), 1, Integer::sum));
        assertThat(filed).isEqualTo(reported);
        assertThat(applications).isGreaterThan(100);
    }

    @Test
    void everyIpcSymbolIsValidAndTheMainOneIsOfTheNodesClasses() {
        ChainLibrary chains = ChainLibrary.builtIn();
        for (DemoPatents.Patent p : concat()) {
            PatentRecord r = p.record();
            assertThat(r.ipcAll()).isNotEmpty();
            for (IpcSymbol s : r.ipcAll()) {
                assertThat(IpcSymbol.parse(s.canonical())).isEqualTo(s);
                assertThat(ChainCodes.ipcTitle(s.subclass())).as(s.toString()).isPresent();
            }
            if (p.chainId() != null) {
                List<String> own = chains.get(p.chainId()).node(p.nodeId()).orElseThrow().ipc().stream()
                        .map(ChainMapping::code)
                        .map(c -> c.substring(0, 4))
                        .toList();
                assertThat(own).as(r.publicationNumber()).contains(r.ipcMain().subclass());
            }
        }
    }

    @Test
    void datesAreOrderedAndInventionsArePublishedEighteenMonthsAfterFiling() {
        Set<String> numbers = new HashSet<>();
        int unpublished = 0;
        for (DemoPatents.Patent p : concat()) {
            PatentRecord r = p.record();
            assertThat(numbers.add(r.publicationNumber()))
                    .as(r.publicationNumber())
                    .isTrue();
            assertThat(r.applicationNumber()).matches("20\\d{2}[12]\\d{7}\\.[0-9X]");
            assertThat(r.publicationDate()).isAfterOrEqualTo(r.filingDate());
            if (r.type() == PatentType.INVENTION) {
                assertThat(r.publicationDate())
                        .isAfterOrEqualTo(r.filingDate().plusMonths(18))
                        .isBefore(r.filingDate().plusMonths(18).plusDays(7));
                if (r.grantDate() != null) {
                    assertThat(r.grantDate()).isAfter(r.publicationDate());
                    assertThat(r.kind()).isEqualTo("B");
                }
            } else {
                assertThat(r.grantDate()).isEqualTo(r.publicationDate());
            }
            if (p.published() && r.grantDate() != null) {
                assertThat(r.grantDate()).isBeforeOrEqualTo(CUTOFF);
            }
            assertThat(p.published()).isEqualTo(!r.publicationDate().isAfter(CUTOFF));
            unpublished += p.published() ? 0 : 1;
        }
        assertThat(unpublished)
                .as("applications of the last 18 months are not published yet")
                .isPositive();
    }

    @Test
    void writesPlainPatentChineseWithApplicantsAndInventors() {
        int coApplied = 0;
        for (DemoPatents.Patent p : local) {
            PatentRecord r = p.record();
            assertThat(r.title()).startsWith("一种");
            assertThat(r.abstractText())
                    .startsWith(r.type() == PatentType.INVENTION ? "本发明" : "本实用新型")
                    .endsWith("。");
            assertThat(r.applicants().get(0)).isEqualTo(FILERS.get(p.owner()).name());
            assertThat(p.applicantCreditCodes()).containsExactly(p.owner());
            assertThat(r.inventors()).isNotEmpty().allMatch(n -> n.length() >= 2 && n.length() <= 4);
            coApplied += r.applicants().size() > 1 ? 1 : 0;
        }
        assertThat(coApplied).as("co-applications with universities").isBetween(local.size() / 40, local.size() / 5);
    }

    @Test
    void outsideApplicantsAreThePoolsFirmsAndTheChainsInstitutes() {
        Set<String> pool = new HashSet<>();
        new CandidatePoolSimulation(DemoPatents.POOL_SEED, LocalDate.of(2026, 11, 30))
                .generate(800, e -> pool.add(e.name()));
        Set<String> firms = new HashSet<>();
        Set<String> institutes = new HashSet<>();
        for (DemoPatents.Patent p : outside) {
            assertThat(p.owner()).isNull();
            String a = p.record().applicants().get(0);
            (pool.contains(a) ? firms : institutes).add(a);
        }
        assertThat(firms.size()).isGreaterThan(100);
        assertThat(institutes).contains("中南大学", "浙江大学", "西南交通大学");
        assertThat(institutes).allMatch(n -> n.contains("大学") || n.contains("研究") || n.contains("集团"));
        Set<String> chains = new HashSet<>();
        outside.forEach(p -> chains.add(p.chainId()));
        assertThat(chains).hasSize(8);
    }

    private static List<DemoPatents.Patent> concat() {
        List<DemoPatents.Patent> all = new ArrayList<>(local);
        all.addAll(outside);
        return all;
    }

    private static int value(AnnualReport r, ReportField f) {
        return r.get(f) == null ? 0 : r.get(f).intValue();
    }
}
