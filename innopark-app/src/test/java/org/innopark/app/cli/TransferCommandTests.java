package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code transfer match}: standalone matching of an analyst's files, no database. Run with {@code --method bm25}
 * (the dense model is exercised by the evaluation and the benchmark, not loaded by unit tests).
 */
class TransferCommandTests {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private Path file(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return f;
    }

    private Path results() throws Exception {
        return file(
                "results.csv",
                "成果编号,成果名称,成果简介,关键词,技术领域,持有单位,所处阶段",
                "R-1,焊缝激光视觉跟踪系统,焊接机器人按焊缝实际位置自动纠偏，减少人工补焊,焊缝跟踪；激光视觉,智能制造/机器人,甲大学,成熟应用阶段",
                "R-2,钠离子电池硬碳负极材料,以生物质为原料制备硬碳负极，首效高于90%,钠离子电池；硬碳,新能源/钠离子电池,乙研究院,中期阶段",
                "R-3,\"电镀废水重金属深度处理\",\"采用螯合树脂吸附，出水镍、铬低于排放限值\",废水；重金属,节能环保/水处理,丙大学,成熟应用阶段");
    }

    private Path experts() throws Exception {
        return file("experts.csv", "专家编号,姓名,单位,职称,研究方向,代表成果", "E-1,王某,甲大学,教授,焊接机器人视觉传感与焊缝跟踪控制,为工程机械企业解决焊接机器人焊偏问题");
    }

    private Path demands() throws Exception {
        return file(
                "demands.csv",
                "需求编号,需求名称,需求描述,企业名称,所属行业",
                "D-1,机器人焊接老是焊偏,我们上了焊接机器人，但拼点误差大，机器人按示教轨迹走经常焊偏,某重工有限公司,专用设备制造业",
                "D-2,电镀废水镍超标,电镀车间废水里镍经常超标，想找处理办法,某电镀有限公司,金属制品业");
    }

    private int run(String... args) {
        CommandLine cl = InnoParkCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private List<String> match(Path out, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(
                "transfer",
                "match",
                "--results",
                results().toString(),
                "--experts",
                experts().toString(),
                "--demands",
                demands().toString(),
                "--method",
                "bm25",
                "--top",
                "2",
                "--out",
                out.toString()));
        args.addAll(List.of(more));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void matchesEveryDemandWithEachPoolGivenAndExplainsEachRow() throws Exception {
        List<String> lines = match(dir.resolve("out.csv"));
        assertThat(lines.get(0)).isEqualTo("需求编号,对象类型,对象编号,排名,得分,依据");
        // BM25 lists only objects that share a word: D-1 finds R-1 and E-1, D-2 finds R-3 (not the battery result,
        // nor the welding expert); no instrument pool, no instrument rows.
        assertThat(lines.subList(1, lines.size())).hasSize(3).noneMatch(l -> l.contains(",仪器,") || l.contains("R-2"));
        assertThat(lines.get(1)).startsWith("D-1,成果,R-1,1,").contains("共同词:", "焊接机器人", "阶段:成熟应用阶段");
        assertThat(lines).anyMatch(l -> l.startsWith("D-1,专家,E-1,1,"));
        assertThat(lines).anyMatch(l -> l.startsWith("D-2,成果,R-3,1,"));
    }

    @Test
    void readsXlsxAndWritesXlsx() throws Exception {
        Path xlsx = AnalystFiles.xlsx(results(), dir.resolve("results.xlsx"), "科技成果");
        Path out = dir.resolve("out.xlsx");
        assertThat(run(
                        "transfer",
                        "match",
                        "--results",
                        xlsx.toString(),
                        "--demands",
                        demands().toString(),
                        "--method",
                        "bm25",
                        "--format",
                        "xlsx",
                        "--out",
                        out.toString()))
                .as(err.toString())
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(5).getStringCellValue())
                    .isEqualTo("依据");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("R-1");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue())
                    .isEqualTo(1.0);
        }
    }

    @Test
    void aFileWithAMissingColumnIsRejectedByNameAndNothingIsWritten() throws Exception {
        Path bad = file("experts.csv", "专家编号,姓名,单位,职称,研究方向", "E-1,王某,甲大学,教授,焊接机器人视觉传感");
        Path out = dir.resolve("out.csv");
        assertThat(run(
                        "transfer",
                        "match",
                        "--experts",
                        bad.toString(),
                        "--demands",
                        demands().toString(),
                        "--method",
                        "bm25",
                        "--out",
                        out.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("experts.csv", "代表成果");
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
    }

    @Test
    void aDuplicateIdIsRejectedAtItsRowAndAnEarlierOutputIsKept() throws Exception {
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "earlier");
        Path dup = file(
                "demands.csv", "需求编号,需求名称,需求描述,企业名称,所属行业", "D-1,焊偏,焊接机器人焊偏,甲公司,专用设备制造业", "D-1,废水,电镀废水镍超标,乙公司,金属制品业");
        assertThat(run(
                        "transfer",
                        "match",
                        "--results",
                        results().toString(),
                        "--demands",
                        dup.toString(),
                        "--method",
                        "bm25",
                        "--out",
                        out.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("demands.csv", "3", "需求编号", "D-1", "编号重复");
        assertThat(Files.readString(out)).isEqualTo("earlier");
    }

    @Test
    void aResultFindsTheEnterprisesOfItsDemands() throws Exception {
        Path out = dir.resolve("enterprises.csv");
        assertThat(run(
                        "transfer",
                        "enterprises",
                        "--results",
                        results().toString(),
                        "--demands",
                        demands().toString(),
                        "--method",
                        "bm25",
                        "--out",
                        out.toString()))
                .as(err.toString())
                .isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("成果编号,企业名称,所属行业,排名,得分,依据");
        assertThat(lines).anyMatch(l -> l.startsWith("R-1,某重工有限公司,专用设备制造业,1,") && l.contains("行业对口"));
        assertThat(lines).anyMatch(l -> l.startsWith("R-3,某电镀有限公司,金属制品业,1,"));
    }

    @Test
    void withoutAnyPoolTheCommandSaysWhatIsMissing() throws Exception {
        assertThat(run("transfer", "match", "--demands", demands().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--results");
    }
}
