package org.innopark.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.innopark.app.ladder.ParkLadder;
import org.innopark.app.ladder.ParkLadder.Assessed;
import org.innopark.app.ladder.SchemeChoice;
import org.innopark.app.ladder.SpreadsheetFacts;
import org.innopark.app.ladder.VerdictExport;
import org.innopark.app.ladder.VerdictTable;
import org.innopark.app.ladder.VerdictView;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.FactDefinition;
import org.innopark.engine.ladder.LadderAssessment;
import org.innopark.engine.ladder.Outcome;
import org.innopark.engine.ladder.Scheme;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.ladder.Verdict;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assess}: assesses enterprises against a qualification scheme, either the registry's (all parks, or one
 * with {@code --park}) or an analyst's spreadsheet ({@code --data FILE.xlsx|FILE.csv}, no database, no application
 * context), read as an import reads its files.
 */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "按评价方案评价企业(梯度培育)/ assess enterprises against a qualification scheme",
            "  登记库 / registry:    assess --scheme high-tech --year 2025 [--park CCHTZ] [--format csv|json|xlsx] [--out FILE]",
            "  表格 / spreadsheet:   assess --scheme tech-sme|FILE.yaml --data firms.xlsx|firms.csv [--year 2025] [--format ...]"
        },
        footer = {
            "",
            "表格模板 / template: innopark template assess-input --out 评价数据.xlsx (每列的含义见其'填写说明' / its"
                    + " 填写说明 sheet explains every column)",
            "表格 / the file: XLSX 或 CSV (UTF-8 或 GBK),每家企业每个年度一行 / XLSX or CSV (UTF-8 or GBK), one row per"
                    + " enterprise and year. 列 / columns:",
            "  统一社会信用代码 credit_code, 年度 year (必填 required); 企业名称 name, 成立日期 registration_date,"
                    + " 行政区划代码 region_code, 高新技术领域 high_tech_field, 是否上市 listed;",
            "  年报指标 / report fields as in the import's 企业年报 (研发费用(万元) or rdExpense; money declares its unit"
                    + " 元/千元/万元/亿元, or give --unit);",
            "  资质证书 / certificates: <资质>认定日期, <资质>有效期至, <资质>级别, e.g. 高新技术企业认定日期"
                    + " (cert:high-tech:granted, cert:high-tech:expiry, cert:high-tech:level);",
            "  外部事实 / external facts: their Chinese name or fact:<id>, e.g. fact:majorIncident (是/否); empty = unknown.",
            "不指定 --year 时每家企业按其最近的年度评价 / without --year each enterprise is assessed at its latest year.",
            "文件有错误时列出全部错误(工作表 行 列 值),不计算 / a file with errors is rejected with every error listed"
                    + " (sheet row column value); nothing is computed."
        })
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(
            names = "--scheme",
            required = true,
            paramLabel = "ID|FILE",
            description = "方案编号(tech-sme、high-tech、innovative-sme、srdi-sme、little-giant、gazelle、unicorn)或方案文件"
                    + " / scheme id or a scheme file (.yaml)")
    String scheme;

    @Option(
            names = "--year",
            paramLabel = "Y",
            description = "数据年度(默认:登记库最近一年;表格中每家企业各自最近的年度)/ data year (default: the registry's"
                    + " latest; in a spreadsheet, each enterprise's latest)")
    Integer year;

    @Option(names = "--park", paramLabel = "CODE", description = "只评价一个园区 / only this park (registry mode)")
    String park;

    @Option(
            names = "--data",
            paramLabel = "FILE",
            description = "评价表格(XLSX 或 CSV)中的企业,不使用数据库;模板 template assess-input / assess the enterprises"
                    + " of a spreadsheet (XLSX or CSV), no database; template: template assess-input")
    Path data;

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            description = "表格中未注明单位的金额列的单位:YUAN|THOUSAND_YUAN|TEN_THOUSAND_YUAN|HUNDRED_MILLION_YUAN"
                    + "(默认须在列名中注明)/ unit of money columns whose header declares none (default: the header"
                    + " must declare it)")
    MoneyUnit unit;

    @Option(
            names = "--format",
            paramLabel = "csv|json|xlsx",
            defaultValue = "csv",
            description = "输出格式(默认 ${DEFAULT-VALUE})/ output format")
    VerdictExport.Format format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "输出文件(默认标准输出;xlsx 必须指定)/ output file" + " (default: standard output; required for xlsx)")
    Path out;

    @Option(names = "--gaps", description = "附上差距(较慢)/ add the gap of every enterprise that fails (slower)")
    boolean gaps;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "输出语言 / language of the output")
    String lang;

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        if (format == VerdictExport.Format.XLSX && out == null) {
            err.println("xlsx 格式需要 --out 文件 / the xlsx format needs --out FILE");
            return 2;
        }
        try {
            List<Assessed> verdicts;
            if (data != null) {
                if (park != null) {
                    err.println("--park 只用于登记库;表格模式不使用 / --park applies to the registry, not to --data");
                    return 2;
                }
                verdicts = assessSpreadsheet(err);
            } else {
                verdicts = assessRegistry();
                if (verdicts == null) {
                    err.println("未找到园区 " + park + " / no park " + park);
                    return 1;
                }
            }
            write(verdicts, locale);
            summary(verdicts, err);
            return 0;
        } catch (AnalystInputException e) {
            e.report(locale).forEach(err::println);
            return 1;
        } catch (RuleFileException e) {
            err.println("方案文件有误 / scheme file error: " + e.getMessage());
            return 1;
        } catch (InvalidValueException e) {
            err.println(e.message(locale));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The spreadsheet mode: plain engine calls, no application context. */
    private List<Assessed> assessSpreadsheet(java.io.PrintWriter err) {
        SchemeRegistry registry = SchemeRegistry.official();
        SchemeChoice choice = SchemeChoice.parse(scheme, registry);
        // The chosen scheme's facts first, then every other scheme's: a spreadsheet may carry the facts of several
        // schemes, and those the chosen one does not ask for are ignored.
        Map<String, FactDefinition> facts = new LinkedHashMap<>();
        List<Scheme> versions = new ArrayList<>(
                choice instanceof SchemeChoice.FromFile f ? List.of(f.scheme()) : registry.versions(choice.id()));
        versions.addAll(registry.all());
        versions.forEach(s -> s.facts().forEach(d -> facts.putIfAbsent(d.id(), d)));
        SpreadsheetFacts.Sheet sheet = SpreadsheetFacts.read(data, facts, unit);
        if (sheet.years().isEmpty()) {
            throw new IllegalArgumentException(data + ":没有数据行 / no data rows");
        }
        LadderAssessment assessment = new LadderAssessment(registry);
        List<Assessed> out = new ArrayList<>();
        List<String> withoutYear = new ArrayList<>();
        Map<Integer, Integer> atYear = new java.util.TreeMap<>();
        for (EnterpriseFacts f : sheet.facts()) {
            int y;
            if (year != null) {
                if (!f.years().contains(year)) {
                    withoutYear.add(f.creditCode().value());
                    continue;
                }
                y = year;
            } else {
                y = f.years().stream().mapToInt(Integer::intValue).max().orElseThrow();
            }
            atYear.merge(y, 1, Integer::sum);
            Optional<Verdict> v = choice.assess(assessment, f, y);
            v.ifPresent(verdict -> out.add(new Assessed(
                    f.creditCode(),
                    sheet.names().get(f.creditCode()),
                    verdict,
                    gaps ? assessment.gap(verdict, f) : null)));
        }
        if (year == null) {
            StringBuilder b = new StringBuilder();
            atYear.forEach((y, n) ->
                    b.append(b.length() == 0 ? "" : ", ").append(y).append(": ").append(n));
            err.println("未指定 --year:每家企业按其最近的年度评价 / no --year: each enterprise is assessed at its latest" + " year ("
                    + b + ")");
        }
        if (!withoutYear.isEmpty()) {
            err.println(withoutYear.size() + " 家企业没有 " + year + " 年度的数据,未评价 / " + withoutYear.size()
                    + " enterprises have no data for " + year + " and are not assessed: "
                    + String.join(", ", withoutYear.subList(0, Math.min(10, withoutYear.size())))
                    + (withoutYear.size() > 10 ? ", …" : ""));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("没有企业有所评价年度的数据,或该年度没有有效的方案版本 / no enterprise has data for"
                    + " the year assessed, or no version of the scheme is in force then");
        }
        return out;
    }

    /** The registry mode: a non-web application context on the configured database. */
    private List<Assessed> assessRegistry() {
        // Only errors are logged: the verdicts may go to standard output, which must stay a clean CSV or JSON.
        Map<String, Object> quiet = Map.of("logging.level.root", "ERROR", "logging.level.org.flywaydb", "ERROR");
        try (ConfigurableApplicationContext context = Contexts.start(db, quiet, false)) {
            ParkLadder ladder = context.getBean(ParkLadder.class);
            SchemeChoice choice = SchemeChoice.parse(scheme, ladder.assessment().schemes());
            int y;
            if (year != null) {
                y = year;
            } else {
                Optional<Integer> latest = park != null
                        ? ladder.latestYear(ParkScope.ALL, park)
                        : context.getBean(RegistryReads.class).latestReportYear(null, null);
                y = latest.orElseThrow(() -> new IllegalArgumentException(
                        "登记库中没有年报,请用 --year 指定年度" + " / the registry has no annual reports; give --year"));
            }
            return ladder.verdicts(ParkScope.ALL, park, choice, y, gaps).orElse(null);
        }
    }

    private void write(List<Assessed> verdicts, Locale locale) {
        try (OutputStream o = out == null ? new NonClosing(System.out) : Files.newOutputStream(out)) {
            switch (format) {
                case CSV -> VerdictExport.csv(VerdictTable.of(verdicts, locale), o, out != null);
                case XLSX -> VerdictExport.xlsx(VerdictTable.of(verdicts, locale), sheetName(verdicts), o);
                case JSON ->
                    VerdictExport.json(
                            verdicts.stream()
                                    .map(a -> VerdictView.of(a, locale))
                                    .toList(),
                            o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    private String sheetName(List<Assessed> verdicts) {
        Verdict first = verdicts.get(0).verdict();
        return first.schemeId() + "-" + first.year();
    }

    /** A line per outcome on standard error, so that piping the output stays clean. */
    private static void summary(List<Assessed> verdicts, java.io.PrintWriter err) {
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        verdicts.forEach(a -> counts.merge(a.verdict().outcome(), 1, Integer::sum));
        StringBuilder b =
                new StringBuilder("评价 / assessed ").append(verdicts.size()).append(":");
        counts.forEach((o, n) -> b.append(' ')
                .append(o.label().zh())
                .append('/')
                .append(o.label().en())
                .append(' ')
                .append(n));
        err.println(b);
        err.flush();
    }

    /** Standard output that a writer may "close" without closing it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
