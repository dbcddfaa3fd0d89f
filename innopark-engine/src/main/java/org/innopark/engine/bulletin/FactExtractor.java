package org.innopark.engine.bulletin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every quantitative fact in a Chinese text: numbers with a unit (Arabic, Chinese or mixed numerals), ranks
 * (第14位, top20, 提升2位), percentages and fractions; each with its subject, metric, period, kind, qualifier and the
 * exact quote of the original text that states it. Rules and dictionaries come from {@link BulletinVocabulary};
 * this class holds only the reading order.
 *
 * <p>Rough magnitudes (数千台, 十几年) state no figure and give no fact; 百余家 and 近千家 do (100, over; 1000,
 * approx), as do 由 A 增长至 B (two facts, each with its own year).
 */
public final class FactExtractor {

    private final BulletinVocabulary v;

    public FactExtractor() {
        this(BulletinVocabulary.standard());
    }

    public FactExtractor(BulletinVocabulary vocabulary) {
        this.v = vocabulary;
    }

    /** The facts of one document, in the order of the text. */
    public List<QuantFact> extract(String doc, String original) {
        NormalizedText norm = NormalizedText.of(original);
        Reading r = new Reading(doc, original, norm);
        r.run();
        return r.facts;
    }

    /** Between two items of a list: 、深圳、 */
    private static final Pattern LIST = Pattern.compile("(?:、[\\u4e00-\\u9fff]{1,5})*、");

    /** An abbreviation the text declares: (以下简称中数科谷). */
    private static final Pattern SHORT_NAME = Pattern.compile("[((]以下简称[“\"]?([^))”\"]{1,12})[”\"]?[))]");

    /** 约占全国15%: about, with the comparison in between. */
    private static final Pattern ABOUT_SHARE = Pattern.compile("(?:约|大约)(?:占|为|达|合)[^,,。;;]{0,8}$");

    /** A metric that only says "the total" (总数达到682家) is the previous fact's metric. */
    private static final Pattern TOTAL = Pattern.compile("(?:总|总数|总量|总额|数量|总计|合计|累计)?");

    /** Words that make a figure a flow of the period (新增, 新认定), not the stock the registry counts. */
    private static final Pattern ADDED = Pattern.compile("新增|新认定|新入库|新引进|新落户|新培育|新获批|新建");

