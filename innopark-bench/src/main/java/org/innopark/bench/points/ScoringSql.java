package org.innopark.bench.points;

import org.innopark.engine.points.Indicator;
import org.innopark.engine.points.IndicatorGroup;
import org.innopark.engine.points.MissingPolicy;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.points.Scoring;
import org.innopark.engine.points.Stage;

/**
 * A points scheme's scoring written as standard SQL window functions, following the definitions in the schemes
 * README: for each indicator {@code f = PERCENT_RANK() OVER (PARTITION BY cohort, v IS NULL ORDER BY v)} (the
 * {@code v IS NULL} partition keeps missing values out of the cohort's n), {@code f = 0} when missing (ZERO policy);
 * points {@code p = weight(stage) × f}; groups and the total are sums left to right in scheme order; rank
 * {@code RANK() OVER (PARTITION BY cohort ORDER BY total DESC)}, percentile {@code PERCENT_RANK() OVER (PARTITION BY
 * cohort ORDER BY total)}. The same text runs on DuckDB and PostgreSQL.
 *
 * <p>Input table {@code points_input(row_id, cohort, stage, v1 … vm)}; output columns {@code row_id, p1 … pm,
 * g1 … gG, total, rnk, pct}.
 */
final class ScoringSql {

    private ScoringSql() {}

    /** Only percentile scoring with the ZERO policy is written here (what the benchmark scheme uses). */
    static void requireSupported(PointsScheme scheme) {
        for (Indicator i : scheme.indicators()) {
            if (!(i.scoring() instanceof Scoring.Percentile) || i.missing() != MissingPolicy.ZERO) {
                throw new IllegalArgumentException("indicator " + i.id() + ": the SQL version covers percentile"
                        + " scoring with the ZERO policy only");
            }
        }
        if (scheme.bonus() != 0) {
            throw new IllegalArgumentException("the SQL version covers schemes without bonus groups only");
        }
    }

    static String createInput(int indicators) {
        StringBuilder sql =
                new StringBuilder("CREATE TABLE points_input (row_id INTEGER NOT NULL, cohort INTEGER NOT NULL,"
                        + " stage SMALLINT NOT NULL");
        for (int k = 1; k <= indicators; k++) {
            sql.append(", v").append(k).append(" DOUBLE PRECISION");
        }
        return sql.append(')').toString();
    }

    static String scoring(PointsScheme scheme) {
        requireSupported(scheme);
        int m = scheme.indicatorCount();
        StringBuilder sql = new StringBuilder("WITH shares AS (SELECT row_id, cohort, stage");
        for (int k = 1; k <= m; k++) {
            String v = "v" + k;
            String order = scheme.indicator(k - 1).higherIsBetter() ? v : v + " DESC";
            sql.append(",\n  CASE WHEN ")
                    .append(v)
                    .append(" IS NULL THEN CAST(0 AS DOUBLE PRECISION)")
                    .append(" ELSE PERCENT_RANK() OVER (PARTITION BY cohort, ")
                    .append(v)
                    .append(" IS NULL ORDER BY ")
                    .append(order)
                    .append(") END AS f")
                    .append(k);
        }
        sql.append("\n  FROM points_input),\npoints AS (SELECT row_id, cohort");
        for (int k = 1; k <= m; k++) {
            sql.append(",\n  ")
                    .append(weight(scheme.indicator(k - 1)))
                    .append(" * f")
                    .append(k)
                    .append(" AS p")
                    .append(k);
        }
        sql.append("\n  FROM shares),\ntotals AS (SELECT points.*");
        for (IndicatorGroup g : scheme.groups()) {
            sql.append(",\n  ")
                    .append(sum(g.first() + 1, g.first() + g.count()))
                    .append(" AS g")
                    .append(g.index() + 1);
        }
        sql.append(",\n  ").append(sum(1, m)).append(" AS total\n  FROM points)\nSELECT row_id");
        for (int k = 1; k <= m; k++) {
            sql.append(", p").append(k);
        }
        for (IndicatorGroup g : scheme.groups()) {
            sql.append(", g").append(g.index() + 1);
        }
        return sql.append(", total,\n  RANK() OVER (PARTITION BY cohort ORDER BY total DESC) AS rnk,\n"
                        + "  PERCENT_RANK() OVER (PARTITION BY cohort ORDER BY total) AS pct\nFROM totals")
                .toString();
    }

    /** {@code CASE stage WHEN 0 THEN w0 WHEN 1 THEN w1 ELSE w2 END}, as doubles. */
    private static String weight(Indicator indicator) {
        StringBuilder sql = new StringBuilder("(CASE stage");
        Stage[] stages = Stage.values();
        for (int s = 0; s < stages.length - 1; s++) {
            sql.append(" WHEN ").append(s).append(" THEN ").append(number(indicator.weight(stages[s])));
        }
        return sql.append(" ELSE ")
                .append(number(indicator.weight(stages[stages.length - 1])))
                .append(" END)")
                .toString();
    }

    private static String number(double w) {
        return "CAST(" + Double.toString(w) + " AS DOUBLE PRECISION)";
    }

    /** {@code p_a + p_a+1 + … + p_b}: left to right, as the engine sums. */
    private static String sum(int a, int b) {
        StringBuilder sql = new StringBuilder("p" + a);
        for (int k = a + 1; k <= b; k++) {
            sql.append(" + p").append(k);
        }
        return sql.toString();
    }
}
