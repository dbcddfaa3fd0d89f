package org.innopark.engine.demo;

import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.ParkLevel;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.registry.SubPark;

/**
 * The national high-tech zones of the demo: real names, provinces, cities, approval years and GB/T 2260 codes of the
 * district that hosts each zone (长春高新区 has its own code, 220173; the others use their host district, e.g. 新北区
 * for 常州, 虎丘区 for 苏州, 滨江区 for 杭州). Sub-park names follow each zone's 一区多园 layout, simplified.
 *
 * <p>The weights set each park's share of the enterprises (per mille). They are rough relative sizes of the
 * zones' Torch-surveyed enterprise populations; 长春高新区's 80 ‰ is what defines the full-size population (see
 * {@link DemoPopulation#fullSizeEnterprises()}). Field weights (in {@link HighTechField} order: 电子信息, 生物与新医药,
 * 航空航天, 新材料, 高技术服务, 新能源与节能, 资源与环境, 先进制造与自动化) reflect each zone's leading industries.
 */
final class ParkCatalogue {

    /** A park with what the generator needs to populate it. */
    record Profile(
            Park park,
            String shortName,
            String city,
            int weight,
            List<SubPark> subParks,
            int[] fieldWeights,
            String provincialTalentProgramme,
            String municipalTalentProgramme,
            List<String> universities) {

        String code() {
            return park.code();
        }

        String provinceDigits() {
            return park.region().value().substring(0, 2);
        }
    }

    static final List<String> NATIONAL_TALENT_PROGRAMMES = List.of("国家高层次人才特殊支持计划", "国家海外高层次人才引进计划");

    static final List<Profile> PARKS = List.of(
            profile(
                    "CCHTZ",
                    "长春高新技术产业开发区",
                    "长春高新区",
                    "吉林省",
                    "长春",
                    "220173",
                    1991,
                    80,
                    new int[] {22, 30, 5, 8, 10, 4, 3, 18},
                    "吉林省高层次人才支持计划",
                    "长春市高层次人才支持计划",
                    List.of("吉林大学国家大学科技园", "长春理工大学国家大学科技园"),
                    "NQ",
                    "南区核心园",
                    "BQ",
                    "北区长东北科创园",
                    "YY",
                    "生物医药产业园"),
            profile(
                    "CZHTZ",
                    "常州高新技术产业开发区",
                    "常州高新区",
                    "江苏省",
                    "常州",
                    "320411",
                    1992,
                    100,
                    new int[] {15, 10, 1, 15, 6, 22, 3, 28},
                    "江苏省双创计划",
                    "龙城英才计划",
                    List.of("常州大学大学科技园"),
                    "BJ",
                    "滨江经济开发区",
                    "ZB",
                    "常州综合保税区",
                    "XB",
                    "新北工业园"),
            profile(
                    "SZHTZ",
                    "苏州高新技术产业开发区",
                    "苏州高新区",
                    "江苏省",
                    "苏州",
                    "320505",
                    1992,
                    120,
                    new int[] {30, 12, 1, 12, 8, 8, 4, 25},
                    "江苏省双创计划",
                    "姑苏创新创业领军人才计划",
                    List.of("苏州科技大学大学科技园"),
                    "KJC",
                    "苏州科技城",
                    "SS",
                    "狮山商务创新区",
                    "XSG",
                    "浒墅关经济技术开发区",
                    "ZB",
                    "苏州高新综合保税区"),
            profile(
                    "HZHTZ",
                    "杭州高新技术产业开发区",
                    "杭州高新区(滨江)",
                    "浙江省",
                    "杭州",
                    "330108",
                    1991,
                    170,
                    new int[] {55, 10, 1, 4, 12, 5, 3, 10},
                    "浙江省海外高层次人才引进计划",
                    "杭州市全球引才“521”计划",
                    List.of("杭州电子科技大学大学科技园"),
                    "WLW",
                    "物联网小镇",
                    "HLW",
                    "互联网小镇",
                    "BMH",
                    "白马湖生态创意城"),
            profile(
                    "HFHTZ",
                    "合肥高新技术产业开发区",
                    "合肥高新区",
                    "安徽省",
                    "合肥",
                    "340171",
                    1991,
                    140,
                    new int[] {40, 12, 1, 8, 8, 12, 4, 15},
                    "安徽省“特支计划”",
                    "合肥市高层次人才支持计划",
                    List.of("中国科学技术大学国家大学科技园", "合肥工业大学大学科技园"),
                    "SG",
                    "中国声谷高新基地",
                    "JC",
                    "集成电路产业园",
                    "LZ",
                    "量子信息产业园"),
            profile(
                    "XAHTZ",
                    "西安高新技术产业开发区",
                    "西安高新区",
                    "陕西省",
                    "西安",
                    "610113",
                    1991,
                    200,
                    new int[] {38, 10, 10, 8, 8, 6, 2, 18},
                    "陕西省“三秦英才”特殊支持计划",
                    "西安市高层次人才支持计划",
                    List.of("西安电子科技大学国家大学科技园", "西北工业大学国家大学科技园"),
                    "RJ",
                    "软件新城",
                    "SL",
                    "丝路科学城",
                    "CT",
                    "草堂科技产业基地",
                    "ZB",
                    "西安高新综合保税区"),
            profile(
                    "GZHTZ",
                    "广州高新技术产业开发区",
                    "广州高新区",
                    "广东省",
                    "广州",
                    "440112",
                    1991,
                    160,
                    new int[] {30, 22, 1, 10, 10, 6, 3, 18},
                    "广东省“珠江人才计划”",
                    "广州市创新创业领军人才支持计划",
                    List.of("华南理工大学国家大学科技园", "中山大学国家大学科技园"),
                    "KXC",
                    "广州科学城",
                    "THZH",
                    "天河智慧城",
                    "HHG",
                    "黄花岗科技园",
                    "MY",
                    "民营科技园",
                    "NS",
                    "南沙资讯科技园"),
            profile(
                    "LYHTZ",
                    "龙岩高新技术产业开发区",
                    "龙岩高新区",
                    "福建省",
                    "龙岩",
                    "350802",
                    2015,
                    30,
                    new int[] {7, 5, 0, 20, 3, 10, 15, 40},
                    "福建省引才“百人计划”",
                    "龙岩市高层次人才支持计划",
                    List.of("龙岩学院大学科技园"),
                    "DX",
                    "东肖园区",
                    "LZ",
                    "龙州工业园"));

