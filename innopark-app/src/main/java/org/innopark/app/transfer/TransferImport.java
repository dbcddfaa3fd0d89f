package org.innopark.app.transfer;

import static org.innopark.app.registry.imports.AnalystSheet.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Column;
import org.innopark.app.registry.imports.AnalystSheet.Row;
import org.innopark.app.registry.imports.AnalystSheet.Spec;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.transfer.ObjectType;
import org.innopark.engine.transfer.RegistryLists;
import org.innopark.engine.transfer.ResearchInstrument;
import org.innopark.engine.transfer.ResearchResult;
import org.innopark.engine.transfer.TechnologyDemand;
import org.innopark.engine.transfer.TransferExpert;
import org.springframework.stereotype.Service;

/**
 * Imports a park's research results, experts, instruments and technology demands from CSV (UTF-8/GBK) or XLSX with
 * Chinese headers: the columns of the standalone {@code transfer match} (shared/transfer-eval) plus the registry's own
 * (成果属性, 体现形式, 成果水平, 转化方式, 意向价格(万元), 共享; 开放共享, 收费标准; the enterprise's 统一社会信用代码, 预算(万元),
 * 期望合作方式, 截止日期). A file with any bad cell is rejected whole with every error by row and column, and nothing is
 * written; an accepted file is written in one transaction (each object created or changed audited), then indexed.
 */
@Service
public class TransferImport {

    /** What an import did. */
    public record Outcome(ObjectType type, int rows, TransferRegistry.Written written) {}

    private static final String YES_NO = "是/否 (yes/no)";

    private static final List<String> NOTES = List.of(
            "每行一条,编号在本园区内唯一;带*的列必填 / one row each; ids are unique in the park",
            "整个文件有任一错误则全部不导入,错误列出行与列 / a file with any error is rejected whole, with row and column");

    /** The analyst file's columns of a kind (all required), then the registry's own. */
    private static Spec spec(Spec analyst, Map<String, String> meanings, List<Column> extra) {
        List<Column> columns = new ArrayList<>();
        for (Column c : analyst.columns()) {
            String meaning = meanings.get(c.key());
            columns.add(meaning == null ? c : c.meaning(meaning));
        }
        columns.addAll(extra);
        return new Spec(analyst.name(), analyst.sheet(), analyst.en(), columns, null, NOTES);
    }

    private static Column shared() {
        return text("shared", "共享", "shared", false, "是").meaning("是否向其他园区共享 / shared with the other parks: " + YES_NO);
    }

    static Spec resultSpec(RegistryLists lists) {
        return spec(
                TransferFiles.RESULTS,
                Map.of("keywords", "至多3个,以；分隔 / at most 3, separated by ；", "stage", String.join("、", lists.stages())),
                List.of(
                        text(
                                        "attribute",
                                        "成果属性",
                                        "attribute",
                                        false,
                                        lists.attributes().get(0))
                                .meaning(String.join("、", lists.attributes())),
                        text("form", "体现形式", "form", false, lists.forms().get(0))
                                .meaning(String.join("、", lists.forms())),
                        text("level", "成果水平", "level", false, lists.levels().get(2))
                                .meaning(String.join("、", lists.levels())),
                        text(
                                        "mode",
                                        "转化方式",
                                        "transfer_mode",
                                        false,
                                        lists.transferModes().get(1))
                                .meaning(String.join("、", lists.transferModes())),
                        text("price", "意向价格(万元)", "asking_price", false, "120").alias("意向价格"),
                        shared()));
    }

    static Spec expertSpec() {
        return spec(TransferFiles.EXPERTS, Map.of(), List.of(shared()));
    }

    static Spec instrumentSpec(RegistryLists lists) {
        return spec(
                TransferFiles.INSTRUMENTS,
                Map.of("category", String.join("、", lists.instrumentCategories())),
                List.of(
                        text("open", "开放共享", "open_sharing", false, "是").meaning("对外开放共享 / open for use: " + YES_NO),
                        text("charges", "收费标准", "charges", false, "每样品300元"),
                        shared()));
    }

    static Spec demandSpec(RegistryLists lists) {
        return spec(
                TransferFiles.DEMANDS,
                Map.of(),
                List.of(
                        AnalystSheet.creditCode("credit_code", "统一社会信用代码", "credit_code", true, "")
                                .alias("信用代码")
                                .meaning("本园区已登记的企业 / an enterprise registered in the park"),
                        text("budget", "预算(万元)", "budget", false, "50").alias("预算"),
                        text(
                                        "cooperation",
                                        "期望合作方式",
                                        "cooperation",
                                        false,
                                        lists.cooperationModes().get(0))
                                .alias("合作方式")
                                .meaning(String.join("、", lists.cooperationModes())),
                        AnalystSheet.date("deadline", "截止日期", "deadline", false, "2027-06-30")));
    }

