package org.innopark.app.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.ImportError;
import org.innopark.app.support.RegistryFixtures;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading annual-report figures from a spreadsheet for standalone scoring. */
class PointsCsvTests {

    static final String FIRM = RegistryFixtures.code("220100", 7).value();

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return file(text, StandardCharsets.UTF_8);
    }

    private Path file(String text, Charset charset) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, text, charset);
        return f;
    }

    @Test
    void readsChineseOrEnglishHeadersAndConvertsMoneyToYuan() throws Exception {
        String csv =
                "credit_code,年度,研发费用(万元),operatingRevenue,employees,park\n" + FIRM + ",2025,12.5,3000000,40,cchtz\n";
        PointsCsv.Data data = PointsCsv.read(file(csv), MoneyUnit.YUAN, PointsCsv.DEFAULT_PARK);
        assertThat(data.enterprises())
                .singleElement()
                .satisfies(e -> assertThat(e.parkCode()).isEqualTo("CCHTZ"));
        var report = data.reports().get(0);
        assertThat(report.get(ReportField.RD_EXPENSE)).isEqualByComparingTo(new BigDecimal("125000"));
        assertThat(report.get(ReportField.OPERATING_REVENUE)).isEqualByComparingTo(new BigDecimal("3000000"));
        assertThat(report.get(ReportField.EMPLOYEES)).isEqualByComparingTo(new BigDecimal("40"));
        assertThat(data.latestYear()).isEqualTo(2025);
        assertThat(data.parkColumn()).isTrue();
        assertThat(data.registrationDateColumn()).isFalse();
        assertThat(data.withoutRegistrationDate()).isEqualTo(1);
    }

    @Test
    void readsAGbkFileWithADeclaredUnitHeader() throws Exception {
        String csv = "统一社会信用代码,年度,园区,成立日期,营业收入(万元),从业人员\n" + FIRM + ",2025,CCHTZ,2019-04-01,1234.56,12\n";
        PointsCsv.Data data = PointsCsv.read(file(csv, Charset.forName("GBK")), null, PointsCsv.DEFAULT_PARK);
        assertThat(data.reports().get(0).get(ReportField.OPERATING_REVENUE))
                .isEqualByComparingTo(new BigDecimal("12345600"));
        assertThat(data.reports().get(0).get(ReportField.EMPLOYEES)).isEqualByComparingTo(new BigDecimal("12"));
        assertThat(data.enterprises().get(0).registrationDate()).hasToString("2019-04-01");
        assertThat(data.withoutRegistrationDate()).isZero();
    }

    @Test
    void anEmptyCellIsAFigureNotReportedAndAFileWithoutParkTakesTheDefault() throws Exception {
        PointsCsv.Data data = PointsCsv.read(
                file("credit_code,year,rdExpense,exports\n" + FIRM + ",2025,,5\n"), MoneyUnit.TEN_THOUSAND_YUAN, "XYZ");
        assertThat(data.reports().get(0).has(ReportField.RD_EXPENSE)).isFalse();
        assertThat(data.reports().get(0).get(ReportField.EXPORTS)).isEqualByComparingTo(new BigDecimal("50000"));
        assertThat(data.enterprises().get(0).parkCode()).isEqualTo("XYZ");
        assertThat(data.parkColumn()).isFalse();
    }

    @Test
    void aMoneyHeaderWithoutUnitIsAnErrorUnlessADefaultUnitIsGiven() throws Exception {
        Path f = file("credit_code,year,研发费用\n" + FIRM + ",2025,5\n");
        assertThatThrownBy(() -> PointsCsv.read(f, null, PointsCsv.DEFAULT_PARK))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                            assertThat(err.row()).isEqualTo(1);
                            assertThat(err.column()).isEqualTo("研发费用");
                            assertThat(err.messageZh()).contains("须在括号中注明单位");
                        }));
        assertThat(PointsCsv.read(f, MoneyUnit.YUAN, PointsCsv.DEFAULT_PARK)
                        .reports()
                        .get(0)
                        .get(ReportField.RD_EXPENSE))
                .isEqualByComparingTo("5");
    }

    @Test
    void namesTheSheetRowColumnAndValueOfEveryProblem() throws Exception {
        String csv = "credit_code,year,rdExpense,stStaff,employees\n"
                + "91220100000000000X,2025,1,1,2\n"
                + FIRM + ",20x5,1,1,2\n"
                + FIRM + ",2025,-3,1,2\n"
                + RegistryFixtures.code("220100", 8).value() + ",2025,1,5,2\n";
        Path f = file(csv);
        assertThatThrownBy(() -> PointsCsv.read(f, MoneyUnit.YUAN, PointsCsv.DEFAULT_PARK))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(
                                        ImportError::sheet, ImportError::row, ImportError::column, ImportError::value)
                                .contains(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "t.csv", 2, "credit_code", "91220100000000000X"),
                                        org.assertj.core.groups.Tuple.tuple("t.csv", 3, "year", "20x5"),
                                        org.assertj.core.groups.Tuple.tuple("t.csv", 4, "rdExpense", "-3"),
                                        org.assertj.core.groups.Tuple.tuple("t.csv", 5, "stStaff", "5")));
    }

    @Test
    void refusesUnknownColumnsMissingRequiredOnesAndDuplicateYears() throws Exception {
        Path f = file("year,revenue_total\n2025,1\n");
        assertThatThrownBy(() -> PointsCsv.read(f, MoneyUnit.YUAN, PointsCsv.DEFAULT_PARK))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(e.errors())
                                .anySatisfy(p -> assertThat(p.messageZh()).contains("未知的列'revenue_total'"))
                                .anySatisfy(p -> assertThat(p.messageZh()).contains("缺少必填列'统一社会信用代码'")));
        Path twice = file("credit_code,year\n" + FIRM + ",2025\n" + FIRM + ",2025\n");
        assertThatThrownBy(() -> PointsCsv.read(twice, MoneyUnit.YUAN, PointsCsv.DEFAULT_PARK))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(p -> {
                            assertThat(p.row()).isEqualTo(3);
                            assertThat(p.messageEn()).contains("duplicate of row 2");
                        }));
    }
}
