package org.innopark.engine.registry;

import java.math.BigDecimal;

/** 孵化载体: a maker space, incubator, accelerator or university science park, with its figures for a year. */
public record Carrier(
        String parkCode,
        String name,
        CarrierType type,
        Level level,
        CreditCode operatorCreditCode,
        BigDecimal areaSquareMetres,
        Integer incubating,
        Integer graduated,
        Integer statsYear) {

    public Carrier {
        parkCode = ParkCode.check(parkCode);
        name = Require.text(name, "载体名称", "carrier name", 200);
        Require.present(type, "载体类型", "carrier type");
        Require.present(level, "载体级别", "carrier level");
        if (areaSquareMetres != null && areaSquareMetres.signum() < 0) {
            throw new InvalidValueException("场地面积不能为负数", "area cannot be negative");
        }
        Require.nonNegative(incubating, "在孵企业数", "incubating enterprises");
        Require.nonNegative(graduated, "累计毕业企业数", "graduated enterprises");
        Require.year(statsYear, "统计年度", "statistics year");
    }
}
