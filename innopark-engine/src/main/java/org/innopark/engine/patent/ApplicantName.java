package org.innopark.engine.patent;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An applicant's name (申请人) normalised for 申请人归一: full-width letters, digits and brackets folded to half width,
 * spaces removed, a branch (…分公司, …分厂) split from its parent, and the legal form (股份有限公司, 有限责任公司, 有限公司)
 * set apart, so that the same firm written two ways has the same {@link #core()}.
 *
 * @param written the name as written, stripped
 * @param normalised folded, without spaces: the name a registry entry is compared with exactly
 * @param parent the legal person the name belongs to: the normalised name without a branch
 * @param branch the branch part ({@code 深圳分公司}), empty when none
 * @param core the parent without its legal form
 * @param coreWithoutBrackets the core without bracketed parts ({@code 比亚迪(深圳)} → {@code 比亚迪})
 */
public record ApplicantName(
        String written, String normalised, String parent, String branch, String core, String coreWithoutBrackets) {

    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "公司");
    private static final Pattern BRANCH =
            Pattern.compile("^(.+?(?:公司|集团|厂|院|所|中心))(\\(?[^()]{1,12}?\\)?(?:分公司|分厂|分院|分所|分中心|办事处))$");
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");

    /** Normalises a name; an empty name is an error. */
    public static ApplicantName of(String written) {
        String w = written == null ? "" : written.strip();
        if (w.isEmpty()) {
            throw new IllegalArgumentException("an applicant's name is empty / 申请人名称为空");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = TextFold.fold(w.charAt(i));
            if (c == '【' || c == '〔') {
                c = '(';
            } else if (c == '】' || c == '〕') {
                c = ')';
            }
            if (!Character.isWhitespace(c) && c != '·' && c != '•') {
                b.append(c);
            }
        }
        String normalised = b.toString();
        String parent = normalised;
        String branch = "";
        Matcher m = BRANCH.matcher(normalised);
        if (m.matches()) {
            parent = m.group(1);
            branch = m.group(2);
        }
        String core = parent;
        for (String form : LEGAL_FORMS) {
            if (core.endsWith(form) && core.length() > form.length()) {
                core = core.substring(0, core.length() - form.length());
                break;
            }
        }
        String bare = BRACKETS.matcher(core).replaceAll("");
        return new ApplicantName(w, normalised, parent, branch, core, bare.isEmpty() ? core : bare);
    }

    /** Whether the name is a person's rather than an organisation's: 2–3 Chinese characters and no organisation word. */
    public boolean looksLikePerson() {
        return normalised.matches("[\\u4e00-\\u9fff]{2,3}") && !normalised.matches(".*(公司|大学|学院|研究|院|所|中心|厂|局|集团).*");
    }
}