    private static final Pattern SPAN =
            Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*(?:-|—|–|~|～|至|到)\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern AS_OF_MONTH = Pattern.compile("截[至止](?:((?:19|20)\\d{2})年)?(\\d{1,2})月(?:底|末)?");
    private static final Pattern MONTHS =
            Pattern.compile("(?:((?:19|20)\\d{2})年)?(\\d{1,2})\\s*[-—至到~]\\s*(\\d{1,2})月");
    private static final Pattern SINCE_MONTH = Pattern.compile("今年(\\d{1,2})月[上中下]?旬?(?:以来|起)");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(?:(\\d{1,2})日)?");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(年度|年)?");

    /** A period stated in the text: a value, or null for a vague one (目前, 近年来). */
    private record Period(int start, int end, String value) {}

    /** A name in the text that a number can be about. */
    private record Mention(int start, int end, String name, String kind, boolean eligible) {}

    private final class Reading {
        final String doc;
        final String original;
        final NormalizedText norm;
        final String t;
        final List<QuantFact> facts = new ArrayList<>();
        final List<Period> periods = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final boolean[] taken;
        final List<int[]> factSpans = new ArrayList<>();

        Reading(String doc, String original, NormalizedText norm) {
            this.doc = doc;
            this.original = original;
            this.norm = norm;
            this.t = norm.text;
            this.taken = new boolean[t.length() + 1];
        }

        void run() {
            findPeriods();
            findMentions();
            int i = 0;
            while (i < t.length()) {
                int next = tryFact(i);
                i = next > i ? next : i + 1;
            }
        }

        // ---------- periods ----------

        void findPeriods() {
            for (String w : v.vaguePeriods) {
                for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + w.length())) {
                    addPeriod(at, at + w.length(), null);
                }
            }
            Matcher m = SPAN.matcher(t);
            while (m.find()) {
                addPeriod(m.start(), m.end(), m.group(1) + "-" + m.group(2));
            }
            m = AS_OF_MONTH.matcher(t);
            while (m.find()) {
                addPeriod(m.start(), m.end(), m.group(1) == null ? m.group() : m.group(1) + "-" + pad(m.group(2)));
            }
            m = MONTHS.matcher(t);
            while (m.find()) {
                addPeriod(m.start(), m.end(), m.group());
            }
            m = SINCE_MONTH.matcher(t);
            while (m.find()) {
                addPeriod(m.start(), m.end(), m.group());
            }
            m = YEAR_MONTH.matcher(t);
            while (m.find()) {
                String value = m.group(1) + "-" + pad(m.group(2)) + (m.group(3) == null ? "" : "-" + pad(m.group(3)));
                addPeriod(m.start(), m.end(), value);
            }
            m = YEAR.matcher(t);
            while (m.find()) {
                int s = m.start();
                if (s > 0 && Character.isDigit(t.charAt(s - 1))
                        || m.end() < t.length() && Character.isDigit(t.charAt(m.end()))) {
                    continue;
                }
                if (m.group(2) == null
                        && (m.end() >= t.length() || !isCjk(t.charAt(m.end())) || unitAt(m.end()) != null)) {
                    continue; // 2000家 is a count, not a year
                }
                String value = m.group(1);
                int end = m.end();
                for (String w : v.asWrittenPeriods) {
                    if (t.startsWith(w, end)) {
                        value = t.substring(s, end + w.length());
                        end += w.length();
                        break;
                    }
                }
                addPeriod(s, end, value);
            }
            for (String w : v.asWrittenPeriods) {
                for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + w.length())) {
                    addPeriod(at, at + w.length(), w);
                }
            }
            periods.sort(Comparator.comparingInt(Period::start));
        }

        private void addPeriod(int start, int end, String value) {
            for (Period p : periods) {
                if (start < p.end() && p.start() < end) {
                    return; // the longer, earlier-found form wins
                }
            }
            periods.add(new Period(start, end, value));
            for (int k = start; k < end; k++) {
                taken[k] = true;
            }
        }

        String periodFor(int at, int sentenceStart) {
            Period best = null;
            for (Period p : periods) {
                if (p.start() >= sentenceStart && p.end() <= at) {
                    best = p;
                }
            }
            return best == null ? null : best.value();
        }

        boolean vagueIn(int from, int to) {
            for (Period p : periods) {
                if (p.start() >= from && p.end() <= to && p.value() == null) {
                    return true;
                }
            }
            return false;
        }

        /** The distinct years stated in the sentence before a position. */
        List<String> yearsBefore(int at, int sentenceStart) {
            List<String> years = new ArrayList<>();
            for (Period p : periods) {
                if (p.start() >= sentenceStart
                        && p.end() <= at
                        && p.value() != null
                        && p.value().matches("\\d{4}")) {
                    if (!years.contains(p.value())) {
                        years.add(p.value());
                    }
                }
            }
            return years;
        }

        // ---------- mentions ----------

        void findMentions() {
            boolean[] named = new boolean[t.length() + 1];
            for (BulletinVocabulary.ParkSuffix ps : v.parks) {
                for (int at = t.indexOf(ps.suffix()); at >= 0; at = t.indexOf(ps.suffix(), at + 1)) {
                    if (named[at]) {
                        continue;
                    }
                    String place = placeBefore(at);
                    int start = place == null ? at : at - placeLength(at, place);
                    mark(named, start, at + ps.suffix().length());
                    if (place != null) {
                        addMention(start, at + ps.suffix().length(), place + ps.canonical(), "park");
                    }
                }
            }
            for (String w : v.parkReferences) {
                for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
                    if (!named[at] && (isDemonstrative(w) || clauseStart(at))) {
                        mark(named, at, at + w.length());
                        addMention(at, at + w.length(), null, "park-ref");
                    }
                }
            }
            for (BulletinVocabulary.OrgSuffix os : v.organisations) {
                for (int at = t.indexOf(os.suffix()); at >= 0; at = t.indexOf(os.suffix(), at + 1)) {
                    int end = at + os.suffix().length();
                    if (named[at] || end < t.length() && t.charAt(end) == '区') {
                        continue;
                    }
                    int start = nameStart(at, named);
                    String name = t.substring(start, end);
                    if (acceptOrganisation(name, os, start, end)) {
                        mark(named, start, end);
                        addMention(start, end, name, os.kind());
                        if (os.kind().equals("company")) {
                            addAlias(named, name, end);
                        }
                    }
                }
            }
            for (Map.Entry<String, String> ref : v.references.entrySet()) {
                String w = ref.getKey();
                for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
                    if (!named[at] && (isDemonstrative(w) || clauseStart(at))) {
                        mark(named, at, at + w.length());
                        addMention(at, at + w.length(), null, ref.getValue() + "-ref");
                    }
                }
            }
            findShortNames(named);
            findPlaces(named);
            mentions.sort(Comparator.comparingInt(Mention::start));
        }

        /** (以下简称X): X names the mention just before; a proper short name stays, a generic one (中心) resolves. */
        private void findShortNames(boolean[] named) {
            Matcher m = SHORT_NAME.matcher(t);
            while (m.find()) {
                Mention full = null;
                for (Mention o : mentions) {
                    if (o.end() <= m.start() && o.end() >= m.start() - 1) {
                        full = o;
                    }
                }
                if (full == null || full.name() == null) {
                    continue;
                }
                String alias = m.group(1).strip();
                String name = alias.length() >= 3 ? alias : full.name();
                for (int at = t.indexOf(alias, m.end()); at >= 0; at = t.indexOf(alias, at + 1)) {
                    if (!named[at]) {
                        mark(named, at, at + alias.length());
                        addMention(at, at + alias.length(), name, full.kind());
                    }
                }
            }
        }

        private void findPlaces(boolean[] named) {
            for (int at = t.indexOf('省'); at >= 0; at = t.indexOf('省', at + 1)) {
                for (String p : v.provinces) {
                    int s = at - p.length();
                    if (s >= 0 && t.startsWith(p, s) && !named[s] && !levelAfter(at + 1)) {
                        mark(named, s, at + 1);
                        addMention(s, at + 1, p + "省", "province");
                        break;
                    }
                }
            }
            for (int at = t.indexOf('市'); at >= 0; at = t.indexOf('市', at + 1)) {
                if (named[at] || at + 1 < t.length() && t.charAt(at + 1) == '场' || levelAfter(at + 1)) {
                    continue;
                }
                String place = placeBefore(at);
                if (place != null && !v.provinces.contains(place)) {
                    int s = at - placeLength(at, place);
                    mark(named, s, at + 1);
                    addMention(s, at + 1, place + "市", "city");
                }
            }
            // A park's place and a municipality named alone are the city (溧阳动力电池产业 → 溧阳市).
            List<String> places = new ArrayList<>(v.municipalities);
            for (Mention m : List.copyOf(mentions)) {
                if (m.kind().equals("park") && m.name() != null) {
                    String place = m.name().substring(0, m.name().length() - 3);
                    if (place.length() >= 2 && !places.contains(place)) {
                        places.add(place);
                    }
                }
            }
            for (String p : places) {
                for (int at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
                    int end = at + p.length();
                    boolean followed = end < t.length() && (named[end] || "市省县区".indexOf(t.charAt(end)) >= 0);
                    if (!named[at] && !named[Math.max(0, end - 1)] && !followed) {
                        mark(named, at, end);
                        addMention(at, end, p + "市", "city");
                    }
                }
            }
        }

        private boolean levelAfter(int at) {
            return at < t.length() && t.charAt(at) == '级';
        }

        private boolean isDemonstrative(String w) {
            char c = w.charAt(0);
            return c == '该' || c == '本' || c == '我' || c == '全';
        }

        private boolean clauseStart(int at) {
            return at == 0 || isDelimiter(t.charAt(at - 1)) || t.charAt(at - 1) == '\n' || t.charAt(at - 1) == '的';
        }

        private void mark(boolean[] named, int start, int end) {
            for (int k = start; k < end && k < named.length; k++) {
                named[k] = true;
            }
        }

        private void addMention(int start, int end, String name, String kind) {
            boolean eligible = true;
            for (String w : v.notSubjectAfter) {
                if (start >= w.length() && t.startsWith(w, start - w.length())) {
                    eligible = false;
                    break;
                }
            }
            for (Mention m : mentions) {
                // 在北京、深圳、上海: a list shares its first item's role; 清远高新区百慕科创园 its head's
                if (m.end() == start
                        || m.end() < start
                                && start - m.end() <= 24
                                && LIST.matcher(t.substring(m.end(), start)).matches()) {
                    eligible = m.eligible();
                }
            }
            mentions.add(new Mention(start, end, name, kind, eligible));
        }

        /** The place in front of a suffix (长春 of 长春高新区), or null when the characters there name no place. */
        private String placeBefore(int at) {
            for (String p : v.longPlaces) {
                if (at >= p.length() && t.startsWith(p, at - p.length())) {
                    return p;
                }
            }
            if (at < 2) {
                return null;
            }
            String p = t.substring(at - 2, at);
            if (!isCjk(p.charAt(0)) || !isCjk(p.charAt(1))) {
                return null;
            }
            for (char c : p.toCharArray()) {
                if (v.notPlaceChars.indexOf(c) >= 0) {
                    return null;
                }
            }
            if (v.notPlaceWords.contains(p)
                    || ChineseNumerals.isNumeralChar(p.charAt(0))
                    || ChineseNumerals.isNumeralChar(p.charAt(1))) {
                return null;
            }
            if (v.provinces.contains(p) && !v.municipalities.contains(p)) {
                return p.length() >= 2 && at >= 2 ? (v.longPlaces.contains(p) ? p : null) : null;
            }
            return p;
        }

        /** How many characters the place and any province in front of it take (江苏溧阳 → 4). */
        private int placeLength(int at, String place) {
            int s = at - place.length();
            for (String p : v.provinces) {
                if (s >= p.length() && t.startsWith(p, s - p.length()) && !p.equals(place)) {
                    return place.length() + p.length();
                }
            }
            return place.length();
        }

        private int nameStart(int suffixAt, boolean[] named) {
            int s = suffixAt;
            int limit = Math.max(0, suffixAt - 24);
            boolean inBook = false;
            for (int k = suffixAt - 1; k >= limit; k--) {
                if (t.charAt(k) == '《') {
                    inBook = true;
                    s = k + 1;
                    break;
                }
            }
            if (inBook) {
                return s;
            }
            s = suffixAt;
            while (s > limit) {
                char c = t.charAt(s - 1);
                if (!(isCjk(c) || c == '(' || c == ')' || c == '(' || c == ')' || c == '·' || Character.isLetter(c))) {
                    break;
                }
                boolean stop = false;
                for (String w : v.nameStops) {
                    if (s >= w.length() && t.startsWith(w, s - w.length())) {
                        stop = true;
                        break;
                    }
                }
                if (stop || named[s - 1] || "的了是在于与和同及等从到向对将把被为".indexOf(c) >= 0) {
                    break;
                }
                s--;
            }
            return s;
        }

        private boolean acceptOrganisation(String name, BulletinVocabulary.OrgSuffix os, int start, int end) {
            String core = name.substring(0, name.length() - os.suffix().length());
            if (core.length() < 2) {
                return false;
            }
            for (String g : v.genericStarts) {
                if (core.startsWith(g)) {
                    return false;
                }
            }
            for (char c : core.toCharArray()) {
                if (Character.isDigit(c) || c == '个' || c == '家') {
                    return false;
                }
            }
            boolean inBook = start > 0 && t.charAt(start - 1) == '《';
            if (os.kind().equals("report")) {
                return inBook;
            }
            if (os.kind().equals("market")) {
                return core.startsWith("中国")
                        || core.startsWith("全球")
                        || core.startsWith("国内")
                        || core.startsWith("国际")
                        || core.startsWith("全国");
            }
            return true;
        }

        private static final Pattern LEGAL_TAIL = Pattern.compile(
                "(?:(?:生物|科技|技术|发展|实业|信息|智能|新材料|医药|网络|电子|集团|股份|控股|工程|制造|能源)+)?" + "(?:股份有限公司|有限责任公司|有限公司|集团)$");

        /** The short name of a company (山东半亩花田生物科技有限公司 → 半亩花田), found again later in the text. */
        private void addAlias(boolean[] named, String name, int from) {
            String core = name.replaceAll("[((][^))]*[))]", "");
            for (String p : v.provinces) {
                if (core.startsWith(p)) {
                    core = core.substring(p.length());
                    break;
                }
            }
            core = LEGAL_TAIL.matcher(core).replaceAll("");
            if (core.length() < 2 || core.length() >= name.length()) {
                return;
            }
            for (int at = t.indexOf(core, from); at >= 0; at = t.indexOf(core, at + 1)) {
                if (!named[at]) {
                    mark(named, at, at + core.length());
                    addMention(at, at + core.length(), core, "company");
                }
            }
        }

        String resolve(Mention m, int before) {
            if (m.name() != null) {
                return m.name();
            }
            String kind = m.kind().substring(0, m.kind().length() - 4);
            String want = kind.equals("park") ? "park" : kind;
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention o = mentions.get(k);
                if (o.start() < m.start()
                        && o.name() != null
                        && o.kind().equals(want)
                        && (o.eligible() || want.equals("park"))) {
                    return o.name();
                }
            }
            return null;
        }

        private String stripFlow(String metric) {
            Matcher m = ADDED.matcher(metric);
            return m.lookingAt() ? metric.substring(m.end()) : metric;
        }

        private boolean containsBetween(char c, int from, int to) {
            int at = t.indexOf(c, from);
            return at >= 0 && at < to;
        }

        String currentPark(int at) {
            String park = null;
            for (Mention m : mentions) {
                if (m.start() >= at) {
                    break;
                }
                if (m.kind().equals("park") && m.name() != null) {
                    park = m.name();
                }
            }
            return park;
        }

        String subjectFor(int numberAt, int clauseStart, int sentenceStart, String previousSubject) {
            Mention best = null;
            for (Mention m : mentions) {
                if (m.start() >= numberAt) {
                    break;
                }
                if (m.start() >= sentenceStart
                        && m.end() <= numberAt
                        && m.eligible()
                        && (m.start() < clauseStart || !containsBetween('等', m.end(), numberAt))) {
                    best = m;
                }
            }
            if (best != null) {
                String name = resolve(best, numberAt);
                if (name != null) {
                    return name;
                }
            }
            return previousSubject != null ? previousSubject : currentPark(numberAt);
        }

        // ---------- numbers ----------

        int tryFact(int i) {
            char c = t.charAt(i);
            if (taken[i]) {
                return i + 1;
            }
            boolean arabic = c >= '0' && c <= '9';
            boolean percentOf = t.startsWith("百分之", i);
            if (!arabic && !percentOf && !isChineseNumeralStart(c) && !isTop(i)) {
                return i + 1;
            }
            if (i > 0
                    && (isAsciiLetterOrDigit(t.charAt(i - 1)) && arabic
                            || t.charAt(i - 1) == '.'
                            || t.charAt(i - 1) == '-' && arabic)) {
                return skipNumber(i);
            }
            if (!arabic && i > 0 && ChineseNumerals.isNumeralChar(t.charAt(i - 1))) {
                return i + 1;
            }
            if (inHeading(i) || i > 0 && "“\"‘「".indexOf(t.charAt(i - 1)) >= 0) {
                return arabic ? skipNumber(i) : i + 1; // a headline restates the text; “三张名片” is a slogan
            }
            Candidate cand = read(i);
            if (cand == null) {
                return arabic ? skipNumber(i) : i + 1;
            }
            emit(cand);
            return cand.end;
        }

        private boolean inHeading(int i) {
            int line = t.lastIndexOf('\n', i - 1) + 1;
            return line < t.length() && t.charAt(line) == '#';
        }

        private boolean isTop(int i) {
            return (t.startsWith("top", i) || t.startsWith("TOP", i) || t.startsWith("Top", i))
                    && (i == 0 || !Character.isLetter(t.charAt(i - 1)));
        }

        private int skipNumber(int i) {
            int j = i;
            while (j < t.length() && (Character.isDigit(t.charAt(j)) || t.charAt(j) == '.')) {
                j++;
            }
            return Math.max(j, i + 1);
        }

        private boolean isChineseNumeralStart(char c) {
            return ChineseNumerals.digit(c) >= 0 || ChineseNumerals.smallUnit(c) > 0 || ChineseNumerals.bigUnit(c) > 0;
        }

        /** A number, its unit and qualifiers, read at a position; null when it is not a fact. */
        final class Candidate {
            int numStart;
            int numEnd;
            int end; // past unit and trailing qualifier
            BigDecimal value;
            String unit;
            FactKind kind;
            Qualifier qualifier;
            int qualifierStart; // where a qualifier in front starts (= numStart when none)
            boolean rank;
        }

        Candidate read(int i) {
            Candidate k = new Candidate();
            k.numStart = i;
            k.qualifierStart = i;
            int j = i;
            boolean top = false;
            boolean percentOf = false;
            if (isTop(i)) {
                top = true;
                j = i + 3;
                while (j < t.length() && t.charAt(j) == ' ') {
                    j++;
                }
                if (j >= t.length() || !Character.isDigit(t.charAt(j))) {
                    return null;
                }
                k.numStart = j;
            } else if (t.startsWith("百分之", i)) {
                percentOf = true;
                j = i + 3;
                k.numStart = j;
            }
            int numEnd = scanNumeral(j);
            if (numEnd <= j) {
                return null;
            }
            String numeral = t.substring(j, numEnd);
            String fractionOf = null;
            if (!percentOf && numEnd + 2 < t.length() && t.startsWith("分之", numEnd)) {
                int e2 = scanNumeral(numEnd + 2);
                if (e2 > numEnd + 2) {
                    fractionOf = t.substring(numEnd + 2, e2);
                    numEnd = e2;
                }
            } else if (!percentOf
                    && numEnd + 1 < t.length()
                    && t.charAt(numEnd) == '/'
                    && Character.isDigit(t.charAt(numEnd + 1))) {
                int e2 = scanNumeral(numEnd + 1);
                fractionOf = t.substring(numEnd + 1, e2);
                numEnd = e2;
            }
            k.numEnd = numEnd;
            // The scale at the numeral's end stays with the unit: 2万余个 → 2 万个, 14.69亿元 → 14.69 亿元.
            String scale = "";
            String body = numeral;
            if (fractionOf == null) {
                int s = body.length();
                while (s > 0 && ChineseNumerals.bigUnit(body.charAt(s - 1)) > 0) {
                    s--;
                }
                if (s > 0 || body.length() > s) {
                    scale = body.substring(s);
                    body = body.substring(0, s);
                }
                if (body.isEmpty()) {
                    body = "一";
                }
            }
            boolean onlyUnits = true;
            for (char ch : numeral.toCharArray()) {
                if (ChineseNumerals.digit(ch) >= 0) {
                    onlyUnits = false;
                }
            }
            ChineseNumerals.Numeral n;
            try {
                if (fractionOf != null) {
                    n = t.charAt(k.numEnd - fractionOf.length() - 1) == '/'
                            ? ChineseNumerals.read(numeral + "/" + fractionOf)
                            : ChineseNumerals.read(numeral + "分之" + fractionOf);
                } else {
                    n = ChineseNumerals.read(body);
                }
            } catch (NumberFormatException e) {
                return null;
            }
            if (n.vague()) {
                return null;
            }
            boolean chinese = !Character.isDigit(t.charAt(j));
            if (chinese && numeral.equals("一")) {
                return null; // 一个, 一家: an article more often than a figure
            }
            k.value = n.value();
            int u = numEnd;
            Qualifier inside = null;
            if (u < t.length() && v.inside.containsKey(String.valueOf(t.charAt(u)))) {
                inside = v.inside.get(String.valueOf(t.charAt(u)));
                u++;
            }
            String scale2 = "";
            for (String sc : v.scales.keySet()) {
                if (t.startsWith(sc, u) && scale.isEmpty() && unitAt(u + sc.length()) != null) {
                    scale2 = sc;
                    break;
                }
            }
            u += scale2.length();
            BulletinVocabulary.Unit unit = fractionOf != null ? null : unitAt(u);
            // the qualifier in front
            Qualifier before = qualifierBefore(top ? i : k.numStart, k);
            if (onlyUnits && chinese && before == null && inside == null) {
                return null; // 千家万户, 百家争鸣: no figure without 近/上/余
            }
            if (percentOf) {
                k.unit = "%";
                k.kind = FactKind.RATIO;
                k.end = u;
            } else if (fractionOf != null) {
                k.unit = "";
                k.kind = FactKind.RATIO;
                k.end = u;
            } else if (top) {
                k.unit = unit != null && v.rankUnits.contains(unit.text()) ? unit.text() : "位";
                k.end = u
                        + (unit != null && v.rankUnits.contains(unit.text())
                                ? unit.text().length()
                                : 0);
                k.kind = FactKind.RANK;
                k.qualifierStart = i;
                before = Qualifier.UNDER;
            } else {
                boolean ordinal = k.numStart > 0 && t.charAt(k.numStart - 1) == '第';
                if (ordinal) {
                    if (unit != null && v.rankUnits.contains(unit.text())) {
                        k.unit = unit.text();
                        k.end = u + unit.text().length();
                    } else if (unit == null && clauseEnds(u) && rankContext(k.numStart)) {
                        k.unit = "位";
                        k.end = u;
                    } else {
                        return null; // 第二届, 第一批: an ordinal
                    }
                    k.kind = FactKind.RANK;
                    k.qualifierStart = k.numStart - 1;
                } else if (unit == null) {
                    return null;
                } else {
                    if (!acceptUnit(unit, k, u)) {
                        return null;
                    }
                    k.unit = scale + scale2 + unit.text();
                    k.end = u + unit.text().length();
                    k.kind = unit.kind();
                    if (v.rankUnits.contains(unit.text()) && rankVerbBefore(k.numStart)) {
                        k.kind = FactKind.RANK;
                    }
                }
            }
            Qualifier after = null;
            for (Map.Entry<String, Qualifier> e : v.after.entrySet()) {
                if (t.startsWith(e.getKey(), k.end)) {
                    after = e.getValue();
                    k.end += e.getKey().length();
                    break;
                }
            }
            k.qualifier = before != null ? before : inside != null ? inside : after;
            if (k.qualifier == null
                    && ABOUT_SHARE
                            .matcher(t.substring(clauseStartOf(k.numStart), k.numStart))
                            .find()) {
                k.qualifier = Qualifier.ABOUT;
            }
            return k;
        }

        private boolean acceptUnit(BulletinVocabulary.Unit unit, Candidate k, int u) {
            if (!unit.text().equals("年")) {
                return true;
            }
            // N年: a duration; a year (2023年) is a period, 三年行动计划 a name, 十年来/近3年 a vague period.
            if (k.value.compareTo(BigDecimal.valueOf(100)) >= 0) {
                return false;
            }
            int after = u + 1;
            for (String w : List.of("来", "以来", "前", "后", "行动", "计划", "规划", "攻坚", "级", "度")) {
                if (t.startsWith(w, after)) {
                    return false;
                }
            }
            for (String w : List.of("近", "过去", "最近", "未来", "每")) {
                if (k.qualifierStart >= w.length() && t.startsWith(w, k.qualifierStart - w.length())) {
                    return false;
                }
            }
            return true;
        }

        private Qualifier qualifierBefore(int at, Candidate k) {
            for (Map.Entry<String, Qualifier> e : v.before.entrySet()) {
                String w = e.getKey();
                if (w.equalsIgnoreCase("top") || w.equals("前")) {
                    if (w.equals("前") && at >= 1 && t.charAt(at - 1) == '前' && rankUnitOrEnd(k)) {
                        k.qualifierStart = at - 1;
                        return Qualifier.UNDER;
                    }
                    continue;
                }
                if (at >= w.length() && t.startsWith(w, at - w.length())) {
                    if (w.equals("近") && at >= 2 && t.charAt(at - 2) == '最') {
                        continue;
                    }
                    k.qualifierStart = at - w.length();
                    return e.getValue();
                }
                for (String b : v.bridge) {
                    int s = at - b.length() - w.length();
                    if (s >= 0 && t.startsWith(w, s) && t.startsWith(b, at - b.length())) {
                        k.qualifierStart = s;
                        return e.getValue();
                    }
                }
            }
            for (String w : v.roundOver) {
                if (at >= w.length()
                        && t.startsWith(w, at - w.length())
                        && ChineseNumerals.digit(t.charAt(at)) < 0
                        && !Character.isDigit(t.charAt(at))) {
                    k.qualifierStart = at - w.length();
                    return Qualifier.OVER;
                }
            }
            return null;
        }

        private boolean rankUnitOrEnd(Candidate k) {
            int e = k.numEnd;
            BulletinVocabulary.Unit u = unitAt(e);
            return u != null && v.rankUnits.contains(u.text()) || e < t.length() && t.charAt(e) == '强' || clauseEnds(e);
        }

        private boolean rankVerbBefore(int at) {
            for (String w : v.rankVerbs) {
                if (at >= w.length() && t.startsWith(w, at - w.length())) {
                    return true;
                }
            }
            return false;
        }

        private boolean rankContext(int at) {
            int s = clauseStartOf(at);
            String clause = t.substring(s, at);
            for (String w : v.rankContext) {
                if (clause.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean clauseEnds(int at) {
            return at >= t.length() || isDelimiter(t.charAt(at)) || t.charAt(at) == '\n' || t.charAt(at) == '、';
        }

        int scanNumeral(int j) {
            int e = j;
            while (e < t.length()) {
                char c = t.charAt(e);
                if (Character.isDigit(c) && c < 128) {
                    e++;
                } else if ((c == '.' || c == '点')
                        && e + 1 < t.length()
                        && e > j
                        && (Character.isDigit(t.charAt(e + 1)) || ChineseNumerals.digit(t.charAt(e + 1)) >= 0)
                        && (c == '.' || ChineseNumerals.digit(t.charAt(e - 1)) >= 0)) {
                    e++;
                } else if ((c == ',' || c == ',')
                        && e > j
                        && Character.isDigit(t.charAt(e - 1))
                        && e + 3 < t.length() + 1
                        && t.length() >= e + 4
                        && Character.isDigit(t.charAt(e + 1))
                        && Character.isDigit(t.charAt(e + 2))
                        && Character.isDigit(t.charAt(e + 3))
                        && (e + 4 >= t.length() || !Character.isDigit(t.charAt(e + 4)))) {
                    e++;
                } else if (ChineseNumerals.digit(c) >= 0
                        || ChineseNumerals.smallUnit(c) > 0
                        || ChineseNumerals.bigUnit(c) > 0
                        || (c == '几' && e > j)) {
                    e++;
                } else {
                    break;
                }
            }
            return e;
        }

        BulletinVocabulary.Unit unitAt(int u) {
            for (BulletinVocabulary.Unit unit : v.units) {
                if (t.startsWith(unit.text(), u)) {
                    return unit;
                }
            }
            return null;
        }

        // ---------- the fact ----------

        void emit(Candidate k) {
            int sentenceStart = sentenceStartOf(k.qualifierStart);
            int clauseStart = clauseStartOf(k.qualifierStart);
            String period = periodFor(k.qualifierStart, sentenceStart);
            if (period == null && !vagueIn(sentenceStart, k.qualifierStart)) {
                // a sentence without a period of its own continues the paragraph's (其中, 南宁高新区7个项目上榜)
                int paragraph = t.lastIndexOf('\n', sentenceStart - 1) + 1;
                period = periodFor(sentenceStart, paragraph);
            }
            QuantFact previous = facts.isEmpty() ? null : facts.get(facts.size() - 1);
            boolean sameSentence =
                    previous != null && !factSpans.isEmpty() && factSpans.get(factSpans.size() - 1)[1] >= sentenceStart;
            boolean sameParagraph = previous != null
                    && !factSpans.isEmpty()
                    && t.lastIndexOf('\n', k.qualifierStart) < factSpans.get(factSpans.size() - 1)[0];
            String subject =
                    subjectFor(k.qualifierStart, clauseStart, sentenceStart, sameParagraph ? previous.subject() : null);
            String phrase = metricPhrase(clauseStart, k);
            boolean continues = sameSentence && continuation(factSpans.get(factSpans.size() - 1)[1], k.qualifierStart);
            boolean total = TOTAL.matcher(phrase).matches();
            boolean inherits =
                    (continues || total && sameSentence) && previous.unit().equals(k.unit);
            if (inherits) {
                // 由A增长至B: B is the same figure later; 新增126家,总数达到682家: the total is the stock
                phrase = total && !continues ? stripFlow(previous.metric()) : previous.metric();
                subject = previous.subject();
            }
            if (k.kind == FactKind.RATIO && containsAny(phrase, v.growthWords)) {
                k.kind = FactKind.GROWTH;
            }
            if (k.kind == FactKind.GROWTH && phrase.contains("年均") && period != null && period.matches("\\d{4}")) {
                List<String> years = yearsBefore(k.qualifierStart, Math.max(0, sentenceStartOf(sentenceStart - 1)));
                if (years.size() >= 2) {
                    period = years.get(0) + "-" + years.get(years.size() - 1);
                }
            } else if (k.kind == FactKind.GROWTH && phrase.contains("年均") && period == null) {
                List<String> years = yearsBefore(k.qualifierStart, Math.max(0, sentenceStartOf(sentenceStart - 1)));
                if (years.size() >= 2) {
                    period = years.get(0) + "-" + years.get(years.size() - 1);
                }
            }
            String[] metric = inherits && continues
                    ? new String[] {previous.metric(), previous.metricId()}
                    : canonicalMetric(
                            inherits && phrase.endsWith("数") ? phrase.substring(0, phrase.length() - 1) : phrase,
                            k.kind);
            int qs = clauseStart;
            int qe = k.end;
            int os = norm.start(qs);
            int oe = norm.end(qe);
            while (oe - os > QuantFact.MAX_QUOTE && qs < k.qualifierStart) {
                qs++;
                os = norm.start(qs);
            }
            if (oe - os > QuantFact.MAX_QUOTE) {
                os = oe - QuantFact.MAX_QUOTE;
            }
            String quote = original.substring(os, oe).strip();
            int lead = original.substring(os, oe).indexOf(quote);
            facts.add(new QuantFact(
                    doc,
                    subject,
                    metric[0],
                    metric[1],
                    k.value,
                    k.unit,
                    period,
                    k.kind,
                    k.qualifier,
                    quote,
                    os + lead,
                    os + lead + quote.length()));
            factSpans.add(new int[] {k.qualifierStart, k.end});
        }

        private boolean continuation(int from, int to) {
            if (to <= from) {
                return false;
            }
            String between = t.substring(from, to);
            return between.matches(".{0,12}?(增长|增加|提高|提升|上升|扩大|跃升|增|升|下降|减少|降低|降|回落)(至|到|为).{0,10}");
        }

        String metricPhrase(int clauseStart, Candidate k) {
            int s = clauseStart;
            for (Mention m : mentions) {
                if (m.start() >= s && m.end() <= k.qualifierStart && m.start() < k.qualifierStart) {
                    if (m.end() > s
                            && (m.kind().equals("park")
                                    || m.kind().endsWith("-ref")
                                    || m.kind().equals("city")
                                    || m.kind().equals("province")
                                    || m.kind().equals("company"))) {
                        s = m.end();
                    }
                }
            }
            Period p = null;
            for (Period q : periods) {
                if (q.start() >= s && q.end() <= k.qualifierStart) {
                    p = q;
                }
            }
            if (p != null) {
                s = Math.max(s, p.end());
            }
            String raw = t.substring(Math.min(s, k.qualifierStart), k.qualifierStart);
            String phrase = trim(raw);
            boolean flow = ADDED.matcher(raw).find();
            if (flow && !ADDED.matcher(phrase).lookingAt()) {
                phrase = "新增" + phrase; // a flow (新增高新技术企业126家) is not the stock's figure
            }
            if (phrase.length() < 2) {
                int e = k.end;
                int stop = e;
                while (stop < t.length()
                        && stop - e < 14
                        && !isDelimiter(t.charAt(stop))
                        && t.charAt(stop) != '\n'
                        && t.charAt(stop) != '、'
                        && !Character.isDigit(t.charAt(stop))) {
                    stop++;
                }
                phrase = trim(t.substring(e, stop));
            }
            if (phrase.length() > 20) {
                phrase = phrase.substring(phrase.length() - 20);
            }
            return phrase;
        }

        String trim(String s) {
            String x = s.replace("\"", "").replace("“", "").replace("”", "").strip();
            boolean changed = true;
            while (changed && !x.isEmpty()) {
                changed = false;
                for (String w : v.metricTrim) {
                    if (x.startsWith(w)) {
                        x = x.substring(w.length());
                        changed = true;
                    }
                    if (x.endsWith(w) && x.length() > w.length()) {
                        x = x.substring(0, x.length() - w.length());
                        changed = true;
                    }
                }
            }
            return x;
        }

        String[] canonicalMetric(String phrase, FactKind kind) {
            for (Map.Entry<String, BulletinVocabulary.Metric> e : v.aliases) {
                if (ADDED.matcher(phrase).lookingAt()) {
                    break;
                }
                if (phrase.contains(e.getKey()) && e.getValue().kinds().contains(kind)) {
                    return new String[] {e.getValue().name(), e.getValue().id()};
                }
            }
            String written = phrase.isEmpty() ? "(未注明)" : phrase;
            if (kind == FactKind.COUNT && !written.endsWith("数") && !written.endsWith("量")) {
                written = written + "数";
            }
            return new String[] {written, null};
        }

        int sentenceStartOf(int at) {
            int s = Math.max(0, Math.min(at, t.length()));
            while (s > 0) {
                char c = t.charAt(s - 1);
                if (c == '\n' || c == '。' || c == '!' || c == '?' || c == '!' || c == '?') {
                    break;
                }
                s--;
            }
            return s;
        }

        int clauseStartOf(int at) {
            int s = at;
            while (s > 0) {
                char c = t.charAt(s - 1);
                if (c == '\n' || c == '。' || c == '!' || c == '?' || c == '!' || c == '?' || isDelimiter(c)) {
                    break;
                }
                s--;
            }
            return s;
        }
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    static boolean isDelimiter(char c) {
        return c == ',' || c == ',' || c == ';' || c == ';' || c == ':' || c == ':' || c == '。' || c == '!' || c == '?'
                || c == '!' || c == '?';
    }

    static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
