package org.innopark.engine.io;

import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.io.DataColumn.Kind;
import org.innopark.engine.monitor.Alert;
import org.innopark.engine.monitor.Measure;
import org.innopark.engine.monitor.MonitorEvent;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.monitor.WarningRules;
import org.innopark.engine.registry.InvalidValueException;

/**
 * The early warning's files ({@code monitor scan --data PANEL [--enterprises E] [--events EV]}): their columns, how a
 * cell of each becomes a value, and the alert table's row. The application's reader (XLSX/CSV, with its error report)
 * and the Spark job (CSV, Parquet, JDBC) both read the files and write the alerts here.
 *
 * <ul>
 *   <li>月度报表 (panel): 统一社会信用代码 {@code credit_code}, 期间 {@code period} (YYYY-MM), and the four figures
 *       营业收入(万元) {@code revenue}, 纳税总额(万元) {@code tax}, 社保缴纳人数 {@code headcount}, 用电量(千瓦时)
 *       {@code electricity}; other columns are allowed and not read. An empty figure is not reported.
 *   <li>企业 (enterprises): 统一社会信用代码, 企业名称 {@code name}, 行业代码 {@code industry}, 成立日期 {@code registered}.
 *   <li>信用事件 (events): 统一社会信用代码, 日期 {@code date}, 事件类型 {@code type}, 说明 {@code note}.
 * </ul>
 */
public final class MonitorData {

    public static final String CREDIT_CODE = "credit_code";
    public static final String PERIOD = "period";
    /** The keys of the figures, in {@link Measure} order. */
    public static final List<String> FIGURES = List.of("revenue", "tax", "headcount", "electricity");

    public static final String NAME = "name";
    public static final String INDUSTRY = "industry";
    public static final String REGISTERED = "registered";
    public static final String DATE = "date";
    public static final String TYPE = "type";
    public static final String NOTE = "note";

    /** The alert table's columns, in order (the JSON keys are the same). */
    public static final List<String> ALERT_COLUMNS = List.of("统一社会信用代码", "期间", "规则", "严重程度", "说明");

    private static final List<DataColumn> PANEL = panel0();
    private static final List<DataColumn> ENTERPRISES = List.of(
            code(),
            DataColumn.of(NAME, "企业名称", "name", Kind.TEXT, false),
            DataColumn.of(INDUSTRY, "行业代码", "industry_code", Kind.INDUSTRY_CODE, false),
            DataColumn.of(REGISTERED, "成立日期", "registration_date", Kind.DATE, false));
    private static final List<DataColumn> EVENTS = List.of(
            code(),
            DataColumn.of(DATE, "日期", "date", Kind.DATE, true),
            DataColumn.of(TYPE, "事件类型", "event_type", Kind.TEXT, true),
            DataColumn.of(NOTE, "说明", "note", Kind.TEXT, false));

    private MonitorData() {}

    private static DataColumn code() {
        return DataColumn.of(CREDIT_CODE, "统一社会信用代码", "credit_code", Kind.CREDIT_CODE, true);
    }

    private static List<DataColumn> panel0() {
        List<DataColumn> c = new ArrayList<>();
        c.add(code());
        c.add(DataColumn.of(PERIOD, "期间", "period", Kind.TEXT, true));
        Measure[] measures = Measure.values();
        for (int i = 0; i < measures.length; i++) {
            c.add(DataColumn.of(FIGURES.get(i), measures[i].header(), FIGURES.get(i), Kind.TEXT, false));
        }
        return List.copyOf(c);
    }

    /** The panel's columns: the credit code, the period and the four figures. */
    public static List<DataColumn> panelColumns() {
        return PANEL;
    }

    public static List<DataColumn> enterpriseColumns() {
        return ENTERPRISES;
    }

    public static List<DataColumn> eventColumns() {
        return EVENTS;
    }

    /**
     * Which cell holds which column, for a reader of plain-text rows; a header that names none of the columns is a
     * column that is not read.
     *
     * @throws InvalidValueException naming a required column that is missing, or a header twice
     */
    public static DataLayout layout(List<DataColumn> columns, List<String> headers) {
        List<String> known = new ArrayList<>();
        for (String h : headers) {
            boolean match = false;
            for (DataColumn c : columns) {
                match |= h != null && c.matches(h, null) != null;
            }
            known.add(match ? h : "");
        }
        return new DataLayout(columns, known, null);
    }

    /**
     * A figure's value from its cell: NaN when empty. 纳税总额 may be negative (a refund), the others not; 社保缴纳人数
     * is a whole number.
     *
     * @throws InvalidValueException saying what is wrong
     */
    public static double figure(Measure measure, String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(text.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("'" + text + "' 不是数字", "'" + text + "' is not a number");
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new InvalidValueException("'" + text + "' 不是有限的数字", "'" + text + "' is not a finite number");
        }
        if (measure != Measure.TAX && v < 0) {
            throw new InvalidValueException("不能为负数:" + text, "must not be negative: " + text);
        }
        if (measure == Measure.HEADCOUNT && v != Math.rint(v)) {
            throw new InvalidValueException("应为整数(人数):" + text, "must be a whole number (people): " + text);
        }
        return v;
    }

    /**
     * An event type by its name or a short form (see {@link MonitorEvent.Type#parse}).
     *
     * @throws InvalidValueException listing the valid types
     */
    public static MonitorEvent.Type eventType(String text) {
        MonitorEvent.Type type = text == null ? null : MonitorEvent.Type.parse(text);
        if (type == null) {
            throw new InvalidValueException(
                    "未知的事件类型;有效值:列入经营异常名录、移出经营异常名录、列入严重违法失信名单、移出严重违法失信名单",
                    "unknown event type; valid: 列入经营异常名录, 移出经营异常名录, 列入严重违法失信名单, 移出严重违法失信名单");
        }
        return type;
    }

    /** The text of the 说明 column: the rule's name, then the alert's explanation. */
    public static String explanation(Alert a, WarningRules rules) {
        WarningRules.Rule r = rules.rule(a.ruleId());
        return (r == null ? "" : r.nameZh() + ":") + a.explanation();
    }

    /** An alert as the table's row of {@link #ALERT_COLUMNS}. */
    public static String[] alertRow(Alert a, WarningRules rules) {
        return new String[] {
            a.creditCode(), Period.format(a.period()), a.ruleId(), a.severity().zh(), explanation(a, rules)
        };
    }
}
