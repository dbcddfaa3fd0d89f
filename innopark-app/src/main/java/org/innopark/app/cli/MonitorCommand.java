package org.innopark.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.innopark.app.monitor.AlertFiles;
import org.innopark.app.monitor.MonitorFiles;
import org.innopark.app.monitor.MonitorScans;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.engine.monitor.Alert;
import org.innopark.engine.monitor.EarlyWarning;
import org.innopark.engine.monitor.NaiveRules;
import org.innopark.engine.monitor.Panel;
import org.innopark.engine.monitor.SpringFestival;
import org.innopark.engine.monitor.WarningRules;
import org.innopark.engine.monitor.eval.Evaluation;
import org.innopark.engine.monitor.eval.FaultLabel;
import org.innopark.engine.monitor.eval.GeneratorParameters;
import org.innopark.engine.monitor.eval.LabelledPanel;
import org.innopark.engine.monitor.eval.PanelGenerator;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code monitor}: the early warning (企业运行监测预警) on an analyst's files: scan, evaluate, generate a test panel. */
@Command(
        name = "monitor",
        mixinStandardHelpOptions = true,
        description = "企业运行监测预警 / early warning of enterprises in abnormal operation",
        subcommands = {MonitorCommand.Scan.class, MonitorCommand.Eval.class, MonitorCommand.Generate.class})
