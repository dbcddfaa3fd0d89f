package org.innopark.engine.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.registry.InvalidValueException;

/**
 * The transition check of a tenancy by the rule file's lifecycle: whether the move is allowed from the current state,
 * and whether the date and the fields the target state requires are given.
 */
public final class Lifecycle {

    private final IncubationRules rules;

    public Lifecycle(IncubationRules rules) {
        this.rules = rules;
    }

    /**
     * A move to a state on a day, with the fields it may set (null when not given).
     *
     * @param criterionId the 毕业 criterion met (for 毕业)
     * @param reason the reason of an exit (迁出, 注销)
     */
    public record Move(
            TenancyState to,
            LocalDate date,
            String agreementNo,
            BigDecimal areaM2,
            String place,
            String criterionId,
            String reason) {

        public static Move to(TenancyState to, LocalDate date) {
            return new Move(to, date, null, null, null, null, null);
        }
    }

    /** The first states a tenancy may start in. */
    public static boolean canStartIn(TenancyState s) {
        return s == TenancyState.PRE_INCUBATION || s == TenancyState.ENTERED;
    }

    /**
     * The tenancy after the move; a move that is not allowed, misses a field, names an unknown criterion or is dated
     * before the current state's date fails with the reason in Chinese and English.
     */
    public Tenancy apply(Tenancy t, Move m) {
        IncubationRules.StateRule from = rules.state(t.state());
        IncubationRules.StateRule to = rules.state(m.to());
        if (!from.to().contains(m.to())) {
            throw new InvalidValueException(
                    "不能从「" + from.nameZh() + "」转为「" + to.nameZh() + "」,可转为:" + names(from, true),
                    "cannot move from " + from.nameEn() + " to " + to.nameEn() + "; allowed: " + names(from, false));
        }
        if (m.date() == null) {
            throw new InvalidValueException("缺少" + to.dateZh(), "the " + to.dateEn() + " is missing");
        }
        if (m.date().isBefore(t.stateDate())) {
            throw new InvalidValueException(
                    to.dateZh() + " " + m.date() + " 早于当前状态日期 " + t.stateDate(),
                    "the " + to.dateEn() + " " + m.date() + " is before the current state's date " + t.stateDate());
        }
        String agreement = m.agreementNo() != null ? m.agreementNo() : t.agreementNo();
        BigDecimal area = m.areaM2() != null ? m.areaM2() : t.areaM2();
        String place = m.place() != null ? m.place() : t.place();
        List<String> missing = missing(to, agreement, area, place, m.criterionId(), m.reason());
        if (!missing.isEmpty()) {
            throw new InvalidValueException(
                    "转为「" + to.nameZh() + "」需填写:" + String.join("、", zh(missing)),
                    "moving to " + to.nameEn() + " requires: " + String.join(", ", missing));
        }
        if (m.criterionId() != null && rules.criterion(m.criterionId()).isEmpty()) {
            throw new InvalidValueException(
                    "未知的毕业条件 '" + m.criterionId() + "',可选:" + criteria(),
                    "unknown graduation criterion '" + m.criterionId() + "'; valid: " + criteria());
        }
        return new Tenancy(
                t.parkCode(),
                t.carrierName(),
                t.creditCode(),
                m.to(),
                m.date(),
                t.nurseryDate(),
                m.to() == TenancyState.ENTERED ? m.date() : t.entryDate(),
                agreement,
                area,
                place,
                m.to() == TenancyState.GRADUATED ? m.date() : t.graduationDate(),
                m.to() == TenancyState.GRADUATED ? m.criterionId() : t.criterionId(),
                m.to().ended() ? m.date() : t.exitDate(),
                m.to().ended() ? m.reason() : t.exitReason(),
                t.specialField());
    }

