package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.support.RegistryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code points --data FILE.csv}: standalone scoring of a CSV, no database and no Spring context. */
class PointsCommandTests {

    @TempDir
    Path dir;

    static String code(int n) {
        return RegistryFixtures.code("220100", n).value();
    }

    /** Four enterprises over two years: #1 leads on every figure, #4 reports nothing but its revenue. */
    private Path csv() throws Exception {
        List<String> lines = List.of(
                "统一社会信用代码,企业名称,园区,成立日期,年度,营业收入(万元),研发费用(万元),从业人员,科技人员,发明专利申请数",
                code(1) + ",领先光电有限公司,CCHTZ,2012-05-01,2024,5000,600,300,120,20",
                code(1) + ",领先光电有限公司,CCHTZ,2012-05-01,2025,6000,800,320,140,25",
                code(2) + ",中游材料有限公司,CCHTZ,2015-03-01,2024,3000,150,200,50,5",
                code(2) + ",中游材料有限公司,CCHTZ,2015-03-01,2025,3300,200,210,60,6",
                code(3) + ",后进装备有限公司,CCHTZ,2018-07-01,2025,800,20,60,10,1",
                code(4) + ",新设科技有限公司,CCHTZ,2024-01-10,2025,50,,,,");
        Path file = dir.resolve("reports.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private int run(String... args) {
        return InnoParkCommand.commandLine().execute(args);
    }

    @Test
    void scoresACsvStandaloneAndWritesJson() throws Exception {
        Path out = dir.resolve("points.json");
        assertThat(run("points", "--data", csv().toString(), "--format", "json", "--out", out.toString()))
                .isZero();
        JsonNode view = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(view.get("year").asInt()).isEqualTo(2025);
        assertThat(view.get("enterprises").asInt()).isEqualTo(4);
        JsonNode entries = view.get("cohorts").get(0).get("entries");
        assertThat(view.get("cohorts").get(0).get("cohort").asString()).isEqualTo("CCHTZ");
        assertThat(entries.size()).isEqualTo(4);
        assertThat(entries.get(0).get("creditCode").asString()).isEqualTo(code(1));
        assertThat(entries.get(0).get("name").asString()).isEqualTo("领先光电有限公司");
        assertThat(entries.get(3).get("creditCode").asString()).isEqualTo(code(4));
        assertThat(entries.get(0).get("total").asDouble())
                .isGreaterThan(entries.get(1).get("total").asDouble());
        JsonNode movers = view.get("cohorts").get(0).get("movers");
        assertThat(movers.get("previousYear").asInt()).isEqualTo(2024);
        assertThat(movers.get("newcomers").asInt()).isEqualTo(2);
    }

    @Test
    void writesTheTopOfTheRankingAsCsvAndXlsx() throws Exception {
        Path out = dir.resolve("top.csv");
        assertThat(run("points", "--data", csv().toString(), "--top", "2", "--year", "2025", "--out", out.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFF队列/Cohort,排名/Rank,统一社会信用代码/Credit code");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(code(1), "领先光电有限公司");

        Path xlsx = dir.resolve("points.xlsx");
        assertThat(run("points", "--data", csv().toString(), "--format", "xlsx", "--out", xlsx.toString()))
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("排名/Rank");
            assertThat(wb.getSheetAt(0).getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo(code(1));
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void refusesBadInputWithoutScoring() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "credit_code,year,rdExpense\n91220100MA0000000X,2025,abc\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("never.json");
        assertThat(run("points", "--data", bad.toString(), "--out", out.toString()))
                .isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(run("points", "--data", csv().toString(), "--format", "xlsx"))
                .isEqualTo(2);
        assertThat(run("points", "--data", csv().toString(), "--scheme", "no-such-scheme.yaml"))
                .isEqualTo(2);
    }
}