final class MonitorCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The rule file and festival table options every subcommand shares. */
    static class RuleOptions {
        @Option(
                names = "--rules",
                paramLabel = "FILE",
                description = "预警规则文件(默认内置 early-warning.yaml)/ the rule file (default: the built-in one)")
        Path rules;

        @Option(
                names = "--festival",
                paramLabel = "FILE",
                description = "春节日期表(默认内置 spring-festival.yaml)/ the Spring Festival table")
        Path festival;

        EarlyWarning warning() {
            return new EarlyWarning(
                    rules == null ? WarningRules.official() : WarningRules.read(rules),
                    festival == null ? SpringFestival.official() : SpringFestival.read(festival));
        }
    }

    /** Runs a body, turning bad input into a message and exit code 1. */
    static int guarded(PrintWriter err, Callable<Integer> body) {
        try {
            return body.call();
        } catch (AnalystInputException e) {
            e.report(Locale.SIMPLIFIED_CHINESE).forEach(err::println);
            return 1;
        } catch (RuleFileException e) {
            err.println("规则文件有误 / rule file error: " + e.getMessage());
            return 1;
        } catch (InvalidValueException e) {
            err.println(e.messageZh() + " / " + e.messageEn());
            return 1;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("失败 / failed: " + e);
            return 1;
        }
    }

    @Command(
            name = "scan",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "回溯扫描月度报表,逐月假定为当月、只用此前数据,输出每条预警 / back-scan monthly reports: every month as if it"
                        + " were the current one, with only the data up to it; one row per alert",
                "  monitor scan --data 月度报表.csv [--enterprises 企业.csv] [--events 信用事件.csv] --format csv|json"
                        + " --out 预警.csv",
                "  monitor scan --park CODE [--store] [--format csv|json] [--out 预警.csv]   (登记库 / the registry)"
            },
            footer = {
                "",
                "月度报表 / PANEL (CSV UTF-8/GBK 或 XLSX): 统一社会信用代码,期间(YYYY-MM),营业收入(万元),纳税总额(万元),"
                        + "社保缴纳人数,用电量(千瓦时);可有其他列(不读取)/ other columns allowed. 空 = 未报 / empty = not reported.",
                "企业 / ENTERPRISES: 统一社会信用代码,企业名称,行业代码(GB/T 4754 大类或更细),成立日期;给出时月度报表中的企业须在其中"
                        + " / when given, every enterprise of the panel must be in it.",
                "信用事件 / EVENTS: 统一社会信用代码,日期,事件类型(列入经营异常名录|移出经营异常名录|列入严重违法失信名单|" + "移出严重违法失信名单),说明.",
                "输出 / output: 统一社会信用代码,期间,规则,严重程度(关注|预警|严重),说明 — 期间为预警发出的月份 / the month the"
                        + " alert would have been raised.",
                "文件有错误时列出全部错误(工作表 行 列 值),不输出任何文件 / a file with errors is rejected with every error"
                        + " (sheet row column value); nothing is written."
            })
    static final class Scan implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", paramLabel = "PANEL", description = "月度报表文件(不使用数据库)/ monthly reports file")
        Path data;

        @Option(
                names = "--park",
                paramLabel = "CODE",
                description = "扫描登记库中该园区的月度报表与信用记录(代替 --data)/ scan the park's monthly reports and credit"
                        + " listings in the registry (instead of --data)")
        String park;

        @Option(
                names = "--store",
                description = "与 --park 同用:保存新预警并立案(同服务器的每月扫描,不重复)/ with --park: store the new alerts"
                        + " and open cases, as the server's monthly scan does (never twice)")
        boolean store;

        @CommandLine.Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Option(names = "--enterprises", paramLabel = "FILE", description = "企业名单 / enterprises")
        Path enterprises;

        @Option(names = "--events", paramLabel = "FILE", description = "信用事件 / credit events")
        Path events;

        @Option(
                names = "--format",
                paramLabel = "csv|json",
                defaultValue = "csv",
                description = "输出格式(默认 ${DEFAULT-VALUE})/ output format")
        AlertFiles.Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "输出文件(默认标准输出)/ output file (default: stdout)")
        Path out;

        @CommandLine.Mixin
        RuleOptionsMixin options = new RuleOptionsMixin();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return guarded(err, () -> {
                if ((data == null) == (park == null)) {
                    err.println("请给出 --data 文件或 --park 园区代码之一 / give either --data FILE or --park CODE");
                    return 2;
                }
                if (park != null && (enterprises != null || events != null)) {
                    err.println("--enterprises 与 --events 只用于 --data;登记库模式读取企业与信用记录 / --enterprises and"
                            + " --events apply to --data; the registry mode reads enterprises and credit records");
                    return 2;
                }
                if (store && park == null) {
                    err.println("--store 只用于 --park / --store applies to --park");
                    return 2;
                }
                if (park != null) {
                    return scanRegistry(err);
                }
                EarlyWarning warning = options.warning();
                long t0 = System.nanoTime();
                MonitorFiles.Input input = MonitorFiles.read(data, enterprises, events);
                long t1 = System.nanoTime();
                List<Alert> alerts = warning.scan(input.panel(), input.events());
                long t2 = System.nanoTime();
                output(alerts, warning.rules());
                summary(err, input.panel(), alerts, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
                return 0;
            });
        }

        private void output(List<Alert> alerts, WarningRules rules) throws java.io.IOException {
            if (out == null) {
                AlertFiles.write(alerts, rules, format, new NonClosingOut());
            } else {
                AlertFiles.write(alerts, rules, format, out);
            }
        }

        /** The registry mode: a non-web application context on the configured database. */
        private int scanRegistry(PrintWriter err) throws java.io.IOException {
            Map<String, Object> quiet = new java.util.HashMap<>();
            quiet.put("logging.level.root", "ERROR");
            quiet.put("logging.level.org.flywaydb", "ERROR");
            quiet.put("innopark.monitor.scan-cron", "-");
            if (options.rules != null) {
                quiet.put(
                        "innopark.monitor.rules-file",
                        options.rules.toAbsolutePath().toString());
            }
            try (ConfigurableApplicationContext context = Contexts.start(db, quiet, false)) {
                if (!context.getBean(RegistryReads.class).parkExists(park)) {
                    err.println("未找到园区 " + park + " / no park " + park);
                    return 1;
                }
                MonitorScans scans = context.getBean(MonitorScans.class);
                long t0 = System.nanoTime();
                MonitorFiles.Input input = scans.input(park);
                long t1 = System.nanoTime();
                EarlyWarning warning = new EarlyWarning(
                        scans.rules(),
                        options.festival == null ? SpringFestival.official() : SpringFestival.read(options.festival));
                List<Alert> alerts = warning.scan(input.panel(), input.events());
                long t2 = System.nanoTime();
                output(alerts, warning.rules());
                summary(err, input.panel(), alerts, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
                if (store) {
                    MonitorScans.Result r = scans.scanAndStore(park, "cli:monitor-scan");
                    err.println("已保存 / stored: 新预警 " + r.newAlerts() + " 条 new alerts, 新立案 " + r.newCases()
                            + " 件 new cases, 并入未办结案件 " + r.joinedCases() + " 条 joined open cases");
                }
                err.flush();
                return 0;
            }
        }

        private static void summary(PrintWriter err, Panel panel, List<Alert> alerts, double read, double scan) {
            Map<String, Integer> byRule = new TreeMap<>();
            alerts.forEach(a -> byRule.merge(a.ruleId(), 1, Integer::sum));
            err.printf(
                    Locale.ROOT,
                    "%d 家企业, %d 个企业月, 预警 %d 条 / %d firms, %d firm-months, %d alerts %s;"
                            + " 读取 read %.2f s, 扫描 scan %.2f s%n",
                    panel.firms().size(),
                    panel.reportedMonths(),
                    alerts.size(),
                    panel.firms().size(),
                    panel.reportedMonths(),
                    alerts.size(),
                    byRule,
                    read,
                    scan);
            err.flush();
        }
    }

    @Command(
            name = "eval",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "在标注面板上评价预警(与朴素规则对比)/ grade the early warning on a labelled panel, beside the naive rules",
                "  生成 / generated:  monitor eval [--seed S] [--runs R] [--firms N] [--months M]",
                "  外部 / external:   monitor eval --data 月度报表.csv --labels 故障标注.csv [--enterprises 企业.csv]"
            },
            footer = {
                "",
                "故障标注 / LABELS: 统一社会信用代码,故障类型(停产|持续下滑|裁员|欠税|报表矛盾|报表中断|断崖下跌),起始期间[,结束期间]"
                        + " (结束期间留空 = 持续到面板末 / empty end = lasts to the panel's end).",
                "预警在故障期间内(至结束后 --grace 个月)发出为真,否则为误报;同一企业同一规则的一段连续预警只计一次 / an alert is"
                        + " true when raised during a labelled fault (up to --grace months after it); an episode counts once.",
                "朴素规则 / naive rules: 营业收入同比 −30%,或社保人数环比 −20%,或当月纳税为零,或缺报一个月."
            })
    static final class Eval implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--seed", defaultValue = "1", description = "随机种子(默认 ${DEFAULT-VALUE})/ seed")
        long seed;

        @Option(names = "--runs", defaultValue = "1", description = "面板数,种子依次加一 / panels, seeds S, S+1, …")
        int runs;

        @Option(names = "--firms", defaultValue = "5000", description = "企业数(默认 ${DEFAULT-VALUE})/ firms")
        int firms;

        @Option(names = "--months", defaultValue = "36", description = "月数(默认 ${DEFAULT-VALUE})/ months")
        int months;

        @Option(
                names = "--mix",
                defaultValue = "default",
                paramLabel = "default|harsh",
                description = "生成面板的企业构成:default,或 harsh(更多按项目结算、按季纳税、新设企业、大额合同、节后流动、迟报与行业下行)"
                        + " / the generated park: default, or harsh (more of every look-alike)")
        String mix;

        @Option(names = "--data", paramLabel = "PANEL", description = "外部月度报表 / an external panel")
        Path data;

        @Option(names = "--labels", paramLabel = "FILE", description = "外部故障标注 / its labels")
        Path labels;

        @Option(names = "--enterprises", paramLabel = "FILE", description = "企业名单 / enterprises")
        Path enterprises;

        @Option(names = "--events", paramLabel = "FILE", description = "信用事件 / credit events")
        Path events;

        @Option(names = "--grace", defaultValue = "3", description = "故障结束后仍计为真的月数 / months after a fault's end")
        int grace;

        @CommandLine.Mixin
        RuleOptionsMixin options = new RuleOptionsMixin();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            return guarded(err, () -> {
                if ((data == null) != (labels == null)) {
                    err.println("--data 与 --labels 须同时给出 / give both --data and --labels");
                    return 2;
                }
                if (firms < 1 || months < 24 || runs < 1) {
                    err.println("--firms ≥ 1, --months ≥ 24, --runs ≥ 1");
                    return 2;
                }
                EarlyWarning warning = options.warning();
                NaiveRules naive = new NaiveRules(warning.rules().statistics().episodeClearMonths());
                List<double[]> figures = new ArrayList<>();
                if (data != null) {
                    MonitorFiles.Input input = MonitorFiles.read(data, enterprises, events);
                    List<FaultLabel> l = MonitorFiles.labels(labels);
                    out.println("外部面板 / external panel " + data + " ("
                            + input.panel().firms().size() + " firms, "
                            + input.panel().reportedMonths() + " firm-months, " + l.size() + " labels)");
                    figures.add(grade(out, warning, naive, input.panel(), input.events(), l));
                } else {
                    if (!mix.equals("default") && !mix.equals("harsh")) {
                        err.println("--mix: default 或 harsh / default or harsh");
                        return 2;
                    }
                    PanelGenerator generator = new PanelGenerator(
                            mix.equals("harsh") ? GeneratorParameters.HARSH : GeneratorParameters.DEFAULTS,
                            warning.festival());
                    for (int r = 0; r < runs; r++) {
                        LabelledPanel lp = generator.generate(seed + r, firms, months);
                        out.println("生成面板 / generated panel (" + mix + "): seed " + (seed + r) + ", " + firms
                                + " firms × " + months
                                + " months (" + lp.panel().reportedMonths() + " firm-months, "
                                + lp.labels().size()
                                + " labels)");
                        figures.add(grade(out, warning, naive, lp.panel(), List.of(), lp.labels()));
                    }
                }
                if (figures.size() > 1) {
                    double[] mean = new double[figures.get(0).length];
                    figures.forEach(f -> {
                        for (int i = 0; i < f.length; i++) {
                            mean[i] += f[i] / figures.size();
                        }
                    });
                    out.printf(
                            Locale.ROOT,
                            "平均 / mean over %d panels: detector recall %.3f precision %.3f F1 %.3f false/1k %.3f;"
                                    + " naive recall %.3f precision %.3f F1 %.3f false/1k %.3f; naive/detector false"
                                    + " alerts %.1f×%n",
                            figures.size(),
                            mean[0],
                            mean[1],
                            mean[2],
                            mean[3],
                            mean[4],
                            mean[5],
                            mean[6],
                            mean[7],
                            mean[7] / mean[3]);
                }
                out.flush();
                return 0;
            });
        }

        private double[] grade(
                PrintWriter out,
                EarlyWarning warning,
                NaiveRules naive,
                Panel panel,
                List<org.innopark.engine.monitor.MonitorEvent> events,
                List<FaultLabel> labels) {
            int last = panel.start() + panel.months() - 1;
            List<Alert> alerts = warning.scan(panel, events);
            Evaluation.Score d = Evaluation.grade(alerts, labels, panel.reportedMonths(), last, grace);
            Evaluation.Score n = Evaluation.grade(naive.scan(panel), labels, panel.reportedMonths(), last, grace);
            out.print(Evaluation.report(d, n));
            out.println();
            return new double[] {
                d.recall(), d.precision(), d.f1(), d.falsePerThousand(),
                n.recall(), n.precision(), n.f1(), n.falsePerThousand()
            };
        }
    }

    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = {
                "生成带故障标注的仿真月度报表(月度报表.csv、企业.csv、故障标注.csv)/ write a labelled synthetic panel",
                "  monitor generate [--seed S] [--firms N] [--months M] --out-dir DIR"
            })
    static final class Generate implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--seed", defaultValue = "1", description = "随机种子 / seed")
        long seed;

        @Option(names = "--firms", defaultValue = "5000", description = "企业数 / firms")
        int firms;

        @Option(names = "--months", defaultValue = "36", description = "月数 / months (ending 2025-12)")
        int months;

        @Option(names = "--out-dir", required = true, paramLabel = "DIR", description = "输出目录 / folder")
        Path folder;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return guarded(err, () -> {
                if (firms < 1 || months < 1) {
                    err.println("--firms ≥ 1, --months ≥ 1");
                    return 2;
                }
                LabelledPanel lp = new PanelGenerator(GeneratorParameters.DEFAULTS, SpringFestival.official())
                        .generate(seed, firms, months);
                AlertFiles.writePanel(lp, folder);
                err.println(folder + ": 月度报表.csv (" + lp.panel().reportedMonths() + " rows), 企业.csv ("
                        + lp.profiles().size() + "), 故障标注.csv (" + lp.labels().size() + ")");
                return 0;
            });
        }
    }

    /** The rule options as a picocli mixin. */
    static final class RuleOptionsMixin extends RuleOptions {}

    /** Standard output that a writer may flush but not close. */
    private static final class NonClosingOut extends java.io.FilterOutputStream {
        NonClosingOut() {
            super(System.out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
