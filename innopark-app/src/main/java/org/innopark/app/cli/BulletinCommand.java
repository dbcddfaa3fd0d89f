package org.innopark.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.bulletin.BulletinFiles;
import org.innopark.app.bulletin.BulletinInputException;
import org.innopark.app.bulletin.BulletinStore;
import org.innopark.app.bulletin.FactExport;
import org.innopark.app.bulletin.GoldFacts;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.engine.bulletin.BaselineExtractor;
import org.innopark.engine.bulletin.BulletinVocabulary;
import org.innopark.engine.bulletin.FactExtractor;
import org.innopark.engine.bulletin.FactScoring;
import org.innopark.engine.bulletin.QuantFact;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulletin}: quantitative facts from Chinese bulletins and news (公报情报). {@code extract} and {@code eval}
 * run standalone: no database, no application context.
 */
@Command(
        name = "bulletin",
        mixinStandardHelpOptions = true,
        description = {
            "公报情报:从公报和新闻中提取带原文出处的数量事实 / quantitative facts from bulletins and news, each with its" + " source quote",
            "  bulletin extract 公报.txt 新闻.docx --format jsonl|csv|xlsx --out facts.jsonl",
            "  bulletin eval --gold shared/corpus/dev",
            "  bulletin import 公报.txt 新闻.docx --park CCHTZ"
        },
        subcommands = {BulletinCommand.Extract.class, BulletinCommand.Eval.class, BulletinCommand.Import.class})
