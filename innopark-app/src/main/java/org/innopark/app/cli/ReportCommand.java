package org.innopark.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.innopark.app.report.ParkReports;
import org.innopark.app.security.ParkScope;
import org.innopark.app.shared.AtomicFile;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report}: a park's report from a template (统计公报、梯度培育报告、百强发布、创新指数报告) as PDF, Word or the XLSX
 * appendix, written from the registry, recorded in the history of issued reports. The file is written to a temporary
 * file beside the target and moved into place, so a failed run leaves nothing half-written.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "生成园区报告(统计公报、梯度培育、创新积分百强、创新指数)/ a park's report from a template",
            "report --park CCHTZ --template annual-bulletin --year 2025 --format pdf --out 公报.pdf"
        },
        footer = {
            "",
            "内置模板 / built-in templates: annual-bulletin 园区年度统计公报, ladder-annual 梯度培育年度报告,"
                    + " points-top100 创新积分百强发布, innovation-index 园区创新指数报告,"
                    + " patent-navigation 专利导航报告(产业规划类, --chain 选产业链)",
            "园区自己的模板 / a park's own templates: <data-dir>/report-templates/<id>.yaml (全部园区 / every park) 或"
                    + " <data-dir>/report-templates/<PARK>/<id>.yaml (本园区 / one park); 格式见 / format:"
                    + " org/innopark/app/report/templates/README.md"
        })
final class ReportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
    String park;

    @Option(
            names = "--template",
            required = true,
            paramLabel = "ID",
            description = "报告模板 id(见下)/ report template id (see below)")
    String template;

    @Option(names = "--year", paramLabel = "Y", description = "统计年度(默认最近年报年度)/ year (default: latest reported)")
    Integer year;

    @Option(
            names = "--chain",
            paramLabel = "ID",
            description = "产业链(按产业链出具的模板,如 patent-navigation;默认专利最多的产业链)/ the chain of a per-chain template")
    String chain;

    @Option(
            names = "--format",
            paramLabel = "pdf|docx|xlsx",
            defaultValue = "pdf",
            description = "输出格式(默认 ${DEFAULT-VALUE})/ output format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件 / output file")
    Path out;

    @Override
    public Integer call() throws IOException {
        ParkReports.Format f = ParkReports.Format.parse(format);
        if (f == null) {
            return fail("--format 应为 pdf、docx 或 xlsx,实际为 '" + format + "' / --format must be pdf, docx or xlsx");
        }
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            return fail("无法写入输出目录 / cannot write to the output directory: " + dir);
        }
        String code = park.strip().toUpperCase(java.util.Locale.ROOT);
        Map<String, Object> quiet = Map.of("logging.level.root", "ERROR", "logging.level.org.flywaydb", "ERROR");
        Optional<ParkReports.Rendered> rendered;
        try (ConfigurableApplicationContext context = Contexts.start(db, quiet, false)) {
            ParkReports reports = context.getBean(ParkReports.class);
            if (!reports.visible(ParkScope.ALL, code)) {
                return fail("没有园区 " + code + " / no park " + code);
            }
            if (reports.templates(ParkScope.ALL, code).stream().noneMatch(t -> t.id().equals(template))) {
                return fail("没有报告模板 '" + template + "',可选 / no report template '" + template + "'; valid: "
                        + String.join(
                                ", ",
                                reports.templates(ParkScope.ALL, code).stream()
                                        .map(ParkReports.TemplateInfo::id)
                                        .toList()));
            }
            rendered = reports.issue(ParkScope.ALL, "cli", code, template, year, f, chain);
        } catch (RuleFileException e) {
            return fail("报告模板有误 / the report template is invalid: " + e.getMessage());
        } catch (org.innopark.app.patent.PatentNotFoundException e) {
            return fail(e.getMessage());
        }
        if (rendered.isEmpty()) {
            return fail("园区 " + code + " 没有" + (year == null ? "" : year + "年的") + "年报数据 / park " + code
                    + " has no annual reports" + (year == null ? "" : " for " + year));
        }
        byte[] bytes = rendered.get().bytes();
        AtomicFile.write(target, out -> out.write(bytes));
        System.err.printf(
                "已写出 / written: %s(%s %d年,%,d 字节,SHA-256 %s)%n",
                target,
                rendered.get().report().template().nameZh(),
                rendered.get().report().year(),
                rendered.get().bytes().length,
                rendered.get().sha256());
        return 0;
    }

    private static int fail(String message) {
        System.err.println(message);
        return 2;
    }
}
