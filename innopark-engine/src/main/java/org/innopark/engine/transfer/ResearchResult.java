package org.innopark.engine.transfer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * 科技成果: a registered research result with the fields of the 科技成果登记 (登记号, 名称, 简介, at most three 关键词,
 * 成果属性, 体现形式, 成果水平, 所处阶段, 持有单位, 技术领域, 转化方式, 意向价格 in yuan, exact), the park that registered
 * it, and whether that park shares it with the other parks.
 */
public record ResearchResult(
        String registrationNo,
        String name,
        String summary,
        List<String> keywords,
        String attribute,
        String form,
        String level,
        String stage,
        String holder,
        String field,
        String transferMode,
        BigDecimal askingPriceYuan,
        String parkCode,
        boolean shared) {

    public static final int MAX_KEYWORDS = 3;

    public ResearchResult {
        Objects.requireNonNull(registrationNo);
        Objects.requireNonNull(parkCode);
        keywords = List.copyOf(keywords);
        if (keywords.size() > MAX_KEYWORDS) {
            throw new IllegalArgumentException("at most 3 keywords / 关键词至多3个");
        }
    }

    /** The object the matcher indexes. */
    public TransferItem item() {
        return TransferItem.result(registrationNo, name, summary, String.join("；", keywords), field, holder, stage);
    }
}
