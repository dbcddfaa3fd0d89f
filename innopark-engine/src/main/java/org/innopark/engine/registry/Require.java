package org.innopark.engine.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Checks shared by the registry's records; each failure says what is wrong in Chinese and English. */
final class Require {

    private Require() {}

    static String text(String value, String zh, String en, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(zh + "不能为空", en + " is required");
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new InvalidValueException(
                    zh + "不能超过" + maxLength + "个字符", en + " cannot be longer than " + maxLength + " characters");
        }
        return v;
    }

    static String optionalText(String value, String zh, String en, int maxLength) {
        return value == null || value.isBlank() ? null : text(value, zh, en, maxLength);
    }

    static <T> T present(T value, String zh, String en) {
        if (value == null) {
            throw new InvalidValueException(zh + "不能为空", en + " is required");
        }
        return value;
    }

    static BigDecimal nonNegativeMoney(BigDecimal value, String zh, String en) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new InvalidValueException(zh + "不能为负数", en + " cannot be negative");
        }
        return value.setScale(MoneyUnit.CANONICAL_SCALE, java.math.RoundingMode.HALF_UP);
    }

    static Integer nonNegative(Integer value, String zh, String en) {
        if (value != null && value < 0) {
            throw new InvalidValueException(zh + "不能为负数", en + " cannot be negative");
        }
        return value;
    }

    static void ordered(LocalDate first, LocalDate second, String zh1, String zh2, String en1, String en2) {
        if (first != null && second != null && second.isBefore(first)) {
            throw new InvalidValueException(zh2 + "不能早于" + zh1, en2 + " cannot be before " + en1);
        }
    }

    static Integer year(Integer year, String zh, String en) {
        if (year != null && (year < AnnualReport.FIRST_YEAR || year > AnnualReport.LAST_YEAR)) {
            throw new InvalidValueException(
                    zh + year + "超出范围(" + AnnualReport.FIRST_YEAR + "–" + AnnualReport.LAST_YEAR + ")",
                    en + " " + year + " is outside " + AnnualReport.FIRST_YEAR + "-" + AnnualReport.LAST_YEAR);
        }
        return year;
    }
}