    /**
     * The problems of a tenancy stated whole (as an import row gives it): the fields its state and the states before
     * it on the main path require, and a known criterion and special field. Empty when it is consistent.
     */
    public List<String[]> problems(Tenancy t) {
        List<String[]> out = new ArrayList<>();
        TenancyState s = t.state();
        boolean pastEntry = s != TenancyState.PRE_INCUBATION && !(s.ended() && t.entryDate() == null);
        if (pastEntry) {
            List<String> missing =
                    missing(rules.state(TenancyState.ENTERED), t.agreementNo(), t.areaM2(), t.place(), "-", "-");
            if (t.entryDate() == null) {
                missing.add(0, "entry_date");
            }
            for (String f : missing) {
                out.add(new String[] {
                    f,
                    "「" + rules.state(s).nameZh() + "」需填写" + zh(f),
                    rules.state(s).nameEn() + " requires " + f
                });
            }
        }
        if (s == TenancyState.PRE_INCUBATION && t.nurseryDate() == null) {
            out.add(new String[] {"nursery_date", "预孵化需填写进入苗圃日期", "pre-incubation requires the nursery date"});
        }
        boolean graduated = s == TenancyState.GRADUATED || s == TenancyState.ACCELERATING || s == TenancyState.STAYED;
        if (graduated && (t.graduationDate() == null || t.criterionId() == null)) {
            out.add(new String[] {
                "criterion",
                "「" + rules.state(s).nameZh() + "」需填写毕业日期和毕业条件",
                rules.state(s).nameEn() + " requires the graduation date and criterion"
            });
        }
        if (t.criterionId() != null && rules.criterion(t.criterionId()).isEmpty()) {
            out.add(new String[] {
                "criterion",
                "未知的毕业条件 '" + t.criterionId() + "',可选:" + criteria(),
                "unknown graduation criterion '" + t.criterionId() + "'; valid: " + criteria()
            });
        }
        if (s.ended() && (t.exitDate() == null || t.exitReason() == null)) {
            out.add(new String[] {
                "exit_reason",
                "「" + rules.state(s).nameZh() + "」需填写日期和原因",
                rules.state(s).nameEn() + " requires the exit date and reason"
            });
        }
        if (t.specialField() != null && !rules.isSpecialField(t.specialField())) {
            String fields = String.join("、", rules.incubatee().specialFields());
            out.add(new String[] {
                "special_field",
                "'" + t.specialField() + "' 不是特殊领域,可选:" + fields,
                "'" + t.specialField() + "' is not a special field; valid: " + fields
            });
        }
        return out;
    }

    private static List<String> missing(
            IncubationRules.StateRule to,
            String agreement,
            BigDecimal area,
            String place,
            String criterion,
            String reason) {
        List<String> missing = new ArrayList<>();
        for (String f : List.of("agreement_no", "area", "place", "criterion", "exit_reason")) {
            boolean absent = switch (f) {
                case "agreement_no" -> agreement == null || agreement.isBlank();
                case "area" -> area == null;
                case "place" -> place == null || place.isBlank();
                case "criterion" -> criterion == null || criterion.isBlank();
                default -> reason == null || reason.isBlank();
            };
            if (to.requires().contains(f) && absent) {
                missing.add(f);
            }
        }
        return missing;
    }

    private static List<String> zh(List<String> fields) {
        return fields.stream().map(Lifecycle::zh).toList();
    }

    /** The Chinese name of a tenancy field. */
    public static String zh(String field) {
        return switch (field) {
            case "agreement_no" -> "入孵协议编号";
            case "area" -> "入驻面积";
            case "place" -> "入驻场所";
            case "criterion" -> "毕业条件";
            case "exit_reason" -> "原因";
            case "entry_date" -> "入孵日期";
            case "nursery_date" -> "进入苗圃日期";
            case "special_field" -> "特殊领域";
            default -> field;
        };
    }

    private String criteria() {
        return String.join(
                ", ",
                rules.graduation().stream()
                        .map(IncubationRules.GraduationCriterion::id)
                        .toList());
    }

    private String names(IncubationRules.StateRule from, boolean zh) {
        if (from.to().isEmpty()) {
            return zh ? "(终态)" : "(final state)";
        }
        List<String> names = new ArrayList<>();
        for (TenancyState s : TenancyState.values()) {
            if (from.to().contains(s)) {
                names.add(zh ? rules.state(s).nameZh() : rules.state(s).nameEn());
            }
        }
        return String.join(zh ? "、" : ", ", names);
    }
}
