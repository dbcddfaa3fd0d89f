package org.innopark.engine.registry;

/** 人才: a person recognised by a talent programme, and the enterprise that employs them. */
public record Talent(
        String parkCode,
        String name,
        String programme,
        Level level,
        CreditCode employerCreditCode,
        String field,
        Integer selectedYear) {

    public Talent {
        parkCode = ParkCode.check(parkCode);
        name = Require.text(name, "姓名", "name", 50);
        programme = Require.text(programme, "人才计划", "talent programme", 100);
        Require.present(level, "人才计划级别", "programme level");
        Require.present(employerCreditCode, "工作单位统一社会信用代码", "employer credit code");
        field = Require.optionalText(field, "专业领域", "field", 100);
        Require.year(selectedYear, "入选年份", "selection year");
    }
}
