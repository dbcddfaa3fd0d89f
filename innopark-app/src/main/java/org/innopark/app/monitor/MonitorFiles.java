package org.innopark.app.monitor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Column;
import org.innopark.engine.io.MonitorData;
import org.innopark.engine.monitor.FirmProfile;
import org.innopark.engine.monitor.Measure;
import org.innopark.engine.monitor.MonitorEvent;
import org.innopark.engine.monitor.Panel;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.monitor.eval.FaultKind;
import org.innopark.engine.monitor.eval.FaultLabel;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;

/**
 * The monitoring's input files, read as an import reads its files ({@link AnalystSheet}: CSV in UTF-8 or GBK, or
 * XLSX; every problem reported with its sheet, row and column; a file with any problem rejected whole):
 *
 * <ul>
 *   <li>月度报表 (panel): 统一社会信用代码, 期间 (YYYY-MM), 营业收入(万元), 纳税总额(万元), 社保缴纳人数, 用电量(千瓦时); other
 *       columns (工业总产值, 出口额, 研发费用 …) are allowed and not read. An empty figure is not reported; a row whose
 *       four figures are all empty is a month without a report.
 *   <li>企业 (enterprises, optional): 统一社会信用代码, 企业名称, 行业代码 (GB/T 4754, 大类 or finer), 成立日期. When given,
 *       every enterprise of the panel and the events must be in it.
 *   <li>信用事件 (events, optional): 统一社会信用代码, 日期, 事件类型 (列入经营异常名录, 移出经营异常名录, 列入严重违法失信名单,
 *       移出严重违法失信名单), 说明 (free text: the listing reason, the authority).
 *   <li>故障标注 (labels): 统一社会信用代码, 故障类型 (停产, 持续下滑, 裁员, 欠税, 报表矛盾, 报表中断, 断崖下跌), 起始期间,
 *       结束期间 (optional: empty while it lasts).
 * </ul>
 */
public final class MonitorFiles {

    private MonitorFiles() {}

    // The column keys, a figure's and an event type's parse are the engine's MonitorData, which the Spark job shares;
    // this class reads the files and reports their errors.
    static final String CODE = MonitorData.CREDIT_CODE;
    static final String PERIOD = MonitorData.PERIOD;
    static final String[] FIGURES = MonitorData.FIGURES.toArray(String[]::new);

    /** What a scan reads: the panel (with the enterprises' profiles) and the events. */
    public record Input(Panel panel, List<MonitorEvent> events, Map<String, String> names) {}

    /** The panel's spec: its six columns, and any other column of the file as a column that is not read. */
    static AnalystSheet.Spec panelSpec(List<String> headers) {
        List<Column> columns = new ArrayList<>();
        columns.add(AnalystSheet.creditCode(CODE, "统一社会信用代码", "credit_code", true, "91220101MA0000001X"));
        columns.add(AnalystSheet.text(PERIOD, "期间", "period", true, "2025-03")
                .meaning("月份,YYYY-MM,如 2025-03 / the month, YYYY-MM"));
        Measure[] measures = Measure.values();
        String[] examples = {"1250.5", "62.3", "86", "152000"};
        for (int i = 0; i < measures.length; i++) {
            columns.add(AnalystSheet.text(FIGURES[i], measures[i].header(), FIGURES[i], false, examples[i])
                    .mustBePresent()
                    .alias(measures[i].header().replace('(', '（').replace(')', '）'))
                    .meaning(
                            i == 2
                                    ? "当月参加社保的人数,非负整数 / people insured that month, a whole number, not negative"
                                    : i == 1
                                            ? "当月缴纳的税款,万元;退税可为负 / tax paid in the month, 万元; a refund may be negative"
                                            : "当月数值,非负(" + measures[i].unit() + ")/ the month's figure, not negative"));
        }
        extras(headers, columns);
        return new AnalystSheet.Spec(
                "monitor-panel",
                "月度报表",
                "Monthly reports",
                columns,
                null,
                List.of(
                        "《月度报表》:monitor scan --data 文件 / the panel of monitor scan --data FILE",
                        "1. 每家企业每个月一行;期间写作 YYYY-MM。One row per enterprise and month; the period as YYYY-MM.",
                        "2. 空单元格表示未报(不是0);四项都空的一行即该月未报送。An empty figure is not reported, never 0.",
                        "3. 可另加 工业总产值、出口额、研发费用 等列,不参与计算。Other columns are allowed and not read."));
    }

