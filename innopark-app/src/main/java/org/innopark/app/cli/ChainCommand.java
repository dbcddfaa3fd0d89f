package org.innopark.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.chain.ChainNotFoundException;
import org.innopark.app.chain.DemoPool;
import org.innopark.app.chain.ParkChains;
import org.innopark.app.chain.PoolImport;
import org.innopark.app.chain.TargetExport;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.ParkScope;
import org.innopark.app.shared.AtomicFile;
import org.innopark.engine.chain.Backtest;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.NodeCoverage;
import org.innopark.engine.chain.ParkPortfolio;
import org.innopark.engine.chain.Target;
import org.innopark.engine.chain.TargetingRules;
import org.innopark.engine.io.ParkFirmsData;
import org.innopark.engine.io.PoolTargets;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chain}: industry chains, a park's coverage and gaps, target enterprises, the back-test, the pool. */
@Command(
        name = "chain",
        mixinStandardHelpOptions = true,
        description = "产业链图谱与招商靶向 / industry chains and target enterprises",
        subcommands = {
            ChainCommand.ListChains.class,
            ChainCommand.Coverage.class,
            ChainCommand.Targets.class,
            ChainCommand.BacktestCommand.class,
            ChainCommand.Pool.class
        })
final class ChainCommand implements Runnable {

    private static final Map<String, Object> QUIET =
            Map.of("logging.level.root", "ERROR", "logging.level.org.flywaydb", "ERROR");

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    /** Runs an action on the registry, turning the chain module's refusals into a message and status 1. */
    interface Action {
        Integer run(ConfigurableApplicationContext context) throws IOException;
    }

