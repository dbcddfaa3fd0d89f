package org.innopark.engine.monitor.eval;

/**
 * The knobs of {@link PanelGenerator}: the mix of firms, the look-alike patterns of a normal background and the
 * faults injected. They describe a simulated park, not the detector: none of them is read by the early warning.
 *
 * @param manufacturers share of firms that make things (high electricity, deep festival stop)
 * @param projectBilled share of firms paid per project (revenue near zero in most months, a few large invoices)
 * @param young share of firms registered during the panel or shortly before it (ramp-up)
 * @param quarterlyTax share of (small) firms that pay tax quarterly, in the month after the quarter
 * @param bigContract share of firms with one month of a one-off large contract (2.5–6 × a normal month)
 * @param turnover chance that a firm loses staff after the festival (5–22 %, back within about three months)
 * @param lateReport chance per firm-month of a report that is missing once (late, forgotten)
 * @param industryDownturn chance per industry of a downturn of 15–35 % for 4–9 months that all its firms share
 * @param faultShare share of firms that get one fault
 */
public record GeneratorParameters(
        double manufacturers,
        double projectBilled,
        double young,
        double quarterlyTax,
        double bigContract,
        double turnover,
        double lateReport,
        double industryDownturn,
        double faultShare) {

    /** A park of mixed high-tech firms, with about one firm in sixteen getting into trouble. */
    public static final GeneratorParameters DEFAULTS =
            new GeneratorParameters(0.5, 0.1, 0.12, 0.35, 0.06, 0.55, 0.004, 0.3, 0.06);

    /**
     * A harder park, for a check that the detector was not fitted to the defaults: more project billing, quarterly
     * payers, young firms, big contracts, turnover, late reports and industry downturns.
     */
    public static final GeneratorParameters HARSH =
            new GeneratorParameters(0.4, 0.25, 0.25, 0.6, 0.15, 0.8, 0.01, 0.6, 0.06);
}
