package org.innopark.engine.talent;

import java.time.LocalDate;
import java.util.Locale;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;

/**
 * 科学家工作室 or 科研团队: a named group led by a scientist, hosted by an enterprise (and possibly at one of its
 * platforms), with its members, the day it was set up and its field.
 */
public record ResearchGroup(
        Kind kind,
        String name,
        String leadScientist,
        CreditCode host,
        String platform,
        int members,
        LocalDate establishedOn,
        String field) {

    /** The two kinds the bulletins count. */
    public enum Kind {
        STUDIO("科学家工作室", "Scientist studio"),
        TEAM("科研团队", "Research team");

        private final String zh;
        private final String en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
        }

        /** Reads the code or the Chinese name (also 工作室, 团队, 创新团队); null when it is neither. */
        public static Kind parse(String text) {
            if (text == null) {
                return null;
            }
            String t = text.strip();
            for (Kind k : values()) {
                if (k.name().equalsIgnoreCase(t) || k.zh.equals(t)) {
                    return k;
                }
            }
            return switch (t) {
                case "工作室", "院士工作站", "专家工作室" -> STUDIO;
                case "团队", "创新团队", "创新创业团队", "研发团队" -> TEAM;
                default -> null;
            };
        }
    }

    public ResearchGroup {
        if (kind == null) {
            throw new InvalidValueException("类型不能为空", "kind is required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("名称不能为空", "name is required");
        }
        if (leadScientist == null || leadScientist.isBlank()) {
            throw new InvalidValueException("领衔科学家不能为空", "lead scientist is required");
        }
        if (host == null) {
            throw new InvalidValueException("依托单位统一社会信用代码不能为空", "host credit code is required");
        }
        if (members < 1) {
            throw new InvalidValueException("成员人数至少为1(含领衔科学家)", "members must be at least 1 (the lead included)");
        }
        name = name.strip();
        leadScientist = leadScientist.strip();
        platform = platform == null || platform.isBlank() ? null : platform.strip();
        field = field == null || field.isBlank() ? null : field.strip();
    }
}
