package org.innopark.engine.transfer;

import java.util.Arrays;
import java.util.List;

/** The fields of an object matched, common to results, experts and instruments, with their Chinese names. */
public enum ItemField {
    /** 成果名称 / 研究方向 / 仪器名称. */
    TITLE("title", "名称"),
    /** 成果简介 / 代表成果 / 主要功能. */
    BODY("body", "简介"),
    /** 关键词 of a result. */
    KEYWORDS("keywords", "关键词"),
    /** 技术指标 of an instrument: ranges and accuracies, mostly figures. */
    SPECS("specs", "指标"),
    /** 技术领域 / 分类. */
    DOMAIN("domain", "领域"),
    /** 持有单位 / 单位 / 所属单位. */
    OWNER("owner", "单位");

    private final String key;
    private final String zh;

    ItemField(String key, String zh) {
        this.key = key;
        this.zh = zh;
    }

    public String key() {
        return key;
    }

    public String zh() {
        return zh;
    }

    static ItemField byKey(String key) {
        return Arrays.stream(values())
                .filter(f -> f.key.equals(key))
                .findFirst()
                .orElse(null);
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(ItemField::key).toList();
    }
}
