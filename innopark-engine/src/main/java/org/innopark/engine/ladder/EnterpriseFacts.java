package org.innopark.engine.ladder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.registry.ReportField;

/**
 * Everything the ladder knows about one enterprise: its annual reports over several years, the qualifications it
 * holds, the innovation platforms it hosts, and the external facts someone has supplied (安全事故, 专家评分, 细分市场年限…).
 * A fact that was not supplied is UNKNOWN. Immutable; build it with {@link #of(Enterprise)} or, for a standalone
 * spreadsheet without a registry, {@link #of(CreditCode)}.
 */
public final class EnterpriseFacts {

    private static final int FIELDS = ReportField.values().length;

    private final CreditCode creditCode;
    private final Enterprise enterprise;
    private final LocalDate registrationDate;
    private final Boolean listed;
    private final RegionCode region;
    private final TreeMap<Integer, double[]> figures;
    /** The figures by year from {@link #firstYear}, null for a year without a report: a lookup without boxing. */
    private final double[][] figuresByYear;

    private final int firstYear;
    private final List<Qualification> qualifications;
    private final List<InnovationPlatform> platforms;
    private final Map<String, Object> facts;
    private final Map<Integer, Map<String, Object>> factsByYear;
    /** Facts for one scheme and year (a fact whose window differs between schemes), by "schemeId@year". */
    private final Map<String, Map<String, Object>> factsByScheme;

    private EnterpriseFacts(Builder b, TreeMap<Integer, double[]> figures) {
        this.creditCode = b.creditCode;
        this.enterprise = b.enterprise;
        this.registrationDate = b.registrationDate;
        this.listed = b.listed;
        this.region = b.region;
        this.figures = figures;
        if (figures.isEmpty()) {
            this.firstYear = 0;
            this.figuresByYear = new double[0][];
        } else {
            this.firstYear = figures.firstKey();
            this.figuresByYear = new double[figures.lastKey() - firstYear + 1][];
            figures.forEach((y, row) -> figuresByYear[y - firstYear] = row);
        }
        this.qualifications = List.copyOf(b.qualifications);
        this.platforms = b.platforms == null ? null : List.copyOf(b.platforms);
        this.facts = Map.copyOf(b.facts);
        Map<Integer, Map<String, Object>> byYear = new HashMap<>();
        b.factsByYear.forEach((y, m) -> byYear.put(y, Map.copyOf(m)));
        this.factsByYear = Map.copyOf(byYear);
        Map<String, Map<String, Object>> byScheme = new HashMap<>();
        b.factsByScheme.forEach((k, m) -> byScheme.put(k, Map.copyOf(m)));
        this.factsByScheme = Map.copyOf(byScheme);
    }

    /** Starts from a registry enterprise: its registration date, listing and region come with it. */
    public static Builder of(Enterprise enterprise) {
        Builder b = new Builder(enterprise.creditCode());
        b.enterprise = enterprise;
        b.registrationDate = enterprise.registrationDate();
        b.listed = enterprise.isListed();
        b.region = enterprise.region();
        return b;
    }

    /** Starts from a bare credit code (a row of an analyst's spreadsheet); set what is known on the builder. */
    public static Builder of(CreditCode creditCode) {
        return new Builder(creditCode);
    }

    public CreditCode creditCode() {
        return creditCode;
    }

    public Optional<Enterprise> enterprise() {
        return Optional.ofNullable(enterprise);
    }

    public Optional<LocalDate> registrationDate() {
        return Optional.ofNullable(registrationDate);
    }

    /** Whether the enterprise is listed, empty when unknown. */
    public Optional<Boolean> listed() {
        return Optional.ofNullable(listed);
    }

    /** The region, used to pick a regional variant of a scheme; empty when unknown. */
    public Optional<RegionCode> region() {
        return Optional.ofNullable(region);
    }

    /** The years with an annual report, ascending. */
    public Set<Integer> years() {
        return Collections.unmodifiableSet(figures.keySet());
    }

