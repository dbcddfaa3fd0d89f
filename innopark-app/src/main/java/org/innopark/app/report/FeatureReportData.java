package org.innopark.app.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.innopark.app.incubation.IncubationViews.CarrierSummary;
import org.innopark.app.incubation.IncubationViews.ParkView;
import org.innopark.app.incubation.IncubationViews.Stored;
import org.innopark.app.talent.Talents;
import org.innopark.app.transfer.TransferNotFound;
import org.innopark.app.transfer.TransferViews;
import org.innopark.engine.incubation.RecognitionAssessment;
import org.innopark.engine.incubation.Share;
import org.innopark.engine.incubation.Tenancy;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.report.Dataset;
import org.innopark.engine.report.Dataset.Column;
import org.innopark.engine.report.Figure;
import org.innopark.engine.report.Unit;
import org.innopark.engine.transfer.ContractStatistics;

/**
 * The figures and datasets of the later capabilities' reports, read through their modules' public reads: incubation
 * (the carriers and tenancies as of each year's 31 December), talents (the current roster) and technology transfer
 * (the registered contracts' 输出 and 吸纳, the results, experts, instruments and demands). Read lazily, once per
 * report; every figure names the call that produced it, and a figure that cannot be had says why.
 */
final class FeatureReportData {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportChapters sources;
    private final String park;
    private final int year;
    private final LocalDate dataDate;

    private final Map<Integer, ParkView> incubation = new HashMap<>();
    private List<Stored> tenancies;
    private Talents.Overview talents;
    private final Map<Integer, Optional<ContractStatistics.Report>> contracts = new HashMap<>();
    private TransferViews.Counts objects;
    private TransferViews.DemandFigures demands;

    FeatureReportData(ReportChapters sources, String park, int year, LocalDate dataDate) {
        this.sources = sources;
        this.park = park;
        this.year = year;
        this.dataDate = dataDate;
    }

    // ---- incubation (孵化载体) -----------------------------------------------------------------------------------

    /** The day a year's incubation figures are taken on: its 31 December, or the data's day when earlier. */
    private LocalDate asOf(int y) {
        LocalDate end = LocalDate.of(y, 12, 31);
        return end.isAfter(dataDate) ? dataDate : end;
    }

    private ParkView incubation(int y) {
        return incubation.computeIfAbsent(y, k -> sources.incubation().park(park, asOf(k)));
    }

    private List<Stored> tenancies() {
        if (tenancies == null) {
            tenancies = sources.incubation().tenancies(park);
        }
        return tenancies;
    }

    Figure incubation(String id, int y) {
        String q = "Incubation.park(park=" + park + ", asOf=" + asOf(y) + ")";
        if (asOf(y).getYear() < y) {
            return Figure.missing(id, y, y + "年尚未开始", q);
        }
        ParkView v = incubation(y);
        if (v.carriers().isEmpty()) {
            return Figure.missing(id, y, "登记库中没有本园区的孵化载体记录", q);
        }
        if (tenancies().isEmpty()) {
            return Figure.missing(id, y, "本园区载体尚未登记入孵记录", q);
        }
        List<CarrierSummary> cs = v.carriers();
        return switch (id) {
            case "incubation.carriers" -> Figure.of(id, y, n(cs.size()), q + "：载体计数");
            case "incubation.area" ->
                Figure.of(
                        id,
                        y,
                        cs.stream()
                                .map(CarrierSummary::areaM2)
                                .filter(a -> a != null)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        q + "：载体面积之和");
            case "incubation.incubatees" ->
                Figure.of(
                        id,
                        y,
                        n(cs.stream().mapToLong(c -> c.kpis().incubatees()).sum()),
                        q + "：各载体在孵企业之和");
            case "incubation.entered" ->
                Figure.of(
                        id,
                        y,
                        n(countIn(y, Tenancy::entryDate)),
                        "Incubation.tenancies(park=" + park + ")：入孵日期在" + y + "年的入孵记录");
            case "incubation.graduated" ->
                Figure.of(
                        id,
                        y,
                        n(countIn(y, Tenancy::graduationDate)),
                        "Incubation.tenancies(park=" + park + ")：毕业日期在" + y + "年的入孵记录");
            case "incubation.graduationRate" ->
                share(id, y, cs, c -> c.kpis().graduationRate(), q + "：Σ累计毕业企业 ÷ Σ累计入孵企业 × 100", "尚无企业入孵");
            case "incubation.retention" ->
                share(id, y, cs, c -> c.kpis().retention(), q + "：Σ毕业后仍在区企业 ÷ Σ累计毕业企业 × 100", "尚无毕业企业");
            case "incubation.graduatesHighTech" ->
                Figure.of(
                        id,
                        y,
                        cs.stream()
                                .map(c -> c.kpis().graduatesHighTech().numerator())
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        q + "：毕业企业中持有高新技术企业证书者");
            case "incubation.overdue" -> Figure.of(id, y, n(v.overdue()), q + "：超过孵化期限仍未毕业的在孵企业");
            default -> throw new IllegalArgumentException("unknown indicator " + id);
        };
    }

