package org.innopark.engine.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 企业技术需求: a park enterprise's technology demand as registered: 名称, 描述 (in the enterprise's own words), the
 * enterprise (credit code and name), 行业, 预算 in yuan (exact; null when not stated), 期望合作方式 and 截止日期 (null
 * when open). A demand is its park's own: it is never shared.
 */
public record TechnologyDemand(
        String id,
        String name,
        String description,
        String creditCode,
        String enterpriseName,
        String industry,
        BigDecimal budgetYuan,
        String cooperation,
        LocalDate deadline,
        String parkCode) {

    public TechnologyDemand {
        Objects.requireNonNull(id);
        Objects.requireNonNull(parkCode);
        industry = industry == null ? "" : industry;
        cooperation = cooperation == null ? "" : cooperation;
    }

    /** The query the matcher runs. */
    public TechDemand query() {
        return new TechDemand(id, name, description, enterpriseName, industry);
    }
}