    /** Every header the spec does not know becomes a column that is read as text and ignored. */
    private static void extras(List<String> headers, List<Column> columns) {
        Set<String> known = new java.util.HashSet<>();
        for (Column c : columns) {
            known.add(normal(c.header()));
            known.add(normal(c.key()));
        }
        int n = 0;
        for (String h : headers) {
            String k = normal(h);
            if (!k.isEmpty() && known.add(k)) {
                columns.add(AnalystSheet.text("extra:" + n++, h, h, false, ""));
            }
        }
    }

    private static String normal(String header) {
        return header == null
                ? ""
                : header.strip()
                        .replace('（', '(')
                        .replace('）', ')')
                        .replace(" ", "")
                        .toLowerCase(Locale.ROOT);
    }

    static AnalystSheet.Spec enterpriseSpec(List<String> headers) {
        List<Column> columns = new ArrayList<>();
        columns.add(AnalystSheet.creditCode(CODE, "统一社会信用代码", "credit_code", true, "91220101MA0000001X"));
        columns.add(AnalystSheet.text("name", "企业名称", "name", false, "长春某某科技有限公司"));
        columns.add(AnalystSheet.industryCode("industry", "行业代码", "industry_code", "3911"));
        columns.add(AnalystSheet.date("registered", "成立日期", "registration_date", false, "2019-05-20"));
        extras(headers, columns);
        return new AnalystSheet.Spec(
                "monitor-enterprises",
                "企业",
                "Enterprises",
                columns,
                null,
                List.of("《企业》:monitor scan --enterprises 文件 / the enterprises of monitor scan --enterprises FILE"));
    }

    static AnalystSheet.Spec eventSpec(List<String> headers) {
        List<Column> columns = new ArrayList<>();
        columns.add(AnalystSheet.creditCode(CODE, "统一社会信用代码", "credit_code", true, "91220101MA0000001X"));
        columns.add(AnalystSheet.date("date", "日期", "date", true, "2025-03-15"));
        columns.add(AnalystSheet.text("type", "事件类型", "event_type", true, "列入经营异常名录")
                .meaning("列入经营异常名录、移出经营异常名录、列入严重违法失信名单、移出严重违法失信名单"));
        columns.add(AnalystSheet.text("note", "说明", "note", false, "通过登记的住所无法联系"));
        extras(headers, columns);
        return new AnalystSheet.Spec(
                "monitor-events",
                "信用事件",
                "Credit events",
                columns,
                null,
                List.of("《信用事件》:monitor scan --events 文件 / the events of monitor scan --events FILE"));
    }

    static AnalystSheet.Spec labelSpec(List<String> headers) {
        List<Column> columns = new ArrayList<>();
        columns.add(AnalystSheet.creditCode(CODE, "统一社会信用代码", "credit_code", true, "91220101MA0000001X"));
        columns.add(AnalystSheet.text("kind", "故障类型", "kind", true, "停产"));
        columns.add(AnalystSheet.text("start", "起始期间", "start", true, "2025-03"));
        columns.add(AnalystSheet.text("end", "结束期间", "end", false, ""));
        extras(headers, columns);
        return new AnalystSheet.Spec(
                "monitor-labels", "故障标注", "Fault labels", columns, null, List.of("《故障标注》:monitor eval --labels 文件"));
    }

    /**
     * Reads the panel, and the enterprises and events when given (null: none).
     *
     * @throws org.innopark.app.registry.imports.AnalystInputException with every problem of the first bad file
     */
    public static Input read(Path panelFile, Path enterprisesFile, Path eventsFile) {
        Map<String, FirmProfile> profiles = enterprisesFile == null ? null : enterprises(enterprisesFile);
        Panel.Builder builder = Panel.builder();
        Map<String, String> names = new HashMap<>();
        if (profiles != null) {
            profiles.values().forEach(p -> {
                builder.profile(p);
                if (p.name() != null) {
                    names.put(p.creditCode(), p.name());
                }
            });
        }
        Map<String, BitSet> seen = new HashMap<>();
        String unknown =
                enterprisesFile == null ? "" : enterprisesFile.getFileName().toString();
        AnalystSheet.read(panelFile, (Function<List<String>, AnalystSheet.Spec>) MonitorFiles::panelSpec, row -> {
            String code = row.<CreditCode>value(CODE).value();
            if (profiles != null && !profiles.containsKey(code)) {
                row.reject(
                        CODE,
                        "未知企业:" + code + " 不在企业名单 " + unknown + " 中",
                        "unknown enterprise: " + code + " is not in the enterprises file " + unknown);
                return;
            }
            int period;
            try {
                period = Period.parse(row.text(PERIOD));
            } catch (InvalidValueException e) {
                row.reject(PERIOD, e);
                return;
            }
            double[] v = new double[4];
            boolean ok = true;
            for (int i = 0; i < 4; i++) {
                v[i] = figure(row, Measure.values()[i]);
                ok &= !Double.isInfinite(v[i]);
            }
            if (!ok) {
                return;
            }
            BitSet months = seen.computeIfAbsent(code, k -> new BitSet());
            int bit = period - Period.of(Period.MIN_YEAR, 1);
            if (months.get(bit)) {
                row.reject(
                        PERIOD,
                        "重复:" + code + " 的 " + Period.format(period) + " 已有一行报表",
                        "duplicate: " + code + " already has a report for " + Period.format(period));
                return;
            }
            months.set(bit);
            builder.row(code, period, v[0], v[1], v[2], v[3]);
        });
        List<MonitorEvent> events =
                eventsFile == null ? List.of() : events(eventsFile, profiles, seen.keySet(), unknown);
        return new Input(builder.build(), events, names);
    }

