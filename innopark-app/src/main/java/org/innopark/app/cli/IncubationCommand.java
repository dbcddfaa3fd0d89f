package org.innopark.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.incubation.Incubation;
import org.innopark.app.incubation.IncubationException;
import org.innopark.app.incubation.IncubationImport;
import org.innopark.app.incubation.IncubationViews;
import org.innopark.app.incubation.TorchSurvey;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.shared.AtomicFile;
import org.innopark.engine.incubation.RecognitionAssessment;
import org.innopark.engine.incubation.SurveyForms;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code incubation}: the carriers' tenancies and the Torch carrier survey: import the 名册 and the figures, the park's
 * funnel and gaps, the survey workbook, the survey's checks (of the registry or of a filled workbook, standalone).
 */
@Command(
        name = "incubation",
        mixinStandardHelpOptions = true,
        description = "孵化育成: 入孵企业、毕业、国家级认定差距、火炬统计表 / incubation: tenancies, graduation, gaps, the Torch survey",
        subcommands = {
            IncubationCommand.Import.class,
            IncubationCommand.StatusCommand.class,
            IncubationCommand.Survey.class,
            IncubationCommand.Check.class,
            IncubationCommand.Template.class
        })
final class IncubationCommand implements Runnable {

    private static final Map<String, Object> QUIET =
            Map.of("logging.level.root", "ERROR", "logging.level.org.flywaydb", "ERROR");

    /** The exit code when the survey's checks find a carrier whose figures break one. */
    static final int CHECKS_FAILED = 2;

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    interface Action {
        Integer run(ConfigurableApplicationContext context) throws IOException;
    }

    static Integer withContext(DatabaseOptions db, Action action) throws IOException {
        try (ConfigurableApplicationContext context = Contexts.start(db, QUIET, false)) {
            return action.run(context);
        } catch (IncubationException e) {
            e.problems().forEach(System.err::println);
            return 1;
        } catch (IncubationException.NotFound | RuleFileException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (AnalystInputException e) {
            e.report(Locale.CHINA).forEach(System.err::println);
            return 1;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "导入入孵企业名册(默认)或载体填报数据(--figures); 有任何错误则整个文件不写入",
                "import the tenancies (default) or the carriers' figures (--figures); any error rejects the whole file"
            })
    static final class Import implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(names = "--figures", description = "载体填报数据(火炬统计, 千元) / the carriers' declared figures")
        boolean figures;

        @Parameters(paramLabel = "FILE", description = "XLSX 或 CSV (UTF-8/GBK) / XLSX or CSV")
        Path file;

        @Override
        public Integer call() throws IOException {
            return withContext(db, context -> {
                IncubationImport imports = context.getBean(IncubationImport.class);
                PrintStream o = ChainCommand.out();
                if (figures) {
                    int n = imports.figures(PipelineCommand.actor(), park, file);
                    o.printf("写入 %d 行载体填报数据 / %d carrier-years written%n", n, n);
                } else {
                    IncubationImport.Result r = imports.tenancies(PipelineCommand.actor(), park, file);
                    o.printf(
                            "新增 %d 条, 更新 %d 条, 状态变更 %d 次 / created %d, updated %d, moved %d%n",
                            r.created(), r.updated(), r.moved(), r.created(), r.updated(), r.moved());
                }
                return 0;
            });
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = {
                "园区孵化漏斗、各载体 KPI、超期未毕业、毕业候选与国家级认定差距",
                "the park's funnel, each carrier's KPIs, overdue incubatees, graduation candidates and gaps"
            })
    static final class StatusCommand implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "截至日期(默认今天) / as of (default today)")
        LocalDate asOf;

