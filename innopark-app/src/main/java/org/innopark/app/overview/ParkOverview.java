package org.innopark.app.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.innopark.app.points.InnovationPoints;
import org.innopark.app.points.PointsRankingView;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStatistics;
import org.innopark.app.registry.RegistryStatistics.CarrierTotals;
import org.innopark.app.registry.RegistryStatistics.Category;
import org.innopark.app.registry.RegistryStatistics.ContractAmount;
import org.innopark.app.registry.RegistryStatistics.PlatformCount;
import org.innopark.app.registry.RegistryStatistics.ReportSums;
import org.innopark.app.registry.RegistryVersion;
import org.innopark.app.registry.VersionedCache;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.ladder.Ladder;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's figures over the years: the sums of its enterprises' annual reports, the certificates held at each
 * year's end, technology-contract turnover, incubation carriers and platforms, and the spread of its enterprises
 * over industries and high-tech fields. Only park staff of the park (or a system administrator) get it: an
 * enterprise user's scope never includes a park-wide view.
 */
@Service
@Transactional(readOnly = true)
public class ParkOverview {

    private final RegistryReads registry;
    private final RegistryStatistics statistics;
    private final RegistryVersion version;
    private final Ladder ladder = Ladder.official();
    private final VersionedCache<String, Optional<Overview>> cache = new VersionedCache<>(64);

    private final InnovationPoints points;
    private final VersionedCache<String, List<PointsRankingView.Entry>> top = new VersionedCache<>(64);

    ParkOverview(
            RegistryReads registry, RegistryStatistics statistics, RegistryVersion version, InnovationPoints points) {
        this.registry = registry;
        this.statistics = statistics;
        this.version = version;
        this.points = points;
    }

    /**
     * The park's first {@code n} enterprises by innovation points (default scheme, latest year; ties at the cut-off
     * included); empty when the park is outside the scope or nothing was reported.
     */
    public List<PointsRankingView.Entry> topByPoints(ParkScope scope, String parkCode, int n) {
        if (parkCode == null
                || !scope.includesPark(parkCode)
                || scope.enterprise().isPresent()) {
            return List.of();
        }
        return top.get(
                parkCode + "/" + n,
                version.current(),
                () -> points.ranking(scope, parkCode, null, InnovationPoints.scheme(null), n)
                        .flatMap(r -> r.cohorts().stream().findFirst())
                        .map(PointsRankingView.CohortRanking::entries)
                        .orElse(List.of()));
    }

    /**
     * One year of the park. Money in yuan; sums over the enterprises that reported that year.
     *
     * @param held certificates valid on 31 December of the year, by rung (a listed enterprise counts as LISTED)
     */
    public record YearFigures(
            int year,
            long reporting,
            long employees,
            long rdStaff,
            BigDecimal revenue,
            BigDecimal highTechRevenue,
            BigDecimal rdExpense,
            BigDecimal netProfit,
            BigDecimal taxes,
            BigDecimal exports,
            long inventionGrants,
            long contracts,
            BigDecimal contractTurnover,
            Map<QualificationType, Long> held) {

        /** R&D expense over revenue, in percent; null without revenue. */
        public Double rdIntensity() {
            if (revenue == null || revenue.signum() == 0 || rdExpense == null) {
                return null;
            }
            return rdExpense.doubleValue() * 100 / revenue.doubleValue();
        }

        public long heldOf(QualificationType type) {
            return held.getOrDefault(type, 0L);
        }
    }

    /** A share of the park's enterprises: a category code, how many, and their revenue in the latest year. */
    public record Slice(String code, String nameZh, String nameEn, long enterprises, BigDecimal revenue) {}

    /**
     * The park's overview.
     *
     * @param years every year with annual reports, oldest first
     */
    public record Overview(
            String parkCode,
            List<YearFigures> years,
            List<Slice> industries,
            List<Slice> fields,
            List<CarrierTotals> carriers,
            List<PlatformCount> platforms) {

        public Optional<YearFigures> latest() {
            return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
        }

        public Optional<YearFigures> previous() {
            return years.size() < 2 ? Optional.empty() : Optional.of(years.get(years.size() - 2));
        }
    }

    /** The overview of a park; empty when the park is outside the scope, does not exist, or the user is an enterprise. */
    public Optional<Overview> overview(ParkScope scope, String parkCode) {
        if (parkCode == null
                || !scope.includesPark(parkCode)
                || scope.enterprise().isPresent()) {
            return Optional.empty();
        }
        return cache.get(parkCode, version.current(), () -> compute(parkCode));
    }

    private Optional<Overview> compute(String parkCode) {
        if (!registry.parkExists(parkCode)) {
            return Optional.empty();
        }
        List<YearFigures> years = years(parkCode);
        Integer latest = years.isEmpty() ? null : years.get(years.size() - 1).year();
        Spread spread = slices(parkCode, latest);
        return Optional.of(new Overview(
                parkCode,
                years,
                spread.industries(),
                spread.fields(),
                statistics.carriers(parkCode),
                statistics.platforms(parkCode)));
    }

