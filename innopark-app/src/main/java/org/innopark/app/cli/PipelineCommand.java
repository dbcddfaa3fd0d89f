package org.innopark.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.pipeline.FunnelExport;
import org.innopark.app.pipeline.Pipeline;
import org.innopark.app.pipeline.PipelineException;
import org.innopark.app.pipeline.PipelineImport;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.Role;
import org.innopark.app.shared.AtomicFile;
import org.innopark.engine.pipeline.Funnel;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pipeline}: the 招商项目库: import a park's spreadsheet, the funnel of a year, the stale-lead sweep, the template. */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description = "招商项目库 / the investment-project pipeline",
        subcommands = {
            PipelineCommand.Import.class,
            PipelineCommand.FunnelCommand.class,
            PipelineCommand.Sweep.class,
            PipelineCommand.Template.class,
            PipelineCommand.DedupEval.class
        })
final class PipelineCommand implements Runnable {

    private static final Map<String, Object> QUIET =
            Map.of("logging.level.root", "ERROR", "logging.level.org.flywaydb", "ERROR");

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    interface Action {
        Integer run(ConfigurableApplicationContext context) throws IOException;
    }

    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    static Integer withContext(DatabaseOptions db, Path stages, Action action) throws IOException {
        Map<String, Object> props = new HashMap<>(QUIET);
        if (stages != null) {
            props.put("innopark.pipeline.dir", stages.toAbsolutePath().toString());
        }
        try (ConfigurableApplicationContext context = Contexts.start(db, props, false)) {
            return action.run(context);
        } catch (PipelineException e) {
            e.problems().forEach(System.err::println);
            return 1;
        } catch (PipelineException.NotFound | RuleFileException | IllegalArgumentException e) {
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
                "导入园区已有的项目库表格(XLSX/CSV), 按项目编号新增或更新; 有任何错误则整个文件不写入",
                "import a park's project spreadsheet, upserting by project number; any error rejects the whole file"
            })
    static final class Import implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(names = "--stages", paramLabel = "DIR", description = "园区阶段文件目录 / the parks' stage files")
        Path stages;

        @Parameters(paramLabel = "FILE", description = "项目库表格 / the spreadsheet")
        Path file;