    /** The kind named in a path: results, experts, instruments or demands (as {@link ObjectType#ENTERPRISE}). */
    public static Optional<ObjectType> kind(String name) {
        return Optional.ofNullable(
                switch (name) {
                    case "results" -> ObjectType.RESULT;
                    case "experts" -> ObjectType.EXPERT;
                    case "instruments" -> ObjectType.INSTRUMENT;
                    case "demands" -> ObjectType.ENTERPRISE;
                    default -> null;
                });
    }

    private final TransferRegistry registry;
    private final TransferSearch search;
    private final RegistryReads reads;
    private final RegistryLists lists = RegistryLists.builtIn();

    TransferImport(TransferRegistry registry, TransferSearch search, RegistryReads reads) {
        this.registry = registry;
        this.search = search;
        this.reads = reads;
    }

    /** The template of a kind. */
    public Spec spec(ObjectType type) {
        return switch (type) {
            case RESULT -> resultSpec(lists);
            case EXPERT -> expertSpec();
            case INSTRUMENT -> instrumentSpec(lists);
            case ENTERPRISE -> demandSpec(lists);
        };
    }

    /**
     * Reads the file and writes its objects for the park, then indexes them.
     *
     * @param type the kind; {@link ObjectType#ENTERPRISE} stands for the enterprises' demands
     * @throws org.innopark.app.registry.imports.AnalystInputException with every error; nothing written
     */
    public Outcome importFile(String username, String park, ObjectType type, Path file) {
        switch (type) {
            case RESULT -> {
                List<ResearchResult> rows = TransferFiles.read(file, spec(type), r -> result(r, park));
                TransferRegistry.Written w = registry.save(TransferRegistry.RESULTS, username, rows);
                search.indexResults(rows);
                return new Outcome(type, rows.size(), w);
            }
            case EXPERT -> {
                List<TransferExpert> rows = TransferFiles.read(file, spec(type), r -> expert(r, park));
                TransferRegistry.Written w = registry.save(TransferRegistry.EXPERTS, username, rows);
                search.indexExperts(rows);
                return new Outcome(type, rows.size(), w);
            }
            case INSTRUMENT -> {
                List<ResearchInstrument> rows = TransferFiles.read(file, spec(type), r -> instrument(r, park));
                TransferRegistry.Written w = registry.save(TransferRegistry.INSTRUMENTS, username, rows);
                search.indexInstruments(rows);
                return new Outcome(type, rows.size(), w);
            }
            case ENTERPRISE -> {
                List<TechnologyDemand> rows = TransferFiles.read(file, spec(type), r -> demand(r, park));
                TransferRegistry.Written w = registry.save(TransferRegistry.DEMANDS, username, rows);
                search.demandsChanged(park);
                return new Outcome(type, rows.size(), w);
            }
        }
        throw new IllegalArgumentException(type.name());
    }

    /**
     * Imports an uploaded file: copied under its own name (which the errors name) into a temporary directory, read,
     * and deleted.
     */
    public Outcome importUpload(String username, String park, ObjectType type, String fileName, InputStream in)
            throws IOException {
        return uploaded(fileName, in, "innopark-transfer-", file -> importFile(username, park, type, file));
    }

    /** What is done with an uploaded file's temporary copy. */
    interface Upload<T> {
        T read(Path file);
    }

    /**
     * Copies an upload under its own name (which the errors name) into a temporary directory, reads it, and deletes
     * both.
     */
    static <T> T uploaded(String fileName, InputStream in, String prefix, Upload<T> read) throws IOException {
        String name = fileName == null || fileName.isBlank()
                ? "upload"
                : Path.of(fileName).getFileName().toString();
        Path dir = Files.createTempDirectory(prefix);
        Path temp = dir.resolve(name);
        try {
            Files.copy(in, temp);
            return read.read(temp);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(dir);
        }
    }

