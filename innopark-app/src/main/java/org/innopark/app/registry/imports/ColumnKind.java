package org.innopark.app.registry.imports;

/** What a column of an import file holds, how it is parsed and how the template describes it. */
enum ColumnKind {
    TEXT("文本", "text"),
    PARK_CODE("园区代码(2–32位大写字母、数字、-、_)", "park code (2-32 upper-case letters, digits, '-', '_')"),
    CREDIT_CODE("统一社会信用代码(18位,含校验位)", "unified social credit code (18 characters with check character)"),
    REGION_CODE("行政区划代码(GB/T 2260,6位数字)", "region code (GB/T 2260, 6 digits)"),
    INDUSTRY_CODE("行业代码(GB/T 4754-2017,2–4位数字,可带门类字母)", "industry code (GB/T 4754-2017, 2-4 digits)"),
    CODE_LIST("代码表(填写中文名称或代码)", "code list (Chinese name or code)"),
    DATE("日期(yyyy-MM-dd、yyyy/M/d 或 Excel 日期)", "date (yyyy-MM-dd, yyyy/M/d or an Excel date)"),
    YEAR("年份(1980–2100)", "year (1980-2100)"),
    COUNT("非负整数", "whole number, not negative"),
    MONEY("金额(单位见列名)", "amount of money (unit in the header)"),
    SIGNED_MONEY("金额,可为负(单位见列名)", "amount of money, may be negative (unit in the header)"),
    AREA("面积(平方米,非负)", "area (m², not negative)"),
    PERCENT("百分比(0–100%)", "percentage (0-100%)"),
    PERIOD("期间(YYYY-MM,如 2025-03)", "period (YYYY-MM, e.g. 2025-03)"),
    ENERGY("电量(千瓦时,非负,最多两位小数)", "electricity (kWh, not negative, at most two decimals)");

    private final String zh;
    private final String en;

    ColumnKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }

    boolean isMoney() {
        return this == MONEY || this == SIGNED_MONEY;
    }
}
