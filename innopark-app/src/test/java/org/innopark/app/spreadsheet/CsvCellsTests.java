package org.innopark.app.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTests {

    @Test
    void textThatCouldBecomeAFormulaGetsAnApostrophe() {
        for (String hostile :
                List.of("=1+1", "+5-3", "-2+3", "@SUM(A1)", "\tcmd", "\r=x", "=HYPERLINK(\"x\")", "-", "+")) {
            assertThat(CsvCells.guard(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
    }

    @Test
    void plainNumbersAndOrdinaryTextStayAsTheyAre() {
        for (String fine : List.of("-3.5", "+12", "-1.2E3", "-.5", "0", "长春高新区", "", "a=b", "1-2")) {
            assertThat(CsvCells.guard(fine)).as(fine).isEqualTo(fine);
        }
        assertThat(CsvCells.guard(-3)).isEqualTo(-3);
        assertThat(CsvCells.guard(null)).isNull();
    }

    @Test
    void aRecordIsGuardedValueByValue() {
        assertThat(CsvCells.guardAll(List.of("=x", 2, "名称"))).containsExactly("'=x", 2, "名称");
        assertThat(Arrays.asList(CsvCells.guardAll("@a", null, "-4"))).containsExactly("'@a", null, "-4");
    }
}
