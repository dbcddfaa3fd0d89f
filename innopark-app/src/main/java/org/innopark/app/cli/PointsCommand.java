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
 * {@code points}: the innovation-points ranking of a park (or every park) over the registry, or standalone on a CSV
 * of annual-report figures ({@code --data}, no database and no application context).
 */
@Command(
        name = "points",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "企业创新积分排名 / innovation points ranking",
            "数据库模式 / over the registry:  points --year 2025 --park CCHTZ [--top 100] [--format csv|json|xlsx] [--out FILE]",
            "独立模式 / standalone on a CSV:  points --data reports.csv [--scheme ID|FILE] [--year 2025]"
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
            paramLabel = "FILE.csv",
            description = "独立模式:企业年报数据 CSV,不用数据库 / standalone: a CSV of annual-report figures, no database")
    Path data;

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            defaultValue = "YUAN",
            description = "CSV 中未注明单位的金额列的单位:YUAN|THOUSAND_YUAN|TEN_THOUSAND_YUAN|HUNDRED_MILLION_YUAN(默认元)"
                    + " / unit of money columns whose header declares none")
    MoneyUnit unit;

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
            read = PointsCsv.read(data, unit);
        } catch (PointsCsv.BadDataException e) {
            e.problems().forEach(System.err::println);
            fail("数据文件有误,未计算 / the data file has problems; nothing was scored");
            return null;
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