    private ResearchResult result(Row r, String park) {
        List<String> keywords = Arrays.stream(r.text("keywords").split("[；;，,、\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        boolean ok = true;
        if (keywords.size() > ResearchResult.MAX_KEYWORDS) {
            r.reject("keywords", "关键词至多3个,实有" + keywords.size() + "个", "at most 3 keywords, got " + keywords.size());
            ok = false;
        }
        ok &= listed(r, "stage", lists.stages(), "所处阶段");
        ok &= listed(r, "attribute", lists.attributes(), "成果属性");
        ok &= listed(r, "form", lists.forms(), "体现形式");
        ok &= listed(r, "level", lists.levels(), "成果水平");
        ok &= listed(r, "mode", lists.transferModes(), "转化方式");
        BigDecimal price = tenThousands(r, "price");
        Boolean shared = yesNo(r, "shared");
        if (!ok || (r.text("price") != null && price == null) || shared == null) {
            return null;
        }
        return new ResearchResult(
                r.text("id"),
                r.text("name"),
                r.text("summary"),
                keywords,
                r.text("attribute"),
                r.text("form"),
                r.text("level"),
                r.text("stage"),
                r.text("holder"),
                r.text("field"),
                r.text("mode"),
                price,
                park,
                shared);
    }

    private static TransferExpert expert(Row r, String park) {
        Boolean shared = yesNo(r, "shared");
        if (shared == null) {
            return null;
        }
        return new TransferExpert(
                r.text("id"),
                r.text("name"),
                r.text("unit"),
                r.text("title"),
                r.text("direction"),
                r.text("achievements"),
                park,
                shared);
    }

    private ResearchInstrument instrument(Row r, String park) {
        boolean ok = listed(r, "category", lists.instrumentCategories(), "仪器大类");
        Boolean open = yesNo(r, "open");
        Boolean shared = yesNo(r, "shared");
        if (!ok || open == null || shared == null) {
            return null;
        }
        return new ResearchInstrument(
                r.text("id"),
                r.text("name"),
                r.text("category"),
                r.text("functions"),
                r.text("indicators"),
                r.text("owner"),
                open,
                r.text("charges"),
                park,
                shared);
    }

    private TechnologyDemand demand(Row r, String park) {
        CreditCode code = r.value("credit_code");
        boolean ok = listed(r, "cooperation", lists.cooperationModes(), "期望合作方式");
        if (!park.equals(reads.parkOf(code.value()).orElse(null))) {
            r.reject("credit_code", "本园区没有这家企业", "no enterprise of the park has this credit code");
            ok = false;
        }
        BigDecimal budget = tenThousands(r, "budget");
        LocalDate deadline = r.value("deadline");
        if (!ok || (r.text("budget") != null && budget == null)) {
            return null;
        }
        return new TechnologyDemand(
                r.text("id"),
                r.text("name"),
                r.text("description"),
                code.value(),
                r.text("enterprise"),
                r.text("industry"),
                budget,
                r.text("cooperation"),
                deadline,
                park);
    }

    /** An empty cell, or one of the list's values; rejects the cell otherwise. */
    static boolean listed(Row r, String key, List<String> valid, String what) {
        String v = r.text(key);
        if (v == null || valid.contains(v)) {
            return true;
        }
        r.reject(key, what + "应为:" + String.join("、", valid), what + " is one of: " + String.join(", ", valid));
        return false;
    }

    /** An amount in 万元 as yuan, exact to the fen; null when empty or rejected. */
    static BigDecimal tenThousands(Row r, String key) {
        return tenThousands(r.text(key), (zh, en) -> r.reject(key, zh, en));
    }

    /** What refuses a value: the reason in Chinese and in English. */
    interface Rejection {
        void reject(String zh, String en);
    }

    /** An amount in 万元 (such as 120, 35.5 or 1,200万元) as yuan, exact to the fen; null when empty or rejected. */
    static BigDecimal tenThousands(String t, Rejection rejection) {
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            BigDecimal yuan = new BigDecimal(t.replace(",", "")
                            .replace("万元", "")
                            .replace("万", "")
                            .strip())
                    .movePointRight(4);
            if (yuan.signum() < 0) {
                rejection.reject("金额不能为负", "the amount cannot be negative");
                return null;
            }
            if (yuan.stripTrailingZeros().scale() > 2) {
                rejection.reject("金额精确到分(万元后至多6位小数)", "the amount is exact to the fen (at most 6 decimals of 万元)");
                return null;
            }
            return yuan.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            rejection.reject("应为以万元计的数字,如 120 或 35.5", "a number in 10,000 yuan, such as 120 or 35.5");
            return null;
        }
    }

    /** 是/否 (also yes/no, true/false, 1/0); empty is 否; null after rejecting the cell. */
    private static Boolean yesNo(Row r, String key) {
        String t = r.text(key);
        if (t == null) {
            return false;
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "是", "yes", "y", "true", "1", "共享", "开放" -> {
                return true;
            }
            case "否", "no", "n", "false", "0", "不共享", "不开放" -> {
                return false;
            }
            default -> {
                r.reject(key, "应为 是 或 否", "yes or no (是/否)");
                return null;
            }
        }
    }
}
