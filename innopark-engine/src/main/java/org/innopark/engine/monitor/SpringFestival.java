package org.innopark.engine.monitor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * 春节日期表: the day of the Spring Festival per year, read from a versioned file, and the share of each month that
 * falls in the festival's slowdown (a week before 正月初一 to two weeks after, as the file says). A month whose
 * share is 0 is untouched; a February that holds the whole slowdown has a share of about 0.8, and a late-January
 * festival splits it between January and February.
 */
public final class SpringFestival {

    static final String OFFICIAL = "org/innopark/engine/monitor/spring-festival.yaml";

    private final RuleFileHeader header;
    private final Map<Integer, LocalDate> dates;
    private final int beforeDays;
    private final int afterDays;

    private SpringFestival(RuleFileHeader header, Map<Integer, LocalDate> dates, int beforeDays, int afterDays) {
        this.header = header;
        this.dates = dates;
        this.beforeDays = beforeDays;
        this.afterDays = afterDays;
    }

    public static SpringFestival official() {
        return read(RuleNode.parseResource(SpringFestival.class.getClassLoader(), OFFICIAL));
    }

    public static SpringFestival read(Path file) {
        return read(RuleNode.parse(file));
    }

    /** A festival table's text; {@code file} names it in errors. */
    public static SpringFestival parse(String file, java.io.Reader text) {
        return read(RuleNode.parse(file, text));
    }

    static SpringFestival read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("slowdown", "dates"));
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        RuleNode slowdown =
                root.require("slowdown").allowOnly(Set.of("before-days", "after-days", "confidence", "source"));
        int before = slowdown.require("before-days").integer();
        int after = slowdown.require("after-days").integer();
        if (before < 0 || after < 0 || before + after > 45) {
            throw slowdown.error(
                    "before-days and after-days are 0 or more and together at most 45 / 节前节后天数应为非负数,合计不超过45天");
        }
        Map<Integer, LocalDate> dates = new TreeMap<>();
        root.require("dates").entries().forEach((key, node) -> {
            int year;
            try {
                year = Integer.parseInt(key);
            } catch (NumberFormatException e) {
                throw node.error("'" + key + "' is not a year / 不是年份");
            }
            LocalDate day = node.date();
            boolean plausible = day.getYear() == year
                    && (day.getMonthValue() == 1 && day.getDayOfMonth() >= 20
                            || day.getMonthValue() == 2 && day.getDayOfMonth() <= 21);
            if (!plausible) {
                throw node.error("春节 of " + year + " falls between 01-20 and 02-21 of that year, not " + day
                        + " / 春节在当年1月20日至2月21日之间");
            }
            dates.put(year, day);
        });
        if (dates.isEmpty()) {
            throw root.require("dates").error("no dates / 没有日期");
        }
        return new SpringFestival(header, Map.copyOf(dates), before, after);
    }

    public RuleFileHeader header() {
        return header;
    }

    /** Whether the table has the year. */
    public boolean covers(int year) {
        return dates.containsKey(year);
    }

    /** The day of 春节 in the year. */
    public LocalDate date(int year) {
        LocalDate d = dates.get(year);
        if (d == null) {
            throw new IllegalArgumentException("春节日期表 (" + header.file() + ") 没有 " + year
                    + " 年 / the Spring Festival table has" + " no date for " + year);
        }
        return d;
    }

    /** The month of 春节 in the year (1 or 2). */
    public int month(int year) {
        return date(year).getMonthValue();
    }

    /** The share of the month's days that fall in the slowdown, 0 outside January–March. */
    public double share(int period) {
        int m = Period.month(period);
        if (m > 3) {
            return 0;
        }
        LocalDate festival = date(Period.year(period));
        LocalDate from = festival.minusDays(beforeDays);
        LocalDate to = festival.plusDays(afterDays);
        LocalDate first = Period.firstDay(period);
        LocalDate last = first.plusMonths(1).minusDays(1);
        LocalDate a = from.isAfter(first) ? from : first;
        LocalDate b = to.isBefore(last) ? to : last;
        long days = a.isAfter(b) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
        return days / (double) Period.daysIn(period);
    }

    /** Whether the month is the festival's or one of the {@code after} months that follow it. */
    public boolean within(int period, int after) {
        int year = Period.year(period);
        int festival = Period.of(year, month(year));
        return period >= festival && period <= festival + after;
    }
}
