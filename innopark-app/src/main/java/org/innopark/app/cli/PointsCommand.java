package org.innopark.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.innopark.app.points.InnovationPoints;
import org.innopark.app.points.PointsCsv;
import org.innopark.app.points.PointsExport;
import org.innopark.app.points.PointsRankingView;
import org.innopark.app.points.PointsScoring;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code points}: the innovation-points ranking of a park (or every park) over the registry, or standalone on a
 * spreadsheet of annual-report figures ({@code --data FILE.xlsx|FILE.csv}, no database and no application context),
 * read as an import reads its files.
 */
@Command(
        name = "points",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "企业创新积分排名 / innovation points ranking",
            "数据库模式 / over the registry:  points --year 2025 --park CCHTZ [--top 100] [--format csv|json|xlsx] [--out FILE]",
            "独立模式 / standalone on a spreadsheet:  points --data reports.xlsx|reports.csv [--scheme ID|FILE] [--year 2025]"
        },
        footer = {
            "",
            "表格模板 / template: innopark template points-input --out 积分数据.xlsx (每列的含义见其'填写说明' / its"
                    + " 填写说明 sheet explains every column)",
            "表格 / the file: XLSX 或 CSV (UTF-8 或 GBK),每家企业每个年度一行 / XLSX or CSV (UTF-8 or GBK), one row per"
                    + " enterprise and year. 列 / columns:",
            "  统一社会信用代码 credit_code, 年度 year (必填 required);",
            "  园区 park: 一起排名的队列;无此列时全部企业为一个队列(--park 的值,否则 CSV),并在标准错误中说明 / the cohort"
                    + " ranked together; without it every enterprise is one cohort (the --park value, else CSV), as"
                    + " printed on stderr;",
            "  成立日期 registration_date: 决定阶段及权重;无此列或为空时按方案的默认阶段,并在标准错误中说明 / selects the"
                    + " stage and its weights; without it the scheme's default stage is used, as printed on stderr;",
            "  企业名称 name, 行业代码 industry; 年报指标 / report fields as in the import's 企业年报 (研发费用(万元) or"
                    + " rdExpense; money declares its unit, or give --unit).",
            "文件有错误时列出全部错误(工作表 行 列 值),不计算 / a file with errors is rejected with every error listed"
                    + " (sheet row column value); nothing is computed."
        })
final class PointsCommand implements Callable<Integer> {

    enum Format {
        csv,
        json,
        xlsx
    }

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(names = "--year", paramLabel = "Y", description = "评价年度(默认最近年报年度)/ year scored (default: latest reported)")
    Integer year;

    @Option(names = "--park", paramLabel = "CODE", description = "园区代码(默认全部园区)/ park code (default: every park)")
    String park;

    @Option(
            names = "--scheme",
            paramLabel = "ID|FILE",
            description = "积分方案:内置 id 或 YAML 文件(默认 innopark-points-2022)/ scheme: built-in id or YAML file")
    String scheme;

