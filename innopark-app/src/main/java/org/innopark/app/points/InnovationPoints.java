package org.innopark.app.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.points.PointsScoring.Scored;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryVersion;
import org.innopark.app.registry.VersionedCache;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.points.PointsRanking;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.points.PointsSchemeLoader;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.ReportField;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Innovation points over the registry: a park's ranking (百强, movers, distribution), one enterprise's explanation,
 * and the bank list. Every read is limited to the caller's {@link ParkScope}: a park outside it is "not found"; an
 * enterprise user gets only its own explanation. Scores are computed on request from the annual reports (the engine
 * scores a park in milliseconds), so they always reflect the registry.
 */
@Service
@Transactional(readOnly = true)
public class InnovationPoints {

    private final RegistryReads registry;
    private final PointsConsent consent;
    private final RegistryVersion version;

    /** A park's scoring of a year by a scheme, while the registry version it was computed at is current. */
    private final VersionedCache<String, Scored> parkScores = new VersionedCache<>(64);

    InnovationPoints(RegistryReads registry, PointsConsent consent, RegistryVersion version) {
        this.registry = registry;
        this.consent = consent;
        this.version = version;
    }

    /** The scheme for an id (built-in) or, from trusted callers only (the CLI), a file; null for the default. */
    public static PointsScheme scheme(String idOrFile) {
        return PointsSchemeLoader.resolve(
                idOrFile == null || idOrFile.isBlank() ? PointsSchemeLoader.DEFAULT_ID : idOrFile.strip());
    }

    /**
     * A park's ranking, or every park's in the scope when {@code park} is null (each park its own cohort).
     *
     * @param year null for the latest year with annual reports
     * @return empty when the park is outside the scope or does not exist, or nothing has been reported
     */
    public Optional<PointsRankingView> ranking(
            ParkScope scope, String park, Integer year, PointsScheme scheme, Integer top) {
        refuseEnterpriseUsers(scope);
        Optional<String> parkFilter = parkInScope(scope, park);
        if (parkFilter.isEmpty()) {
            return Optional.empty();
        }
        String code = parkFilter.get().isEmpty() ? null : parkFilter.get();
        Integer y = year != null ? year : latestYear(code);
        if (y == null) {
            return Optional.empty();
        }
        Data data = load(code, y - 1 - PointsScoring.lookback(scheme), y);
        return Optional.of(PointsScoring.rank(scheme, y, code, data.enterprises(), data.reports(), top));
    }

    /** One enterprise's explanation; empty when it is outside the scope or has no report for the year. */
    public Optional<PointsExplanationView> explanation(
            ParkScope scope, String creditCode, Integer year, PointsScheme scheme) {
        String code = creditCode.strip().toUpperCase(Locale.ROOT);
        if (scope.enterprise().isPresent() && !scope.enterprise().get().equals(code)) {
            return Optional.empty();
        }
        Optional<String> park = registry.parkOf(code)
                .filter(p -> scope.parkCode() == null || scope.parkCode().equals(p));
        if (park.isEmpty()) {
            return Optional.empty();
        }
        Integer y = year != null
                ? year
                : registry.latestReportYear(park.get(), code).orElse(null);
        if (y == null) {
            return Optional.empty();
        }
        // The cohort is the enterprise's park: its explanation compares it with the park's other enterprises. The
        // park's scoring is kept while the registry is unchanged: every profile page of the park needs the same one.
        String park0 = park.get();
        int year0 = y;
        Scored scored =
                parkScores.get(park0 + "/" + y + "/" + scheme.id() + "@" + scheme.version(), version.current(), () -> {
                    Data data = load(park0, year0 - PointsScoring.lookback(scheme), year0);
                    return PointsScoring.score(scheme, year0, data.enterprises(), data.reports());
                });
        return PointsScoring.explain(scored, code);
    }

