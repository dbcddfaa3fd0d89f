package org.innopark.app.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import org.innopark.app.support.RegistryFixtures;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;

/** Reading annual-report figures from a CSV for standalone scoring. */
class PointsCsvTests {

    static final String FIRM = RegistryFixtures.code("220100", 7).value();

    @Test
    void readsChineseOrEnglishHeadersAndConvertsMoneyToYuan() throws Exception {
        String csv =
                "credit_code,年度,研发费用(万元),operatingRevenue,employees,park\n" + FIRM + ",2025,12.5,3000000,40,cchtz\n";
        PointsCsv.Data data = PointsCsv.read("t.csv", new StringReader(csv), MoneyUnit.YUAN);
        assertThat(data.enterprises())
                .singleElement()
                .satisfies(e -> assertThat(e.parkCode()).isEqualTo("CCHTZ"));
        var report = data.reports().get(0);
        assertThat(report.get(ReportField.RD_EXPENSE)).isEqualByComparingTo(new BigDecimal("125000"));
        assertThat(report.get(ReportField.OPERATING_REVENUE)).isEqualByComparingTo(new BigDecimal("3000000"));
        assertThat(report.get(ReportField.EMPLOYEES)).isEqualByComparingTo(new BigDecimal("40"));
        assertThat(data.latestYear()).isEqualTo(2025);
    }

    @Test
    void anEmptyCellIsAFigureNotReported() throws Exception {
        PointsCsv.Data data = PointsCsv.read(
                "t.csv",
                new StringReader("credit_code,year,rdExpense,exports\n" + FIRM + ",2025,,5\n"),
                MoneyUnit.TEN_THOUSAND_YUAN);
        assertThat(data.reports().get(0).has(ReportField.RD_EXPENSE)).isFalse();
        assertThat(data.reports().get(0).get(ReportField.EXPORTS)).isEqualByComparingTo(new BigDecimal("50000"));
        assertThat(data.enterprises().get(0).parkCode()).isEqualTo(PointsCsv.DEFAULT_PARK);
    }

    @Test
    void namesTheRowAndColumnOfEveryProblem() {
        String csv = "credit_code,year,rdExpense,stStaff,employees\n"
                + "91220100000000000X,2025,1,1,2\n"
                + FIRM + ",20x5,1,1,2\n"
                + FIRM + ",2025,-3,5,2\n";
        assertThatThrownBy(() -> PointsCsv.read("t.csv", new StringReader(csv), MoneyUnit.YUAN))
                .isInstanceOfSatisfying(
                        PointsCsv.BadDataException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p).startsWith("t.csv:2:1:"))
                                .anySatisfy(p ->
                                        assertThat(p).startsWith("t.csv:3:2:").contains("年度", "year"))
                                .anySatisfy(p ->
                                        assertThat(p).startsWith("t.csv:4:").contains("cannot be negative")));
    }

    @Test
    void refusesUnknownColumnsAndMissingRequiredOnes() {
        assertThatThrownBy(
                        () -> PointsCsv.read("t.csv", new StringReader("year,revenue_total\n2025,1\n"), MoneyUnit.YUAN))
                .isInstanceOfSatisfying(
                        PointsCsv.BadDataException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p).contains("revenue_total", "未知列"))
                                .anySatisfy(p -> assertThat(p).contains("credit_code", "缺少必需列")));
    }
}
