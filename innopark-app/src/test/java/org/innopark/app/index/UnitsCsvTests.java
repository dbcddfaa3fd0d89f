package org.innopark.app.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.index.IndexData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path dir;

    IndexData read(String csv) {
        try {
            Path f = dir.resolve("t.csv");
            Files.writeString(f, csv, StandardCharsets.UTF_8);
            return UnitsCsv.read(TINY, f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AnalystInputException failure(String csv) {
        try {
            read(csv);
        } catch (AnalystInputException e) {
            return e;
        }
        throw new AssertionError("no error for " + csv);
    }

    @Test
    void readsTheWideLayoutWithNamesAndMissingCells() {
        IndexData d = read("\uFEFFunit,name,group,year,a,b\nP1,园区一,江苏,2024,1,\nP2,,浙江,2024,\"1,234.5\",NA\n");
        assertThat(d.units()).extracting(IndexData.Unit::name).containsExactly("园区一", "P2");
        assertThat(d.units()).extracting(IndexData.Unit::group).containsExactly("江苏", "浙江");
        assertThat(d.value("P2", "a", 2024)).isEqualTo(1234.5);
        assertThat(d.value("P1", "b", 2024)).isNaN();
        assertThat(d.value("P2", "b", 2024)).isNaN();
    }

    @Test
    void readsTheLongLayoutWithChineseHeaders() {
        IndexData d = read("园区,指标,年份,数值\nP1,a,2023年,1\nP1,b,2023,-\nP1,a,2024,3\nP1,b,2024,4\n");
        assertThat(d.years()).containsExactly(2023, 2024);
        assertThat(d.value("P1", "a", 2023)).isEqualTo(1);
        assertThat(d.value("P1", "b", 2023)).isNaN();
        assertThat(d.value("P1", "b", 2024)).isEqualTo(4);
    }

    @Test
    void aSecondValueForTheSameCellIsAnError() {
        AnalystInputException e = failure("unit,indicator,year,value\nP1,a,2024,1\nP1,b,2024,2\nP1,a,2024,3\n");
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("indicator");
            assertThat(p.messageEn()).contains("first in row 2");
        });
    }

    @Test
    void anIndicatorOfTheFrameworkMustAppear() {
        assertThat(failure("unit,year,a\nP1,2024,1\n").errors())
                .singleElement()
                .satisfies(p -> assertThat(p.messageZh()).contains("缺少必填列'b'"));
        assertThat(failure("unit,indicator,year,value\nP1,a,2024,1\n").errors())
                .singleElement()
                .satisfies(p -> assertThat(p.messageEn()).contains("indicator b is missing"));
    }

    @Test
    void aMissingColumnIsNamed() {
        AnalystInputException e = failure("unit,indicator,value\nP1,a,1\n");
        assertThat(e.errors())
                .singleElement()
                .satisfies(p -> assertThat(p.messageZh()).contains("缺少必填列'年份'"));
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(p -> assertThat(p.messageEn()).contains("empty", "index-input")));
    }
}
