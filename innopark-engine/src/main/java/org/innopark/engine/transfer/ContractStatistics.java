package org.innopark.engine.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The technology-contract statistics of a park as the bulletins quote them ("登记技术合同1403项，成交额14.69亿元"): for a
 * year, the contracts the park's enterprises sold (输出: the seller is in the park) and bought (吸纳: the buyer is in
 * the park), each with its count, 成交额 and 技术交易额 against the year before, by 技术领域, by contract type, by where
 * the other party is (the park itself, elsewhere in the province, out of the province), by the other party's province
 * (the flow map), by month; and every year's totals. Money stays exact in yuan; only the headline rounds.
 */
public final class ContractStatistics {

    private ContractStatistics() {}

    /** 输出 (the park's enterprises sell) or 吸纳 (they buy). */
    public enum Direction {
        OUTFLOW("输出", "outflow"),
        INFLOW("吸纳", "inflow");

        private final String zh;
        private final String en;

        Direction(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        boolean counts(RegisteredContract c) {
            return this == OUTFLOW ? c.sellerInPark() : c.buyerInPark();
        }

        /** The other party's region: the buyer's for 输出, the seller's for 吸纳. */
        String otherRegion(RegisteredContract c) {
            return this == OUTFLOW ? c.buyerRegion() : c.sellerRegion();
        }

        boolean otherInPark(RegisteredContract c) {
            return this == OUTFLOW ? c.buyerInPark() : c.sellerInPark();
        }
    }

    /** Where the other party is. */
    public enum Reach {
        PARK("园区内", "within the park"),
        PROVINCE("省内园区外", "in the province, outside the park"),
        OUT_OF_PROVINCE("省外", "out of the province"),
        UNKNOWN("地区未登记", "region not registered");

        private final String zh;
        private final String en;

        Reach(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    /** A count with its turnover and technology amount, in yuan. */
    public record Totals(long count, BigDecimal amountYuan, BigDecimal technologyAmountYuan) {

        static final Totals ZERO = new Totals(0, money(BigDecimal.ZERO), money(BigDecimal.ZERO));

        Totals plus(RegisteredContract c) {
            return new Totals(
                    count + 1, amountYuan.add(c.amountYuan()), technologyAmountYuan.add(c.technologyAmountYuan()));
        }
    }

    /**
     * The year's totals against the year before's; a change is in percent with one decimal, null when the year before
     * had none.
     */
    public record Change(
            Totals current, Totals previous, BigDecimal countChangePercent, BigDecimal amountChangePercent) {

        static Change of(Totals current, Totals previous) {
            return new Change(
                    current,
                    previous,
                    percent(BigDecimal.valueOf(current.count()), BigDecimal.valueOf(previous.count())),
                    percent(current.amountYuan(), previous.amountYuan()));
        }
    }

    /** One group of a breakdown: its key (a code), its label, and its change. */
    public record Group(String key, String label, Change change) {}

    /** One month of the year and the same month of the year before. */
    public record Month(int month, Totals current, Totals previous) {}

    /** One year's 输出 and 吸纳. */
    public record YearTotals(int year, Totals outflow, Totals inflow) {}

    /** One direction of a year. */
    public record Side(
            Direction direction,
            Change totals,
            List<Group> byField,
            List<Group> byType,
            List<Group> byReach,
            List<Group> byProvince,
            List<Month> months,
            String headlineZh) {}

    /** A park's statistics for a year. */
    public record Report(String park, int year, Side outflow, Side inflow, List<YearTotals> years) {}

    /**
     * The statistics of a park's contracts for a year (the latest year with a contract when null; the current
     * calendar year of none when there are no contracts: pass the year then).
     *
     * @param parkRegion the park's region code, whose first two digits are its province
     */
    public static Report of(
            String park,
            String parkRegion,
            ContractLists lists,
            Collection<RegisteredContract> contracts,
            Integer year) {
        Objects.requireNonNull(parkRegion, "parkRegion");
        int y = year != null
                ? year
                : contracts.stream()
                        .mapToInt(c -> c.registrationDate().getYear())
                        .max()
                        .orElseThrow(() -> new IllegalArgumentException("no contracts and no year"));
        TreeMap<Integer, Totals[]> years = new TreeMap<>();
        for (RegisteredContract c : contracts) {
            Totals[] t =
                    years.computeIfAbsent(c.registrationDate().getYear(), k -> new Totals[] {Totals.ZERO, Totals.ZERO});
            if (c.sellerInPark()) {
                t[0] = t[0].plus(c);
            }
            if (c.buyerInPark()) {
                t[1] = t[1].plus(c);
            }
        }
        List<YearTotals> yearRows = new ArrayList<>();
        years.forEach((k, v) -> yearRows.add(new YearTotals(k, v[0], v[1])));
        return new Report(
                park,
                y,
                side(Direction.OUTFLOW, parkRegion, lists, contracts, y),
                side(Direction.INFLOW, parkRegion, lists, contracts, y),
                yearRows);
    }

    private static Side side(
            Direction d, String parkRegion, ContractLists lists, Collection<RegisteredContract> all, int year) {
        List<RegisteredContract> current = new ArrayList<>();
        List<RegisteredContract> previous = new ArrayList<>();
        for (RegisteredContract c : all) {
            if (!d.counts(c)) {
                continue;
            }
            int y = c.registrationDate().getYear();
            if (y == year) {
                current.add(c);
            } else if (y == year - 1) {
                previous.add(c);
            }
        }
        String province = parkRegion.substring(0, 2);
        Function<RegisteredContract, String> reach = c -> d.otherInPark(c)
                ? Reach.PARK.name()
                : lists.province(d.otherRegion(c)).isEmpty()
                        ? Reach.UNKNOWN.name()
                        : d.otherRegion(c).startsWith(province) ? Reach.PROVINCE.name() : Reach.OUT_OF_PROVINCE.name();
        Map<String, String> fieldLabels = new LinkedHashMap<>();
        lists.fields().forEach(f -> fieldLabels.put(f, f));
        Map<String, String> typeLabels = new LinkedHashMap<>();
        lists.types().forEach(k -> typeLabels.put(k.code(), k.zh()));
        Map<String, String> reachLabels = new LinkedHashMap<>();
        for (Reach r : Reach.values()) {
            reachLabels.put(r.name(), r.zh());
        }
        Function<RegisteredContract, String> provinceOf = c -> d.otherRegion(c).substring(0, 2);
        Map<String, String> provinceLabels = new LinkedHashMap<>();
        lists.provinces().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> provinceLabels.put(e.getKey(), e.getValue()));
        provinceLabels.put("00", Reach.UNKNOWN.zh());
        List<Group> byProvince = new ArrayList<>(groups(current, previous, provinceOf, provinceLabels));
        byProvince.sort(Comparator.comparing((Group g) -> g.change().current().amountYuan())
                .reversed()
                .thenComparing(Group::key));
        Change totals = Change.of(sum(current, c -> true), sum(previous, c -> true));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            months.add(new Month(
                    m,
                    sum(current, c -> c.registrationDate().getMonthValue() == month),
                    sum(previous, c -> c.registrationDate().getMonthValue() == month)));
        }
        return new Side(
                d,
                totals,
                groups(current, previous, RegisteredContract::field, fieldLabels),
                groups(current, previous, RegisteredContract::typeCode, typeLabels),
                groups(current, previous, reach, reachLabels),
                byProvince,
                months,
                headline(d, year, totals));
    }