    static Integer withContext(DatabaseOptions db, Path chains, Action action) throws IOException {
        Map<String, Object> props = new java.util.HashMap<>(QUIET);
        if (chains != null) {
            props.put("innopark.chain.dir", chains.toAbsolutePath().toString());
        }
        try (ConfigurableApplicationContext context = Contexts.start(db, props, false)) {
            return action.run(context);
        } catch (ChainNotFoundException | IllegalArgumentException | RuleFileException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (org.springframework.beans.factory.BeanCreationException e) {
            Throwable cause = e.getMostSpecificCause();
            System.err.println(cause.getMessage());
            return 1;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "列出产业链与参考目录 / list the chains and reference lists")
    static final class ListChains implements Callable<Integer> {
        @Option(
                names = "--chains",
                paramLabel = "DIR",
                description = "园区自己的产业链文件目录 / directory of the park's own chain files")
        Path chains;

        @Override
        public Integer call() {
            try {
                ChainLibrary library = chains == null ? ChainLibrary.builtIn() : ChainLibrary.withDirectory(chains);
                PrintStream o = out();
                for (IndustryChain c : library.all()) {
                    o.printf(
                            "%-40s %-9s %-10s 节点%3d 关系%3d  %s  [%s; %s]%n",
                            c.id(),
                            c.kind() == IndustryChain.Kind.CHAIN ? "产业链" : "参考目录",
                            c.header().version(),
                            c.nodes().size(),
                            c.edges().size(),
                            c.nameZh(),
                            c.header().confidence().zh(),
                            c.header().source());
                }
                return 0;
            } catch (RuleFileException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "coverage",
            mixinStandardHelpOptions = true,
            description = "园区在产业链各环节的覆盖与缺口(强链/补链/延链) / a park's coverage and gaps along a chain")
    static final class Coverage implements Callable<Integer> {
        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(names = "--chain", required = true, paramLabel = "ID", description = "产业链 id(见 chain list) / chain id")
        String chain;

        @Option(names = "--chains", paramLabel = "DIR", description = "园区自己的产业链文件目录 / the park's own chain files")
        Path chains;

        @Override
        public Integer call() throws IOException {
            return withContext(db, chains, context -> {
                ParkChains.ParkChain pc = context.getBean(ParkChains.class).analyse(ParkScope.ALL, park, chain);
                PrintStream o = out();
                o.printf(
                        "%s · %s (截至 %s; 本区企业 %d 家; 全国候选库 %,d 家)%n",
                        pc.parkName(),
                        pc.chain().nameZh(),
                        pc.asOf(),
                        pc.coverage().parkFirms(),
                        pc.poolSize());
                o.println("环节\t阶段\t企业数\t营收(亿元)\t研发(亿元)\t高企\t专精特新\t区位熵\t判定\t链主\t理由");
                for (NodeCoverage n : pc.coverage().nodes()) {
                    o.printf(
                            Locale.ROOT,
                            "%s\t%s\t%d\t%.2f\t%.2f\t%d\t%d\t%s\t%s\t%s\t%s%n",
                            n.node().name(),
                            n.node().stage().zh(),
                            n.firms(),
                            n.revenue() / 1e8,
                            n.rd() / 1e8,
                            n.highTech(),
                            n.srdi(),
                            Double.isNaN(n.locationQuotient())
                                    ? "-"
                                    : String.format(Locale.ROOT, "%.2f", n.locationQuotient()),
                            n.strength().zh(),
                            String.join(
                                    "、",
                                    n.anchors().stream()
                                            .map(NodeCoverage.Anchor::name)
                                            .toList()),
                            n.reason());
                }
                return 0;
            });
        }
    }

    enum Format {
        table,
        csv,
        xlsx
    }

    @Command(
            name = "targets",
            mixinStandardHelpOptions = true,
            description = {
                "招商靶向: 候选库按贡献加总排名, 每项贡献附中文说明 / target enterprises, each contribution explained",
                "数据库模式 / over the registry:  chain targets --park CODE --chain ID [--top N] [--format table|csv|xlsx]",
                "独立模式 / on files, no database:  chain targets --chain ID --pool 候选库.csv --park-firms 园区企业.csv"
                        + " [--parks CODE,…|all] [--weights FILE] [--as-of DATE] [--top N] [--out FILE]",
                "  (与 innopark-spark.jar targets 同列同结果 / the columns and results of innopark-spark.jar targets)"
            })
    static final class Targets implements Callable<Integer> {
        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Option(names = "--park", paramLabel = "CODE", description = "园区代码(数据库模式必填) / park code (over the registry)")
        String park;

        @Option(
                names = "--pool",
                paramLabel = "FILE",
                description = "独立模式: 全国候选库 CSV(列同 chain pool import) / standalone: the pool as CSV")
        Path pool;

        @Option(
                names = "--park-firms",
                paramLabel = "FILE",
                description = "独立模式: 各园区企业 CSV(园区代码、统一社会信用代码、行业代码、主营产品、营业收入、资质、入驻日期…) / standalone:"
                        + " the parks' enterprises")
        Path parkFirms;

        @Option(
                names = "--parks",
                paramLabel = "CODE,…|all",
                defaultValue = "all",
                description =
                        "独立模式: 为哪些园区排名(默认 all) / standalone: the parks ranked (default: every park of" + " the file)")
        String parks;

        @Option(
                names = "--weights",
                paramLabel = "FILE",
                description = "独立模式: 权重文件(默认内置) / standalone: weights file (default: the built-in)")
        Path weights;

        @Option(names = "--as-of", paramLabel = "DATE", description = "独立模式: 排名日(默认今天) / standalone: day ranked")
        LocalDate asOf;

        @Option(
                names = "--encoding",
                defaultValue = "UTF-8",
                paramLabel = "UTF-8|GBK",
                description = "独立模式: CSV 编码 / standalone: CSV encoding")
        String encoding;

        @Option(names = "--chain", required = true, paramLabel = "ID", description = "产业链 id / chain id")
        String chain;

        @Option(names = "--top", defaultValue = "50", paramLabel = "N", description = "前 N 家(默认 50) / top N")
        int top;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | xlsx")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "输出文件(xlsx 必填) / output file (required for xlsx)")
        Path out;

        @Option(
                names = "--chains",
                paramLabel = "DIR",
                description = "园区自己的产业链与权重文件目录 / the park's own chain and weight files")
        Path chains;

        @Override
        public Integer call() throws IOException {
            if (top < 1 || top > 10_000) {
                System.err.println("--top 应在 1 到 10000 之间 / --top must be 1..10000");
                return 2;
            }
            if (format == Format.xlsx && out == null) {
                System.err.println("--format xlsx 需要 --out FILE / xlsx needs --out FILE");
                return 2;
            }
            if (pool != null || parkFirms != null) {
                return standalone();
            }
            if (park == null) {
                System.err.println("需要 --park CODE(或独立模式的 --pool 与 --park-firms) / give --park CODE, or --pool and"
                        + " --park-firms");
                return 2;
            }
            return withContext(db, chains, context -> {
                List<Target> targets = context.getBean(ParkChains.class).targets(ParkScope.ALL, park, chain, top);
                if (format == Format.table && out == null) {
                    PrintStream o = out();
                    for (Target t : targets) {
                        o.printf(
                                Locale.ROOT,
                                "%3d  %-28s %s  %s  %.2f  %s%n",
                                t.rank(),
                                t.name(),
                                t.city(),
                                String.join("、", t.nodes()),
                                t.score(),
                                t.explanationZh());
                    }
                    return 0;
                }
                write(out, stream -> {
                    if (format == Format.xlsx) {
                        TargetExport.xlsx(park + " · " + chain + " 招商靶向", targets, stream);
                    } else {
                        TargetExport.csv(targets, stream);
                    }
                });
                return 0;
            });
        }

        /**
         * {@code chain targets --pool FILE --park-firms FILE}: the engine's {@link PoolTargets} on the two files, every park
         * asked, the table of {@link org.innopark.engine.io.TargetsTable} as CSV (the Spark job's columns and rows).
         */
        private Integer standalone() throws IOException {
            if (pool == null || parkFirms == null) {
                System.err.println("独立模式需要 --pool 与 --park-firms / the standalone mode needs --pool and --park-firms");
                return 2;
            }
            if (format == Format.xlsx) {
                System.err.println("独立模式输出 CSV / the standalone mode writes CSV");
                return 2;
            }
            ChainLibrary library;
            IndustryChain c;
            TargetingRules rules;
            try {
                library = chains == null ? ChainLibrary.builtIn() : ChainLibrary.withDirectory(chains);
                c = library.find(chain).orElse(null);
                rules = weights == null ? TargetingRules.defaults() : TargetingRules.load(weights);
            } catch (RuleFileException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            if (c == null) {
                System.err.println("未知产业链 " + chain + " / unknown chain " + chain);
                return 2;
            }
            java.nio.charset.Charset charset = java.nio.charset.Charset.forName(encoding);
            List<Object[]> rows;
            try {
                List<String[]> parkRows = csvRows(parkFirms, charset);
                List<ParkPortfolio> portfolios;
                try {
                    portfolios = ParkFirmsData.portfolios(
                            ParkFirmsData.layout(List.of(parkRows.remove(0))),
                            parkRows,
                            c,
                            new org.innopark.engine.chain.ProductDictionary(library.chains()));
                } catch (InvalidValueException e) {
                    throw new InvalidValueException(
                            parkFirms.getFileName() + ": " + e.messageZh(),
                            parkFirms.getFileName() + ": " + e.messageEn());
                }
                List<String[]> poolRows = csvRows(pool, charset);
                org.innopark.engine.chain.CandidatePool candidates;
                try {
                    candidates = PoolTargets.pool(
                            new org.innopark.engine.chain.ProductDictionary(library.chains()),
                            List.of(poolRows.remove(0)),
                            poolRows);
                } catch (InvalidValueException e) {
                    throw new InvalidValueException(
                            pool.getFileName() + ": " + e.messageZh(), pool.getFileName() + ": " + e.messageEn());
                }
                List<String> asked = parks.equalsIgnoreCase("all")
                        ? null
                        : java.util.Arrays.stream(parks.split(","))
                                .map(String::strip)
                                .filter(x -> !x.isEmpty())
                                .toList();
                rows = PoolTargets.rank(
                        candidates,
                        portfolios,
                        new PoolTargets.Request(c, asked, rules, asOf == null ? LocalDate.now() : asOf, top));
            } catch (InvalidValueException e) {
                System.err.println(e.messageZh());
                System.err.println(e.messageEn());
                System.err.println("未写出任何结果 / nothing was written");
                return 2;
            }
            write(out, stream -> TargetExport.table(rows, stream));
            return 0;
        }

        /** A CSV file's records (the header first), every cell as text; an empty file is an error. */
        private static List<String[]> csvRows(Path file, java.nio.charset.Charset charset) throws IOException {
            List<String[]> rows = new ArrayList<>();
            try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader =
                    de.siegmar.fastcsv.reader.CsvReader.builder()
                            .allowMissingFields(true)
                            .allowExtraFields(true)
                            .detectBomHeader(true)
                            .ofCsvRecord(file, charset)) {
                for (de.siegmar.fastcsv.reader.CsvRecord r : reader) {
                    rows.add(r.getFields().toArray(String[]::new));
                }
            }
            if (rows.isEmpty()) {
                throw new InvalidValueException(
                        file.getFileName() + ": 文件为空", file.getFileName() + ": the file is empty");
            }
            return rows;
        }
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside the target and moves it into place: nothing half-written. */
    static void write(Path out, Writer writer) throws IOException {
        if (out == null) {
            writer.write(System.out);
            System.out.flush();
            return;
        }
        AtomicFile.write(out, writer::write);
    }

    @Command(
            name = "backtest",
            mixinStandardHelpOptions = true,
            description = {
                "回测: 冻结T0时的园区与候选库, 隐藏(T0,T1]的入驻, 比较推荐与基线的 Recall@K、NDCG@K、AUC",
                "back-test: freeze at T0, hide the arrivals in (T0, T1], compare the recommender with the baselines"
            })
    static final class BacktestCommand implements Callable<Integer> {
        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Option(
                names = "--park",
                required = true,
                paramLabel = "CODE",
                description = "园区代码(ALL: 每个园区) / park code (ALL: every park)")
        String park;

        @Option(
                names = "--chain",
                required = true,
                paramLabel = "ID",
                description = "产业链 id(ALL: 每条产业链) / chain id (ALL: every chain)")
        String chain;

        @Option(
                names = "--t0",
                required = true,
                split = ",",
                paramLabel = "DATE",
                description = "冻结日(可多个, 逗号分隔) / freeze day(s)")
        List<LocalDate> t0;

        @Option(
                names = "--t1",
                paramLabel = "DATE",
                description = "窗口末日(默认 T0 + 1 年) / end of the window (default T0 + 1 year)")
        LocalDate t1;

        @Option(
                names = "--chains",
                paramLabel = "DIR",
                description = "园区自己的产业链与权重文件目录 / the park's own chain and weight files")
        Path chains;

        @Override
        public Integer call() throws IOException {
            return withContext(db, chains, context -> {
                ParkChains chainsService = context.getBean(ParkChains.class);
                List<String> parks = park.equals("ALL")
                        ? context.getBean(org.innopark.app.registry.RegistryReads.class)
                                .parkCodes()
                        : List.of(park);
                List<String> ids = chain.equals("ALL")
                        ? chainsService.chains().stream().map(IndustryChain::id).toList()
                        : List.of(chain);
                PrintStream o = out();
                o.println(
                        "park\tchain\tT0\tT1\tcandidates\tarrivals\tmethod\tRecall@50\tRecall@100\tRecall@200\tNDCG@100\tAUC");
                List<double[]> ratios = new ArrayList<>();
                Map<String, double[]> sums = new java.util.LinkedHashMap<>();
                int windows = 0;
                for (String p : parks) {
                    for (String c : ids) {
                        for (LocalDate from : t0) {
                            LocalDate to = t1 != null && t0.size() == 1 ? t1 : from.plusYears(1);
                            Backtest.Result r = chainsService.backtest(p, c, from, to);
                            for (Backtest.MethodResult m : r.methods()) {
                                o.printf(
                                        Locale.ROOT,
                                        "%s\t%s\t%s\t%s\t%d\t%d\t%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f%n",
                                        p,
                                        c,
                                        from,
                                        to,
                                        r.candidates(),
                                        r.arrivals(),
                                        m.method(),
                                        m.recall().get(50),
                                        m.recall().get(100),
                                        m.recall().get(200),
                                        m.ndcg().get(100),
                                        m.auc());
                                if (r.arrivals() > 0) {
                                    double[] s = sums.computeIfAbsent(m.method(), k -> new double[4]);
                                    s[0] += m.recall().get(100);
                                    s[1] += m.ndcg().get(100);
                                    s[2] += m.auc();
                                    s[3]++;
                                }
                            }
                            if (r.arrivals() > 0) {
                                windows++;
                                ratios.add(new double[] {
                                    r.method("recommender").recall().get(100), r.bestBaselineRecall(100)
                                });
                            }
                        }
                    }
                }
                o.printf("%n均值(有入驻的窗口 %d 个) / mean over %d windows with arrivals:%n", windows, windows);
                for (Map.Entry<String, double[]> e : sums.entrySet()) {
                    double[] s = e.getValue();
                    o.printf(
                            Locale.ROOT,
                            "  %-12s %-16s Recall@100 %.4f  NDCG@100 %.4f  AUC %.4f%n",
                            e.getKey(),
                            Backtest.METHOD_ZH.get(e.getKey()),
                            s[0] / s[3],
                            s[1] / s[3],
                            s[2] / s[3]);
                }
                return 0;
            });
        }
    }

    @Command(
            name = "pool",
            mixinStandardHelpOptions = true,
            description = {
                "全国候选企业库: pool demo [--size N] 生成演示库; pool import FILE 导入企查查/天眼查等导出;",
                "  pool signals FILE 导入扩张信号(统一社会信用代码,信号类型,日期[,说明])",
                "the national candidate pool: generate the demo pool, import a commercial-data export, or import",
                "  expansion signals (credit code, signal: 新设分支|融资|招聘扩张|购地, date[, note])"
            })
    static final class Pool implements Callable<Integer> {
        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Parameters(index = "0", paramLabel = "demo|import|signals", description = "demo | import | signals")
        String action;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "导入文件(XLSX/CSV) / file to import")
        Path file;

        @Option(
                names = "--size",
                defaultValue = "" + DemoPool.DEFAULT_SIZE,
                description = "演示库企业数(默认 100000) / demo pool size")
        int size;

        @Option(names = "--seed", defaultValue = "20261202", description = "随机种子 / seed")
        long seed;

        @Override
        public Integer call() throws IOException {
            if (!action.equals("demo") && !((action.equals("import") || action.equals("signals")) && file != null)) {
                System.err.println(
                        "用法 / usage: chain pool demo [--size N] | chain pool import FILE | chain pool signals FILE");
                return 2;
            }
            return withContext(db, null, context -> {
                if (action.equals("demo")) {
                    int moved = context.getBean(DemoPool.class).load(size, seed, System.out);
                    out().printf("候选库 / pool: %,d 家, 其中 %,d 家迁入演示园区 / moved into a demo park%n", size, moved);
                    return 0;
                }
                try {
                    if (action.equals("signals")) {
                        int n = context.getBean(PoolImport.class).importSignals(file);
                        out().printf("已导入扩张信号 / signals imported: %,d%n", n);
                        return 0;
                    }
                    int n = context.getBean(PoolImport.class).importFile(file);
                    out().printf("已导入候选企业 / imported: %,d%n", n);
                    return 0;
                } catch (AnalystInputException e) {
                    e.report(Locale.CHINA).forEach(System.err::println);
                    return 1;
                }
            });
        }
    }
}