    private long countIn(int y, Function<Tenancy, LocalDate> date) {
        return tenancies().stream()
                .map(s -> date.apply(s.tenancy()))
                .filter(d -> d != null && d.getYear() == y && !d.isAfter(dataDate))
                .count();
    }

    private static Figure share(
            String id, int y, List<CarrierSummary> cs, Function<CarrierSummary, Share> part, String q, String none) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (CarrierSummary c : cs) {
            Share s = part.apply(c);
            num = num.add(s.numerator());
            den = den.add(s.denominator());
        }
        if (den.signum() == 0) {
            return Figure.missing(id, y, none + "，无法计算比率", q);
        }
        return Figure.of(id, y, num.multiply(HUNDRED).divide(den, 6, RoundingMode.HALF_UP), q);
    }

    Dataset incubationDataset(String name) {
        ParkView v = incubation(year);
        String q = "Incubation.park(park=" + park + ", asOf=" + asOf(year) + ")";
        List<List<Object>> rows = new ArrayList<>();
        List<Column> columns;
        if (name.equals("incubation.kinds")) {
            columns = List.of(
                    new Column("kind", "载体类型", null),
                    new Column("carriers", "载体数", Unit.UNITS),
                    new Column("area", "面积", Unit.SQUARE_METRES),
                    new Column("incubatees", "在孵企业", Unit.ENTERPRISES),
                    new Column("graduates", "累计毕业企业", Unit.ENTERPRISES));
            Map<String, Object[]> byKind = new LinkedHashMap<>();
            for (CarrierSummary c : v.carriers()) {
                Object[] t = byKind.computeIfAbsent(c.typeZh(), k -> new Object[] {0L, BigDecimal.ZERO, 0L, 0L});
                t[0] = (Long) t[0] + 1;
                t[1] = ((BigDecimal) t[1]).add(c.areaM2() == null ? BigDecimal.ZERO : c.areaM2());
                t[2] = (Long) t[2] + c.kpis().incubatees();
                t[3] = (Long) t[3] + c.kpis().graduates();
            }
            byKind.forEach((k, t) -> rows.add(List.of(k, n((Long) t[0]), t[1], n((Long) t[2]), n((Long) t[3]))));
        } else if (name.equals("incubation.levels")) {
            columns = List.of(new Column("level", "级别", null), new Column("carriers", "载体数", Unit.UNITS));
            Map<String, Long> byLevel = new LinkedHashMap<>();
            v.carriers().forEach(c -> byLevel.merge(c.level() == null ? "未认定" : c.level(), 1L, Long::sum));
            byLevel.forEach((k, c) -> rows.add(List.of(k, n(c))));
        } else {
            columns = List.of(
                    new Column("carrier", "载体", null),
                    new Column("kind", "类型", null),
                    new Column("level", "级别", null),
                    new Column("incubatees", "在孵企业", Unit.ENTERPRISES),
                    new Column("graduationRate", "毕业率", Unit.PERCENT),
                    new Column("grade", "评价等级", null),
                    new Column("recognition", "对照国家级条件", null),
                    new Column("gaps", "差距", null));
            for (CarrierSummary c : v.carriers()) {
                BigDecimal rate = c.kpis().graduationRate().value();
                rows.add(java.util.Arrays.asList(
                        c.name(),
                        c.typeZh(),
                        c.level() == null ? "—" : c.level(),
                        n(c.kpis().incubatees()),
                        rate == null ? null : rate.multiply(HUNDRED),
                        c.grade() == null ? "未评价" : c.grade(),
                        verdict(c.recognition()),
                        gaps(c.recognition())));
            }
        }
        String missing =
                v.carriers().isEmpty() ? "登记库中没有本园区的孵化载体记录" : tenancies().isEmpty() ? "本园区载体尚未登记入孵记录" : null;
        return new Dataset(name, columns, missing == null ? rows : List.of(), q, missing);
    }

    private static String verdict(RecognitionAssessment.Verdict v) {
        if (v == null) {
            return "未设定对照条件";
        }
        return v.variantZh() + "："
                + switch (v.status()) {
                    case PASS -> "全部达到";
                    case FAIL -> v.unmet() + "项未达到";
                    default -> "部分数据缺失";
                };
    }

    private static String gaps(RecognitionAssessment.Verdict v) {
        if (v == null) {
            return "—";
        }
        List<String> out = new ArrayList<>();
        for (RecognitionAssessment.ThresholdResult t : v.thresholds()) {
            if (t.status() == Status.FAIL && t.gap() != null) {
                out.add(t.nameZh() + "（现为" + measure(t.actual(), t.unit()) + "，差" + gap(t.gap(), t.unit()) + "）");
            } else if (t.actual() == null && t.alternatives().isEmpty()) {
                out.add(t.nameZh() + "数据缺失");
            }
        }
        return out.isEmpty() ? "无" : String.join("；", out);
    }

    /** A threshold's figure in its unit: a share (stored as a fraction, unit %) as a percentage, money in 万元/亿元. */
    private static String measure(BigDecimal v, String unit) {
        if (v == null) {
            return "数据缺失";
        }
        if ("%".equals(unit)) {
            return plain(v.multiply(HUNDRED)) + "%";
        }
        if ("元".equals(unit)) {
            return org.innopark.engine.report.ChineseFigures.amount(v);
        }
        return plain(v) + (unit == null ? "" : unit);
    }

    private static String gap(BigDecimal v, String unit) {
        return "%".equals(unit) ? plain(v.multiply(HUNDRED)) + "个百分点" : measure(v, unit);
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    // ---- talents (人才) -----------------------------------------------------------------------------------------

    Figure talent(String id, int y) {
        String q = "Talents.overviewOf(park=" + park + ")：截至" + dataDate + "的人才名册";
        if (y != year) {
            return Figure.missing(id, y, "人才库只保存当前名册，不保存历年数据", q);
        }
        if (talents == null) {
            talents = sources.talents().overviewOf(park);
        }
        var c = talents.counts();
        if (c.total() == 0 && c.studios() == 0) {
            return Figure.missing(id, y, "人才库中没有本园区的人才记录", q);
        }
        return switch (id) {
            case "talent.total" -> Figure.of(id, y, n(c.total()), q + "：人数");
            case "talent.masterOrAbove" -> Figure.of(id, y, n(c.masterOrAbove()), q + "：硕士及以上学历人数");
            case "talent.masterShare" ->
                c.total() == 0
                        ? Figure.missing(id, y, "人才库中没有本园区的人才记录", q)
                        : Figure.of(
                                id, y, ReportNumbers.percent(c.masterOrAbove(), c.total()), q + "：硕士及以上 ÷ 人才总数 × 100");
            case "talent.studios" -> Figure.of(id, y, n(c.studios()), q + "：科学家工作室数");
            case "talent.teams" -> Figure.of(id, y, n(c.teams()), q + "：科研团队数");
            default -> throw new IllegalArgumentException("unknown indicator " + id);
        };
    }

    // ---- technology transfer (技术转移) ---------------------------------------------------------------------------

    private Optional<ContractStatistics.Report> contracts(int y) {
        return contracts.computeIfAbsent(y, k -> {
            if (sources.contracts().contracts(park).isEmpty()) {
                return Optional.empty();
            }
            try {
                return sources.contracts().statistics(park, k);
            } catch (TransferNotFound e) {
                return Optional.empty();
            }
        });
    }

    Figure transfer(String id, int y) {
        if (id.startsWith("transfer.contract")) {
            String q = "TransferContracts.statistics(park=" + park + ", year=" + y + ")";
            Optional<ContractStatistics.Report> r = contracts(y);
            if (r.isEmpty()) {
                return Figure.missing(id, y, "登记库中没有本园区的技术合同登记记录", q);
            }
            boolean out = id.contains("Outflow");
            ContractStatistics.Totals t =
                    (out ? r.get().outflow() : r.get().inflow()).totals().current();
            return id.endsWith("Count")
                    ? Figure.of(id, y, n(t.count()), q + "：" + (out ? "输出" : "吸纳") + "合同项数")
                    : Figure.of(id, y, t.amountYuan(), q + "：" + (out ? "输出" : "吸纳") + "合同成交额");
        }
        String q = "TransferViews.countsOf / demandFiguresOf(park=" + park + ", day=" + dataDate + ")";
        if (y != year) {
            return Figure.missing(id, y, "成果与需求库只保存当前登记，不保存历年数据", q);
        }
        if (objects == null) {
            objects = sources.transfer().countsOf(park);
        }
        return switch (id) {
            case "transfer.results" -> Figure.of(id, y, n(objects.results()), q + "：本园区可见的科技成果");
            case "transfer.experts" -> Figure.of(id, y, n(objects.experts()), q + "：本园区可见的专家");
            case "transfer.instruments" -> Figure.of(id, y, n(objects.instruments()), q + "：本园区可见的科研仪器");
            case "transfer.demands" -> Figure.of(id, y, n(objects.demands()), q + "：本园区企业技术需求");
            case "transfer.demandsOpen", "transfer.demandsMatched" -> {
                if (objects.demands() == 0) {
                    yield Figure.missing(id, y, "本园区尚未登记企业技术需求", q);
                }
                if (demands == null) {
                    demands = sources.transfer().demandFiguresOf(park, dataDate);
                }
                yield id.endsWith("Open")
                        ? Figure.of(id, y, n(demands.open()), q + "：未过截止日期的需求")
                        : Figure.of(id, y, n(demands.matched()), q + "：匹配（" + demands.method() + "）到至少一项对象的需求");
            }
            default -> throw new IllegalArgumentException("unknown indicator " + id);
        };
    }

    Dataset transferDataset(String name) {
        String q = "TransferContracts.statistics(park=" + park + ", year=" + year + ")";
        Optional<ContractStatistics.Report> r = contracts(year);
        List<List<Object>> rows = new ArrayList<>();
        List<Column> columns;
        if (name.equals("transfer.reach")) {
            columns = List.of(
                    new Column("flow", "流向", null),
                    new Column("count", "合同项数", Unit.PROJECTS),
                    new Column("amount", "成交额", Unit.YUAN));
            r.ifPresent(rep -> {
                for (ContractStatistics.Side side : List.of(rep.outflow(), rep.inflow())) {
                    for (ContractStatistics.Group g : side.byReach()) {
                        if (g.change().current().count() > 0) {
                            rows.add(List.of(
                                    side.direction().zh() + "·" + g.label(),
                                    n(g.change().current().count()),
                                    g.change().current().amountYuan()));
                        }
                    }
                }
            });
        } else {
            boolean byType = name.equals("transfer.types");
            columns = List.of(
                    new Column("group", byType ? "合同类型" : "技术领域", null),
                    new Column("count", "合同项数", Unit.PROJECTS),
                    new Column("amount", "成交额", Unit.YUAN),
                    new Column("change", "成交额同比", Unit.PERCENT));
            r.ifPresent(rep -> {
                for (ContractStatistics.Group g :
                        byType ? rep.outflow().byType() : rep.outflow().byField()) {
                    if (g.change().current().count() > 0) {
                        rows.add(java.util.Arrays.asList(
                                g.label(),
                                n(g.change().current().count()),
                                g.change().current().amountYuan(),
                                g.change().amountChangePercent()));
                    }
                }
            });
        }
        return new Dataset(name, columns, rows, q, r.isEmpty() ? "登记库中没有本园区的技术合同登记记录" : null);
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }
}
