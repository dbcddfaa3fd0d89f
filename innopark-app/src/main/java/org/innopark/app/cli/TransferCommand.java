package org.innopark.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.transfer.MatchFile;
import org.innopark.app.transfer.TransferFiles;
import org.innopark.app.transfer.TransferSearch;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.transfer.BgeEmbedder;
import org.innopark.engine.transfer.EnterpriseFinder;
import org.innopark.engine.transfer.IndustryAffinity;
import org.innopark.engine.transfer.MatchingSettings;
import org.innopark.engine.transfer.ObjectType;
import org.innopark.engine.transfer.TechDemand;
import org.innopark.engine.transfer.TransferEvaluation;
import org.innopark.engine.transfer.TransferItem;
import org.innopark.engine.transfer.TransferMatcher;
import org.innopark.engine.transfer.TransferMatcher.Method;
import org.innopark.engine.transfer.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code transfer}: technology transfer (科技成果转化). {@code match} ranks results, experts and instruments for every
 * demand of an analyst's files; {@code eval} measures the matching on a labelled set beside the smartcn BM25
 * baseline. Both run without a database or an application context.
 */
@Command(
        name = "transfer",
        mixinStandardHelpOptions = true,
        description = "科技成果转化:需求与成果、专家、仪器的匹配 / technology transfer: matching demands with results,"
                + " experts and instruments",
        subcommands = {
            TransferCommand.MatchCommand.class,
            TransferCommand.EnterprisesCommand.class,
            TransferCommand.EvalCommand.class,
            TransferCommand.ReindexCommand.class,
            ContractsCommand.class
        })
