package org.innopark.engine.talent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.innopark.engine.registry.Labelled;

/**
 * 学历: the highest education of a talent, in the order the bulletins count them (博士, 硕士 — together 硕士以上 —,
 * 本科, 大专, 其他). Read from the words people write (博士研究生, 研究生, 学士, 专科, 高中及以下).
 */
public enum Education implements Labelled {
    DOCTORATE("博士", "Doctorate", List.of("博士研究生", "博士后", "博士学位", "PhD", "phd")),
    MASTER("硕士", "Master", List.of("硕士研究生", "研究生", "硕士学位", "MBA", "MPA")),
    BACHELOR("本科", "Bachelor", List.of("大学本科", "学士", "学士学位", "大学")),
    COLLEGE("大专", "College", List.of("专科", "大学专科", "高职", "高专")),
    OTHER("其他", "Other", List.of("中专", "高中", "高中及以下", "中专及以下", "技校", "其它"));

    private final String zh;
    private final String en;
    private final List<String> aliases;

    Education(String zh, String en, List<String> aliases) {
        this.zh = zh;
        this.en = en;
        this.aliases = aliases;
    }

    /** 硕士以上: a master's degree or a doctorate. */
    public boolean masterOrAbove() {
        return this == DOCTORATE || this == MASTER;
    }

    /** Reads a code, the Chinese or English name or a common way of writing it; empty when it is none of them. */
    public static Optional<Education> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Education e : values()) {
            if (e.name().equalsIgnoreCase(t)
                    || e.zh.equals(t)
                    || e.en.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))
                    || e.aliases.contains(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The names a reader may write, for error messages. */
    public static String choices() {
        StringBuilder b = new StringBuilder();
        for (Education e : values()) {
            b.append(b.isEmpty() ? "" : "、").append(e.zh);
        }
        return b.toString();
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
