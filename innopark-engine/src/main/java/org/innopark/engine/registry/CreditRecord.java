package org.innopark.engine.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 信用与合规记录: one entry of an enterprise's credit and compliance register, with where it came from.
 *
 * @param referenceNo the deciding document's number (决定书文号, 列入决定书编号, 案号); with the enterprise and the type it
 *     identifies the record
 * @param date the day it was listed (列入日期), decided (处罚决定日期) or happened (事故发生日期)
 * @param removedOn the day a listing ended (移出日期), null while it lasts; only for listings
 * @param reason the statutory reason of an 经营异常名录 listing (required there, absent otherwise)
 * @param category a penalty's category (警告、罚款、没收违法所得…) or the nature of the record, free text
 * @param amount a penalty's amount in yuan
 * @param level an incident's level (required for incidents, absent otherwise)
 * @param authority the deciding authority (作出决定机关)
 * @param source where the park got the record (国家企业信用信息公示系统, 信用中国, a commercial data export…)
 */
public record CreditRecord(
        CreditCode creditCode,
        CreditRecordType type,
        String referenceNo,
        LocalDate date,
        LocalDate removedOn,
        AbnormalListingReason reason,
        String category,
        BigDecimal amount,
        IncidentLevel level,
        String authority,
        String source) {

    public CreditRecord {
        Require.present(creditCode, "统一社会信用代码", "credit code");
        Require.present(type, "记录类型", "record type");
        referenceNo = Require.text(referenceNo, "文书编号", "reference number", 64);
        Require.present(date, "日期", "date");
        source = Require.text(source, "数据来源", "source", 200);
        category = Require.optionalText(category, "类别", "category", 100);
        authority = Require.optionalText(authority, "决定机关", "authority", 200);
        amount = Require.nonNegativeMoney(amount, "金额", "amount");
        Require.ordered(date, removedOn, "列入日期", "移出日期", "the listing date", "the removal date");
        if (removedOn != null && !type.isListing()) {
            throw new InvalidValueException(
                    type.zh() + "没有移出日期(仅名录类记录可填)", "a " + type.en() + " has no removal date (only listings have one)");
        }
        if (type == CreditRecordType.ABNORMAL_OPERATION && reason == null) {
            throw new InvalidValueException(
                    "经营异常名录记录须填写列入原因(四项法定事由之一)",
                    "an abnormal-operation listing needs its reason (one of the four statutory)");
        }
        if (type != CreditRecordType.ABNORMAL_OPERATION && reason != null) {
            throw new InvalidValueException(
                    "列入经营异常名录原因仅适用于经营异常名录记录",
                    "the abnormal-listing reason applies only to abnormal-operation listings");
        }
        if (type.hasLevel() && level == null) {
            throw new InvalidValueException(
                    type.zh() + "须填写事故等级(一般、较大、重大、特别重大)",
                    "a " + type.en() + " needs its level (ordinary, larger, major, extraordinary)");
        }
        if (!type.hasLevel() && level != null) {
            throw new InvalidValueException(
                    "事故等级仅适用于安全生产、质量和环境事故",
                    "the incident level applies only to safety, quality and environmental incidents");
        }
    }

    /**
     * Whether the record touches the period {@code from..to} (both inclusive): an event dated within it, or a
     * listing that is in force on some day of it (listed on or before {@code to}, not removed before {@code from}).
     */
    public boolean touches(LocalDate from, LocalDate to) {
        if (type.isListing()) {
            return !date.isAfter(to) && (removedOn == null || removedOn.isAfter(from));
        }
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether a listing is in force on the day (listed on or before it, removed after it); events: dated that day. */
    public boolean inForceOn(LocalDate day) {
        return touches(day, day);
    }
}
