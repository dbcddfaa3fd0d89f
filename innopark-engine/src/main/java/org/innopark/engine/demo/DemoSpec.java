package org.innopark.engine.demo;

import java.time.Year;
import org.innopark.engine.registry.InvalidValueException;

/**
 * What demo population to generate. The same spec always gives the same population, record for record.
 *
 * @param enterprises how many enterprises in all parks together (0 to 10,000,000)
 * @param years how many annual reports, at most, each enterprise files: the years {@code lastYear - years + 1} to
 *     {@code lastYear} (1 to 20); younger enterprises file fewer
 * @param lastYear the last reporting year (2005 to the current year); registration dates and every other date are
 *     relative to it, never to today
 * @param seed the seed of every random choice
 */
public record DemoSpec(int enterprises, int years, int lastYear, long seed) {

    public static final int DEFAULT_ENTERPRISES = 3000;
    public static final int DEFAULT_YEARS = 5;
    public static final int DEFAULT_LAST_YEAR = 2025;
    public static final long DEFAULT_SEED = 20261123L;

    public static final int MAX_ENTERPRISES = 10_000_000;
    public static final int MAX_YEARS = 20;
    public static final int EARLIEST_LAST_YEAR = 2005;

    public DemoSpec {
        if (enterprises < 0 || enterprises > MAX_ENTERPRISES) {
            throw new InvalidValueException(
                    "企业数应在0到" + MAX_ENTERPRISES + "之间,实际为" + enterprises,
                    "enterprises must be between 0 and " + MAX_ENTERPRISES + ", got " + enterprises);
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new InvalidValueException(
                    "年报年数应在1到" + MAX_YEARS + "之间,实际为" + years,
                    "years must be between 1 and " + MAX_YEARS + ", got " + years);
        }
        int thisYear = Year.now().getValue();
        if (lastYear < EARLIEST_LAST_YEAR || lastYear > thisYear) {
            throw new InvalidValueException(
                    "最后年报年度应在" + EARLIEST_LAST_YEAR + "到" + thisYear + "之间(企业成立日期不能晚于今天),实际为" + lastYear,
                    "lastYear must be between " + EARLIEST_LAST_YEAR + " and " + thisYear
                            + " (registration dates cannot be in the future), got " + lastYear);
        }
    }

    /** 3,000 enterprises, 5 years to 2025, the default seed. */
    public static DemoSpec defaults() {
        return new DemoSpec(DEFAULT_ENTERPRISES, DEFAULT_YEARS, DEFAULT_LAST_YEAR, DEFAULT_SEED);
    }

    public DemoSpec withEnterprises(int count) {
        return new DemoSpec(count, years, lastYear, seed);
    }

    public DemoSpec withYears(int count) {
        return new DemoSpec(enterprises, count, lastYear, seed);
    }

    public DemoSpec withLastYear(int year) {
        return new DemoSpec(enterprises, years, year, seed);
    }

    public DemoSpec withSeed(long value) {
        return new DemoSpec(enterprises, years, lastYear, value);
    }

    /** The first reporting year. */
    public int firstYear() {
        return lastYear - years + 1;
    }
}
