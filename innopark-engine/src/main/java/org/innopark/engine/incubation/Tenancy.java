package org.innopark.engine.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;

/**
 * One enterprise's tenancy in one carrier (a carrier is named by its park and name, as in the registry). The dates
 * of the states it went through are kept; a firm that moves to another carrier ends this tenancy (迁出) and starts
 * another, so its history across carriers is the list of its tenancies.
 *
 * @param stateDate the day the tenancy entered its current state
 * @param specialField the special field (生物医药…) that gives the longer incubation limit, or null
 */
public record Tenancy(
        String parkCode,
        String carrierName,
        CreditCode creditCode,
        TenancyState state,
        LocalDate stateDate,
        LocalDate nurseryDate,
        LocalDate entryDate,
        String agreementNo,
        BigDecimal areaM2,
        String place,
        LocalDate graduationDate,
        String criterionId,
        LocalDate exitDate,
        String exitReason,
        String specialField) {

    public Tenancy {
        if (parkCode == null || parkCode.isBlank() || carrierName == null || carrierName.isBlank()) {
            throw new InvalidValueException("入孵记录缺少园区或载体", "a tenancy names its park and carrier");
        }
        if (creditCode == null || state == null || stateDate == null) {
            throw new InvalidValueException("入孵记录缺少企业、状态或状态日期", "a tenancy has an enterprise, a state and its date");
        }
        if (areaM2 != null && areaM2.signum() < 0) {
            throw new InvalidValueException("入驻面积不能为负数", "the area cannot be negative");
        }
        agreementNo = blankToNull(agreementNo);
        place = blankToNull(place);
        criterionId = blankToNull(criterionId);
        exitReason = blankToNull(exitReason);
        specialField = blankToNull(specialField);
        ordered(nurseryDate, entryDate, "进入苗圃日期", "入孵日期", "nursery date", "entry date");
        ordered(entryDate, graduationDate, "入孵日期", "毕业日期", "entry date", "graduation date");
        ordered(entryDate, exitDate, "入孵日期", "迁出/注销日期", "entry date", "exit date");
        ordered(graduationDate, exitDate, "毕业日期", "迁出/注销日期", "graduation date", "exit date");
    }

    /** A tenancy in its first state on the day, with nothing else known. */
    public static Tenancy start(String park, String carrier, CreditCode code, TenancyState state, LocalDate day) {
        return new Tenancy(park, carrier, code, state, day, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the tenancy has graduated (whatever happened after). */
    public boolean graduated() {
        return graduationDate != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void ordered(LocalDate a, LocalDate b, String az, String bz, String ae, String be) {
        if (a != null && b != null && b.isBefore(a)) {
            throw new InvalidValueException(
                    bz + " " + b + " 早于" + az + " " + a, "the " + be + " " + b + " is before the " + ae + " " + a);
        }
    }
}