        @Override
        public Integer call() throws IOException {
            return withContext(db, stages, context -> {
                PipelineImport.Result r = context.getBean(PipelineImport.class).importFile(actor(), park, file);
                PrintStream o = ChainCommand.out();
                r.warnings().forEach(w -> o.println("提醒 / warning: " + w));
                o.printf(
                        "新增 %d 个, 更新 %d 个, 阶段变更 %d 次 / created %d, updated %d, moved %d%n",
                        r.created(), r.updated(), r.moved(), r.created(), r.updated(), r.moved());
                return 0;
            });
        }
    }

    @Command(
            name = "funnel",
            mixinStandardHelpOptions = true,
            description = {
                "招商漏斗与指标: 各阶段项目数, 签约项目数与金额, 超亿元项目数, 落地率/开工率/投产率, 到资率, 各阶段平均天数",
                "the funnel and figures of a year; --out FILE.xlsx writes the monthly report"
            })
    static final class FunnelCommand implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年份 / year")
        int year;

        @Option(names = "--stages", paramLabel = "DIR", description = "园区阶段文件目录 / the parks' stage files")
        Path stages;

        @Option(names = "--out", paramLabel = "FILE", description = "写出 XLSX / write the XLSX")
        Path out;

        @Override
        public Integer call() throws IOException {
            return withContext(db, stages, context -> {
                Account cli = new Account(actor(), Role.SYSTEM_ADMIN, null, null, true);
                Funnel.Report r = context.getBean(Pipeline.class).funnel(cli, park, year);
                if (out != null) {
                    AtomicFile.write(out, s -> FunnelExport.xlsx(park + " 招商项目统计 " + year, r, s));
                }
                print(ChainCommand.out(), park, year, r.total());
                return 0;
            });
        }
    }

    static void print(PrintStream o, String park, int year, Funnel.Figures f) {
        o.printf("%s %d年 招商项目 / pipeline (项目 %d 个)%n", park, year, f.projects());
        o.printf("%-8s %8s %8s %10s%n", "阶段", "本年进入", "当前", "平均天数");
        for (Funnel.StageCount s : f.stages()) {
            Double d = f.averageDays().get(s.code());
            o.printf(
                    "%-8s %8d %8d %10s%n",
                    s.zh(), s.reached(), s.current(), d == null ? "—" : String.format(Locale.ROOT, "%.1f", d));
        }
        o.printf(
                "签约项目数 %d 个, 签约金额 %s 亿元, 超亿元项目 %d 个%n",
                f.signed(), FunnelExport.yiText(f.signedYuan()), f.bigProjects());
        for (Funnel.RateValue v : f.rates()) {
            o.printf(
                    "%s %s (%d/%d)%n",
                    v.zh(),
                    v.value() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", v.value() * 100),
                    v.numerator(),
                    v.denominator());
        }
        o.printf(
                "到资额 %s 亿元, 到资率 %s%n",
                FunnelExport.yiText(f.fundsYuan()),
                f.fundsRate() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", f.fundsRate() * 100));
    }

    @Command(
            name = "sweep",
            mixinStandardHelpOptions = true,
            description = {"线索回收: 提醒久未跟进的线索, 超期退回公海", "remind stale leads, return the overdue ones to the pool"})
    static final class Sweep implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(names = "--stages", paramLabel = "DIR", description = "园区阶段文件目录 / the parks' stage files")
        Path stages;

        @Override
        public Integer call() throws IOException {
            return withContext(db, stages, context -> {
                Pipeline p = context.getBean(Pipeline.class);
                p.checkStaff(new Account(actor(), Role.SYSTEM_ADMIN, null, null, true), park);
                var counts = p.sweep(actor(), park);
                ChainCommand.out()
                        .println("提醒 / reminded: "
                                + counts.getOrDefault(org.innopark.engine.pipeline.StaleRule.Action.REMIND, 0)
                                + ", 退回公海 / returned to the pool: "
                                + counts.getOrDefault(org.innopark.engine.pipeline.StaleRule.Action.RETURN_TO_POOL, 0));
                return 0;
            });
        }
    }

    @Command(
            name = "template",
            mixinStandardHelpOptions = true,
            description = {"写出项目库导入模板(XLSX)", "write the import template (XLSX)"})
    static final class Template implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "输出文件 / output file")
        Path out;

        @Override
        public Integer call() throws IOException {
            AtomicFile.write(out, s -> AnalystSheet.template(PipelineImport.SPEC, s));
            return 0;
        }
    }

    @Command(
            name = "dedup-eval",
            mixinStandardHelpOptions = true,
            description = {
                "查重评估: 在独立生成的投资方名称对上比较精确匹配、简单归一化与本系统的归一化和相近提醒, 并计时(无需数据库)",
                "evaluate the duplicate check on independently generated name pairs, beside baselines, and time it"
            })
    static final class DedupEval implements Callable<Integer> {
        @Option(names = "--pairs", defaultValue = "5000", description = "重复对与非重复对各多少 / pairs of each kind")
        int pairs;

        @Option(names = "--seed", defaultValue = "20261202", description = "随机种子 / seed")
        long seed;

        @Option(names = "--existing", defaultValue = "10000", description = "计时用的在库项目数 / projects for timing")
        int existing;

        @Override
        public Integer call() {
            PrintStream o = ChainCommand.out();
            var scheme = org.innopark.engine.pipeline.StageSchemes.shipped();
            var data = org.innopark.engine.pipeline.DedupEvaluation.pairs(pairs, seed);
            o.printf("%-34s %7s %7s %7s %9s %7s %7s%n", "method", "TP", "FP", "FN", "precision", "recall", "F1");
            for (var sc : org.innopark.engine.pipeline.DedupEvaluation.evaluate(data, scheme.nearThreshold())) {
                o.printf(
                        Locale.ROOT,
                        "%-34s %7d %7d %7d %9.3f %7.3f %7.3f%n",
                        sc.method(),
                        sc.tp(),
                        sc.fp(),
                        sc.fn(),
                        sc.precision(),
                        sc.recall(),
                        sc.f1());
            }
            var stock = new java.util.ArrayList<org.innopark.engine.pipeline.Duplicates.Existing>();
            var names = org.innopark.engine.pipeline.DedupEvaluation.pairs(existing / 2 + 1, seed + 1);
            for (int i = 0; i < existing; i++) {
                var p = names.get(i);
                stock.add(new org.innopark.engine.pipeline.Duplicates.Existing("P" + i, "项目" + i, p.a(), null));
            }
            long[] times = new long[21];
            for (int run = 0; run < times.length; run++) {
                long start = System.nanoTime();
                org.innopark.engine.pipeline.Duplicates.find(
                        "NEW", data.get(run).a(), null, stock, scheme.nearThreshold());
                times[run] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            o.printf(
                    Locale.ROOT,
                    "duplicate check against %,d projects: median %.1f ms (21 runs)%n",
                    existing,
                    times[times.length / 2] / 1e6);
            return 0;
        }
    }
}
