package org.innopark.engine.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * Measures the duplicate check on synthetic investor names made independently of {@link InvestorNames}: firms are
 * drawn from their own vocabulary (province, city, brand, business, legal form); a duplicate is the same firm written
 * another way as officers and spreadsheets write it (with or without its province and city, its place in brackets,
 * another legal form of the same entity, full-width letters, spaces, a trailing 集团), a non-duplicate is another firm
 * sharing the brand or the business. One duplicate in ten is hard: the firm's short name (简称), a branch (分公司) or a
 * character of the brand miswritten. Each pair is judged by a method; precision, recall and F1 over "same investor".
 */
public final class DedupEvaluation {

    private static final String[][] PLACES = {
        {"广东省", "深圳市"}, {"江苏省", "苏州市"}, {"浙江省", "杭州市"}, {"湖南省", "长沙市"}, {"安徽省", "合肥市"},
        {"福建省", "宁德市"}, {"四川省", "成都市"}, {"湖北省", "武汉市"}, {"陕西省", "西安市"}, {"山东省", "青岛市"},
        {"吉林省", "长春市"}, {"河南省", "郑州市"}
    };
    private static final String[] SYLLABLES = {
        "华", "瑞", "科", "创", "恒", "达", "新", "源", "宏", "远", "博", "润", "泰", "鑫", "智", "联", "天", "海", "金", "盛", "明", "德",
        "安", "宇", "星", "辰", "中", "卓", "越", "晶"
    };
    private static final String[] BUSINESS = {
        "新能源科技", "电池材料", "生物医药", "医疗器械", "半导体", "光电科技", "智能装备", "新材料", "精密制造", "汽车零部件", "信息技术", "储能技术"
    };
    private static final String[] FORMS = {"有限公司", "股份有限公司", "有限责任公司"};

    /** A pair of names and whether they are one investor. */
    public record Pair(String a, String b, boolean same) {}

    /** Precision, recall and F1 of a method on the pairs. */
    public record Score(String method, int tp, int fp, int fn, double precision, double recall, double f1) {}

    private DedupEvaluation() {}

    /** {@code n} duplicate pairs and {@code n} non-duplicate pairs, reproducible from the seed. */
    public static List<Pair> pairs(int n, long seed) {
        Random r = new Random(seed);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Firm f = firm(r);
            String a = f.write(r);
            String b = f.variant(r).write(r);
            int hard = r.nextInt(10);
            if (hard == 0) {
                b = f.brand + f.business.substring(0, 2); // 简称, as in a meeting's minutes
            } else if (hard == 1) {
                b = f.write(r) + PLACES[(f.place + 1) % PLACES.length][1] + "分公司";
            } else if (hard == 2) {
                int at = r.nextInt(f.brand.length());
                String typo =
                        f.brand.substring(0, at) + SYLLABLES[r.nextInt(SYLLABLES.length)] + f.brand.substring(at + 1);
                b = new Firm(f.place, typo, f.business, f.form, f.group).write(r); // a character miswritten
            }
            out.add(new Pair(a, b, true));
            Firm g = r.nextBoolean() ? f.otherBusiness(r) : f.otherBrand(r);
            out.add(new Pair(f.write(r), g.write(r), false));
        }
        return out;
    }

    /** Scores a method judging whether two names are one investor. */
    public static Score score(String method, List<Pair> pairs, BiPredicate<String, String> same) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Pair p : pairs) {
            boolean judged = same.test(p.a(), p.b());
            if (judged && p.same()) {
                tp++;
            } else if (judged) {
                fp++;
            } else if (p.same()) {
                fn++;
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(method, tp, fp, fn, precision, recall, f1);
    }

    /** The methods compared: exact text, text without spaces and case, the normalised key, key or near (≥ threshold). */
    public static List<Score> evaluate(List<Pair> pairs, double threshold) {
        return List.of(
                score("exact text", pairs, String::equals),
                score("spaces and case folded", pairs, (a, b) -> fold(a).equals(fold(b))),
                score(
                        "normalised key (refused)",
                        pairs,
                        (a, b) -> InvestorNames.key(a).equals(InvestorNames.key(b))),
                score("key or near-duplicate (warned)", pairs, (a, b) -> {
                    String ka = InvestorNames.key(a);
                    String kb = InvestorNames.key(b);
                    return ka.equals(kb) || InvestorNames.near(ka, kb, threshold);
                }));
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private record Firm(int place, String brand, String business, int form, boolean group) {

        String write(Random r) {
            StringBuilder sb = new StringBuilder();
            int style = r.nextInt(4);
            if (style == 1) {
                sb.append(PLACES[place][1]);
            } else if (style == 2) {
                sb.append(PLACES[place][0]).append(PLACES[place][1]);
            }
            sb.append(brand);
            if (style == 3) {
                sb.append(r.nextBoolean() ? "（" : "(")
                        .append(PLACES[place][1], 0, 2)
                        .append(r.nextBoolean() ? "）" : ")");
            }
            sb.append(business);
            if (group) {
                sb.append("集团");
            }
            sb.append(FORMS[form]);
            String s = sb.toString();
            if (r.nextInt(6) == 0) {
                int at = 1 + r.nextInt(s.length() - 1);
                s = s.substring(0, at) + " " + s.substring(at);
            }
            return s;
        }

        /** The same firm as another source writes it: another legal form of the entity, 集团 added or dropped. */
        Firm variant(Random r) {
            int f = r.nextInt(3) == 0 ? (form + 1 + r.nextInt(2)) % FORMS.length : form;
            return new Firm(place, brand, business, f, r.nextInt(4) == 0 != group);
        }

        Firm otherBusiness(Random r) {
            String b;
            do {
                b = BUSINESS[r.nextInt(BUSINESS.length)];
            } while (b.equals(business));
            return new Firm(place, brand, b, form, group);
        }

        Firm otherBrand(Random r) {
            String b;
            do {
                b = brand.substring(0, 1) + SYLLABLES[r.nextInt(SYLLABLES.length)];
            } while (b.equals(brand));
            return new Firm(place, b, business, form, group);
        }
    }

    private static Firm firm(Random r) {
        String brand = SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)];
        return new Firm(
                r.nextInt(PLACES.length),
                brand,
                BUSINESS[r.nextInt(BUSINESS.length)],
                r.nextInt(FORMS.length),
                r.nextInt(5) == 0);
    }
}
