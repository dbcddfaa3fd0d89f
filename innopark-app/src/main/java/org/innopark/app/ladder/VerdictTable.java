package org.innopark.app.ladder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.engine.ladder.ConditionResult;
import org.innopark.engine.ladder.Gap;
import org.innopark.engine.ladder.ScoreSheet;
import org.innopark.engine.ladder.Verdict;

/**
 * Verdicts of one scheme as a flat table, one row per enterprise, for CSV and XLSX: the enterprise, the outcome and
 * score, then for every condition of the scheme its value, requirement, status and points, then every scored
 * indicator's value, bracket and points, and the gap when one was computed. Headers are Chinese by default, English
 * for an English locale. Cells are a String, a Double or null.
 */
public final class VerdictTable {

    private final List<String> headers = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    /** Columns that hold numbers, for number formats. */
    private final List<Boolean> numeric = new ArrayList<>();

    private VerdictTable() {}

    public List<String> headers() {
        return headers;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    public boolean numeric(int column) {
        return numeric.get(column);
    }

    /** Builds the table; the condition and indicator columns are the union over the verdicts, in scheme order. */
    public static VerdictTable of(List<ParkLadder.Assessed> assessed, Locale locale) {
        boolean en = VerdictView.en(locale);
        Map<String, String> conditions = new LinkedHashMap<>();
        Map<String, String> indicators = new LinkedHashMap<>();
        boolean gaps = false;
        for (ParkLadder.Assessed a : assessed) {
            for (ConditionResult c : a.verdict().conditions()) {
                conditions.putIfAbsent(c.id(), c.name().in(locale));
            }
            a.verdict()
                    .score()
                    .ifPresent(s -> s.blocks()
                            .forEach(b -> b.indicators()
                                    .forEach(i -> indicators.putIfAbsent(
                                            i.id(), i.name().in(locale)))));
            gaps |= a.gap() != null;
        }
        VerdictTable t = new VerdictTable();
        t.column(en ? "Credit code" : "统一社会信用代码", false);
        t.column(en ? "Enterprise" : "企业名称", false);
        t.column(en ? "Scheme" : "评价方案", false);
        t.column(en ? "Version" : "版本", false);
        t.column(en ? "Year" : "年度", true);
        t.column(en ? "Outcome" : "评价结论", false);
        t.column(en ? "Score (min)" : "得分(下限)", true);
        t.column(en ? "Score (max)" : "得分(上限)", true);
        t.column(en ? "Direct route" : "直接认定途径", false);
        t.column(en ? "Undecided on" : "待定条件", false);
        conditions.values().forEach(name -> {
            t.column(name + (en ? ": value" : " 值"), false);
            t.column(name + (en ? ": requirement" : " 要求"), false);
            t.column(name + (en ? ": status" : " 结果"), false);
            t.column(name + (en ? ": points" : " 得分"), false);
        });
        indicators.values().forEach(name -> {
            t.column(name + (en ? ": value" : " 指标值"), false);
            t.column(name + (en ? ": bracket" : " 档位"), false);
            t.column(name + (en ? ": points" : " 指标得分"), false);
        });
        if (gaps) {
            t.column(en ? "Gap size" : "差距大小", true);
            t.column(en ? "Gap" : "差距", false);
        }
        for (ParkLadder.Assessed a : assessed) {
            Verdict v = a.verdict();
            List<Object> row = new ArrayList<>();
            row.add(a.creditCode().value());
            row.add(a.name());
            row.add(v.scheme().name().in(locale));
            row.add(v.schemeVersion());
            row.add((double) v.year());
            row.add(VerdictView.outcome(v.outcome(), locale));
            row.add(v.score().map(s -> s.total().min()).orElse(null));
            row.add(v.score().map(s -> s.total().max()).orElse(null));
            row.add(v.directRoute().map(r -> r.name().in(locale)).orElse(""));
            row.add(String.join(
                    en ? "; " : ";",
                    v.undecided().stream().map(c -> c.name().in(locale)).toList()));
            Map<String, ConditionResult> byId = new LinkedHashMap<>();
            v.conditions().forEach(c -> byId.put(c.id(), c));
            for (String id : conditions.keySet()) {
                ConditionResult c = byId.get(id);
                row.add(c == null ? null : c.valueText(locale));
                row.add(c == null ? null : c.requirementText(locale));
                row.add(c == null ? null : VerdictView.status(c.status(), locale));
                row.add(c == null || c.points() == null ? null : c.points().toString());
            }
            Map<String, ScoreSheet.IndicatorScore> scores = new LinkedHashMap<>();
            v.score().ifPresent(s -> s.blocks().forEach(b -> b.indicators().forEach(i -> scores.put(i.id(), i))));
            for (String id : indicators.keySet()) {
                ScoreSheet.IndicatorScore i = scores.get(id);
                row.add(
                        i == null || i.value() == null
                                ? null
                                : en ? i.unit().en(i.value()) : i.unit().zh(i.value()));
                row.add(i == null ? null : i.bracket());
                row.add(i == null ? null : i.points().toString());
            }
            if (gaps) {
                Gap g = a.gap();
                row.add(g == null || Double.isInfinite(g.size()) ? null : g.size());
                row.add(g == null ? null : String.join(en ? "; " : ";", g.lines(locale)));
            }
            t.rows.add(row);
        }
        return t;
    }

    private void column(String header, boolean isNumber) {
        headers.add(header);
        numeric.add(isNumber);
    }
}
