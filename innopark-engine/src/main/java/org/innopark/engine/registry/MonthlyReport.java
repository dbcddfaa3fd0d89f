package org.innopark.engine.registry;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * 月度报表: an enterprise's figures for one month, as the park collects them for its operation monitoring. Money in
 * yuan to the fen; a figure not reported is null (never 0).
 *
 * @param revenue 营业收入 (yuan, not negative)
 * @param taxesPaid 纳税总额 (yuan; a month with a refund may be negative)
 * @param insuredStaff 社保缴纳人数 (people, not negative)
 * @param electricityKwh 用电量 (kWh, not negative)
 * @param industrialOutput 工业总产值 (yuan, optional)
 * @param exports 出口额 (yuan, optional)
 * @param rdExpense 研发费用 (yuan, optional)
 */
public record MonthlyReport(
        CreditCode creditCode,
        YearMonth period,
        BigDecimal revenue,
        BigDecimal taxesPaid,
        Long insuredStaff,
        BigDecimal electricityKwh,
        BigDecimal industrialOutput,
        BigDecimal exports,
        BigDecimal rdExpense) {

    /** The first and last years a monthly report may have. */
    public static final int FIRST_YEAR = 1980;

    public static final int LAST_YEAR = 2100;

    public MonthlyReport {
        Require.present(creditCode, "统一社会信用代码", "credit code");
        Require.present(period, "期间", "period");
        if (period.getYear() < FIRST_YEAR || period.getYear() > LAST_YEAR) {
            throw new InvalidValueException(
                    "期间" + period + "超出范围(" + FIRST_YEAR + "–" + LAST_YEAR + "年)",
                    "period " + period + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        revenue = Require.nonNegativeMoney(revenue, "营业收入", "revenue");
        industrialOutput = Require.nonNegativeMoney(industrialOutput, "工业总产值", "industrial output");
        exports = Require.nonNegativeMoney(exports, "出口额", "exports");
        rdExpense = Require.nonNegativeMoney(rdExpense, "研发费用", "R&D expense");
        if (insuredStaff != null && insuredStaff < 0) {
            throw new InvalidValueException(
                    "社保缴纳人数不能为负数,实际为" + insuredStaff, "the insured staff cannot be negative, got " + insuredStaff);
        }
        if (electricityKwh != null && electricityKwh.signum() < 0) {
            throw new InvalidValueException(
                    "用电量不能为负数,实际为" + electricityKwh.toPlainString(),
                    "the electricity used cannot be negative, got " + electricityKwh.toPlainString());
        }
    }

    /** Whether any of the four monitored figures (营业收入, 纳税总额, 社保缴纳人数, 用电量) is reported. */
    public boolean reportsAnything() {
        return revenue != null || taxesPaid != null || insuredStaff != null || electricityKwh != null;
    }
}
