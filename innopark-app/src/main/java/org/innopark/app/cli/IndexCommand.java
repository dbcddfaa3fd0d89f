package org.innopark.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.index.CsvInputException;
import org.innopark.app.index.IndexExport;
import org.innopark.app.index.IndexNotFoundException;
import org.innopark.app.index.IndexReport;
import org.innopark.app.index.ParkFigureStore;
import org.innopark.app.index.ParkIndex;
import org.innopark.app.index.UnitsCsv;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.index.IndexCalculationException;
import org.innopark.engine.index.IndexData;
import org.innopark.engine.index.IndexRun;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code index}: computes a composite index over the registry's parks, or standalone over a spreadsheet of units ×
 * indicators ({@code --data FILE.xlsx|FILE.csv}: no database, no application context, read as an import reads its
 * files), and writes it as a table, CSV, JSON or XLSX. {@code index figures FILE.csv} imports park-level figures into the registry.
 */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "计算园区创新指数(综合评价)/ compute a composite park innovation index",
            "  登记库 / over the registry:  index --framework ID|FILE --year Y [--base-year B] [--sensitivity N]"
                    + " [--format table|csv|json|xlsx] [--out FILE]",
            "  独立 / standalone:  index --framework ID|FILE --data FILE.xlsx|FILE.csv [same options]",
            "  内置指标体系 / built-in frameworks: " + "national-htz-2021, development-index-template"
        },
        footer = {
            "",
            "表格模板 / templates: innopark template index-input --out 指数数据.xlsx (长表 long layout);"
                    + " template index-input --framework ID --out 指数数据.xlsx (宽表 wide layout)",
            "表格 / the file: XLSX 或 CSV (UTF-8 或 GBK),两种布局 / XLSX or CSV (UTF-8 or GBK), two layouts:",
            "  长表 long: 单位 unit, 指标 indicator, 年份 year, 数值 value — one value per row;",
            "  宽表 wide: 单位 unit, 年份 year, <指标编号 indicator id>… — one unit and year per row;",
            "  选填 optional: 名称 name, 分组 group. 空、NA 或 - 为缺失值 / empty, NA or - is missing (never 0).",
            "  每个指标都须出现 / every indicator of the framework must appear.",
            "文件有错误时列出全部错误(工作表 行 列 值),不计算 / a file with errors is rejected with every error listed"
                    + " (sheet row column value); nothing is computed."
        },
        subcommands = IndexCommand.Figures.class)
