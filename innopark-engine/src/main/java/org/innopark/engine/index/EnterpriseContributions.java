package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.innopark.engine.index.Formula.EnterpriseAggregate;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.rules.Direction;

/**
 * 贡献值 / 贡献率: which enterprises lift or drag a park-level indicator. For a sum or a count, an enterprise's
 * contribution is its part of the total and its share is that part ÷ the total. For a ratio of sums (and a mean), it
 * is the change in the park's value caused by the firm: value − value without the firm; a positive contribution lifts
 * the indicator, a negative one drags it below what the other firms reach. For year-on-year changes, contributions are
 * to the level of the current year.
 */
public final class EnterpriseContributions {

    private EnterpriseContributions() {}

    /**
     * One enterprise's contribution.
     *
     * @param creditCode the enterprise
     * @param contribution its part of a sum or count, or the park value minus the value without it
     * @param share contribution ÷ park value for sums and counts; NaN for ratios and means
     * @param parkValue the park's value with every enterprise
     */
    public record Contribution(CreditCode creditCode, double contribution, double share, double parkValue) {

        /** Whether the firm pulls the indicator in its good direction. */
        public boolean lifts(Direction direction) {
            return contribution * direction.sign() > 0;
        }
    }

    /**
     * The contribution of each enterprise taking part, largest first. Imported figures have no enterprise
     * contributions; the list is then empty.
     *
     * @param indicator the indicator node
     * @param reports the park's reports of one year
     * @param imported the park's imported figures of that year (for a {@code perImported} denominator)
     */
    public static List<Contribution> of(
            FrameworkNode indicator, List<AnnualReport> reports, Map<String, Double> imported) {
        Formula formula = indicator
                .indicator()
                .orElseThrow(() -> new IllegalArgumentException(indicator.id() + " is not an indicator"))
                .formula();
        if (!(formula instanceof EnterpriseAggregate f)) {
            return List.of();
        }
        EnterpriseAggregate level = new EnterpriseAggregate(
                f.kind(), f.field(), f.where(), f.per(), f.perImported(), f.scale(), Formula.Change.NONE);
        double parkValue = ParkFigures.evaluate(level, reports, imported);
        List<Contribution> out = new ArrayList<>();
        boolean additive = f.per() == null && f.kind() != Formula.Kind.MEAN;
        ParkFigures.Sums all = ParkFigures.sums(level, reports);
        double perImported = f.perImported() == null ? 1 : imported.getOrDefault(f.perImported(), Double.NaN);
        for (AnnualReport r : reports) {
            if (!ParkFigures.takesPart(level, r)) {
                continue;
            }
            double c;
            double share;
            if (additive) {
                c = ParkFigures.numerator(level, r) / perImported * f.scale();
                share = all.numerator == 0 ? Double.NaN : ParkFigures.numerator(level, r) / all.numerator;
            } else {
                double without;
                if (f.kind() == Formula.Kind.MEAN) {
                    boolean counted = ParkFigures.matches(level, r);
                    int n = all.matching - (counted ? 1 : 0);
                    double num = all.numerator - ParkFigures.numerator(level, r);
                    without = n == 0 ? Double.NaN : num / n / perImported * f.scale();
                    if (f.per() != null) {
                        without = ParkFigures.divide(num, all.denominator - r.getDouble(f.per())) * f.scale();
                    }
                } else {
                    without = ParkFigures.divide(
                                    all.numerator - ParkFigures.numerator(level, r),
                                    all.denominator - r.getDouble(f.per()))
                            * f.scale();
                }
                c = parkValue - without;
                share = Double.NaN;
            }
            out.add(new Contribution(r.creditCode(), c, share, parkValue));
        }
        out.sort(Comparator.comparingDouble(Contribution::contribution).reversed());
        return out;
    }
}