    /** The groups with a contract in either year, in the labels' order; keys not labelled come last as they are. */
    private static List<Group> groups(
            List<RegisteredContract> current,
            List<RegisteredContract> previous,
            Function<RegisteredContract, String> key,
            Map<String, String> labels) {
        Map<String, Totals[]> by = new LinkedHashMap<>();
        labels.keySet().forEach(k -> by.put(k, null));
        accumulate(by, current, key, 0);
        accumulate(by, previous, key, 1);
        List<Group> out = new ArrayList<>();
        by.forEach((k, t) -> {
            if (t != null) {
                out.add(new Group(k, labels.getOrDefault(k, k), Change.of(t[0], t[1])));
            }
        });
        return out;
    }

    private static void accumulate(
            Map<String, Totals[]> by, List<RegisteredContract> rows, Function<RegisteredContract, String> key, int i) {
        for (RegisteredContract c : rows) {
            Totals[] t = by.get(key.apply(c));
            if (t == null) {
                t = new Totals[] {Totals.ZERO, Totals.ZERO};
                by.put(key.apply(c), t);
            }
            t[i] = t[i].plus(c);
        }
    }

    private static Totals sum(List<RegisteredContract> rows, Predicate<RegisteredContract> which) {
        Totals t = Totals.ZERO;
        for (RegisteredContract c : rows) {
            if (which.test(c)) {
                t = t.plus(c);
            }
        }
        return t;
    }

    private static BigDecimal percent(BigDecimal current, BigDecimal previous) {
        if (previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * The sentence a bulletin writes: "2025年输出技术合同1403项，成交额14.69亿元，技术交易额12.01亿元，成交额同比增长12.3%".
     */
    static String headline(Direction d, int year, Change c) {
        StringBuilder s = new StringBuilder()
                .append(year)
                .append("年")
                .append(d.zh())
                .append("技术合同")
                .append(c.current().count())
                .append("项，成交额")
                .append(bulletinAmount(c.current().amountYuan()))
                .append("，技术交易额")
                .append(bulletinAmount(c.current().technologyAmountYuan()));
        BigDecimal p = c.amountChangePercent();
        if (p != null) {
            s.append("，成交额同比")
                    .append(p.signum() >= 0 ? "增长" : "下降")
                    .append(p.abs().toPlainString())
                    .append("%");
        }
        return s.toString();
    }

    /** An amount as a bulletin writes it: in 亿元 from 1亿 up, else in 万元, two decimals. */
    public static String bulletinAmount(BigDecimal yuan) {
        BigDecimal yi = BigDecimal.valueOf(100_000_000L);
        if (yuan.abs().compareTo(yi) >= 0) {
            return yuan.divide(yi, 2, RoundingMode.HALF_UP).toPlainString() + "亿元";
        }
        return yuan.divide(BigDecimal.valueOf(10_000L), 2, RoundingMode.HALF_UP).toPlainString() + "万元";
    }
}
