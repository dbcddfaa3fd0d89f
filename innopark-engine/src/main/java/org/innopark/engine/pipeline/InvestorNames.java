package org.innopark.engine.pipeline;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 投资方名称归一化: the key two spellings of one investor share, so that 深圳市比亚迪股份有限公司, 比亚迪股份有限公司 and
 * 比亚迪（深圳）有限公司 are found to be one. Full-width forms and spaces are folded, a short bracketed place (（深圳）,
 * (中国)) is dropped, a leading place name (广东省, 深圳市, 浦东新区) and the trailing legal form (股份有限公司, 有限责任公司,
 * 集团有限公司, Co., Ltd.) are cut. {@link #similarity} compares two keys by character pairs (Dice).
 */
public final class InvestorNames {

    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^()\\[\\]]{1,6})[)\\]]");
    private static final Pattern PLACE_PREFIX =
            Pattern.compile("^(?:[\\p{IsHan}]{2,3}(?:省|自治区|特别行政区))?(?:[\\p{IsHan}]{2,4}?(?:市|自治州|地区|盟))?"
                    + "(?:[\\p{IsHan}]{2,4}?(?:新区|区|县))?");
    private static final List<String> LEGAL_FORMS = List.of(
            "集团股份有限公司",
            "集团有限责任公司",
            "集团有限公司",
            "股份有限公司",
            "有限责任公司",
            "有限公司",
            "集团公司",
            "合伙企业",
            "集团",
            "公司",
            "colimited",
            "coltd",
            "limited",
            "ltd",
            "inc",
            "corporation",
            "corp");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}·・、，。．“”‘’]+");

    private InvestorNames() {}

    /** The normalised key of an investor's name; empty for a blank name. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        s = s.replace('（', '(').replace('）', ')').replace('【', '[').replace('】', ']');
        s = s.replaceAll("\\s+", "");
        if (s.endsWith("分公司")) {
            // a branch (XX分公司) is its company's: cut after the company's own legal form
            int i = s.lastIndexOf("公司", s.length() - 4);
            if (i > 0) {
                s = s.substring(0, i + 2);
            }
        }
        s = BRACKETED.matcher(s).replaceAll("");
        s = NOISE.matcher(s).replaceAll("");
        for (String form : LEGAL_FORMS) {
            if (s.length() > form.length() && s.endsWith(form)) {
                s = s.substring(0, s.length() - form.length());
                break;
            }
        }
        String withoutPlace = PLACE_PREFIX.matcher(s).replaceFirst("");
        if (withoutPlace.length() >= 2) {
            s = withoutPlace;
        }
        return s;
    }

    /**
     * Whether two keys are near: at least {@code threshold} similar, or one (of four characters or more) begins the
     * other, as a short name (简称) begins the full one.
     */
    public static boolean near(String a, String b, double threshold) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return similarity(a, b) >= threshold || (shorter.length() >= 4 && longer.startsWith(shorter));
    }

    /** The Dice similarity (0..1) of two keys' character pairs (single characters for one-character keys). */
    public static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        Map<String, Integer> pairs = grams(a);
        Map<String, Integer> other = grams(b);
        int total = 0;
        for (int v : pairs.values()) {
            total += v;
        }
        for (int v : other.values()) {
            total += v;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : pairs.entrySet()) {
            shared += Math.min(e.getValue(), other.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> grams(String s) {
        Map<String, Integer> out = new HashMap<>();
        if (s.codePointCount(0, s.length()) == 1) {
            out.put(s, 1);
            return out;
        }
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.merge(new String(cps, i, 2), 1, Integer::sum);
        }
        return out;
    }
}
