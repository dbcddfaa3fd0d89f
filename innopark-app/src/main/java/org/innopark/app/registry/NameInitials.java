package org.innopark.app.registry;

import com.hankcs.hanlp.HanLP;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * 拼音首字母: the initials by which officials type a company's name ("ccwl" for 长春维凌…), from HanLP's pinyin
 * dictionary, which reads the common polyphones of place names right (长春 → cc, 重庆 → cq). Cached per name.
 */
final class NameInitials {

    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{2,20}");
    private static final int CACHE_LIMIT = 500_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private NameInitials() {}

    /** Whether a search text may be pinyin initials: Latin letters only, 2 to 20 of them. */
    static boolean looksLikeInitials(String q) {
        return q != null && LETTERS.matcher(q).matches();
    }

    /** The lower-case initials of the Chinese characters of a name; other characters are left out. */
    static String of(String name) {
        String cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String initials = HanLP.convertToPinyinFirstCharString(name, "", false).toLowerCase(Locale.ROOT);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(name, initials);
        }
        return initials;
    }
}
