package org.innopark.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.innopark.app.patent.PatentSheet;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.shared.AtomicFile;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.patent.ApplicantLink;
import org.innopark.engine.patent.ApplicantLinker;
import org.innopark.engine.patent.ApplicantName;
import org.innopark.engine.patent.PatentLandscape;
import org.innopark.engine.patent.PatentPool;
import org.innopark.engine.patent.PatentRecord;
import org.innopark.engine.patent.PatentTag;
import org.innopark.engine.patent.PatentTagger;
import org.innopark.engine.patent.TaggingEvaluation;
import org.innopark.engine.patent.TaggingRules;
import org.innopark.engine.rules.RuleFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code patent}: patent navigation (专利导航): tag a patent file to chain nodes, and a chain's landscape. */
@Command(
        name = "patent",
        mixinStandardHelpOptions = true,
        description = "专利导航 / patent navigation: 专利标引到产业链节点、专利态势 / tagging to chain nodes, landscapes",
        subcommands = {
            PatentCommand.Tag.class,
            PatentCommand.Eval.class,
            PatentCommand.Landscape.class,
            PatentCommand.Import.class
        })
final class PatentCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    private static final String FILE_HELP = "专利数据表: XLSX 或 CSV(UTF-8/GBK), 每件专利一行; 列名中文(公开(公告)号 申请日 主分类号"
            + " IPC分类号 名称 摘要 申请人 …)或 Google Patents 英文列名(publication_number filing_date ipc title abstract"
            + " assignee …) / one patent a row, Chinese or public-dataset English headers";

    /** The options both subcommands share: the file, the chains, the park's own rule files. */
    abstract static class Input {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = FILE_HELP)
        Path data;

        @Option(names = "--chain", paramLabel = "ID", description = "只看一条产业链 / one chain only")
        String chain;

        @Option(
                names = "--chains",
                paramLabel = "DIR",
                description = "园区自有产业链文件目录 / a directory of the park's own chain files")
        Path chains;

        @Option(
                names = "--rules",
                paramLabel = "FILE",
                split = ",",
                description = "园区自有标引规则文件(技术分解表或IPC参照表, YAML)/ the park's own tagging rule files")
        List<Path> rules = new ArrayList<>();

        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);

        /** The same command writing to the given streams (tests). */
        <T extends Input> T streams(PrintStream out, PrintStream err) {
            this.stdout = out;
            this.stderr = err;
            @SuppressWarnings("unchecked")
            T self = (T) this;
            return self;
        }

        ChainLibrary library() {
            return ChainLibrary.withDirectory(chains);
        }

        TaggingRules tagging(ChainLibrary library) {
            TaggingRules all = TaggingRules.load(library, rules);
            if (chain == null) {
                return all;
            }
            library.get(chain);
            if (!all.chainIds().contains(chain)) {
                throw new IllegalArgumentException("产业链 " + chain + " 没有标引规则; 有规则的: " + all.chainIds() + " / chain "
                        + chain + " has no tagging rules");
            }
            return all.forChain(chain);
        }

        /** Runs the body, turning a rejected file or rule file into its report and status 1. */
        Integer guarded(Callable<Integer> body) {
            try {
                return body.call();
            } catch (AnalystInputException e) {
                e.report(Locale.SIMPLIFIED_CHINESE).forEach(stderr::println);
                return 1;
            } catch (RuleFileException e) {
                stderr.println("规则文件有误 / rule file error: " + e.getMessage());
                return 1;
            } catch (IllegalArgumentException e) {
                stderr.println(e.getMessage());
                return 1;
            } catch (IOException e) {
                stderr.println("无法写出 / cannot write: " + e.getMessage());
                return 1;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void write(PrintStream stdout, Path out, java.util.function.Consumer<PrintWriter> body) throws IOException {
        if (out == null) {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            body.accept(w);
            w.flush();
            return;
        }
        AtomicFile.write(out, o -> {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
            body.accept(w);
            w.flush();
        });
    }

    @Command(
            name = "tag",
            mixinStandardHelpOptions = true,
            description = {
                "把专利标引到产业链节点(不用数据库)/ tag a patent file to chain nodes (no database)",
                "  patent tag --data 专利.xlsx [--chain photovoltaic] [--out 标引结果.csv]",
                "输出每件专利每个节点一行: 公开号 产业链 节点 节点名称 规则编号 规则类型 命中依据 / one line per patent and"
                        + " node with the rule id and what matched. 文件有错误时列出全部错误(行 列), 不输出 / a file"
                        + " with errors is rejected with row and column, nothing written."
            })
    static final class Tag extends Input implements Callable<Integer> {

        @Option(names = "--out", paramLabel = "FILE", description = "输出 CSV(默认标准输出)/ output CSV")
        Path out;

        @Override
        public Integer call() {
            return guarded(() -> {
                ChainLibrary library = library();
                PatentTagger tagger = new PatentTagger(tagging(library));
                List<PatentSheet.Row> rows = PatentSheet.read(data);
                int tagged = 0;
                int tags = 0;
                Map<String, Integer> perChain = new LinkedHashMap<>();
                List<String[]> lines = new ArrayList<>();
                for (PatentSheet.Row r : rows) {
                    List<PatentTag> t = tagger.tag(r.patent());
                    tagged += t.isEmpty() ? 0 : 1;
                    tags += t.size();
                    for (PatentTag x : t) {
                        perChain.merge(x.chainId(), 1, Integer::sum);
                        String name = library.get(x.chainId())
                                .node(x.nodeId())
                                .map(ChainNode::name)
                                .orElse("");
                        lines.add(new String[] {
                            r.patent().publicationNumber(),
                            x.chainId(),
                            x.nodeId(),
                            name,
                            x.ruleId(),
                            x.kind().zh(),
                            x.evidence()
                        });
                    }
                }
                write(stdout, out, w -> {
                    w.println("公开号,产业链,节点,节点名称,规则编号,规则类型,命中依据");
                    for (String[] l : lines) {
                        w.println(java.util.Arrays.stream(l).map(Tag::csv).collect(Collectors.joining(",")));
                    }
                });
                stderr.printf(
                        Locale.ROOT,
                        "%d 件专利, %d 件标引到节点, 共 %d 个标引 %s / %d patents, %d tagged, %d tags%n",
                        rows.size(),
                        tagged,
                        tags,
                        perChain,
                        rows.size(),
                        tagged,
                        tags);
                return 0;
            });
        }

        static String csv(String s) {
            String v = s == null ? "" : s;
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
        }
    }

    @Command(
            name = "eval",
            mixinStandardHelpOptions = true,
            description = {
                "标引质量: 对照人工标引计算查准率和查全率 / tagging quality against hand labels (precision, recall)",
                "  patent eval --data 标引样本.csv [--chain ID]",
                "文件需有 标引节点(labels) 列: 产业链/节点, 以 ; 分隔, 空 = 不属于任何节点; 只评价有标引规则的产业链 / the file"
                        + " needs a labels column (chain/node; empty = on no node); only chains with rules are scored."
                        + " 同时给出两个基线: 仅产业链文件的IPC小类、仅产品名称 / beside two baselines: the chain files'"
                        + " IPC classes alone, their product names alone."
            })
    static final class Eval extends Input implements Callable<Integer> {

        @Override
        public Integer call() {
            return guarded(() -> {
                ChainLibrary library = library();
                TaggingRules rules = tagging(library);
                java.util.Set<String> chains = new java.util.TreeSet<>(rules.chainIds());
                List<TaggingEvaluation.Labelled> sample = new ArrayList<>();
                for (PatentSheet.Row r : PatentSheet.read(data)) {
                    sample.add(new TaggingEvaluation.Labelled(r.patent(), new java.util.TreeSet<>(r.labels())));
                }
                TaggingEvaluation.Score score =
                        TaggingEvaluation.score(sample, TaggingEvaluation.rules(new PatentTagger(rules)), chains);
                TaggingEvaluation.Score ipc =
                        TaggingEvaluation.score(sample, TaggingEvaluation.chainIpcOnly(library, chains), chains);
                TaggingEvaluation.Score products =
                        TaggingEvaluation.score(sample, TaggingEvaluation.productNamesOnly(library, chains), chains);
                stdout.println(sample.size() + " 件专利, 评价的产业链 / chains scored: " + chains);
                stdout.println("标引规则(IPC参照表+技术分解表) / rules:     " + score);
                stdout.println("基线: 仅产业链IPC小类 / chain IPC only:      " + ipc);
                stdout.println("基线: 仅产品名称 / product names only:       " + products);
                return 0;
            });
        }
    }

    @Command(
            name = "landscape",
            mixinStandardHelpOptions = true,
            description = {
                "一条产业链的专利态势(不用数据库)/ a chain's patent landscape from a patent file (no database)",
                "  patent landscape --data 专利.xlsx --chain photovoltaic [--firms 园区企业.csv] [--cutoff 2026-12-01]",
                "每个节点: 申请与授权趋势、近三年增速、本园区占比、主要申请人(园区内/外)、热点IPC大组、缺口; 注明18个月公开滞后 /"
                        + " per node: trends, growth, the park's share, leading applicants, hotspots, gaps; the"
                        + " 18-month publication lag stated.",
                "--firms: 园区企业表(统一社会信用代码, 企业名称), 申请人按信用代码或名称归一关联; 待确认的关联列出但不计入本园区 /"
                        + " the park's enterprises; uncertain links are listed, not counted as local."
            })
    static final class Landscape extends Input implements Callable<Integer> {

        @Option(names = "--firms", paramLabel = "FILE", description = "园区企业表 / the park's enterprises")
        Path firms;

        @Option(
                names = "--cutoff",
                paramLabel = "DATE",
                description = "数据截止日(默认: 文件中最晚的公开日或申请日)/ data cut-off (default: the file's latest date)")
        LocalDate cutoff;

        @Option(names = "--out", paramLabel = "FILE", description = "输出文件(默认标准输出)/ output file")
        Path out;

        @Override
        public Integer call() {
            return guarded(() -> {
                if (chain == null) {
                    stderr.println("需要 --chain / --chain is required");
                    return 2;
                }
                ChainLibrary library = library();
                IndustryChain ch = library.get(chain);
                PatentTagger tagger = new PatentTagger(tagging(library));
                List<PatentSheet.Row> rows = PatentSheet.read(data);
                ApplicantLinker linker = new ApplicantLinker(firms == null ? List.of() : readFirms(firms));
                PatentPool pool = new PatentPool();
                LocalDate latest = LocalDate.of(1900, 1, 1);
                List<ApplicantLink> uncertain = new ArrayList<>();
                Map<String, ApplicantLink> links = new HashMap<>();
                for (PatentSheet.Row r : rows) {
                    PatentRecord p = r.patent();
                    String applicant =
                            p.applicants().isEmpty() ? "(未署名)" : p.applicants().get(0);
                    String code = r.applicantCreditCodes().isEmpty()
                            ? null
                            : r.applicantCreditCodes().get(0);
                    ApplicantLink link = links.computeIfAbsent(
                            applicant + "|" + code,
                            k -> linker.link(applicant, code).orElse(null));
                    boolean local = link != null && !link.needsConfirmation();
                    if (link != null && link.needsConfirmation() && !uncertain.contains(link)) {
                        uncertain.add(link);
                    }
                    String name = local
                            ? link.enterpriseName()
                            : ApplicantName.of(applicant).parent();
                    pool.add(
                            p.filingDate(),
                            p.grantDate(),
                            name,
                            local ? "本园区" : null,
                            p.ipcMain(),
                            tagger.tag(p).stream()
                                    .map(t -> t.chainId() + "/" + t.nodeId())
                                    .toList());
                    LocalDate d = p.publicationDate() != null ? p.publicationDate() : p.filingDate();
                    latest = d.isAfter(latest) ? d : latest;
                }
                LocalDate cut = cutoff != null ? cutoff : latest;
                PatentLandscape.Landscape l =
                        PatentLandscape.compute(pool, ch, "本园区", cut, Map.of(), PatentLandscape.Options.DEFAULT);
                write(stdout, out, w -> print(w, l, ch, uncertain));
                return 0;
            });
        }

        private static List<ApplicantLinker.Enterprise> readFirms(Path file) {
            List<ApplicantLinker.Enterprise> out = new ArrayList<>();
            AnalystSheet.Spec spec = new AnalystSheet.Spec(
                    "patent-firms",
                    "园区企业",
                    "Park enterprises",
                    List.of(
                            AnalystSheet.creditCode(
                                            "credit_code", "统一社会信用代码", "Credit code", true, "9122017398460747XF")
                                    .alias("creditCode"),
                            AnalystSheet.text("name", "企业名称", "Enterprise name", true, "长春某某科技有限公司")),
                    null,
                    List.of("园区企业: 统一社会信用代码, 企业名称"));
            AnalystSheet.read(
                    file,
                    spec,
                    row -> out.add(new ApplicantLinker.Enterprise(
                            row.<org.innopark.engine.registry.CreditCode>value("credit_code")
                                    .value(),
                            row.text("name"))));
            return out;
        }

        private static void print(
                PrintWriter w, PatentLandscape.Landscape l, IndustryChain ch, List<ApplicantLink> uncertain) {
            w.println("# " + ch.nameZh() + " 专利态势 / patent landscape");
            w.println(l.lagNote());
            w.printf(
                    Locale.ROOT,
                    "产业链专利 %d 件, 本园区 %d 件; 最近完整申请年 %d / %d patents on the chain, %d local%n",
                    l.filings(),
                    l.localFilings(),
                    l.lastCompleteYear(),
                    l.filings(),
                    l.localFilings());
            for (PatentLandscape.NodeLandscape n : l.nodes()) {
                w.println();
                w.println("  ".repeat(n.depth()) + "## " + n.name() + " (" + n.nodeId() + ")");
                w.printf(
                        Locale.ROOT,
                        "申请 %d 件, 本园区 %d 件(%.1f%%), 近三年年均增速 %s%s%n",
                        n.filings(),
                        n.localFilings(),
                        100 * n.localShare(),
                        n.growth() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * n.growth()),
                        n.gap() == PatentLandscape.Gap.NONE
                                ? ""
                                : "; 缺口: " + n.gap().zh());
                if (n.filings() == 0) {
                    continue;
                }
                w.println("申请量(按申请年, " + l.lastCompleteYear() + " 年后不完整): " + trend(n.filingsByYear()));
                w.println("授权量(按授权年): " + trend(n.grantsByYear()));
                w.println("本园区主要申请人: " + applicants(n.topLocal()));
                w.println("园区外主要申请人: " + applicants(n.topOutside()) + (n.weak() ? " ← 弱项节点, 可作招商线索" : ""));
                w.println("热点IPC大组(近三年/前三年): "
                        + n.hotspots().stream()
                                .map(h -> h.group() + " " + h.recent() + "/" + h.previous())
                                .collect(Collectors.joining("; ")));
            }
            if (!uncertain.isEmpty()) {
                w.println();
                w.println("## 待分析人员确认的申请人关联(未计入本园区)/ applicant links to confirm");
                uncertain.forEach(u -> w.println("- " + u.explanation()));
            }
        }

        private static String trend(Map<Integer, Integer> byYear) {
            return byYear.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(" "));
        }

        private static String applicants(List<PatentLandscape.ApplicantCount> list) {
            return list.isEmpty()
                    ? "—"
                    : list.stream().map(a -> a.applicant() + " " + a.filings()).collect(Collectors.joining("; "));
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "把专利数据导入园区(数据库): 标引到产业链节点, 申请人关联登记库企业; 有任何错误则整个文件不写入, 审计",
                "  patent import --park CCHTZ 专利.xlsx",
                "import a patent file into a park's database: tagged to chain nodes, applicants linked to the park's"
                        + " registry enterprises; any error rejects the whole file (row, column), nothing written; audited"
            })
    static final class Import implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DatabaseOptions db;

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @picocli.CommandLine.Parameters(paramLabel = "FILE", description = FILE_HELP)
        Path file;

        @Override
        public Integer call() throws IOException {
            return TalentCommand.withContext(db, null, context -> {
                if (TalentCommand.unknownPark(context, park)) {
                    return 1;
                }
                org.innopark.app.patent.PatentImport.Outcome o = context.getBean(
                                org.innopark.app.patent.PatentImport.class)
                        .importFile(PipelineCommand.actor(), park, file);
                ChainCommand.out()
                        .printf(
                                Locale.ROOT,
                                "%d 件专利: 新增 %d, 替换 %d; %d 件标引到节点(%d 个标引); 申请人关联 %d 个, 待确认 %d 个 / %d"
                                        + " patents: %d new, %d replaced, %d tagged (%d tags), %d links, %d to"
                                        + " confirm%n",
                                o.rows(),
                                o.created(),
                                o.replaced(),
                                o.tagged(),
                                o.tags(),
                                o.links(),
                                o.uncertain(),
                                o.rows(),
                                o.created(),
                                o.replaced(),
                                o.tagged(),
                                o.tags(),
                                o.links(),
                                o.uncertain());
                return 0;
            });
        }
    }
}
