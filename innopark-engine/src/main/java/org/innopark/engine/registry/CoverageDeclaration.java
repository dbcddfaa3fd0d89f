package org.innopark.engine.registry;

import java.time.LocalDate;

/**
 * A park's statement that its register of one record type is complete over a period (覆盖声明), e.g. "经营异常名录:
 * 每月从国家企业信用信息公示系统同步, 自 2023-01-01 起完整". Only over a declared period does the absence of a record mean
 * "no such record"; elsewhere the fact stays unknown.
 *
 * @param completeSince the first day the register is complete for
 * @param completeThrough the last day it is known complete for (the last synchronisation, 截至)
 * @param source where the records come from and how they are kept
 */
public record CoverageDeclaration(
        String parkCode,
        CreditRecordType type,
        LocalDate completeSince,
        LocalDate completeThrough,
        String source,
        String declaredBy) {

    public CoverageDeclaration {
        parkCode = ParkCode.check(parkCode);
        Require.present(type, "记录类型", "record type");
        Require.present(completeSince, "完整起始日期", "complete-since date");
        Require.present(completeThrough, "完整截至日期", "complete-through date");
        Require.ordered(completeSince, completeThrough, "完整起始日期", "完整截至日期", "the start", "the end");
        source = Require.text(source, "数据来源与更新方式", "source", 200);
        declaredBy = Require.optionalText(declaredBy, "声明人", "declared by", 100);
    }

    /** Whether the register is complete over every day of {@code from..to}. */
    public boolean covers(LocalDate from, LocalDate to) {
        return !completeSince.isAfter(from) && !completeThrough.isBefore(to);
    }
}
