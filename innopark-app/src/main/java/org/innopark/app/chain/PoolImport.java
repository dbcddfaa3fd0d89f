package org.innopark.app.chain;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.engine.chain.ChainCodes;
import org.innopark.engine.registry.CreditCode;
import org.springframework.stereotype.Service;

/**
 * Imports firms into the national candidate pool from the exports parks get from commercial-data sites (企查查,
 * 天眼查, 启信宝…) or from public lists, by their column names: 企业名称, 统一社会信用代码, 所属行业 (a GB/T 4754 code
 * or a 小类's name), 经营范围, 主营产品, 注册资本 (e.g. 1000万元人民币), 成立日期, 所属城市, 营业收入 (万元), 参保人数,
 * 企业标签 (高新技术企业, 专精特新, 小巨人), 风险标签 (经营异常, 失信), and for back-tests of real arrivals 迁入园区 and
 * 迁入日期. A file with any bad cell is rejected whole, with every error by row and column; nothing is written.
 */
@Service
public class PoolImport {

    private static final Pattern AMOUNT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(亿|万)?");

    static final AnalystSheet.Spec SPEC = new AnalystSheet.Spec(
            "pool-input",
            "候选企业",
            "Candidate pool",
            List.of(
                    AnalystSheet.text("name", "企业名称", "Enterprise name", true, "宁德示例新能源科技有限公司")
                            .alias("公司名称", "名称"),
                    AnalystSheet.creditCode("credit_code", "统一社会信用代码", "Credit code", true, "")
                            .alias("信用代码", "社会信用代码"),
                    AnalystSheet.text("industry", "所属行业", "Industry", false, "3841")
                            .alias("国标行业", "行业代码", "国民经济行业", "行业"),
                    AnalystSheet.text("business_scope", "经营范围", "Business scope", false, "一般项目：电池制造"),
                    AnalystSheet.text("main_products", "主营产品", "Main products", false, "锂离子电池")
                            .alias("主营业务", "产品"),
                    AnalystSheet.text("capital", "注册资本", "Registered capital", false, "1000万元人民币"),
                    AnalystSheet.date("registration_date", "成立日期", "Registration date", false, "2016-05-20")
                            .alias("成立时间"),
                    AnalystSheet.text("city", "所属城市", "City", false, "宁德市").alias("城市", "所在城市"),
                    AnalystSheet.text("revenue", "营业收入(万元)", "Revenue (10k yuan)", false, "52000")
                            .alias("营业收入", "营收(万元)"),
                    AnalystSheet.text("employees", "参保人数", "Employees", false, "320")
                            .alias("员工人数"),
                    AnalystSheet.text("tags", "企业标签", "Tags", false, "高新技术企业；专精特新")
                            .alias("科技型企业标签", "资质"),
                    AnalystSheet.text("risks", "风险标签", "Risks", false, "").alias("经营风险"),
                    AnalystSheet.text("moved_to_park", "迁入园区", "Destination zone", false, ""),
                    AnalystSheet.date("moved_on", "迁入日期", "Moved on", false, "")),
            null,
            List.of("每行一家园区外的候选企业; 列名可用企查查、天眼查等导出的列名 / one candidate firm outside the parks per row"));

    private final CandidatePoolStore store;

    PoolImport(CandidatePoolStore store) {
        this.store = store;
    }

    /** Reads and writes the file; throws {@code AnalystInputException} with every error, writing nothing. */
    public int importFile(Path file) {
        List<org.innopark.engine.chain.PoolEntry> entries = new ArrayList<>();
        AnalystSheet.read(file, SPEC, row -> {
            String industry = industry(row.text("industry"));
            if (row.text("industry") != null && industry == null) {
                row.reject(
                        "industry", "所属行业应为GB/T 4754-2017行业代码或小类名称", "industry: a GB/T 4754-2017 code or class name");
                return;
            }
            Double capital = amount(row, "capital", 1e4);
            Double revenue = amount(row, "revenue", 1e4);
            Double employees = amount(row, "employees", 1);
            if (capital == null || revenue == null || employees == null) {
                return;
            }
            String tags = row.text("tags") == null ? "" : row.text("tags");
            String risks = row.text("risks") == null ? "" : row.text("risks");
            CreditCode code = row.value("credit_code");
            LocalDate movedOn = row.value("moved_on");
            entries.add(new org.innopark.engine.chain.PoolEntry(
                    code.value(),
                    row.text("name"),
                    industry,
                    row.text("city"),
                    row.value("registration_date"),
                    capital,
                    revenue,
                    0,
                    (int) Math.round(employees),
                    tags.contains("高新技术企业"),
                    tags.contains("专精特新") || tags.contains("小巨人"),
                    tags.contains("小巨人"),
                    risks.contains("经营异常") || risks.contains("失信") || risks.contains("严重违法"),
                    row.text("main_products"),
                    row.text("business_scope"),
                    List.of(),
                    movedOn == null ? null : row.text("moved_to_park"),
                    movedOn));
        });
        return store.save(entries, file.getFileName().toString());
    }