final class BulletinCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Reads every file first: one that is not text stops the command before anything is written. */
    static List<BulletinFiles.Document> readAll(List<Path> files) {
        List<BulletinFiles.Document> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(BulletinFiles.read(f));
        }
        return docs;
    }

    @Command(
            name = "extract",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "提取数量事实(不使用数据库)/ extract the quantitative facts (no database)",
            footer = {
                "",
                "输入 / input: txt (UTF-8 或 GBK), html, docx, 带文字层的 PDF / PDF with a text layer (扫描件须先做文字识别 / OCR a scan first).",
                "JSONL 每行一个事实,键 / one fact a line with the keys: doc, subject, metric, value, unit, period, kind,"
                        + " qualifier, quote.",
                "value 按原文单位 / value in the unit as written (14.69 亿元); qualifier: over|approx|about|under|null;"
                        + " kind: count|amount|area|ratio|growth|rank|other.",
                "任一文件不是文本时报错,不写任何输出 / a file that is not text is an error and nothing is written."
            })
    static final class Extract implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "公报或新闻文件 / bulletin or news files")
        List<Path> files;

        @Option(
                names = "--format",
                paramLabel = "jsonl|csv|xlsx",
                defaultValue = "jsonl",
                description = "输出格式(默认 ${DEFAULT-VALUE})/ output format")
        String format;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "输出文件(默认标准输出;xlsx 必须指定)/ output file (default: standard output; required for" + " xlsx)")
        Path out;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                FactExport.Format f = FactExport.format(format);
                if (f == FactExport.Format.XLSX && out == null) {
                    err.println("xlsx 格式需要 --out 文件 / the xlsx format needs --out FILE");
                    return 2;
                }
                List<BulletinFiles.Document> docs = readAll(files);
                FactExtractor extractor = new FactExtractor();
                List<QuantFact> facts = new ArrayList<>();
                for (BulletinFiles.Document d : docs) {
                    facts.addAll(extractor.extract(d.name(), d.text()));
                }
                if (out == null) {
                    FactExport.write(facts, f, System.out);
                    System.out.flush();
                } else {
                    FactExport.write(facts, f, out);
                }
                err.printf(
                        Locale.ROOT,
                        "%d 个文件, %d 条事实 / %d files, %d facts%s%n",
                        docs.size(),
                        facts.size(),
                        docs.size(),
                        facts.size(),
                        out == null ? "" : " → " + out);
                return 0;
            } catch (BulletinInputException | IllegalArgumentException | UncheckedIOException e) {
                err.println(e.getMessage());
                err.println("未写入任何输出 / nothing was written");
                return 1;
            } catch (RuleFileException e) {
                err.println("词表文件有误 / vocabulary file error: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "eval",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "按人工标注评价提取质量,并与基线(正则\"数字+单位\")比较 / grade the extraction against"
                    + " hand-annotated facts, beside a baseline (a plain \"number+unit\" regex)",
            footer = {
                "",
                "DIR: 标注文档 (.txt) 与 facts.jsonl / the annotated documents (.txt) and facts.jsonl.",
                "找到 = 数值与单位(换算后)一致且原文与标注原文重叠 / found = value and unit agree after unit scaling"
                        + " and the quote overlaps the annotated one."
            })
    static final class Eval implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "标注目录 / gold folder")
        Path gold;

        @Option(names = "--errors", description = "列出漏检与误检 / list the missed and spurious facts")
        boolean errors;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                GoldFacts.Set set = GoldFacts.read(gold);
                BulletinVocabulary vocabulary = BulletinVocabulary.standard();
                FactExtractor extractor = new FactExtractor(vocabulary);
                BaselineExtractor baseline = new BaselineExtractor(vocabulary);
                List<QuantFact> ours = new ArrayList<>();
                List<QuantFact> base = new ArrayList<>();
                set.texts().forEach((name, text) -> {
                    ours.addAll(extractor.extract(name, text));
                    base.addAll(baseline.extract(name, text));
                });
                FactScoring scoring = new FactScoring(vocabulary);
                FactScoring.Score s = scoring.score(set.facts(), ours, set.texts());
                FactScoring.Score b = scoring.score(set.facts(), base, set.texts());
                PrintWriter out = spec.commandLine().getOut();
                out.printf(
                        Locale.ROOT,
                        "gold: %d 文档 documents, %d 事实 facts%n",
                        set.texts().size(),
                        set.facts().size());
                out.printf(Locale.ROOT, "%-28s %10s %10s%n", "", "extractor", "baseline");
                row(out, "predicted 预测", s.predicted(), b.predicted());
                row(out, "found 命中", s.found(), b.found());
                row(out, "precision 精确率", s.precision(), b.precision());
                row(out, "recall 召回率", s.recall(), b.recall());
                row(out, "F1", s.f1(), b.f1());
                row(out, "subject accuracy 主体", s.subjectAccuracy(), b.subjectAccuracy());
                row(out, "period accuracy 时期", s.periodAccuracy(), b.periodAccuracy());
                row(out, "qualifier accuracy 限定", s.qualifierAccuracy(), b.qualifierAccuracy());
                if (errors) {
                    s.missed()
                            .forEach(f -> out.println("missed 漏检: " + f.doc() + " "
                                    + f.value().toPlainString() + f.unit() + " | " + f.quote()));
                    s.spurious()
                            .forEach(f -> out.println(
                                    "spurious 误检: " + f.doc() + " " + f.value().toPlainString() + f.unit() + " | "
                                            + f.quote().replace('\n', ' ')));
                }
                out.flush();
                return 0;
            } catch (BulletinInputException | IllegalArgumentException e) {
                err.println(e.getMessage());
                return 1;
            }
        }

        private static void row(PrintWriter out, String label, int a, int b) {
            out.printf(Locale.ROOT, "%-28s %10d %10d%n", label, a, b);
        }

        private static void row(PrintWriter out, String label, double a, double b) {
            out.printf(Locale.ROOT, "%-28s %10.3f %10.3f%n", label, a, b);
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description =
                    "导入公报到数据库(提取事实,待审核)/ import bulletins into the database (facts extracted, pending" + " review)",
            footer = {
                "",
                "每个文件一个事务:整份导入或不导入 / one transaction per file: whole file or nothing.",
                "先读取全部文件;任一文件不是文本时报错,不导入任何文件 / every file is read first; one that is not text"
                        + " stops the command before anything is imported."
            })
    static final class Import implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "公报或新闻文件 / bulletin or news files")
        List<Path> files;

        @Option(
                names = "--park",
                paramLabel = "CODE",
                description = "导入到哪个园区(库中只有一个园区时可省略)/ the park importing them (may be left out when"
                        + " the database holds one park)")
        String park;

        @Option(names = "--source", paramLabel = "NAME", description = "来源名称 / the source's name")
        String source;

        @Option(names = "--url", paramLabel = "URL", description = "原文网址 / the source URL")
        String url;

        @Option(
                names = "--published",
                paramLabel = "YYYY-MM-DD",
                description = "发布日期(默认取正文开头的日期)/ publish date (default: the first date near the top)")
        String published;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            Map<Path, byte[]> contents = new LinkedHashMap<>();
            try {
                BulletinStore.Meta.date(published);
                for (Path f : files) {
                    BulletinFiles.Document d = BulletinFiles.read(f);
                    if (d.text().strip().isEmpty()) {
                        throw new BulletinInputException(f + ": the file has no text / 文件没有文字内容");
                    }
                    contents.put(f, java.nio.file.Files.readAllBytes(f));
                }
            } catch (BulletinInputException | IllegalArgumentException e) {
                err.println(e.getMessage());
                err.println("未导入任何文件 / nothing was imported");
                return 1;
            } catch (java.io.IOException e) {
                err.println("读取失败 / cannot read: " + e.getMessage());
                return 1;
            }
            Accounts.Account operator = new Accounts.Account("cli", Role.SYSTEM_ADMIN, null, null, true);
            try (ConfigurableApplicationContext context = Contexts.start(db, Map.of(), false)) {
                String code = park;
                if (code == null) {
                    List<String> parks = context.getBean(RegistryReads.class).parkCodes();
                    if (parks.size() != 1) {
                        err.println("请用 --park 指定园区 / name the park with --park CODE; parks: " + parks);
                        return 2;
                    }
                    code = parks.get(0);
                }
                if (!context.getBean(RegistryReads.class).parkExists(code)) {
                    err.println("无此园区 / no park " + code);
                    return 2;
                }
                BulletinStore store = context.getBean(BulletinStore.class);
                int failed = 0;
                for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                    try {
                        BulletinStore.Imported r = store.importFile(
                                operator,
                                code,
                                e.getKey().getFileName().toString(),
                                e.getValue(),
                                new BulletinStore.Meta(null, source, url, BulletinStore.Meta.date(published)));
                        out.printf(
                                Locale.ROOT,
                                "%s → 公报 bulletin %d「%s」: %d 条事实 facts (待审核 pending)%n",
                                e.getKey(),
                                r.id(),
                                r.title(),
                                r.facts());
                    } catch (BulletinInputException | IllegalArgumentException ex) {
                        failed++;
                        err.println(ex.getMessage() + " — 未导入此文件 / this file was not imported");
                    }
                }
                out.flush();
                return failed == 0 ? 0 : 1;
            }
        }
    }
}