    private ParkCatalogue() {}

    private static Profile profile(
            String code,
            String name,
            String shortName,
            String province,
            String city,
            String region,
            int approved,
            int weight,
            int[] fieldWeights,
            String provincialTalents,
            String municipalTalents,
            List<String> universities,
            String... subParks) {
        Park park = new Park(code, name, ParkLevel.NATIONAL, RegionCode.of(region), province, city + "市", approved);
        List<SubPark> subs = new ArrayList<>();
        for (int i = 0; i < subParks.length; i += 2) {
            subs.add(new SubPark(code + "-" + subParks[i], code, subParks[i + 1]));
        }
        if (fieldWeights.length != HighTechField.values().length) {
            throw new IllegalStateException(code + ": one weight per high-tech field");
        }
        return new Profile(
                park,
                shortName,
                city,
                weight,
                List.copyOf(subs),
                fieldWeights,
                provincialTalents,
                municipalTalents,
                universities);
    }

    /** The park whose figures the calibration table holds. */
    static Profile calibrated() {
        return byCode(Calibration.get().parkCode());
    }

    static Profile byCode(String code) {
        return PARKS.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    static int totalWeight() {
        return PARKS.stream().mapToInt(Profile::weight).sum();
    }

    /**
     * Splits the enterprises among the parks in proportion to their weights, exactly (largest remainder, ties to the
     * earlier park).
     */
    static long[] apportion(long enterprises) {
        int total = totalWeight();
        long[] shares = new long[PARKS.size()];
        long[] remainders = new long[PARKS.size()];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            long product = enterprises * PARKS.get(i).weight();
            shares[i] = product / total;
            remainders[i] = product % total;
            given += shares[i];
        }
        for (long left = enterprises - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }
}