    static final AnalystSheet.Spec SIGNALS = new AnalystSheet.Spec(
            "pool-signals",
            "扩张信号",
            "Expansion signals",
            List.of(
                    AnalystSheet.creditCode("credit_code", "统一社会信用代码", "Credit code", true, "")
                            .alias("信用代码", "社会信用代码"),
                    AnalystSheet.text("signal", "信号类型", "Signal", true, "新设分支").alias("事件类型", "类型", "signal_type"),
                    AnalystSheet.date("date", "日期", "Date", true, "2026-05-20").alias("发生日期", "事件日期", "signal_date"),
                    AnalystSheet.text("note", "说明", "Note", false, "在合肥新设分公司").alias("事件", "详情")),
            null,
            List.of("每行一个已在候选库中的企业的扩张事件(新设分支、融资、招聘扩张、购地) / one expansion event of a pool firm per"
                    + " row (branch, financing, hiring, land)"));

    /**
     * Imports dated expansion signals of pool firms (企查查's 对外投资/分支机构, 融资事件, 招聘, 土地 exports): every
     * firm must already be in the pool; a (firm, signal, date) in the file replaces what the pool held for it, so
     * importing the same file again changes nothing. A file with any bad cell is rejected whole, nothing written.
     *
     * @return the signals written
     */
    @org.springframework.transaction.annotation.Transactional
    public int importSignals(Path file) {
        java.util.Set<String> known = store.creditCodes();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        AnalystSheet.read(file, SIGNALS, row -> {
            CreditCode code = row.value("credit_code");
            org.innopark.engine.chain.ExpansionSignal signal =
                    org.innopark.engine.chain.ExpansionSignal.parse(row.text("signal"));
            if (signal == null) {
                row.reject(
                        "signal",
                        "信号类型应为 新设分支、融资、招聘扩张 或 购地, 实际为'" + row.text("signal") + "'",
                        "signal: BRANCH (新设分支), FINANCING (融资), HIRING (招聘扩张) or LAND (购地), got '" + row.text("signal")
                                + "'");
                return;
            }
            if (!known.contains(code.value())) {
                row.reject(
                        "credit_code",
                        "候选库中没有该企业, 请先用 chain pool import 导入",
                        "no such firm in the pool; import it first (chain pool import)");
                return;
            }
            LocalDate date = row.value("date");
            counts.merge(code.value() + "|" + signal.name() + "|" + date, 1, Integer::sum);
        });
        return store.replaceSignals(counts);
    }

    /** A code (with or without its section letter) or the exact name of a 中类/小类 (the finer one when both match). */
    static String industry(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replaceFirst("^[A-T](?=\\d)", "");
        if (t.matches("\\d{2,4}") && ChainCodes.industryName(t).isPresent()) {
            return t;
        }
        // A 中类 that is not subdivided shares its name with its single 小类: the finer code is kept.
        String found = null;
        for (Map.Entry<String, String> e : ChainCodes.industryClasses().entrySet()) {
            if (e.getValue().equals(text.strip())
                    && (found == null || e.getKey().length() > found.length())) {
                found = e.getKey();
            }
        }
        return found;
    }

    /**
     * A number with an optional 万/亿 (1000万元人民币 → 1.0e7), a bare number times {@code bare} (万元 columns); null
     * after rejecting the cell; 0 when empty.
     */
    private static Double amount(AnalystSheet.Row row, String key, double bare) {
        String t = row.text(key);
        if (t == null) {
            return 0.0;
        }
        Matcher m = AMOUNT.matcher(t.replace(",", ""));
        if (!m.find()) {
            row.reject(key, "应为数字(可带万、亿), 实际为'" + t + "'", "expected a number (with 万 or 亿), got '" + t + "'");
            return null;
        }
        double v = new BigDecimal(m.group(1)).doubleValue();
        if ("亿".equals(m.group(2))) {
            return v * 1e8;
        }
        return "万".equals(m.group(2)) ? v * 1e4 : v * bare;
    }
}