final class IndexCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(
            names = "--framework",
            paramLabel = "ID|FILE",
            description = "内置指标体系编号或 YAML 文件 / a built-in framework id or a YAML file")
    String framework;

    @Option(
            names = "--data",
            paramLabel = "FILE",
            description = "单位 × 指标的表格(XLSX 或 CSV;长表 unit,indicator,year,value 或宽表 unit,year,<指标编号…>),"
                    + "不用数据库;模板 template index-input / a spreadsheet of units × indicators (XLSX or CSV, long or"
                    + " wide), no database; template: template index-input")
    Path data;

    @Option(names = "--year", paramLabel = "Y", description = "年份,默认最近有数据的年份 / year, default the latest with data")
    Integer year;

    @Option(names = "--base-year", paramLabel = "B", description = "基期指数的基期 / base year of a base-year index")
    Integer baseYear;

    @Option(
            names = "--sensitivity",
            paramLabel = "N",
            defaultValue = "0",
            description = "蒙特卡洛次数(排名不确定性),0 为不做,最多 " + IndexRun.MAX_SENSITIVITY
                    + " / Monte Carlo replications of the rank uncertainty, 0 for none")
    int sensitivity;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "table、csv、json、xlsx;默认按 --out 的扩展名,否则" + " table / default from the --out extension, else table")
    IndexExport.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "输出文件,默认标准输出 / output file, default stdout")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "名称语言 / language of names")
    String lang;

    private final PrintStream stdout;
    private final PrintStream stderr;

    IndexCommand() {
        this(System.out, System.err);
    }

    IndexCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        try {
            if (framework == null) {
                throw new IllegalArgumentException("需要 --framework ID|FILE / --framework ID|FILE is required");
            }
            IndexExport.Format f = format != null
                    ? format
                    : out != null && IndexExport.byExtension(out.toString()) != null
                            ? IndexExport.byExtension(out.toString())
                            : IndexExport.Format.TABLE;
            if (f == IndexExport.Format.XLSX && out == null) {
                throw new IllegalArgumentException("xlsx 需要 --out FILE / xlsx needs --out FILE");
            }
            IndexRun.checkSensitivity(sensitivity);
            if (!FrameworkLoader.BUILT_IN.contains(framework) && !Files.isRegularFile(Path.of(framework))) {
                throw new IllegalArgumentException("'" + framework + "' 既不是内置指标体系也不是文件; 内置: "
                        + FrameworkLoader.BUILT_IN + " / is neither a built-in framework nor a file; built-in: "
                        + FrameworkLoader.BUILT_IN);
            }
            Framework fw = FrameworkLoader.byIdOrFile(framework);
            IndexRun run = data != null ? standalone(fw) : overRegistry(fw);
            write(IndexReport.of(run, Locale.forLanguageTag(lang)), f);
            return 0;
        } catch (AnalystInputException e) {
            e.report(Locale.forLanguageTag(lang)).forEach(stderr::println);
        } catch (RuleFileException | IndexNotFoundException | IndexCalculationException | IllegalArgumentException e) {
            stderr.println(e.getMessage());
        } catch (IOException e) {
            stderr.println("读写失败 / cannot read or write: " + e.getMessage());
        }
        return 1;
    }

    private IndexRun standalone(Framework fw) throws IOException {
        if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException("找不到文件 / no such file: " + data);
        }
        IndexData all = UnitsCsv.read(fw, data);
        int[] years = all.years();
        int y = year == null ? years[years.length - 1] : year;
        List<String> notes = new ArrayList<>();
        Framework withBase = IndexRun.withBaseYear(fw, baseYear, notes);
        return IndexRun.compute(withBase, IndexRun.upTo(all, y), y, sensitivity, 0, notes);
    }

    private IndexRun overRegistry(Framework fw) {
        // only errors on the console: the index itself may be written to stdout as CSV or JSON
        Map<String, Object> quiet = Map.of("logging.level.root", "ERROR", "logging.level.org.flywaydb", "ERROR");
        try (ConfigurableApplicationContext context = Contexts.start(db, quiet, false)) {
            return context.getBean(ParkIndex.class).calculate(fw, year, baseYear, sensitivity);
        }
    }

    private void write(IndexReport report, IndexExport.Format f) throws IOException {
        if (out == null) {
            switch (f) {
                case TABLE -> IndexExport.table(report, stdout);
                case JSON -> {
                    stdout.println(IndexExport.json(report));
                }
                case CSV -> {
                    Writer w = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
                    IndexExport.csv(report, w);
                    w.flush();
                }
                default -> throw new IllegalStateException();
            }
            return;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            switch (f) {
                case XLSX -> IndexExport.xlsx(report, os);
                case JSON -> IndexExport.json(report, os);
                case CSV -> {
                    Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
                    w.write('\uFEFF'); // so that Excel reads the Chinese names as UTF-8
                    IndexExport.csv(report, w);
                    w.flush();
                }
                case TABLE -> {
                    PrintStream ps = new PrintStream(os, true, StandardCharsets.UTF_8);
                    IndexExport.table(report, ps);
                    ps.flush();
                }
            }
        }
        stderr.println("已写入 / written: " + out);
    }

    /** {@code index figures FILE.csv}: imports park-level figures ({@code park,key,year,value[,source]}). */
    @Command(
            name = "figures",
            mixinStandardHelpOptions = true,
            description = "导入园区级指标 CSV: park,key,year,value[,source],全部成功或全部不写 / import park-level"
                    + " figures, all rows or none")
    static final class Figures implements Callable<Integer> {

        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Parameters(paramLabel = "FILE.csv", description = "园区级指标文件 / the figures file")
        Path file;

        @Override
        public Integer call() {
            Accounts.Account operator = new Accounts.Account("cli", Role.SYSTEM_ADMIN, null, null, true);
            try (ConfigurableApplicationContext context = Contexts.start(db, Map.of(), false);
                    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                ParkFigureStore.ImportResult r = context.getBean(ParkFigureStore.class)
                        .importCsv(file.getFileName().toString(), reader, operator);
                System.out.printf(
                        "园区级指标 / figures: %d 行 rows, 新增 inserted %d, 覆盖 replaced %d%n",
                        r.rows(), r.inserted(), r.replaced());
                if (!r.keysNotInFrameworks().isEmpty()) {
                    System.out.println("内置指标体系未使用的指标键 / keys no built-in framework reads: " + r.keysNotInFrameworks());
                }
                return 0;
            } catch (CsvInputException e) {
                System.err.println("CSV 有误, 未写入任何数据 / the CSV has errors; nothing was written: " + e.fileName());
                e.problems().forEach(p -> System.err.println("  " + p));
            } catch (IOException e) {
                System.err.println("读取失败 / cannot read: " + e.getMessage());
            }
            return 1;
        }
    }
}
