package org.innopark.app.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.index.IndexData;
import org.junit.jupiter.api.Test;

/** Reading a spreadsheet of units × indicators for the standalone index. */
class UnitsCsvTests {

    static final Framework TINY = FrameworkLoader.parse("tiny.yaml", new StringReader("""
            id: tiny
            name: {zh: 测试}
            tree:
              id: index
              children:
                - {id: a, formula: {imported: a}}
                - {id: b, formula: {imported: b}}
            """));

    static IndexData read(String csv) throws Exception {
        return UnitsCsv.read(TINY, "t.csv", new StringReader(csv));
    }

    static CsvInputException failure(String csv) {
        try {
            read(csv);
        } catch (CsvInputException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + csv);
    }

    @Test
    void readsTheWideLayoutWithNamesAndMissingCells() throws Exception {
        IndexData d = read("\uFEFFunit,name,group,year,a,b\nP1,园区一,江苏,2024,1,\nP2,,浙江,2024,\"1,234.5\",NA\n");
        assertThat(d.units()).extracting(IndexData.Unit::name).containsExactly("园区一", "P2");
        assertThat(d.units()).extracting(IndexData.Unit::group).containsExactly("江苏", "浙江");
        assertThat(d.value("P2", "a", 2024)).isEqualTo(1234.5);
        assertThat(d.value("P1", "b", 2024)).isNaN();
        assertThat(d.value("P2", "b", 2024)).isNaN();
    }

    @Test
    void readsTheLongLayoutWithChineseHeaders() throws Exception {
        IndexData d = read("园区,指标,年份,数值\nP1,a,2023年,1\nP1,b,2023,-\nP1,a,2024,3\nP1,b,2024,4\n");
        assertThat(d.years()).containsExactly(2023, 2024);
        assertThat(d.value("P1", "a", 2023)).isEqualTo(1);
        assertThat(d.value("P1", "b", 2023)).isNaN();
        assertThat(d.value("P1", "b", 2024)).isEqualTo(4);
    }

    @Test
    void aSecondValueForTheSameCellIsAnError() {
        CsvInputException e = failure("unit,indicator,year,value\nP1,a,2024,1\nP1,b,2024,2\nP1,a,2024,3\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.message()).contains("first in row 2");
        });
    }

    @Test
    void anIndicatorOfTheFrameworkMustAppear() {
        CsvInputException e = failure("unit,year,a\nP1,2024,1\n");
        assertThat(e.getMessage()).contains("indicator b is missing");
    }

    @Test
    void aMissingColumnNamesBothLayouts() {
        CsvInputException e = failure("unit,indicator,value\nP1,a,1\n");
        assertThat(e.getMessage())
                .contains("no column 'year'")
                .contains("unit,indicator,year,value")
                .contains("unit,year,<indicator ids…>");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThatThrownBy(() -> read("")).isInstanceOf(CsvInputException.class).hasMessageContaining("empty");
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(CsvInputException.letters(0)).isEqualTo("A");
        assertThat(CsvInputException.letters(25)).isEqualTo("Z");
        assertThat(CsvInputException.letters(26)).isEqualTo("AA");
        assertThat(CsvInputException.letters(27)).isEqualTo("AB");
        assertThat(CsvInputException.letters(701)).isEqualTo("ZZ");
        assertThat(CsvInputException.letters(702)).isEqualTo("AAA");
    }
}
