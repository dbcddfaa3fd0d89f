package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The standalone {@code patent tag --data} and {@code patent landscape --data}: no database, no Spring. */
class PatentCommandTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static final String CHINESE = """
            公开(公告)号,申请号,申请日,公开(公告)日,名称,摘要,主分类号,IPC分类号,申请人,法律状态
            CN115000001A,CN202210000001.X,2022-03-15,2023-09-15,一种磷酸铁锂正极材料及其制备方法,本发明以磷酸铁和碳酸锂为原料烧结得到碳包覆磷酸铁锂。,H01M 4/5825,H01M4/5825;C01B25/45,长春恒锂新能源科技有限公司,审中
            CN115000002A,CN202210000002.X,2022-05-10,2023-11-10,一种TOPCon太阳能电池的制备方法,在N型硅片背面形成隧穿氧化层和掺杂多晶硅层。,H01L 31/068,H01L 31/068、H01L 31/18,长春光伏电池有限公司,审中
            CN115000003A,CN202310000003.X,2023-02-01,2024-08-01,一种混凝土外加剂,本发明涉及一种聚羧酸减水剂。,C04B 24/26,,某某建材有限公司,审中
            CN115000004U,CN202320000004.X,2023-06-01,2023-12-01,一种直流充电桩,本实用新型提供一种电动汽车直流充电桩。,B60L 53/16,,外地充电科技有限公司,有效
            """;

    int run(Class<?> kind, String... args) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Object command = kind == PatentCommand.Tag.class
                ? new PatentCommand.Tag().streams(o, e)
                : kind == PatentCommand.Eval.class
                        ? new PatentCommand.Eval().streams(o, e)
                        : new PatentCommand.Landscape().streams(o, e);
        return new CommandLine(command).execute(args);
    }

    Path file(String name, String text, Charset charset) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, charset);
        return p;
    }

    @Test
    void tagsAChineseHeadedFileWritingTheRuleOfEveryTag() throws IOException {
        Path data = file("专利.csv", CHINESE, StandardCharsets.UTF_8);
        Path result = dir.resolve("标引.csv");
        int code = run(PatentCommand.Tag.class, "--data", data.toString(), "--out", result.toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String csv = Files.readString(result);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("公开号,产业链,节点,节点名称,规则编号,规则类型,命中依据");
        assertThat(csv).contains("CN115000001A,power-battery-nev,cathode,正极材料,cc.cathode-polyanion,IPC参照关系,H01M 4/582");
        assertThat(csv).contains("CN115000002A,photovoltaic,pv-cell,太阳能电池片,cc.pv-cells,IPC参照关系,H01L 31/06");
        assertThat(csv).contains("CN115000004U,power-battery-nev,charging");
        assertThat(csv).doesNotContain("CN115000003A");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("4 件专利, 3 件标引到节点");
    }

    @Test
    void readsThePublicDatasetsEnglishHeadersInGbkWithCompactDates() throws IOException {
        Path data = file("publications.csv", """
                publication_number,kind_code,filing_date,title_localized,ipc,assignee_harmonized
                CN116000001A,A,20230105,一种光伏组件接线盒,H02S0040340000|H01L0031050000,某光伏组件有限公司
                """, Charset.forName("GBK"));
        int code = run(PatentCommand.Tag.class, "--data", data.toString(), "--chain", "photovoltaic");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CN116000001A,photovoltaic,pv-module");
    }

    @Test
    void aMalformedIpcSymbolOrDateRejectsTheWholeFileWithRowAndColumnAndWritesNothing() throws IOException {
        Path data = file(
                "坏文件.csv",
                CHINESE + "CN115000005A,,2023-13-45,,一种电池,,H01M 10/0525,,甲公司,审中\n"
                        + "CN115000006A,,2023-01-05,,一种电池,,H01M 10,,乙公司,审中\n",
                StandardCharsets.UTF_8);
        Path result = dir.resolve("标引.csv");
        int code = run(PatentCommand.Tag.class, "--data", data.toString(), "--out", result.toString());
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(e).contains("共2个错误");
        assertThat(e).contains("6").contains("申请日").contains("2023-13-45");
        assertThat(e).contains("7").contains("主分类号").contains("H01M 10/0525, H01M10/0525 or H01M0010052500");
        assertThat(result).doesNotExist();
        assertThat(out.size()).isZero();
    }

    @Test
    void evalScoresTheRulesAgainstHandLabelsBesideTheBaselines() throws IOException {
        Path data = file("标引样本.csv", """
                publication_number,filing_date,ipc,assignee,labels,title,abstract
                CN100001A,2022-01-01,H01M 10/0567,甲,power-battery-nev/electrolyte,一种锂离子电池电解液,本发明的电解液含添加剂。
                CN100002A,2022-01-01,H02S 40/34,乙,photovoltaic/pv-module,一种光伏组件接线盒,接线盒内设旁路二极管。
                CN100003A,2022-01-01,F24S 10/70,丙,,一种太阳能热水器,真空集热管与水箱。
                CN100004A,2022-01-01,H02J 7/00,丁,photovoltaic/pv-storage,一种充电装置,本发明提供一种充电装置。
                """, StandardCharsets.UTF_8);
        int code = run(PatentCommand.Eval.class, "--data", data.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).contains("4 件专利");
        assertThat(text).contains("rules:     precision 1.000 recall 0.667 F1 0.800 (2 of 2 predicted, 3 labelled)");
        assertThat(text).contains("chain IPC only:");
    }

    @Test
    void landscapeCountsTheParksFirmsAndStatesThePublicationLag() throws IOException {
        Path data = file("专利.csv", CHINESE, StandardCharsets.UTF_8);
        Path firms = file("园区企业.csv", """
                统一社会信用代码,企业名称
                9122017398460747XF,长春光伏电池有限公司
                """, StandardCharsets.UTF_8);
        int code = run(
                PatentCommand.Landscape.class,
                "--data",
                data.toString(),
                "--chain",
                "photovoltaic",
                "--firms",
                firms.toString(),
                "--cutoff",
                "2026-12-01");
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).contains("数据截至 2026-12-01").contains("2025 年及以后申请的专利尚未全部公开");
        assertThat(text).contains("## 太阳能电池片 (pv-cell)");
        assertThat(text).contains("申请 1 件, 本园区 1 件(100.0%)");
        assertThat(text).contains("本园区主要申请人: 长春光伏电池有限公司 1");
    }
}
