package org.innopark.engine.demo;

import java.util.List;

/**
 * Chinese names for generated records: company brands (字号), people, and partners outside the parks.
 *
 * <p>Brands are unique by construction: the k-th enterprise of a park gets the k-th brand of an enumeration that
 * first lists every two-syllable brand, then every three-syllable one, then four; each tier is visited in a
 * scrambled order (an affine bijection) so that neighbouring enterprises do not get neighbouring brands. With the
 * city prefix, a name is therefore unique across all parks for up to about 41 million enterprises per park.
 */
final class Names {

    /** Characters common in company brands; all distinct (checked at start-up). */
    static final String SYLLABLES = "华科睿博创达信恒瑞泰盛康源宇智联通天海金汇美安光远德正和新精英腾卓优晟弘鼎凯迈思锐合力众昊辰星航云峰宏嘉诺格维奥普赛佳立尔克特飞翔明蓝微芯凌聚铭欣逸驰拓成朗致唯捷";

    private static final int S = SYLLABLES.length();
    private static final long[] TIER_SIZES = {(long) S * S, (long) S * S * S, (long) S * S * S * S};

    /** Primes that do not divide S, hence coprime with every power of S: scrambling within a tier is a bijection. */
    private static final long[] TIER_MULTIPLIERS = {1_000_003L, 998_244_353L, 1_000_000_007L};

    private static final String SURNAMES =
            "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇鹏飞鑫波宁琳晨博浩然俊凯昊天翔志东海峰立新颖晓雪梅婷岚欣怡思雨涵泽轩睿哲";

    /** Cities outside the parks, with their GB/T 2260 codes, where investors and buyers come from. */
    static final List<City> PARTNER_CITIES = List.of(
            new City("北京", "110108"),
            new City("上海", "310115"),
            new City("深圳", "440305"),
            new City("南京", "320115"),
            new City("武汉", "420111"),
            new City("成都", "510107"),
            new City("天津", "120116"),
            new City("宁波", "330212"),
            new City("厦门", "350206"),
            new City("青岛", "370212"),
            new City("沈阳", "210112"),
            new City("重庆", "500112"));

    /** Outside buyers of technology that are not companies. */
    static final List<String> INSTITUTIONS = List.of(
            "吉林大学",
            "中国科学院长春光学精密机械与物理研究所",
            "中国科学技术大学",
            "西安交通大学",
            "浙江大学",
            "华南理工大学",
            "苏州大学",
            "常州大学",
            "厦门大学",
            "中国第一汽车集团有限公司",
            "国家电网有限公司",
            "中国航天科技集团有限公司",
            "北京协和医院",
            "中山大学附属第一医院");

    record City(String name, String regionCode) {}

    static {
        if (SYLLABLES.chars().distinct().count() != S) {
            throw new IllegalStateException("brand syllables must be distinct");
        }
    }

    private Names() {}

    /** The k-th brand (k ≥ 0): unique for every k below the total of the three tiers. */
    static String brand(long k) {
        long rest = k;
        for (int tier = 0; tier < TIER_SIZES.length; tier++) {
            long size = TIER_SIZES[tier];
            if (rest < size) {
                long j = Math.floorMod(rest * TIER_MULTIPLIERS[tier] + 7 * tier + 11, size);
                StringBuilder b = new StringBuilder(tier + 2);
                for (int i = 0; i < tier + 2; i++) {
                    b.append(SYLLABLES.charAt((int) (j % S)));
                    j /= S;
                }
                return b.toString();
            }
            rest -= size;
        }
        throw new IllegalArgumentException("no brand left for index " + k);
    }

    /** A random brand, for companies outside the parks (not necessarily unique). */
    static String randomBrand(Draw draw) {
        return "" + SYLLABLES.charAt(draw.between(0, S - 1)) + SYLLABLES.charAt(draw.between(0, S - 1));
    }

    static String company(String city, String brand, String word, boolean jointStock) {
        return city + brand + word + (jointStock ? "股份有限公司" : "有限公司");
    }

    static String person(Draw draw) {
        String name = "" + SURNAMES.charAt(draw.between(0, SURNAMES.length() - 1))
                + GIVEN.charAt(draw.between(0, GIVEN.length() - 1));
        return draw.chance(0.7) ? name + GIVEN.charAt(draw.between(0, GIVEN.length() - 1)) : name;
    }

    /** Chinese numerals for disambiguating names: 一 … 九十九, then Arabic digits. */
    static String ordinal(int n) {
        if (n >= 100) {
            return String.valueOf(n);
        }
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }
}
