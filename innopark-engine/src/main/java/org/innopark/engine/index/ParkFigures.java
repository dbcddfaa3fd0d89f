package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.innopark.engine.index.Formula.Change;
import org.innopark.engine.index.Formula.EnterpriseAggregate;
import org.innopark.engine.index.Formula.ImportedFigure;
import org.innopark.engine.index.PipelineSettings.Denomination;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.ReportField;

/**
 * Computes a framework's park-level indicator values from the parks' enterprise annual reports and imported
 * park-level figures, applying each indicator's formula and the framework's denomination. The result is the
 * pipeline's {@link IndexData}.
 */
public final class ParkFigures {

    private final Framework framework;
    private final Map<String, IndexData.Unit> parks = new LinkedHashMap<>();
    private final Map<String, Map<Integer, List<AnnualReport>>> reports = new HashMap<>();
    private final Map<String, Map<Integer, Map<String, Double>>> imported = new HashMap<>();
    private final TreeSet<Integer> years = new TreeSet<>();

    private ParkFigures(Framework framework) {
        this.framework = framework;
    }

    /** Starts collecting data for a framework. */
    public static ParkFigures of(Framework framework) {
        return new ParkFigures(framework);
    }

    /** Declares a park (unit) with an optional group for group imputation. */
    public ParkFigures park(String parkId, String name, String group) {
        parks.put(parkId, new IndexData.Unit(parkId, name, group));
        return this;
    }

    /** Adds the annual reports of the park's enterprises (any years). */
    public ParkFigures reports(String parkId, Collection<AnnualReport> parkReports) {
        requirePark(parkId);
        for (AnnualReport r : parkReports) {
            reports.computeIfAbsent(parkId, k -> new HashMap<>())
                    .computeIfAbsent(r.year(), k -> new ArrayList<>())
                    .add(r);
        }
        return this;
    }

    /** Adds an imported park-level figure. */
    public ParkFigures imported(String parkId, int year, String key, double value) {
        requirePark(parkId);
        imported.computeIfAbsent(parkId, k -> new HashMap<>())
                .computeIfAbsent(year, k -> new HashMap<>())
                .put(key, value);
        return this;
    }

    /** The years of the index (data of the year before is still read for year-on-year changes). */
    public ParkFigures years(int... ys) {
        for (int y : ys) {
            years.add(y);
        }
        return this;
    }

    private void requirePark(String parkId) {
        if (!parks.containsKey(parkId)) {
            throw new IllegalArgumentException("unknown park " + parkId + "; declare it with park(...) first");
        }
    }

    /** Evaluates every indicator for every park and year. */
    public IndexData build() {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("no years: call years(...)");
        }
        IndexData.Builder b = IndexData.builder(framework);
        parks.values().forEach(p -> b.unit(p.id(), p.name(), p.group()));
        Denomination denomination = framework.settings().denomination();
        for (int year : years) {
            b.year(year);
            for (String park : parks.keySet()) {
                for (FrameworkNode node : framework.indicators()) {
                    FrameworkNode.IndicatorSpec spec = node.indicator().orElseThrow();
                    double v = value(spec.formula(), park, year);
                    if (spec.denominate() && !denomination.isNone()) {
                        v = v / denominator(denomination, park, year) * denomination.scale();
                    }
                    b.value(park, year, node.id(), v);
                }
            }
        }
        return b.build();
    }

    private double value(Formula formula, String park, int year) {
        double now = level(formula, park, year);
        return switch (formula.change()) {
            case NONE -> now;
            case DIFFERENCE -> now - level(formula, park, year - 1);
            case RATE -> {
                double before = level(formula, park, year - 1);
                yield before == 0 ? Double.NaN : now / before - 1;
            }
        };
    }

    private double level(Formula formula, String park, int year) {
        Map<String, Double> figures = imported.getOrDefault(park, Map.of()).getOrDefault(year, Map.of());
        if (formula instanceof ImportedFigure f) {
            double v = figures.getOrDefault(f.key(), Double.NaN);
            if (f.perImported() != null) {
                v = divide(v, figures.getOrDefault(f.perImported(), Double.NaN));
            }
            return v * f.scale();
        }
        List<AnnualReport> rs = reports.getOrDefault(park, Map.of()).getOrDefault(year, List.of());
        return evaluate((EnterpriseAggregate) formula, rs, figures);
    }

    private double denominator(Denomination d, String park, int year) {
        if (d.importedKey() != null) {
            return imported.getOrDefault(park, Map.of())
                    .getOrDefault(year, Map.of())
                    .getOrDefault(d.importedKey(), Double.NaN);
        }
        ReportField field = ReportField.find(d.field());
        double sum = 0;
        boolean any = false;
        for (AnnualReport r : reports.getOrDefault(park, Map.of()).getOrDefault(year, List.of())) {
            if (r.has(field)) {
                sum += r.getDouble(field);
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    /**
     * The value of an enterprise aggregate over one park's reports of one year (NaN when no enterprise takes part or
     * the denominator is zero). See {@link EnterpriseAggregate} for which enterprises take part.
     */
    public static double evaluate(EnterpriseAggregate f, List<AnnualReport> reports, Map<String, Double> imported) {
        Sums s = sums(f, reports);
        if (s.taking == 0) {
            return Double.NaN;
        }
        double v;
        if (f.kind() == Formula.Kind.MEAN) {
            v = s.matching == 0 ? Double.NaN : s.numerator / s.matching;
        } else {
            v = s.numerator;
        }
        if (f.per() != null) {
            v = divide(s.numerator, s.denominator);
        } else if (f.perImported() != null) {
            v = divide(v, imported.getOrDefault(f.perImported(), Double.NaN));
        }
        return v * f.scale();
    }

    static double divide(double a, double b) {
        return b == 0 || Double.isNaN(b) ? Double.NaN : a / b;
    }

    /** Whether the enterprise reported every field the formula reads. */
    static boolean takesPart(EnterpriseAggregate f, AnnualReport r) {
        if (f.field() != null && !r.has(f.field())) {
            return false;
        }
        if (f.per() != null && !r.has(f.per())) {
            return false;
        }
        for (Formula.Condition c : f.where()) {
            if (!r.has(c.field()) || (c.over() != null && !r.has(c.over()))) {
                return false;
            }
        }
        return true;
    }

    /** The enterprise's numerator: the field (1 for a count) if it meets every condition, else 0. */
    static double numerator(EnterpriseAggregate f, AnnualReport r) {
        for (Formula.Condition c : f.where()) {
            if (!c.test(r)) {
                return 0;
            }
        }
        return f.field() == null ? 1 : r.getDouble(f.field());
    }

    static boolean matches(EnterpriseAggregate f, AnnualReport r) {
        return f.where().stream().allMatch(c -> c.test(r));
    }

    static Sums sums(EnterpriseAggregate f, List<AnnualReport> reports) {
        Sums s = new Sums();
        for (AnnualReport r : reports) {
            if (!takesPart(f, r)) {
                continue;
            }
            s.taking++;
            s.numerator += numerator(f, r);
            if (matches(f, r)) {
                s.matching++;
            }
            if (f.per() != null) {
                s.denominator += r.getDouble(f.per());
            }
        }
        return s;
    }

    /** Running sums of an aggregate. */
    static final class Sums {
        int taking;
        int matching;
        double numerator;
        double denominator;
    }

    static boolean isChange(Formula f) {
        return f.change() != Change.NONE;
    }
}