    @Option(
            names = "--top",
            paramLabel = "N",
            description = "只列前 N 名,如百强 100(并列者全列)/ list the top N only, ties included")
    Integer top;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "csv",
            description = "输出格式 csv|json|xlsx(默认 ${DEFAULT-VALUE})/ output format")
    Format format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "输出文件(默认标准输出;xlsx 必须指定)/ output file (default stdout; required for xlsx)")
    Path out;

    @Option(
            names = "--data",
            paramLabel = "FILE",
            description =
                    "独立模式:企业年报数据表(XLSX 或 CSV),不用数据库;模板 template points-input / standalone: a"
                            + " spreadsheet of annual-report figures (XLSX or CSV), no database; template: template points-input")
    Path data;

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            description = "表格中未注明单位的金额列的单位:YUAN|THOUSAND_YUAN|TEN_THOUSAND_YUAN|HUNDRED_MILLION_YUAN"
                    + "(默认须在列名中注明)/ unit of money columns whose header declares none (default: the header"
                    + " must declare it)")
    MoneyUnit unit;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "错误信息语言 / language of errors")
    String lang;

    @Override
    public Integer call() throws IOException {
        if (format == Format.xlsx && out == null) {
            return fail("xlsx 格式需要 --out FILE / the xlsx format needs --out FILE");
        }
        if (top != null && top < 1) {
            return fail("--top 应为正整数 / --top must be a positive number");
        }
        PointsScheme chosen;
        try {
            chosen = InnovationPoints.scheme(scheme);
        } catch (RuleFileException | IllegalArgumentException | java.io.UncheckedIOException e) {
            return fail("积分方案无效 / invalid points scheme: " + e.getMessage());
        }
        Optional<PointsRankingView> view = data != null ? standalone(chosen) : overRegistry(chosen);
        if (view == null) {
            return 2;
        }
        if (view.isEmpty()) {
            return fail("未找到园区或年报数据 / no such park, or nothing reported" + (park == null ? "" : ": " + park));
        }
        write(view.get());
        return 0;
    }

    private Optional<PointsRankingView> standalone(PointsScheme chosen) throws IOException {
        if (!Files.isReadable(data)) {
            fail("无法读取数据文件 / cannot read the data file: " + data);
            return null;
        }
        PointsCsv.Data read;
        try {
            read = PointsCsv.read(data, unit, park != null ? park : PointsCsv.DEFAULT_PARK);
        } catch (AnalystInputException e) {
            e.report(java.util.Locale.forLanguageTag(lang)).forEach(System.err::println);
            return null;
        }
        if (!read.parkColumn()) {
            String cohort = park != null ? park.toUpperCase(java.util.Locale.ROOT) : PointsCsv.DEFAULT_PARK;
            System.err.println("文件没有园区(park)列:全部企业作为园区 " + cohort + " 的一个队列排名 / the file has no park column:"
                    + " every enterprise is ranked in one cohort, park " + cohort);
        }
        String stage = chosen.stageRule().defaultStage().zh() + "/"
                + chosen.stageRule().defaultStage().name();
        if (!read.registrationDateColumn()) {
            System.err.println("文件没有成立日期(registration_date)列:无法判断企业阶段,全部企业按方案的默认阶段 " + stage
                    + " 计分 / the file has no registration_date column: every enterprise is scored at the scheme's"
                    + " default stage " + stage);
        } else if (read.withoutRegistrationDate() > 0) {
            System.err.println(read.withoutRegistrationDate() + " 家企业没有成立日期,按方案的默认阶段 " + stage + " 计分 / "
                    + read.withoutRegistrationDate() + " enterprises have no registration date and are scored at the"
                    + " default stage " + stage);
        }
        List<Enterprise> enterprises = park == null
                ? read.enterprises()
                : read.enterprises().stream()
                        .filter(e -> e.parkCode().equalsIgnoreCase(park))
                        .toList();
        int y = year != null ? year : read.latestYear();
        if (enterprises.isEmpty() || y == 0) {
            return Optional.empty();
        }
        return Optional.of(PointsScoring.rank(chosen, y, park, enterprises, read.reports(), top));
    }

    private Optional<PointsRankingView> overRegistry(PointsScheme chosen) {
        // Only errors on the console: the ranking itself may go to standard output.
        Map<String, Object> quiet = Map.of("logging.level.root", "ERROR", "logging.level.org.flywaydb", "ERROR");
        try (ConfigurableApplicationContext context = Contexts.start(db, quiet, false)) {
            return context.getBean(InnovationPoints.class).ranking(ParkScope.ALL, park, year, chosen, top);
        }
    }

    private void write(PointsRankingView view) throws IOException {
        OutputStream stream = out == null ? System.out : Files.newOutputStream(out);
        try {
            switch (format) {
                case csv -> PointsExport.csv(view, stream);
                case json -> PointsExport.json(view, stream);
                case xlsx -> PointsExport.xlsx(view, stream);
            }
            stream.flush();
        } finally {
            if (out != null) {
                stream.close();
            }
        }
        if (out != null) {
            int listed =
                    view.cohorts().stream().mapToInt(c -> c.entries().size()).sum();
            System.err.printf(
                    "已写出 / written: %s(%d 年度,评价企业 %,d 家,列出 %,d 家 / year %d, %,d scored, %,d listed)%n",
                    out, view.year(), view.enterprises(), listed, view.year(), view.enterprises(), listed);
        }
    }

    private static int fail(String message) {
        System.err.println(message);
        return 2;
    }
}