    /**
     * The park's bank list with the default scheme: consenting enterprises only, ranked within the whole park.
     *
     * @return empty when the park is outside the scope or nothing has been reported
     */
    public Optional<BankList> bankList(ParkScope scope, String park, Integer year) {
        refuseEnterpriseUsers(scope);
        if (park == null || !scope.includesPark(park)) {
            return Optional.empty();
        }
        Optional<String> parkName = registry.parkName(park);
        if (parkName.isEmpty()) {
            return Optional.empty();
        }
        Integer y = year != null ? year : latestYear(park);
        if (y == null) {
            return Optional.empty();
        }
        PointsScheme scheme = scheme(null);
        Data data = load(park, y - Math.max(1, PointsScoring.lookback(scheme)), y);
        Scored scored = PointsScoring.score(scheme, y, data.enterprises(), data.reports());
        Map<String, LocalDate> consents = consent.activeInPark(park);
        Map<String, AnnualReport> current = new HashMap<>();
        Map<String, AnnualReport> previous = new HashMap<>();
        for (AnnualReport r : data.reports()) {
            if (r.year() == y) {
                current.put(r.creditCode().value(), r);
            } else if (r.year() == y - 1) {
                previous.put(r.creditCode().value(), r);
            }
        }
        List<BankList.Row> rows = new ArrayList<>();
        int ranked = 0;
        for (int c = 0; c < scored.input().cohortCount(); c++) {
            ranked += scored.result().cohortSize(c);
            for (PointsRanking.Entry e : PointsRanking.ranking(scored.result(), c)) {
                LocalDate consentedOn = consents.get(e.key());
                if (consentedOn != null) {
                    rows.add(row(scored, e, current.get(e.key()), previous.get(e.key()), consentedOn));
                }
            }
        }
        return Optional.of(
                new BankList(park, parkName.get(), y, PointsScoring.schemeInfo(scheme), ranked, LocalDate.now(), rows));
    }

    private static BankList.Row row(
            Scored scored, PointsRanking.Entry e, AnnualReport report, AnnualReport before, LocalDate consentedOn) {
        BigDecimal rd = report.get(ReportField.RD_EXPENSE);
        BigDecimal revenue = report.get(ReportField.OPERATING_REVENUE);
        Double intensity =
                rd != null && revenue != null && revenue.signum() > 0 ? rd.doubleValue() / revenue.doubleValue() : null;
        BigDecimal revenueBefore = before == null ? null : before.get(ReportField.OPERATING_REVENUE);
        Double growth = revenue != null && revenueBefore != null && revenueBefore.signum() > 0
                ? (revenue.doubleValue() - revenueBefore.doubleValue()) / revenueBefore.doubleValue()
                : null;
        return new BankList.Row(
                e.rank(),
                e.key(),
                scored.name(e.key()),
                e.stage().zh(),
                e.total(),
                e.percentile(),
                rd,
                intensity,
                revenue,
                growth,
                report.get(ReportField.INVENTION_APPLICATIONS),
                consentedOn);
    }

    private static void refuseEnterpriseUsers(ParkScope scope) {
        if (scope.enterprise().isPresent()) {
            throw new AccessDeniedException(
                    "企业用户只能查看本企业的积分说明 / an enterprise user may only see its own" + " points explanation");
        }
    }

    /** The park to read: the requested one if in scope and existing ("" = every park of an all-parks scope). */
    private Optional<String> parkInScope(ParkScope scope, String park) {
        Optional<String> narrowed = scope.narrow(park);
        if (narrowed.isEmpty() || narrowed.get().isEmpty()) {
            return narrowed;
        }
        boolean exists = registry.parkExists(narrowed.get());
        return exists ? narrowed : Optional.empty();
    }

    /** The latest year with annual reports in the park (every park when null). */
    private Integer latestYear(String park) {
        return registry.latestReportYear(park, null).orElse(null);
    }

    /** Enterprises and their annual reports of the years a scoring needs. */
    record Data(List<Enterprise> enterprises, List<AnnualReport> reports) {}

    /** The park's (every park's when null) enterprises and their reports from {@code fromYear} to {@code toYear}. */
    Data load(String park, int fromYear, int toYear) {
        return new Data(registry.enterprises(park, null), registry.reports(park, null, fromYear, toYear));
    }
}