    private List<YearFigures> years(String parkCode) {
        List<ReportSums> sums = statistics.reportSumsByYear(parkCode);
        Map<Integer, long[]> contractCounts = new TreeMap<>();
        Map<Integer, BigDecimal> turnover = new TreeMap<>();
        for (ContractAmount c : statistics.techContracts(parkCode)) {
            int y = c.registeredOn().getYear();
            contractCounts.computeIfAbsent(y, k -> new long[1])[0]++;
            turnover.merge(y, c.amount(), BigDecimal::add);
        }
        Map<Integer, Map<QualificationType, Long>> held =
                held(parkCode, sums.stream().map(ReportSums::year).toList());
        List<YearFigures> out = new ArrayList<>();
        for (ReportSums s : sums) {
            out.add(new YearFigures(
                    s.year(),
                    s.reporting(),
                    s.employees(),
                    s.rdStaff(),
                    s.revenue(),
                    s.highTechRevenue(),
                    s.rdExpense(),
                    s.netProfit(),
                    s.taxes(),
                    s.exports(),
                    s.inventionGrants(),
                    contractCounts.getOrDefault(s.year(), new long[1])[0],
                    turnover.getOrDefault(s.year(), BigDecimal.ZERO),
                    held.get(s.year())));
        }
        return out;
    }

    /** Certificates valid at each year's end; one without an expiry date lasts its rung's validity. */
    private Map<Integer, Map<QualificationType, Long>> held(String parkCode, List<Integer> years) {
        List<Qualification> rows = statistics.qualifications(parkCode);
        long listed = statistics.listedEnterprises(parkCode);
        Map<Integer, Map<QualificationType, Long>> out = new LinkedHashMap<>();
        for (int year : years) {
            LocalDate end = LocalDate.of(year, 12, 31);
            Map<QualificationType, java.util.Set<String>> holders = new EnumMap<>(QualificationType.class);
            for (Qualification h : rows) {
                LocalDate expires = h.expiresOn() != null
                        ? h.expiresOn()
                        : ladder.rung(h.type())
                                .map(Ladder.Rung::validityYears)
                                .map(v -> h.grantedOn().plusYears(v).minusDays(1))
                                .orElse(null);
                if (!end.isBefore(h.grantedOn()) && (expires == null || !end.isAfter(expires))) {
                    holders.computeIfAbsent(h.type(), k -> new java.util.HashSet<>())
                            .add(h.creditCode().value());
                }
            }
            Map<QualificationType, Long> counts = new EnumMap<>(QualificationType.class);
            for (QualificationType t : QualificationType.values()) {
                counts.put(t, (long) holders.getOrDefault(t, java.util.Set.of()).size());
            }
            // The registry records the listing board, not the listing date: the current board counts for every year.
            counts.merge(QualificationType.LISTED, listed, Math::max);
            out.put(year, counts);
        }
        return out;
    }

    /** Enterprises and their revenue by category, in the order the categories were first counted. */
    private static final class Tally {
        final Map<String, long[]> counts;
        final Map<String, BigDecimal> revenue = new java.util.HashMap<>();

        Tally(Map<String, long[]> counts) {
            this.counts = counts;
        }

        void add(String category, BigDecimal r) {
            counts.computeIfAbsent(category, k -> new long[1])[0]++;
            if (r != null) {
                revenue.merge(category, r, BigDecimal::add);
            }
        }

        List<Slice> slices(java.util.function.Function<String, String[]> names) {
            List<Slice> out = new ArrayList<>();
            counts.forEach((code, n) -> {
                String[] name = code.isEmpty() ? new String[2] : names.apply(code);
                out.add(new Slice(code, name[0], name[1], n[0], revenue.getOrDefault(code, BigDecimal.ZERO)));
            });
            return out;
        }
    }

    private record Spread(List<Slice> industries, List<Slice> fields) {}

    /** The park's enterprises by industry division (most enterprises first) and by high-tech field, in one read. */
    private Spread slices(String parkCode, Integer year) {
        Tally industries = new Tally(new TreeMap<>());
        Map<String, long[]> fieldOrder = new LinkedHashMap<>();
        for (HighTechField f : HighTechField.values()) {
            fieldOrder.put(f.name(), new long[1]);
        }
        fieldOrder.put("", new long[1]);
        Tally fields = new Tally(fieldOrder);
        for (Category c : statistics.categories(parkCode, year)) {
            String industry = c.industryCode();
            industries.add(industry == null || industry.length() < 2 ? "" : industry.substring(0, 2), c.revenue());
            fields.add(c.highTechField() == null ? "" : c.highTechField(), c.revenue());
        }
        List<Slice> byIndustry =
                industries.slices(d -> new String[] {IndustryCode.divisions().get(d), null});
        byIndustry.sort((a, b) -> Long.compare(b.enterprises(), a.enterprises()));
        List<Slice> byField = fields.slices(c -> {
            HighTechField f = HighTechField.valueOf(c);
            return new String[] {f.zh(), f.en()};
        });
        return new Spread(byIndustry, byField);
    }
}
