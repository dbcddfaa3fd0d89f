package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.innopark.engine.io.TargetsTable;
import org.innopark.engine.registry.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The standalone {@code chain targets --pool FILE --park-firms FILE}: no database; the pool's firms on the chain,
 * outside the park and off the bad lists, ranked with every contribution; a bad pool row named, nothing written.
 */
class ChainTargetsCommandTests {

    @TempDir
    Path dir;

    static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    static final String IN_PARK = code("91320411MA1N2B3C4");

    Path pool(String extraRow) throws Exception {
        String rows = String.join(
                "\n",
                "统一社会信用代码,企业名称,所属行业,所属城市,营业收入(万元),营收增长率,主营产品,经营范围,企业标签,风险标签,扩张信号",
                code("91350902MA2XY3Q71") + ",宁德市蕉城区锂拓新能源科技有限公司,3841,宁德市,52000,18%,磷酸铁锂电芯、储能电池包,"
                        + "\"一般项目：电池制造；电池销售；储能技术服务\",高新技术企业；专精特新,,融资 2026-05-12；新设分支 2026-08-03",
                code("91440300MA5F6G7H8") + ",深圳市科远隔膜材料有限公司,3841,深圳市,8600,35%,锂电池隔膜,"
                        + "\"一般项目：新材料技术研发；电池零配件生产\",,,招聘扩张 2026-03-20",
                code("91360500MA3K4L5M6") + ",新余市赣锋示例锂业有限公司,3841,新余市,23000,-4%,碳酸锂,一般项目：基础化学原料制造,,经营异常,",
                code("91110108MA0A1B2C3") + ",北京市朝阳区示例服饰有限公司,1810,北京市,3000,5%,男装,一般项目：服装制造,,,",
                IN_PARK + ",常州市武进区示例电池有限公司,3841,常州市,40000,10%,动力电池电芯,一般项目：电池制造,,,");
        return Files.writeString(dir.resolve("pool.csv"), rows + "\n" + extraRow, StandardCharsets.UTF_8);
    }

    Path parkFirms() throws Exception {
        String rows = String.join(
                "\n",
                "园区代码,园区所在城市,统一社会信用代码,企业名称,行业代码,主营产品,营业收入(万元),资质,入驻日期",
                "CZHTZ,常州市," + IN_PARK + ",常州市武进区示例电池有限公司,3841,动力电池电芯,40000,高新技术企业,2019-06-01",
                "CZHTZ,常州市," + code("91320411MA1P2Q3R4") + ",常州星源储能科技有限公司,3841,储能系统,120000,专精特新,2020-03-15",
                "CZHTZ,常州市," + code("91320411MA1W2T3U4") + ",常州市新北区示例电机有限公司,3812,驱动电机,9000,,2021-09-01");
        return Files.writeString(dir.resolve("park-firms.csv"), rows + "\n", StandardCharsets.UTF_8);
    }

    int run(String... args) {
        return new CommandLine(new ChainCommand()).execute(args);
    }

    @Test
    void thePoolsFirmsOnTheChainOutsideTheParkAreRankedWithTheirContributions() throws Exception {
        Path out = dir.resolve("targets.csv");
        int exit = run(
                "targets",
                "--chain",
                "power-battery-nev",
                "--pool",
                pool("").toString(),
                "--park-firms",
                parkFirms().toString(),
                "--as-of",
                "2026-11-30",
                "--top",
                "10",
                "--out",
                out.toString());

        assertThat(exit).isEqualTo(0);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo(String.join(
                        ",",
                        TargetsTable.columns().stream()
                                .map(TargetsTable.Column::name)
                                .toList()));
        // The two battery firms; not the bad-listed one, not the garment maker, not the park's own firm.
        assertThat(lines).hasSize(3);
        assertThat(String.join("\n", lines))
                .contains("宁德市蕉城区锂拓新能源科技有限公司", "深圳市科远隔膜材料有限公司")
                .doesNotContain("新余市赣锋示例锂业有限公司", "示例服饰", IN_PARK);
        assertThat(lines.get(1)).startsWith("CZHTZ,1,").contains("近12个月");
        assertThat(lines.get(2)).startsWith("CZHTZ,2,");
    }

    @Test
    void aBadPoolRowIsNamedAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("bad.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = run(
                    "targets",
                    "--chain",
                    "power-battery-nev",
                    "--pool",
                    pool(code("91320500MA1W2X3Y4") + ",苏州示例科技有限公司,3841,苏州市,很多,,,,,,")
                            .toString(),
                    "--park-firms",
                    parkFirms().toString(),
                    "--top",
                    "10",
                    "--out",
                    out.toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("pool.csv", "row 7", "很多", "nothing was written");
    }
}