final class TransferCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The vocabulary and settings options shared by the subcommands. */
    static class Data {
        @Option(
                names = "--vocabulary",
                paramLabel = "FILE",
                description = "词表文件(默认内置 vocabulary-2026)/ vocabulary file (default: the built-in one)")
        Path vocabulary;

        @Option(
                names = "--settings",
                paramLabel = "FILE",
                description = "匹配参数文件(默认内置 matching-2026)/ matching settings file (default: the built-in one)")
        Path settings;

        Vocabulary vocabulary() {
            return vocabulary == null ? Vocabulary.builtIn() : Vocabulary.load(vocabulary);
        }

        MatchingSettings settings() {
            return settings == null ? MatchingSettings.builtIn() : MatchingSettings.load(settings);
        }
    }

    /**
     * Runs a subcommand's work, reporting a bad file or settings as an error with exit code 1. The model's libraries
     * (DJL, ONNX Runtime) log only errors: without an application context, logging goes to standard output, which
     * may be the match file.
     */
    static int guarded(PrintWriter err, Callable<Integer> work) {
        for (String name : new String[] {"ai.djl", "ai.onnxruntime", "dev.langchain4j", "org.apache.lucene"}) {
            if (org.slf4j.LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger l) {
                l.setLevel(ch.qos.logback.classic.Level.ERROR);
            }
        }
        try {
            return work.call();
        } catch (AnalystInputException e) {
            e.report(Locale.SIMPLIFIED_CHINESE).forEach(err::println);
            return 1;
        } catch (RuleFileException e) {
            err.println("词表或参数文件有误 / vocabulary or settings file error: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("失败 / failed: " + e);
            return 1;
        }
    }

    static Map<ObjectType, List<TransferItem>> pools(Path results, Path experts, Path instruments) {
        Map<ObjectType, List<TransferItem>> pools = new EnumMap<>(ObjectType.class);
        if (results != null) {
            pools.put(ObjectType.RESULT, TransferFiles.results(results));
        }
        if (experts != null) {
            pools.put(ObjectType.EXPERT, TransferFiles.experts(experts));
        }
        if (instruments != null) {
            pools.put(ObjectType.INSTRUMENT, TransferFiles.instruments(instruments));
        }
        return pools;
    }

    static List<TransferItem> all(Map<ObjectType, List<TransferItem>> pools) {
        List<TransferItem> all = new ArrayList<>();
        pools.values().forEach(all::addAll);
        return all;
    }

    @Command(
            name = "match",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "为每条需求排出成果、专家、仪器(不使用数据库)/ rank results, experts and instruments for every demand (no" + " database)",
                "  transfer match --results R.csv --experts E.csv --instruments I.csv --demands D.csv --top 10"
                        + " --format csv --out OUT.csv"
            },
            footer = {
                "",
                "列 / columns (CSV UTF-8/GBK 或 XLSX,全部必填,编号唯一 / all required, ids unique):",
                "  成果 results:     成果编号,成果名称,成果简介,关键词,技术领域,持有单位,所处阶段",
                "  专家 experts:     专家编号,姓名,单位,职称,研究方向,代表成果",
                "  仪器 instruments: 仪器编号,仪器名称,主要功能,技术指标,所属单位,分类",
                "  需求 demands:     需求编号,需求名称,需求描述,企业名称,所属行业",
                "输出 / output: 需求编号,对象类型(成果/专家/仪器),对象编号,排名,得分,依据 —— 每条需求每类对象至多 --top 行 /"
                        + " at most --top rows per demand and object type.",
                "文件有错误时列出全部错误(文件 行 列 值),不写输出 / a file with errors is rejected with every error listed"
                        + " (file row column value); nothing is written."
            })
    static final class MatchCommand implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--results", paramLabel = "FILE", description = "科技成果 / research results")
        Path results;

        @Option(names = "--experts", paramLabel = "FILE", description = "专家 / experts")
        Path experts;

        @Option(names = "--instruments", paramLabel = "FILE", description = "科研仪器设备 / instruments")
        Path instruments;

        @Option(names = "--demands", required = true, paramLabel = "FILE", description = "企业技术需求 / demands")
        Path demands;

        @Option(
                names = "--top",
                defaultValue = "10",
                paramLabel = "N",
                description = "每条需求每类对象的条数(默认 ${DEFAULT-VALUE})/ rows per demand and object type")
        int top;

        @Option(
                names = "--method",
                defaultValue = "HYBRID",
                paramLabel = "hybrid|bm25|dense",
                description = "排序方法(默认 hybrid;bm25 不加载语义模型)/ ranking method (default hybrid; bm25 loads no" + " model)")
        Method method;

        @Option(
                names = "--format",
                defaultValue = "CSV",
                paramLabel = "csv|xlsx",
                description = "输出格式(默认 csv)/ output format")
        MatchFile.Format format;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "输出文件(默认标准输出;xlsx 必须指定)/ output file (default: standard output; required for" + " xlsx)")
        Path out;

        @CommandLine.Mixin
        Data data = new Data();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (results == null && experts == null && instruments == null) {
                err.println("至少给出 --results、--experts、--instruments 之一 / give at least one of --results, --experts,"
                        + " --instruments");
                return 2;
            }
            if (top < 1) {
                err.println("--top 至少为 1 / --top is at least 1");
                return 2;
            }
            if (format == MatchFile.Format.XLSX && out == null) {
                err.println("xlsx 格式需要 --out 文件 / the xlsx format needs --out FILE");
                return 2;
            }
            return guarded(err, () -> {
                // Every file is read (and rejected) before anything is computed or written.
                Map<ObjectType, List<TransferItem>> pools = pools(results, experts, instruments);
                List<TechDemand> asked = TransferFiles.demands(demands);
                Vocabulary vocabulary = data.vocabulary();
                MatchingSettings settings = data.settings();
                long start = System.nanoTime();
                List<MatchFile.Line> lines = new ArrayList<>();
                try (TransferMatcher matcher = TransferMatcher.inMemory(
                        all(pools),
                        vocabulary,
                        settings,
                        method == Method.BM25 ? null : new BgeEmbedder(settings.queryInstruction()))) {
                    for (TechDemand d : asked) {
                        for (ObjectType type : pools.keySet()) {
                            matcher.match(d, type, method, top)
                                    .forEach(m -> lines.add(new MatchFile.Line(d.id(), type, m)));
                        }
                    }
                }
                if (out == null) {
                    MatchFile.write(lines, format, System.out);
                    System.out.flush();
                } else {
                    MatchFile.write(lines, format, out);
                }
                err.printf(
                        "%d 条需求,%d 个对象,%d 行,用时 %.1f 秒 / %d demands, %d objects, %d rows in %.1f s%n",
                        asked.size(),
                        all(pools).size(),
                        lines.size(),
                        (System.nanoTime() - start) / 1e9,
                        asked.size(),
                        all(pools).size(),
                        lines.size(),
                        (System.nanoTime() - start) / 1e9);
                return 0;
            });
        }
    }

    @Command(
            name = "enterprises",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "为每项成果找可能需要它的企业(按企业的需求文本与行业)/ for every result, the enterprises likely to need it"
                        + " (by their demands' text and their industry)",
                "  transfer enterprises --results R.csv --demands D.csv --top 10 --out OUT.csv"
            },
            footer = {
                "",
                "企业由需求文件的 企业名称 汇总(同一企业的多条需求合为一个)/ enterprises are the demands file's 企业名称"
                        + " (several demands of one enterprise make one);",
                "所属行业 属于成果技术领域的常见应用行业时加分并写入依据(industries-2026.yaml)/ an enterprise whose industry"
                        + " takes up the result's field gets a bonus, said in the reason.",
                "输出 / output: 成果编号,企业名称,所属行业,排名,得分,依据"
            })
    static final class EnterprisesCommand implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--results", required = true, paramLabel = "FILE", description = "科技成果 / research results")
        Path results;

        @Option(names = "--demands", required = true, paramLabel = "FILE", description = "企业技术需求 / demands")
        Path demands;

        @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "每项成果的企业数 / per result")
        int top;

        @Option(names = "--method", defaultValue = "HYBRID", paramLabel = "hybrid|bm25|dense", description = "排序方法")
        Method method;

        @Option(names = "--format", defaultValue = "CSV", paramLabel = "csv|xlsx", description = "输出格式 / format")
        MatchFile.Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "输出文件(默认标准输出)/ output file")
        Path out;

        @CommandLine.Mixin
        Data data = new Data();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (top < 1 || (format == MatchFile.Format.XLSX && out == null)) {
                err.println("--top 至少为 1;xlsx 需要 --out / --top is at least 1; xlsx needs --out");
                return 2;
            }
            return guarded(err, () -> {
                List<TransferItem> offered = TransferFiles.results(results);
                List<TechDemand> asked = TransferFiles.demands(demands);
                MatchingSettings settings = data.settings();
                List<List<String>> rows = new ArrayList<>();
                try (EnterpriseFinder finder = new EnterpriseFinder(
                        asked,
                        data.vocabulary(),
                        settings,
                        IndustryAffinity.builtIn(),
                        method == Method.BM25 ? null : new BgeEmbedder(settings.queryInstruction()))) {
                    for (TransferItem r : offered) {
                        int rank = 0;
                        for (EnterpriseFinder.Candidate c : finder.find(r, method, top)) {
                            rows.add(List.of(
                                    r.id(),
                                    c.match().item().id(),
                                    c.industry(),
                                    Integer.toString(++rank),
                                    String.format(Locale.ROOT, "%.4f", c.score()),
                                    c.reason()));
                        }
                    }
                }
                List<String> headers = List.of("成果编号", "企业名称", "所属行业", "排名", "得分", "依据");
                if (out == null) {
                    MatchFile.write(headers, rows, format, System.out);
                    System.out.flush();
                } else {
                    MatchFile.write(headers, rows, format, out);
                }
                err.printf(
                        "%d 项成果,%d 行 / %d results, %d rows%n",
                        offered.size(), rows.size(), offered.size(), rows.size());
                return 0;
            });
        }
    }

    @Command(
            name = "eval",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "在标注集上评测匹配质量 / measure the matching on a labelled set",
                "  transfer eval --set ../shared/transfer-eval/dev",
                "目录中有 results.csv、experts.csv、instruments.csv、demands.csv 与 qrels.csv(需求编号,对象类型,对象编号,相关度)"
                        + " / the directory holds those five files"
            },
            footer = {
                "",
                "对每类对象,在至少有一条该类标注的需求上平均 / per object type, averaged over the demands with at least one"
                        + " judged item of the type:",
                "  NDCG@10 (相关度为增益 / grade as gain), Recall@10 (相关度≥1 / grade ≥ 1), MRR (首个相关对象的排名倒数 /"
                        + " reciprocal rank of the first judged item, top 100).",
                "方法 / methods: smartcn BM25 (基线 baseline), 本分析器 BM25 (own analyzer), 语义 dense (bge-small-zh-v1.5),"
                        + " 混合 hybrid (参数文件的融合 / the settings' fusion), 混合-RRF (reciprocal rank, k=60)."
            })
    static final class EvalCommand implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--set", required = true, paramLabel = "DIR", description = "标注集目录 / the labelled set")
        Path set;

        @CommandLine.Mixin
        Data data = new Data();

        private static final int DEPTH = 100;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return guarded(err, () -> {
                Map<ObjectType, List<TransferItem>> pools =
                        pools(set.resolve("results.csv"), set.resolve("experts.csv"), set.resolve("instruments.csv"));
                List<TechDemand> demands = TransferFiles.demands(set.resolve("demands.csv"));
                TransferEvaluation.Qrels qrels = TransferFiles.qrels(set.resolve("qrels.csv"));
                Vocabulary vocabulary = data.vocabulary();
                MatchingSettings settings = data.settings();
                MatchingSettings rrf = settings.withFusion(new MatchingSettings.Fusion(
                        "rrf",
                        60,
                        settings.fusion().depth(),
                        settings.fusion().bm25Weight(),
                        settings.fusion().denseWeight()));
                List<TransferItem> items = all(pools);
                long start = System.nanoTime();
                BgeEmbedder model = new BgeEmbedder(settings.queryInstruction());
                PrintWriter out = spec.commandLine().getOut();
                try (TransferMatcher baseline = TransferMatcher.smartcn(items, settings);
                        TransferMatcher own = TransferMatcher.inMemory(items, vocabulary, settings, model)) {
                    // The same index, fused by reciprocal rank (not closed apart: it shares own's index).
                    TransferMatcher ownRrf = new TransferMatcher(own.index(), rrf);
                    Map<String, java.util.function.BiFunction<TechDemand, ObjectType, List<String>>> methods =
                            new LinkedHashMap<>();
                    methods.put("smartcn BM25 (基线)", (d, t) -> ids(baseline, d, t, Method.BM25));
                    methods.put("本分析器 BM25", (d, t) -> ids(own, d, t, Method.BM25));
                    methods.put("语义 dense", (d, t) -> ids(own, d, t, Method.DENSE));
                    methods.put("混合 hybrid", (d, t) -> ids(own, d, t, Method.HYBRID));
                    methods.put("混合-RRF hybrid-rrf", (d, t) -> ids(ownRrf, d, t, Method.HYBRID));
                    out.printf(
                            "标注集 / set: %s — %d 个对象 objects, %d 条需求 demands, %d 条标注 judgments%n",
                            set, items.size(), demands.size(), qrels.size());
                    out.printf(
                            "%-4s %-22s %5s %8s %10s %7s %10s%n",
                            "类型", "方法 method", "需求", "NDCG@10", "Recall@10", "MRR", "×基线NDCG");
                    for (ObjectType type : ObjectType.POOLS) {
                        double base = 0;
                        for (Map.Entry<String, java.util.function.BiFunction<TechDemand, ObjectType, List<String>>> m :
                                methods.entrySet()) {
                            TransferEvaluation.Scores s = TransferEvaluation.score(demands, qrels, type, m.getValue());
                            if (base == 0) {
                                base = s.ndcg();
                            }
                            out.printf(
                                    Locale.ROOT,
                                    "%-4s %-22s %5d %8.3f %10.3f %7.3f %10.2f%n",
                                    type.zh(),
                                    m.getKey(),
                                    s.demands(),
                                    s.ndcg(),
                                    s.recall(),
                                    s.mrr(),
                                    base == 0 ? 0 : s.ndcg() / base);
                        }
                    }
                }
                out.flush();
                err.printf(
                        "用时 %.1f 秒 / took %.1f s%n",
                        (System.nanoTime() - start) / 1e9, (System.nanoTime() - start) / 1e9);
                return 0;
            });
        }

        private static List<String> ids(TransferMatcher m, TechDemand d, ObjectType t, Method method) {
            return m.match(d, t, method, DEPTH).stream().map(x -> x.item().id()).toList();
        }
    }

    @Command(
            name = "reindex",
            mixinStandardHelpOptions = true,
            description = {
                "重建数据目录下的成果/专家/仪器匹配索引(使用数据库)/ rebuild the matching index under the data directory"
                        + " (from the database)",
                "  transfer reindex            全部重建,重新挖掘新词 / everything, the analyzer's words mined anew",
                "  transfer reindex --park CC  只重建该园区的对象 / only that park's objects"
            })
    static final class ReindexCommand implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Option(names = "--park", paramLabel = "CODE", description = "园区代码(默认全部)/ park code (default: all)")
        String park;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return guarded(err, () -> {
                try (org.springframework.context.ConfigurableApplicationContext context =
                        Contexts.start(db, Map.of(), false)) {
                    if (park != null
                            && !context.getBean(org.innopark.app.registry.RegistryReads.class)
                                    .parkExists(park)) {
                        err.println("无此园区 / no such park: " + park);
                        return 1;
                    }
                    long start = System.nanoTime();
                    TransferSearch search = context.getBean(TransferSearch.class);
                    int n = search.reindex(park);
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "已索引 %d 个对象(%s)用时 %.1f 秒 / indexed %d objects (%s) in %.1f s%n",
                                    n,
                                    park == null ? "全部园区" : park,
                                    (System.nanoTime() - start) / 1e9,
                                    n,
                                    park == null ? "all parks" : park,
                                    (System.nanoTime() - start) / 1e9);
                    return 0;
                }
            });
        }
    }
}
