package org.innopark.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.innopark.app.bulletin.BulletinFiles;
import org.innopark.app.bulletin.BulletinInputException;
import org.innopark.app.bulletin.FactExport;
import org.innopark.app.bulletin.GoldFacts;
import org.innopark.engine.bulletin.BaselineExtractor;
import org.innopark.engine.bulletin.BulletinVocabulary;
import org.innopark.engine.bulletin.FactExtractor;
import org.innopark.engine.bulletin.FactScoring;
import org.innopark.engine.bulletin.QuantFact;
import org.innopark.engine.rules.RuleFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
            "  bulletin eval --gold shared/corpus/dev"
        },
        subcommands = {BulletinCommand.Extract.class, BulletinCommand.Eval.class})
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
}