        @Override
        public Integer call() throws IOException {
            return withContext(db, context -> {
                Incubation incubation = context.getBean(Incubation.class);
                if (!context.getBean(RegistryReads.class).parkExists(park)) {
                    System.err.println("无此园区 / no such park: " + park);
                    return 1;
                }
                IncubationViews.ParkView v = incubation.park(park, asOf == null ? incubation.today() : asOf);
                PrintStream o = ChainCommand.out();
                o.printf("%s 孵化育成 / incubation, 截至 %s%n", park, v.asOf());
                for (IncubationViews.FunnelStep s : v.funnel()) {
                    o.printf("  %-10s %6d%n", s.nameZh(), s.count());
                }
                o.printf("超期未毕业 / overdue: %d%n", v.overdue());
                for (IncubationViews.CarrierSummary c : v.carriers()) {
                    o.printf(
                            "%n%s (%s, %s) 在孵 %d, 累计毕业 %d, 毕业率 %s, 留区率 %s, 每千m² %s, 毕业候选 %d, 超期 %d%s%n",
                            c.name(),
                            c.typeZh(),
                            c.level(),
                            c.kpis().incubatees(),
                            c.kpis().graduates(),
                            c.kpis().graduationRate().percent(),
                            c.kpis().retention().percent(),
                            c.kpis().perThousandM2().value() == null
                                    ? "—"
                                    : c.kpis().perThousandM2().value().toPlainString(),
                            c.candidates(),
                            c.overdue(),
                            c.grade() == null ? "" : ", 评价(园区内排名) " + c.grade());
                    if (c.recognition() != null) {
                        o.printf(
                                "  国家级(%s) / national: %s%n",
                                c.recognition().variantZh(), c.recognition().status());
                        for (RecognitionAssessment.ThresholdResult t :
                                c.recognition().thresholds()) {
                            if (t.status() != Status.PASS) {
                                o.printf("    %s %s: %s%n", t.status() == Status.FAIL ? "✗" : "?", t.nameZh(), gap(t));
                            }
                        }
                    }
                }
                return 0;
            });
        }

