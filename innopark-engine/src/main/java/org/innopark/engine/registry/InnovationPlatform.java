package org.innopark.engine.registry;

/** 创新平台: a key lab, engineering centre, new R&D institute, workstation or service platform in a park. */
public record InnovationPlatform(
        String parkCode,
        String name,
        PlatformType type,
        Level level,
        CreditCode hostCreditCode,
        String hostName,
        Integer approvedYear) {

    public InnovationPlatform {
        parkCode = ParkCode.check(parkCode);
        name = Require.text(name, "平台名称", "platform name", 200);
        Require.present(type, "平台类型", "platform type");
        Require.present(level, "平台级别", "platform level");
        hostName = Require.optionalText(hostName, "依托单位", "host", 200);
        Require.year(approvedYear, "认定年份", "approval year");
    }
}
