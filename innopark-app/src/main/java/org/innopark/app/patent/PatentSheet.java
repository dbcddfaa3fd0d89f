package org.innopark.app.patent;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Column;
import org.innopark.engine.patent.IpcSymbol;
import org.innopark.engine.patent.LegalStatus;
import org.innopark.engine.patent.PatentRecord;
import org.innopark.engine.patent.PatentType;

/**
 * 专利数据表: a patent file (XLSX, or CSV in UTF-8 or GBK) with Chinese headers (公开(公告)号, 申请日, 主分类号,
 * IPC分类号, 申请人…) or the English ones of the Google Patents public dataset ({@code publication_number},
 * {@code filing_date}, {@code ipc}, {@code assignee}…). A file is read whole or not at all: a malformed IPC symbol,
 * date, kind code or legal status is reported with its row and column, and no patent of the file is returned.
 */
public final class PatentSheet {

    static final String PUBLICATION = "publication_number";
    static final String APPLICATION = "application_number";
    static final String KIND = "kind_code";
    static final String FILING = "filing_date";
    static final String PUBLISHED = "publication_date";
    static final String GRANTED = "grant_date";
    static final String TITLE = "title";
    static final String ABSTRACT = "abstract";
    static final String IPC_MAIN = "ipc_main";
    static final String IPC = "ipc";
    static final String CPC = "cpc";
    static final String ASSIGNEE = "assignee";
    static final String ASSIGNEE_CODE = "assignee_credit_code";
    static final String INVENTOR = "inventor";
    static final String STATUS = "legal_status";
    static final String CITATION = "citation";
    static final String FAMILY = "family_id";
    static final String LABELS = "labels";

    /** Separators between the symbols or names of one cell: ; ； , ， 、 | and new lines. */
    private static final Pattern LIST = Pattern.compile("[;；,，、|\\n]+");

    private PatentSheet() {}

    /** A patent read from a file, with the applicants' credit codes when the file gives them. */
    public record Row(int row, PatentRecord patent, List<String> applicantCreditCodes, List<String> labels) {}

    public static AnalystSheet.Spec spec() {
        List<Column> c = new ArrayList<>();
        c.add(AnalystSheet.text(PUBLICATION, "公开(公告)号", "Publication number", true, "CN115000001A")
                .alias("公开号", "公告号", "公开公告号", "publication number"));
        c.add(AnalystSheet.text(APPLICATION, "申请号", "Application number", false, "CN202210000001.X")
                .alias("application number"));
        c.add(AnalystSheet.text(KIND, "文献类型", "Kind code", false, "A")
                .alias("kind", "类型代码", "专利类型代码")
                .meaning("A/B/C 发明, U/Y 实用新型, S/D 外观设计 (空: 取公开号末尾的字母)"));
        c.add(AnalystSheet.date(FILING, "申请日", "Filing date", true, "2022-03-15")
                .alias("filing date", "application_date"));
        c.add(AnalystSheet.date(PUBLISHED, "公开(公告)日", "Publication date", false, "2023-09-15")
                .alias("公开日", "公告日", "publication date"));
        c.add(AnalystSheet.date(GRANTED, "授权日", "Grant date", false, "").alias("授权公告日", "grant date"));
        c.add(AnalystSheet.text(TITLE, "名称", "Title", false, "一种磷酸铁锂正极材料及其制备方法")
                .alias("标题", "发明名称", "专利名称", "title_localized"));
        c.add(AnalystSheet.text(ABSTRACT, "摘要", "Abstract", false, "本发明公开了……").alias("abstract_localized"));
        c.add(AnalystSheet.text(IPC_MAIN, "主分类号", "Main IPC", false, "H01M 4/58")
                .alias("IPC主分类号", "main_ipc", "ipc_main_symbol")
                .meaning("如 H01M 4/58、H01M4/58 或 H01M0004580000"));
        c.add(AnalystSheet.text(IPC, "IPC分类号", "IPC", false, "H01M 4/58; H01M 10/0525")
                .alias("分类号", "IPC", "ipc_all")
                .meaning("全部IPC分类号, 以 ; 、 , 分隔; 无主分类号列时第一个为主分类号"));
        c.add(AnalystSheet.text(CPC, "CPC分类号", "CPC", false, "").alias("CPC"));
        c.add(AnalystSheet.text(ASSIGNEE, "申请人", "Assignee", false, "长春某某新能源科技有限公司")
                .alias("申请(专利权)人", "专利权人", "当前权利人", "assignee_harmonized", "applicant"));
        c.add(AnalystSheet.text(ASSIGNEE_CODE, "申请人统一社会信用代码", "Assignee credit code", false, "")
                .meaning("可选; 有则按信用代码关联登记库企业"));
        c.add(AnalystSheet.text(INVENTOR, "发明人", "Inventor", false, "").alias("inventor_harmonized", "设计人"));
        c.add(AnalystSheet.text(STATUS, "法律状态", "Legal status", false, "审中")
                .alias("当前法律状态", "legal status")
                .meaning("审中、有效、失效、未知 (或 pending, active, lapsed)"));
        c.add(AnalystSheet.text(CITATION, "引证文献", "Citations", false, "").alias("引用专利"));
        c.add(AnalystSheet.text(FAMILY, "同族号", "Family id", false, "").alias("family id", "简单同族"));
        c.add(AnalystSheet.text(LABELS, "标引节点", "Labels", false, "")
                .alias("nodes")
                .meaning("只用于 patent eval: 人工判断的节点, 写作 产业链/节点, 以 ; 分隔 / hand labels for patent eval"));
        return new AnalystSheet.Spec(
                "patents",
                "专利数据",
                "Patents",
                c,
                null,
                List.of(
                        "《专利数据》: patent import / patent tag --data 的输入。每件专利一行, 第1行为列名(中文或英文)。",
                        "主分类号或IPC分类号至少填一个; 日期 yyyy-MM-dd、yyyy/M/d 或 yyyyMMdd。",
                        "One patent a row; headers in Chinese or the Google Patents dataset's English names."));
    }