        private static String gap(RecognitionAssessment.ThresholdResult t) {
            if (t.actual() == null) {
                return t.alternatives().isEmpty() ? "数据未填报 / not reported" : "任一项数据未填报 / not reported";
            }
            return "现为 " + t.actual().stripTrailingZeros().toPlainString() + ", 需 "
                    + t.required().toPlainString() + ", 差 "
                    + t.gap().stripTrailingZeros().toPlainString() + " " + t.unit();
        }
    }

    @Command(
            name = "survey",
            mixinStandardHelpOptions = true,
            description = {
                "生成火炬统计 科技企业孵化器 与 众创空间 统计表 XLSX(金额千元), 并列出不通过校验的载体及原因",
                "write the Torch incubator and maker-space tables as XLSX (money in 千元) and list the checks broken"
            })
    static final class Survey implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "统计年度 / survey year")
        int year;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件 / output file")
        Path out;

        @Override
        public Integer call() throws IOException {
            return withContext(db, context -> {
                RegistryReads registry = context.getBean(RegistryReads.class);
                if (!registry.parkExists(park)) {
                    System.err.println("无此园区 / no such park: " + park);
                    return 1;
                }
                List<IncubationViews.SurveyTable> tables =
                        context.getBean(TorchSurvey.class).tables(park, year);
                AtomicFile.write(
                        out,
                        s -> TorchSurvey.xlsx(tables, registry.parkName(park).orElse(park), s));
                PrintStream o = ChainCommand.out();
                o.printf("已写出 / written: %s%n", out);
                return report(o, tables) ? 0 : CHECKS_FAILED;
            });
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "校验火炬统计表: --data FILE.xlsx 校验已填写的统计表(无需数据库), 否则校验登记库中园区的数据;" + " 全部通过返回0, 有载体不通过返回2",
                "check the Torch survey tables of a filled workbook (--data, standalone) or of the park in the registry;"
                        + " exit 0 when every check passes, 2 when a carrier breaks one"
            })
    static final class Check implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--data", paramLabel = "FILE.xlsx", description = "已填写的统计表 / a filled workbook")
        Path data;

        @Option(names = "--park", paramLabel = "CODE", description = "园区代码(不用 --data 时) / park code")
        String park;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "统计年度 / survey year")
        int year;

        @Option(names = "--forms", paramLabel = "FILE", description = "自定义统计表规则文件 / own survey-forms file")
        Path forms;

        @Override
        public Integer call() throws IOException {
            if (data != null) {
                try {
                    SurveyForms f = forms == null ? SurveyForms.builtIn() : SurveyForms.load(forms);
                    if (!Files.isRegularFile(data)) {
                        System.err.println("找不到文件 / no such file: " + data);
                        return 1;
                    }
                    List<IncubationViews.SurveyTable> tables;
                    try (InputStream in = Files.newInputStream(data)) {
                        tables = TorchSurvey.read(f, year, in);
                    } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
                        System.err.println(data + ": 不是 XLSX 文件 / not an XLSX workbook");
                        return 1;
                    }
                    if (tables.isEmpty()) {
                        System.err.println(data + ": 没有统计表工作表(应为 "
                                + String.join(
                                        "、",
                                        f.forms().stream()
                                                .map(SurveyForms.Form::nameZh)
                                                .toList()) + ") / no survey sheet");
                        return 1;
                    }
                    return report(ChainCommand.out(), tables) ? 0 : CHECKS_FAILED;
                } catch (IncubationException e) {
                    e.problems().forEach(System.err::println);
                    return 1;
                } catch (RuleFileException e) {
                    System.err.println(e.getMessage());
                    return 1;
                }
            }
            if (park == null) {
                System.err.println("需要 --data FILE.xlsx 或 --park CODE / give --data FILE.xlsx or --park CODE");
                return 1;
            }
            return withContext(db, context -> {
                if (!context.getBean(RegistryReads.class).parkExists(park)) {
                    System.err.println("无此园区 / no such park: " + park);
                    return 1;
                }
                return report(
                                ChainCommand.out(),
                                context.getBean(TorchSurvey.class).tables(park, year))
                        ? 0
                        : CHECKS_FAILED;
            });
        }
    }

    /** Prints each table's carriers and the checks broken; true when none is. */
    static boolean report(PrintStream o, List<IncubationViews.SurveyTable> tables) {
        boolean ok = true;
        for (IncubationViews.SurveyTable t : tables) {
            o.printf(
                    "%s (%d年度): %d 个载体 / carriers%n",
                    t.form().nameZh(), t.year(), t.rows().size());
            for (IncubationViews.SurveyRow r : t.rows()) {
                for (SurveyForms.Failure f : r.failures()) {
                    ok = false;
                    o.printf("  ✗ %s — %s: %s%n", r.carrier(), f.nameZh(), f.reasonZh());
                }
            }
        }
        o.println(ok ? "校验全部通过 / every check passes" : "有载体未通过校验 / some carriers break a check");
        return ok;
    }

    @Command(
            name = "template",
            mixinStandardHelpOptions = true,
            description = {"写出导入模板: tenancies(入孵企业名册)或 figures(载体填报数据)", "write an import template"})
    static final class Template implements Callable<Integer> {
        @Parameters(paramLabel = "KIND", description = "tenancies | figures")
        String kind;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件 / output file")
        Path out;

        @Override
        public Integer call() throws IOException {
            AnalystSheet.Spec spec = switch (kind) {
                case "tenancies" -> IncubationImport.TENANCIES;
                case "figures" -> IncubationImport.figuresSpec(SurveyForms.builtIn());
                default -> null;
            };
            if (spec == null) {
                System.err.println("未知的模板 '" + kind + "', 可选: tenancies, figures / unknown template");
                return 1;
            }
            AtomicFile.write(out, s -> AnalystSheet.template(spec, s));
            ChainCommand.out().printf("已写出 / written: %s%n", out);
            return 0;
        }
    }
}
