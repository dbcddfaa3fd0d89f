package org.innopark.app.registry.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.innopark.engine.io.CellValues;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Labelled;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ParkCode;
import org.innopark.engine.registry.RegionCode;

/**
 * Parses one cell's text into its typed value. Every failure is an {@link InvalidValueException} that says, in
 * Chinese and English, what is wrong and what would be valid.
 */
final class CellParser {

    /** Largest amount a money column holds: NUMERIC(20,2) leaves 18 digits before the point. */
    static final BigDecimal MAX_MONEY = CellValues.MAX_MONEY;

    private CellParser() {}

    /**
     * The cell's value: String, CreditCode, RegionCode, IndustryCode, a code-list enum, LocalDate, Integer (year),
     * Long (count) or BigDecimal (money in yuan, area, percentage).
     *
     * @param text the cell's text, stripped and not empty
     * @param unit the unit the header declares (money columns only)
     */
    static Object parse(ImportColumn column, MoneyUnit unit, String text) {
        return switch (column.kind()) {
            case TEXT -> text(column, text);
            case PARK_CODE -> ParkCode.check(text);
            case CREDIT_CODE -> CreditCode.of(text);
            case REGION_CODE -> RegionCode.of(text);
            case INDUSTRY_CODE -> IndustryCode.of(text);
            case CODE_LIST -> code(column, text);
            case DATE -> date(text);
            case YEAR -> year(text);
            case COUNT -> count(text);
            case MONEY -> money(text, unit, false);
            case SIGNED_MONEY -> money(text, unit, true);
            case AREA -> area(text);
            case PERCENT -> percent(text);
            case PERIOD -> period(text);
            case ENERGY -> energy(text);
        };
    }

    static String text(ImportColumn column, String text) {
        if (column.maxLength() > 0 && text.length() > column.maxLength()) {
            throw new InvalidValueException(
                    column.zh() + "不能超过" + column.maxLength() + "个字符(实际" + text.length() + "个)",
                    column.en() + " cannot be longer than " + column.maxLength() + " characters (got " + text.length()
                            + ")");
        }
        return text;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object code(ImportColumn column, String text) {
        return Labelled.parse((Class) column.codes(), text, column.zh(), column.en());
    }

    // The values themselves are parsed by the engine's CellValues, which the Spark jobs share.

    static LocalDate date(String text) {
        return CellValues.date(text);
    }

    static Integer year(String text) {
        return CellValues.year(text);
    }

    static Long count(String text) {
        return CellValues.count(text);
    }

    static BigDecimal money(String text, MoneyUnit unit, boolean mayBeNegative) {
        return CellValues.money(text, unit, mayBeNegative);
    }

    static BigDecimal area(String text) {
        return CellValues.area(text);
    }

    static String period(String text) {
        return CellValues.period(text);
    }

    static BigDecimal energy(String text) {
        return CellValues.energy(text);
    }

    static BigDecimal percent(String text) {
        return CellValues.percent(text);
    }

    static BigDecimal number(String text) {
        return CellValues.number(text);
    }
}