    /** A figure's value: NaN when empty; negative infinity (after rejecting the cell) when it is not valid. */
    private static double figure(AnalystSheet.Row row, Measure measure) {
        String key = FIGURES[measure.ordinal()];
        try {
            return MonitorData.figure(measure, row.text(key));
        } catch (InvalidValueException e) {
            row.reject(key, e);
            return Double.NEGATIVE_INFINITY;
        }
    }

    private static Map<String, FirmProfile> enterprises(Path file) {
        Map<String, FirmProfile> profiles = new LinkedHashMap<>();
        AnalystSheet.read(file, (Function<List<String>, AnalystSheet.Spec>) MonitorFiles::enterpriseSpec, row -> {
            String code = row.<CreditCode>value(CODE).value();
            if (profiles.containsKey(code)) {
                row.reject(CODE, "重复:" + code + " 已在前面出现", "duplicate: " + code + " appears twice");
                return;
            }
            IndustryCode industry = row.value("industry");
            LocalDate registered = row.value("registered");
            profiles.put(
                    code,
                    new FirmProfile(code, row.text("name"), industry == null ? null : industry.value(), registered));
        });
        return profiles;
    }

    private static List<MonitorEvent> events(
            Path file, Map<String, FirmProfile> profiles, Set<String> inPanel, String enterprisesName) {
        List<MonitorEvent> events = new ArrayList<>();
        AnalystSheet.read(file, (Function<List<String>, AnalystSheet.Spec>) MonitorFiles::eventSpec, row -> {
            String code = row.<CreditCode>value(CODE).value();
            boolean known = profiles != null ? profiles.containsKey(code) : inPanel.contains(code);
            if (!known) {
                row.reject(
                        CODE,
                        "未知企业:" + code + (profiles != null ? " 不在企业名单 " + enterprisesName + " 中" : " 不在月度报表中"),
                        "unknown enterprise: " + code
                                + (profiles != null ? " is not in " + enterprisesName : " is not in the panel"));
                return;
            }
            MonitorEvent.Type type;
            try {
                type = MonitorData.eventType(row.text(MonitorData.TYPE));
            } catch (InvalidValueException e) {
                row.reject(MonitorData.TYPE, e);
                return;
            }
            events.add(new MonitorEvent(code, row.value("date"), type, row.text("note")));
        });
        return events;
    }

    /** Reads a labels file. */
    public static List<FaultLabel> labels(Path file) {
        List<FaultLabel> labels = new ArrayList<>();
        AnalystSheet.read(file, (Function<List<String>, AnalystSheet.Spec>) MonitorFiles::labelSpec, row -> {
            String code = row.<CreditCode>value(CODE).value();
            FaultKind kind = FaultKind.parse(row.text("kind"));
            if (kind == null) {
                StringBuilder valid = new StringBuilder();
                for (FaultKind k : FaultKind.values()) {
                    valid.append(valid.length() == 0 ? "" : "、").append(k.zh());
                }
                row.reject("kind", "未知的故障类型;有效值:" + valid, "unknown fault kind; valid: " + valid);
                return;
            }
            int start;
            int end = FaultLabel.OPEN;
            try {
                start = Period.parse(row.text("start"));
            } catch (InvalidValueException e) {
                row.reject("start", e);
                return;
            }
            if (row.text("end") != null) {
                try {
                    end = Period.parse(row.text("end"));
                } catch (InvalidValueException e) {
                    row.reject("end", e);
                    return;
                }
                if (end < start) {
                    row.reject("end", "结束期间早于起始期间", "the end is before the start");
                    return;
                }
            }
            labels.add(new FaultLabel(code, kind, start, end));
        });
        return labels;
    }
}
