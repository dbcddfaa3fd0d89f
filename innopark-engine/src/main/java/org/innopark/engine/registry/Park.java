package org.innopark.engine.registry;

/**
 * 高新区: a national or provincial high-tech zone (or any science park) that runs its registry on the platform.
 *
 * @param code short stable code chosen by the platform's administrator, e.g. {@code CCHTZ}
 */
public record Park(
        String code,
        String name,
        ParkLevel level,
        RegionCode region,
        String province,
        String city,
        Integer approvedYear) {

    public Park {
        code = ParkCode.check(code);
        name = Require.text(name, "园区名称", "park name", 100);
        Require.present(level, "园区级别", "park level");
        Require.present(region, "行政区划代码", "region code");
        province = Require.optionalText(province, "省份", "province", 30);
        city = Require.optionalText(city, "城市", "city", 30);
        Require.year(approvedYear, "批复年份", "approval year");
    }
}
