package org.innopark.engine.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.points.Indicator;
import org.innopark.engine.points.IndicatorGroup;
import org.innopark.engine.points.PointsEngine;
import org.innopark.engine.points.PointsInput;
import org.innopark.engine.points.PointsRanking;
import org.innopark.engine.points.PointsResult;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.points.Stage;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.Enterprise;

/**
 * The ranking table of {@code points --data}: one row per enterprise scored, cohort by cohort in rank order, with
 * the columns of the CLI's CSV (队列, 排名, 统一社会信用代码, 企业名称, 园区, 发展阶段, 创新积分 rounded to 4 places, 百分位
 * in percent to 2 places, then each group's and each indicator's points). The Spark job writes the same table from
 * the same code, cohort group by cohort group.
 */
public final class PointsTable {

    private PointsTable() {}

    /** The column headers, Chinese with the English after a slash, as the CLI writes them. */
    public static List<String> headers(PointsScheme scheme) {
        List<String> headers = new ArrayList<>(List.of(
                "队列/Cohort",
                "排名/Rank",
                "统一社会信用代码/Credit code",
                "企业名称/Name",
                "园区/Park",
                "发展阶段/Stage",
                "创新积分/Total",
                "百分位(%)/Percentile (%)"));
        for (IndicatorGroup g : scheme.groups()) {
            headers.add(g.nameZh() + "/" + g.nameEn());
        }
        for (Indicator i : scheme.indicators()) {
            headers.add(i.nameZh() + "/" + i.nameEn());
        }
        return headers;
    }

    /**
     * Scores the enterprises' reports of {@code year} (earlier years feed growth and windows) and returns the table's
     * rows, cohort by cohort (cohort name order) in rank order.
     *
     * @param top list only enterprises ranked this or better (ties included); null for everybody
     */
    public static List<Object[]> score(
            PointsScheme scheme,
            int year,
            Collection<Enterprise> enterprises,
            Collection<AnnualReport> reports,
            Integer top) {
        PointsInput input = PointsInput.fromReports(scheme, year, enterprises, reports, scheme.cohort());
        Map<String, Enterprise> byCode = new HashMap<>();
        for (Enterprise e : enterprises) {
            byCode.put(e.creditCode().value(), e);
        }
        PointsResult result;
        try (PointsEngine engine = new PointsEngine(1)) {
            result = engine.score(scheme, input);
        }
        List<Object[]> rows = new ArrayList<>();
        for (int c = 0; c < input.cohortCount(); c++) {
            for (PointsRanking.Entry e : PointsRanking.top(result, c, top == null ? Integer.MAX_VALUE : top)) {
                rows.add(row(result, input.cohortName(c), e.row(), byCode));
            }
        }
        return rows;
    }

    private static Object[] row(PointsResult result, String cohort, int row, Map<String, Enterprise> byCode) {
        PointsScheme scheme = result.scheme();
        String code = result.input().key(row);
        Enterprise e = byCode.get(code);
        Stage stage = result.input().stage(row);
        Object[] out =
                new Object[8 + scheme.groups().size() + scheme.indicators().size()];
        out[0] = cohort;
        out[1] = result.rank(row);
        out[2] = code;
        out[3] = e == null || e.name() == null ? "" : e.name();
        out[4] = e == null || e.parkCode() == null ? "" : e.parkCode();
        out[5] = stage.zh();
        out[6] = round(result.total(row), 4);
        out[7] = round(result.percentile(row) * 100, 2);
        int j = 8;
        for (IndicatorGroup g : scheme.groups()) {
            out[j++] = round(result.groupPoints(row, g.index()), 4);
        }
        for (Indicator i : scheme.indicators()) {
            out[j++] = round(result.points(row, i.index()), 4);
        }
        return out;
    }

    /** Half-up rounding to {@code decimals} places, as the CLI's exports round. */
    public static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
