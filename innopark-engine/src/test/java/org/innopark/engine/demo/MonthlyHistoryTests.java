package org.innopark.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.innopark.engine.monitor.SpringFestival;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.MonthlyReport;
import org.junit.jupiter.api.Test;

class MonthlyHistoryTests {

    private final MonthlyHistory history = new MonthlyHistory(7, YearMonth.of(2025, 12), 36, SpringFestival.official());

    private static CreditCode code(int n) {
        String base = String.format("91220101%09d", n);
        return CreditCode.of(base + CreditCode.checkCharacter(base));
    }

    private List<MonthlyReport> reports(CreditCode c) {
        return history.reports(
                c,
                IndustryCode.of("3911"),
                LocalDate.of(2015, 1, 1),
                new BigDecimal("12000000"),
                80L,
                new BigDecimal("600000"));
    }

    private static double revenue(List<MonthlyReport> rs, String month) {
        return rs.stream()
                .filter(r -> r.period().toString().equals(month))
                .findFirst()
                .map(r -> r.revenue().doubleValue())
                .orElse(Double.NaN);
    }

    @Test
    void isDeterministicAndFollowsTheFestivalsMonthEachYear() {
        assertThat(reports(code(1))).isEqualTo(reports(code(1)));
        // 2024's festival fell on 10 February, 2025's on 29 January: the dip moves with it.
        double feb24 = 0;
        double jan24 = 0;
        double feb25 = 0;
        double jan25 = 0;
        int n = 0;
        for (int i = 1; i <= 300; i++) {
            CreditCode c = code(i);
            if (history.trouble(c) != null) {
                continue;
            }
            List<MonthlyReport> rs = reports(c);
            jan24 += revenue(rs, "2024-01");
            feb24 += revenue(rs, "2024-02");
            jan25 += revenue(rs, "2025-01");
            feb25 += revenue(rs, "2025-02");
            n++;
        }
        assertThat(n).isGreaterThan(250);
        assertThat(feb24).isLessThan(jan24);
        assertThat(jan25 / feb25)
                .as("January weighs less against February in 2025")
                .isLessThan(jan24 / feb24);
    }

    @Test
    void aFirmInTroubleShowsItFromItsOnsetAndOnlyThen() {
        int shutdowns = 0;
        for (int i = 1; i <= 3000; i++) {
            CreditCode c = code(i);
            MonthlyHistory.Onset o = history.trouble(c);
            if (o == null) {
                continue;
            }
            List<MonthlyReport> rs = reports(c);
            YearMonth onset = YearMonth.of(2023, 1).plusMonths(o.month());
            assertThat(history.troubleBy(c, onset.minusMonths(1))).isNull();
            assertThat(history.troubleBy(c, onset)).isEqualTo(o);
            if (o.trouble() == MonthlyHistory.Trouble.REPORTS_STOPPED) {
                assertThat(rs).allSatisfy(r -> assertThat(r.period()).isBefore(onset));
            }
            if (o.trouble() == MonthlyHistory.Trouble.SHUTDOWN) {
                shutdowns++;
                double before = revenue(rs, onset.minusMonths(2).toString());
                assertThat(revenue(rs, onset.toString())).isLessThan(before * 0.2);
            }
        }
        assertThat(shutdowns).isPositive();
    }

    @Test
    void aFirmReportsOnlyFromItsRegistration() {
        List<MonthlyReport> rs =
                history.reports(code(5), IndustryCode.of("6513"), LocalDate.of(2024, 6, 15), null, null, null);
        assertThat(rs.get(0).period()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(rs).allSatisfy(r -> assertThat(r.industrialOutput()).isNull());
    }
}
