package org.innopark.engine.transfer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One object a demand may be matched with: a research result (科技成果), an expert (专家) or an instrument (科研仪器设备),
 * as the texts of its fields. {@code label} is what a list shows (the result's or instrument's name, the expert's
 * name and unit); {@code stage} is a result's 所处阶段 (empty otherwise).
 */
public record TransferItem(ObjectType type, String id, String label, Map<ItemField, String> fields, String stage) {

    public TransferItem {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
        Map<ItemField, String> copy = new EnumMap<>(ItemField.class);
        fields.forEach((f, t) -> {
            if (t != null && !t.isBlank()) {
                copy.put(f, t.strip());
            }
        });
        fields = Map.copyOf(copy);
        stage = stage == null ? "" : stage.strip();
        label = label == null ? id : label;
    }

    public String field(ItemField f) {
        return fields.getOrDefault(f, "");
    }

    /** 科技成果: 成果名称, 成果简介, 关键词, 技术领域, 持有单位, 所处阶段. */
    public static TransferItem result(
            String id, String name, String summary, String keywords, String domain, String holder, String stage) {
        return new TransferItem(
                ObjectType.RESULT,
                id,
                name,
                fields(
                        name,
                        summary,
                        keywords == null ? null : keywords.replace('；', ' ').replace(';', ' '),
                        domain,
                        holder),
                stage);
    }

    /** 专家: 姓名, 单位, 职称, 研究方向, 代表成果 (the name and title are shown, not matched). */
    public static TransferItem expert(
            String id, String name, String unit, String title, String direction, String achievements) {
        String label = name + (title == null || title.isBlank() ? "" : "(" + title + ")") + " " + unit;
        return new TransferItem(ObjectType.EXPERT, id, label, fields(direction, achievements, null, null, unit), "");
    }

    /** 科研仪器设备: 仪器名称, 主要功能, 技术指标, 所属单位, 分类. */
    public static TransferItem instrument(
            String id, String name, String functions, String indicators, String owner, String category) {
        Map<ItemField, String> fields = fields(name, functions, null, category, owner);
        fields.put(ItemField.SPECS, indicators);
        return new TransferItem(ObjectType.INSTRUMENT, id, name, fields, "");
    }

    private static Map<ItemField, String> fields(
            String title, String body, String keywords, String domain, String owner) {
        Map<ItemField, String> m = new EnumMap<>(ItemField.class);
        m.put(ItemField.TITLE, title);
        m.put(ItemField.BODY, body);
        m.put(ItemField.KEYWORDS, keywords);
        m.put(ItemField.DOMAIN, domain);
        m.put(ItemField.OWNER, owner);
        return m;
    }

    /** The text the dense model embeds: the fields that say what the object does, in order. */
    public String denseText() {
        StringBuilder b = new StringBuilder(field(ItemField.TITLE));
        for (ItemField f : new ItemField[] {ItemField.BODY, ItemField.KEYWORDS, ItemField.DOMAIN}) {
            String t = field(f);
            if (!t.isEmpty()) {
                b.append(b.length() == 0 ? "" : "。").append(t);
            }
        }
        return b.toString();
    }
}
