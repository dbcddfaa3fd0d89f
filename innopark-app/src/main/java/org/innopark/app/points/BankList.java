package org.innopark.app.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A park's bank list (创新积分贷 银行名单) for a year: the enterprises that consented to share their points, in
 * ranking order, with score, rank and percentile within the whole park (non-consenting enterprises are ranked but not
 * listed) and the key figures a credit officer reads. Money in yuan here; the workbook shows 万元.
 *
 * @param ranked how many enterprises of the park were ranked (the denominator of the ranks)
 */
public record BankList(
        String parkCode,
        String parkName,
        int year,
        PointsRankingView.SchemeInfo scheme,
        int ranked,
        LocalDate generatedOn,
        List<Row> rows) {

    /**
     * One consenting enterprise.
     *
     * @param rdIntensity R&D expense / operating revenue, null when either is missing or revenue is 0
     * @param revenueGrowth operating revenue growth against the previous year, null when not computable
     */
    public record Row(
            int rank,
            String creditCode,
            String name,
            String stageZh,
            double total,
            double percentile,
            BigDecimal rdExpense,
            Double rdIntensity,
            BigDecimal operatingRevenue,
            Double revenueGrowth,
            BigDecimal inventionApplications,
            LocalDate consentedOn) {}
}