    /** A reported figure, empty when it was not reported. */
    public OptionalDouble figure(ReportField field, int year) {
        double v = figureOrNaN(field, year);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    double figureOrNaN(ReportField field, int year) {
        int i = year - firstYear;
        if (i < 0 || i >= figuresByYear.length) {
            return Double.NaN;
        }
        double[] row = figuresByYear[i];
        return row == null ? Double.NaN : row[field.ordinal()];
    }

    /** The registration date, or null when unknown (for the evaluator's hot path, without an Optional). */
    LocalDate registrationDateOrNull() {
        return registrationDate;
    }

    /** Whether any external fact was supplied, for any year. */
    boolean hasFacts() {
        return !facts.isEmpty() || !factsByYear.isEmpty() || !factsByScheme.isEmpty();
    }

    public List<Qualification> qualifications() {
        return qualifications;
    }

    /** The qualifications valid on the day. */
    public List<Qualification> validOn(LocalDate day) {
        List<Qualification> valid = new ArrayList<>();
        for (Qualification q : qualifications) {
            if (q.validOn(day)) {
                valid.add(q);
            }
        }
        return valid;
    }

    boolean holds(QualificationType type, LocalDate day) {
        if (type == QualificationType.LISTED && Boolean.TRUE.equals(listed)) {
            return true;
        }
        for (Qualification q : qualifications) {
            if (q.type() == type && q.validOn(day)) {
                return true;
            }
        }
        return false;
    }

    /** The hosted platforms, or null when they were never supplied (unknown). */
    List<InnovationPlatform> platforms() {
        return platforms;
    }

    /** A supplied external fact: the year's own value first, then the general one; null when unknown. */
    public Object fact(String id, int year) {
        if (factsByYear.isEmpty()) {
            return facts.isEmpty() ? null : facts.get(id);
        }
        Map<String, Object> own = factsByYear.get(year);
        if (own != null && own.containsKey(id)) {
            return own.get(id);
        }
        return facts.get(id);
    }

    /**
     * A supplied external fact as one scheme reads it: the value given for that scheme and year first (a fact such
     * as majorIncident has a different window in each scheme), then {@link #fact(String, int)}; null when unknown.
     */
    public Object fact(String schemeId, String id, int year) {
        if (!factsByScheme.isEmpty()) {
            Map<String, Object> own = factsByScheme.get(schemeKey(schemeId, year));
            if (own != null && own.containsKey(id)) {
                return own.get(id);
            }
        }
        return fact(id, year);
    }

    private static String schemeKey(String schemeId, int year) {
        return schemeId + "@" + year;
    }

    /** A copy with more external facts (valid for every year); a null value makes a fact unknown again. */
    public EnterpriseFacts withFacts(Map<String, ?> more) {
        Builder b = toBuilder();
        more.forEach(b::fact);
        return b.build();
    }

    /** A copy with the figures of one year changed by the given amounts (what-if for gaps). */
    EnterpriseFacts withChanges(int year, Map<ReportField, Double> deltas) {
        TreeMap<Integer, double[]> copy = new TreeMap<>(figures);
        double[] row = copy.containsKey(year) ? copy.get(year).clone() : emptyRow();
        deltas.forEach((field, delta) -> {
            double v = row[field.ordinal()];
            row[field.ordinal()] = (Double.isNaN(v) ? 0 : v) + delta;
        });
        copy.put(year, row);
        return new EnterpriseFacts(toBuilder(), copy);
    }

    private Builder toBuilder() {
        Builder b = new Builder(creditCode);
        b.enterprise = enterprise;
        b.registrationDate = registrationDate;
        b.listed = listed;
        b.region = region;
        b.figures.putAll(figures);
        b.qualifications.addAll(qualifications);
        b.platforms = platforms == null ? null : new ArrayList<>(platforms);
        b.facts.putAll(facts);
        factsByYear.forEach((y, m) -> b.factsByYear.put(y, new HashMap<>(m)));
        factsByScheme.forEach((k, m) -> b.factsByScheme.put(k, new HashMap<>(m)));
        return b;
    }

    private static double[] emptyRow() {
        double[] row = new double[FIELDS];
        Arrays.fill(row, Double.NaN);
        return row;
    }

    /** Builds {@link EnterpriseFacts}. */
    public static final class Builder {
        private final CreditCode creditCode;
        private Enterprise enterprise;
        private LocalDate registrationDate;
        private Boolean listed;
        private RegionCode region;
        private final TreeMap<Integer, double[]> figures = new TreeMap<>();
        private final List<Qualification> qualifications = new ArrayList<>();
        private List<InnovationPlatform> platforms;
        private final Map<String, Object> facts = new HashMap<>();
        private final Map<Integer, Map<String, Object>> factsByYear = new HashMap<>();
        private final Map<String, Map<String, Object>> factsByScheme = new HashMap<>();

        private Builder(CreditCode creditCode) {
            this.creditCode = Objects.requireNonNull(creditCode, "creditCode");
        }

        public Builder registrationDate(LocalDate date) {
            this.registrationDate = date;
            return this;
        }

        public Builder listed(Boolean listed) {
            this.listed = listed;
            return this;
        }

        public Builder region(RegionCode region) {
            this.region = region;
            return this;
        }

        /** Adds a report; a second report for the same year replaces the first. */
        public Builder report(AnnualReport report) {
            if (!report.creditCode().equals(creditCode)) {
                throw new IllegalArgumentException("report of " + report.creditCode() + " given for " + creditCode);
            }
            double[] row = emptyRow();
            report.figures().forEach((f, v) -> row[f.ordinal()] = v.doubleValue());
            figures.put(report.year(), row);
            return this;
        }

        public Builder reports(Collection<AnnualReport> reports) {
            reports.forEach(this::report);
            return this;
        }

        /** Adds one year's figures directly, checked like an {@link AnnualReport}. */
        public Builder figures(int year, Map<ReportField, ? extends Number> values) {
            Map<ReportField, BigDecimal> exact = new java.util.EnumMap<>(ReportField.class);
            values.forEach((f, v) -> exact.put(f, v == null ? null : new BigDecimal(v.toString())));
            return report(AnnualReport.of(creditCode, year, exact));
        }

        public Builder qualification(Qualification q) {
            if (!q.creditCode().equals(creditCode)) {
                throw new IllegalArgumentException("qualification of " + q.creditCode() + " given for " + creditCode);
            }
            qualifications.add(q);
            return this;
        }

        public Builder qualifications(Collection<Qualification> qs) {
            qs.forEach(this::qualification);
            return this;
        }

        /** The platforms the enterprise hosts (others are ignored); without this call platform counts are unknown. */
        public Builder platforms(Collection<InnovationPlatform> hosted) {
            this.platforms = new ArrayList<>();
            for (InnovationPlatform p : hosted) {
                if (creditCode.equals(p.hostCreditCode())) {
                    platforms.add(p);
                }
            }
            return this;
        }

        /**
         * Supplies an external fact for every year: a Boolean, a Number or a choice's option name. A null value
         * makes it unknown.
         */
        public Builder fact(String id, Object value) {
            if (value == null) {
                facts.remove(id);
            } else {
                facts.put(id, value);
            }
            return this;
        }

        /** Supplies several external facts for every year. */
        public Builder facts(Map<String, ?> values) {
            values.forEach(this::fact);
            return this;
        }

        /** Supplies an external fact for one assessment year, taking precedence over {@link #fact(String, Object)}. */
        public Builder fact(int year, String id, Object value) {
            Map<String, Object> own = factsByYear.computeIfAbsent(year, y -> new HashMap<>());
            if (value == null) {
                own.remove(id);
            } else {
                own.put(id, value);
            }
            return this;
        }

        /**
         * Supplies an external fact for one scheme's assessment of one year, taking precedence over the other
         * forms: for a fact whose window depends on the scheme (majorIncident: the filing year and the year before
         * for 科技型中小企业, the year before applying for 高新技术企业).
         */
        public Builder schemeFact(String schemeId, int year, String id, Object value) {
            Map<String, Object> own = factsByScheme.computeIfAbsent(schemeKey(schemeId, year), k -> new HashMap<>());
            if (value == null) {
                own.remove(id);
            } else {
                own.put(id, value);
            }
            return this;
        }

        public EnterpriseFacts build() {
            return new EnterpriseFacts(this, new TreeMap<>(figures));
        }
    }
}