    /** Reads a file whole; every problem is reported with its row and column and nothing is returned. */
    public static List<Row> read(Path file) {
        List<Row> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        AnalystSheet.read(file, spec(), new AnalystSheet.Rows() {
            @Override
            public void row(AnalystSheet.Row row) {
                Row r = convert(row);
                if (r == null) {
                    return;
                }
                Integer before = seen.putIfAbsent(r.patent().publicationNumber(), row.number());
                if (before != null) {
                    row.reject(
                            PUBLICATION,
                            "公开号重复, 首次出现在第 " + before + " 行",
                            "the publication number repeats row " + before);
                    return;
                }
                out.add(r);
            }

            @Override
            public void end(AnalystSheet.Ending ending) {
                if (!ending.has(IPC_MAIN) && !ending.has(IPC)) {
                    ending.reject("缺少主分类号或IPC分类号列", "the file has neither a main IPC nor an IPC column");
                }
            }
        });
        return out;
    }

    private static Row convert(AnalystSheet.Row row) {
        boolean ok = true;
        IpcSymbol main = null;
        if (row.text(IPC_MAIN) != null) {
            try {
                main = IpcSymbol.parse(row.text(IPC_MAIN));
            } catch (IllegalArgumentException e) {
                row.reject(IPC_MAIN, "主分类号格式不对: " + e.getMessage(), "malformed main IPC: " + e.getMessage());
                ok = false;
            }
        }
        List<IpcSymbol> all = new ArrayList<>();
        if (row.text(IPC) != null) {
            for (String s : LIST.split(row.text(IPC))) {
                if (s.isBlank()) {
                    continue;
                }
                try {
                    all.add(IpcSymbol.parse(s));
                } catch (IllegalArgumentException e) {
                    row.reject(
                            IPC,
                            "IPC分类号 '" + s.strip() + "' 格式不对: " + e.getMessage(),
                            "malformed IPC symbol '" + s.strip() + "': " + e.getMessage());
                    ok = false;
                }
            }
        }
        if (ok && main == null && all.isEmpty()) {
            row.reject(row.has(IPC) ? IPC : IPC_MAIN, "缺少IPC分类号", "no IPC symbol");
            ok = false;
        }
        String kind = row.text(KIND);
        String publication = row.text(PUBLICATION);
        try {
            PatentType.ofKind(kind != null ? kind : publication.replaceAll("^.*?([A-Z]\\d?)$", "$1"));
        } catch (IllegalArgumentException e) {
            row.reject(kind != null ? KIND : PUBLICATION, "文献类型无法识别: " + e.getMessage(), e.getMessage());
            ok = false;
        }
        LegalStatus status = LegalStatus.UNKNOWN;
        try {
            status = LegalStatus.parse(row.text(STATUS));
        } catch (IllegalArgumentException e) {
            row.reject(STATUS, e.getMessage(), e.getMessage());
            ok = false;
        }
        if (!ok) {
            return null;
        }
        LocalDate filed = row.value(FILING);
        try {
            PatentRecord p = new PatentRecord(
                    publication,
                    row.text(APPLICATION),
                    kind,
                    filed,
                    row.value(PUBLISHED),
                    row.value(GRANTED),
                    row.text(TITLE),
                    row.text(ABSTRACT),
                    main,
                    all,
                    list(row.text(CPC)),
                    list(row.text(ASSIGNEE)),
                    list(row.text(INVENTOR)),
                    status,
                    list(row.text(CITATION)),
                    row.text(FAMILY));
            return new Row(row.number(), p, list(row.text(ASSIGNEE_CODE)), list(row.text(LABELS)));
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            row.reject(m.contains("grant") ? GRANTED : m.contains("publication date") ? PUBLISHED : FILING, m, m);
            return null;
        }
    }

    private static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : LIST.split(cell)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
