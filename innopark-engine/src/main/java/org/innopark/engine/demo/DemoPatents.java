package org.innopark.engine.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.NodeAssignment;
import org.innopark.engine.chain.NodeMatcher;
import org.innopark.engine.chain.PoolEntry;
import org.innopark.engine.chain.ProductDictionary;
import org.innopark.engine.patent.IpcSymbol;
import org.innopark.engine.patent.LegalStatus;
import org.innopark.engine.patent.PatentRecord;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.ReportField;

/**
 * The demo's patents, deterministic for a seed.
 *
 * <p><b>A park's enterprises</b> file, per year of their annual reports, exactly the 发明专利申请数 the report states,
 * and receive exactly its 发明专利授权数 (each grant goes to the oldest application of the firm published at least two
 * months before, or, when it has none, to an application filed before the registry's first report year); their 实用新型
 * are the new 有效Ⅱ类知识产权 of the year ({@link #counts}). In the four years before the registry's first report year
 * they file a few applications more (no earlier than their registration), which the registry does not cover, so that
 * every filing year the registry covers holds exactly the reports' applications. Topics are the
 * chain nodes the firm is placed on from its industry code and 主营产品/经营范围 ({@link NodeMatcher}), else a
 * general topic of its industry; about one invention in twelve is filed with a university or institute of the chain.
 *
 * <p><b>Outside applicants</b> are the national candidate pool's firms ({@link CandidatePoolSimulation}, the same
 * names and credit codes as the pool the demo loads) with heavy-tailed filing rates, and the chains' universities
 * and institutes; their filings grow about 8 % a year.
 *
 * <p>An invention application is published 18 months after filing (on the Tuesday on or after), granted 22 to 48
 * months after filing; a utility model is granted and published 5 to 11 months after filing. A patent not published
 * by the cut-off is generated but marked unpublished: the loader leaves it out, as a database would not have it yet.
 */
public final class DemoPatents {

    /** An enterprise of the registry with its annual reports (any order). */
    public record Filer(
            String creditCode,
            String name,
            String industry,
            String mainProducts,
            String businessScope,
            LocalDate registered,
            List<AnnualReport> reports) {}

    /** The patents of one report year the registry gives. */
    public record YearCounts(int inventionApplications, int inventionGrants, int utilityModels) {}

    /**
     * A generated patent.
     *
     * @param applicantCreditCodes the credit codes of the first applicants, as far as known (empty for outsiders
     *     without one)
     * @param owner the credit code of the park's enterprise that filed it, null for an outside applicant
     */
    public record Patent(
            PatentRecord record,
            List<String> applicantCreditCodes,
            String chainId,
            String nodeId,
            String owner,
            boolean published) {}

    /** How many outside applicants: the pool's first firms (those on a chain node file), years of filings. */
    public record Sizes(int poolFirms, int firstYear) {
        public static final Sizes DEMO = new Sizes(600, 2014);
    }

    /** The seed of the candidate pool the demo loads (its firms are the outside applicants). */
    public static final long POOL_SEED = 20261202L;

    private static final int HISTORY_YEARS = 4;
    private static final double CO_APPLICATION = 1.0 / 12;
    private static final Pattern MATERIAL =
            Pattern.compile(".*(材料|剂|液|膜|粉|浆|胶|合金|石墨|烯|硅|锂|镍|钴|玻璃|陶瓷|纤维|丝|树脂|凝胶|酸钠|组合物|颗粒|涂层|前驱体|"
                    + "箔|集流体|靶材|化合物|中间体|提取物|香料|原料|型材|基板|衬底|外延片|晶圆|硅片|硅棒|抗体|疫苗|细胞|培养基|蛋白|"
                    + "酶|抗原|标记物|试剂盒|注射液|片|制剂|饮料|敷料|材|肽|物)$");
    private static final Pattern VERB =
            Pattern.compile("^(提|降|减|改|缩|延|实|抑|使|在|防|保|及|增|拓|缓|控|均|平|诱|促|辅|满|便|阻|舒|持|温|形|消|达).*");

    private final PatentVocabulary vocabulary;
    private final List<NodeMatcher> matchers = new ArrayList<>();
    private final ProductDictionary dictionary;

    public DemoPatents() {
        this(ChainLibrary.builtIn());
    }

    public DemoPatents(ChainLibrary chains) {
        this.vocabulary = chains == ChainLibrary.builtIn() ? PatentVocabulary.builtIn() : new PatentVocabulary(chains);
        for (IndustryChain c : chains.chains()) {
            matchers.add(new NodeMatcher(c));
        }
        this.dictionary = new ProductDictionary(chains.chains());
    }

    /** The demo's cut-off: 1 December of the year after the last report year, or the day given when earlier. */
    public static LocalDate cutoff(int lastReportYear, LocalDate today) {
        LocalDate c = LocalDate.of(lastReportYear + 1, 12, 1);
        return today.isBefore(c) ? today : c;
    }

    /**
     * A report year's patents: the report's invention applications and grants, and as utility models the share of
     * the year's new 有效Ⅱ类知识产权 (the increase on the year before; in the first year the stock spread over the
     * years since registration, at most six) that a firm of its industry holds as utility models (70 % in
     * manufacturing, 13–43; 30 % elsewhere, where software copyrights dominate), rounded up.
     *
     * @param previous the report of the year before, null when none
     */
    public static YearCounts counts(AnnualReport report, AnnualReport previous, String industry, LocalDate registered) {
        int applications = count(report, ReportField.INVENTION_APPLICATIONS);
        int grants = count(report, ReportField.INVENTION_GRANTS);
        int stock = count(report, ReportField.IP_CLASS2);
        double added;
        if (previous != null) {
            added = Math.max(0, stock - count(previous, ReportField.IP_CLASS2));
        } else {
            int years = registered == null ? 6 : Math.max(1, Math.min(6, report.year() - registered.getYear() + 1));
            added = stock / (double) years;
        }
        double share = manufacturing(industry) ? 0.7 : 0.3;
        return new YearCounts(applications, grants, (int) Math.ceil(added * share - 1e-9));
    }

    private static boolean manufacturing(String industry) {
        if (industry == null || industry.length() < 2) {
            return false;
        }
        int division = Integer.parseInt(industry.substring(0, 2));
        return division >= 13 && division <= 43;
    }

    private static int count(AnnualReport r, ReportField f) {
        java.math.BigDecimal v = r == null ? null : r.get(f);
        return v == null ? 0 : v.intValue();
    }

    /** The chain nodes (as topics) a firm is placed on from its industry code and texts; its general topic if none. */
    List<PatentVocabulary.Topic> topics(String industry, String products, String scope) {
        String text = (products == null ? "" : products) + "\n" + (scope == null ? "" : scope);
        java.util.Set<String> terms = dictionary.in(text);
        List<PatentVocabulary.Topic> out = new ArrayList<>();
        for (NodeMatcher m : matchers) {
            for (NodeAssignment a : m.match(industry, terms, List.of(), List.of())) {
                PatentVocabulary.Topic t = vocabulary.node(m.chain().id(), a.nodeId());
                if (t != null && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(vocabulary.general(industry));
        }
        return out;
    }

    /**
     * The patents of a park's enterprises.
     *
     * @param stream a number of its own for the park (1, 2, …): it keeps publication numbers unique across parks
     */
    public List<Patent> park(long seed, int stream, List<Filer> firms, LocalDate cutoff) {
        Numbers numbers = new Numbers(stream);
        List<Patent> out = new ArrayList<>();
        List<Filer> sorted = new ArrayList<>(firms);
        sorted.sort(Comparator.comparing(Filer::creditCode));
        int window = sorted.stream()
                .flatMap(f -> f.reports().stream())
                .mapToInt(AnnualReport::year)
                .min()
                .orElse(cutoff.getYear());
        for (Filer f : sorted) {
            Draw d = new Draw(Draw.seed(seed, 5150, f.creditCode().hashCode()));
            firm(d, f, window, cutoff, numbers, out);
        }
        return out;
    }

    /** One firm's patents; {@code window} is the registry's first report year, before which it may file more. */
    private void firm(Draw d, Filer f, int window, LocalDate cutoff, Numbers numbers, List<Patent> out) {
        List<AnnualReport> reports = new ArrayList<>(f.reports());
        if (reports.isEmpty()) {
            return;
        }
        reports.sort(Comparator.comparingInt(AnnualReport::year));
        List<PatentVocabulary.Topic> topics = topics(f.industry(), f.mainProducts(), f.businessScope());
        int first = reports.get(0).year();
        List<Filing> inventions = new ArrayList<>();
        // before the registry's years: a few applications, fewer further back
        int meanFirst = count(reports.get(0), ReportField.INVENTION_APPLICATIONS);
        for (int y = window - HISTORY_YEARS; y < window; y++) {
            if (f.registered() != null && y < f.registered().getYear()) {
                continue;
            }
            long n = d.poisson(meanFirst * Math.pow(0.8, first - y));
            for (long k = 0; k < n; k++) {
                inventions.add(new Filing(dayIn(d, y, f.registered()), pick(d, topics)));
            }
        }
        AnnualReport previous = null;
        List<Filing> utility = new ArrayList<>();
        for (AnnualReport r : reports) {
            YearCounts c = counts(r, previous, f.industry(), f.registered());
            for (int k = 0; k < c.inventionApplications(); k++) {
                inventions.add(new Filing(dayIn(d, r.year(), f.registered()), pick(d, topics)));
            }
            inventions.sort(Comparator.comparing(Filing::filed));
            for (int k = 0; k < c.inventionGrants(); k++) {
                grant(d, r.year(), window, inventions, topics);
            }
            for (int k = 0; k < c.utilityModels(); k++) {
                LocalDate granted = LocalDate.of(r.year(), 1, 1).plusDays(d.below(365));
                Filing u = new Filing(granted.minusDays(150 + d.below(180)), pick(d, topics));
                u.granted = granted;
                utility.add(u);
            }
            previous = r;
        }
        inventions.sort(Comparator.comparing(Filing::filed));
        for (Filing i : inventions) {
            out.add(invention(d, i, f.name(), f.creditCode(), f.creditCode(), cutoff, numbers));
        }
        for (Filing u : utility) {
            out.add(utilityModel(d, u, f.name(), f.creditCode(), f.creditCode(), cutoff, numbers));
        }
    }

    /** Grants the oldest application published two months before a day of the year; else one filed earlier. */
    private static void grant(
            Draw d, int year, int firstReportYear, List<Filing> inventions, List<PatentVocabulary.Topic> topics) {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(d.below(365));
        for (Filing i : inventions) {
            if (i.granted == null
                    && !publication(i.filed).plusMonths(2).isAfter(day)
                    && i.filed.isAfter(day.minusYears(8))) {
                i.granted = day;
                return;
            }
        }
        LocalDate latest = LocalDate.of(firstReportYear - 1, 12, 31);
        LocalDate lag = day.minusMonths(22);
        LocalDate filed = (lag.isBefore(latest) ? lag : latest).minusDays(d.below(700));
        Filing f = new Filing(filed, pick(d, topics));
        f.granted = day;
        inventions.add(f);
        inventions.sort(Comparator.comparing(Filing::filed));
    }

    /** The patents of applicants outside every park: pool firms on chain nodes, and universities and institutes. */
    public List<Patent> outside(long seed, LocalDate cutoff, Sizes sizes) {
        Numbers numbers = new Numbers(0);
        List<Patent> out = new ArrayList<>();
        List<PoolEntry> pool = new ArrayList<>();
        new CandidatePoolSimulation(POOL_SEED, LocalDate.of(2026, 11, 30)).generate(sizes.poolFirms(), pool::add);
        int last = cutoff.getYear();
        for (PoolEntry e : pool) {
            List<PatentVocabulary.Topic> topics = topics(e.industry(), e.mainProducts(), e.businessScope());
            if (topics.get(0).chainId() == null) {
                continue;
            }
            Draw d = new Draw(Draw.seed(seed, 5151, e.creditCode().hashCode()));
            double rate = 0.5
                    * Math.pow(Math.max(e.revenueYuan(), 1e6) / 2e7, 0.5)
                    * d.logNormal(1, 1.0)
                    * (e.highTech() ? 2 : 1);
            int from = Math.max(sizes.firstYear(), e.registrationDate().getYear());
            List<Filing> inventions = new ArrayList<>();
            List<Filing> utility = new ArrayList<>();
            for (int y = from; y <= last; y++) {
                double trend = Math.pow(1.08, y - last);
                for (long k = d.poisson(rate * trend); k > 0; k--) {
                    inventions.add(new Filing(dayIn(d, y, e.registrationDate()), pick(d, topics)));
                }
                for (long k = d.poisson(1.2 * rate * trend); k > 0; k--) {
                    Filing u = new Filing(dayIn(d, y, e.registrationDate()), pick(d, topics));
                    u.granted = u.filed.plusDays(150 + d.below(180));
                    utility.add(u);
                }
            }
            for (Filing i : inventions) {
                if (d.chance(0.55)) {
                    i.granted = i.filed.plusMonths(22).plusDays(d.below(800));
                }
                out.add(invention(d, i, e.name(), e.creditCode(), null, cutoff, numbers));
            }
            for (Filing u : utility) {
                out.add(utilityModel(d, u, e.name(), e.creditCode(), null, cutoff, numbers));
            }
        }
        for (String chain : vocabulary.instituteChains()) {
            List<PatentVocabulary.Topic> topics = vocabulary.nodes().stream()
                    .filter(t -> t.chainId().equals(chain))
                    .toList();
            for (String institute : vocabulary.institutes(chain)) {
                Draw d = new Draw(Draw.seed(seed, 5152, (chain + institute).hashCode()));
                double rate = d.logNormal(3, 0.5);
                for (int y = sizes.firstYear(); y <= last; y++) {
                    for (long k = d.poisson(rate * Math.pow(1.08, y - last)); k > 0; k--) {
                        Filing i = new Filing(dayIn(d, y, null), pick(d, topics));
                        if (d.chance(0.6)) {
                            i.granted = i.filed.plusMonths(22).plusDays(d.below(700));
                        }
                        out.add(invention(d, i, institute, null, null, cutoff, numbers));
                    }
                }
            }
        }
        return out;
    }

    /** An application being generated: its filing date, topic and (once granted) grant date. */
    private static final class Filing {
        final LocalDate filed;
        final PatentVocabulary.Topic topic;
        LocalDate granted;

        Filing(LocalDate filed, PatentVocabulary.Topic topic) {
            this.filed = filed;
            this.topic = topic;
        }

        LocalDate filed() {
            return filed;
        }
    }

    /** The publication of an invention application: the Tuesday on or after 18 months from filing. */
    static LocalDate publication(LocalDate filed) {
        return filed.plusMonths(18).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    private Patent invention(
            Draw d, Filing i, String applicant, String code, String owner, LocalDate cutoff, Numbers numbers) {
        LocalDate published = publication(i.filed);
        LocalDate granted = i.granted != null && !i.granted.isAfter(cutoff) ? i.granted : null;
        if (granted != null && granted.isBefore(published.plusMonths(1))) {
            granted = published.plusMonths(1);
            granted = granted.isAfter(cutoff) ? null : granted;
        }
        LegalStatus status;
        if (granted != null) {
            status = d.chance(Math.min(0.6, 0.04 * (cutoff.getYear() - granted.getYear())))
                    ? LegalStatus.LAPSED
                    : LegalStatus.IN_FORCE;
        } else {
            status =
                    i.filed.isBefore(cutoff.minusYears(5)) || d.chance(0.03) ? LegalStatus.LAPSED : LegalStatus.PENDING;
        }
        List<String> applicants = new ArrayList<>(List.of(applicant));
        List<String> codes = new ArrayList<>();
        if (code != null) {
            codes.add(code);
        }
        if (owner != null && d.chance(CO_APPLICATION)) {
            applicants.add(d.pick(vocabulary.institutes(i.topic.chainId())));
        }
        String digits = numbers.next(published.getYear(), 1);
        String kind = granted != null ? "B" : "A";
        String[] text = inventionText(d, i.topic);
        return patent(i, digits, kind, 1, published, granted, text, applicants, codes, status, owner, cutoff, d);
    }

    private Patent utilityModel(
            Draw d, Filing u, String applicant, String code, String owner, LocalDate cutoff, Numbers numbers) {
        LocalDate granted = u.granted;
        LegalStatus status = d.chance(Math.min(0.7, 0.06 * (cutoff.getYear() - granted.getYear())))
                ? LegalStatus.LAPSED
                : LegalStatus.IN_FORCE;
        String digits = numbers.next(granted.getYear(), 2);
        String[] text = utilityText(d, u.topic);
        List<String> codes = code == null ? List.of() : List.of(code);
        return patent(u, digits, "U", 2, granted, granted, text, List.of(applicant), codes, status, owner, cutoff, d);
    }

    private Patent patent(
            Filing f,
            String digits,
            String kind,
            int type,
            LocalDate published,
            LocalDate granted,
            String[] text,
            List<String> applicants,
            List<String> codes,
            LegalStatus status,
            String owner,
            LocalDate cutoff,
            Draw d) {
        PatentVocabulary.Topic t = f.topic;
        IpcSymbol main = d.pick(t.main());
        List<IpcSymbol> ipc = new ArrayList<>(List.of(main));
        List<IpcSymbol> others = new ArrayList<>(t.main());
        others.addAll(t.extra());
        others.remove(main);
        for (int k = d.between(0, 2); k > 0 && !others.isEmpty(); k--) {
            ipc.add(others.remove(d.between(0, others.size() - 1)));
        }
        List<String> inventors = new ArrayList<>();
        for (int k = d.between(1, 5); k > 0; k--) {
            inventors.add(Names.person(d));
        }
        boolean visible = !published.isAfter(cutoff);
        PatentRecord r = new PatentRecord(
                "CN" + digits + kind,
                applicationNumber(f.filed.getYear(), type, d),
                kind,
                f.filed,
                published,
                granted,
                text[0],
                text[1],
                main,
                ipc,
                List.of(),
                applicants,
                inventors,
                visible ? status : LegalStatus.PENDING,
                List.of(),
                "");
        return new Patent(r, codes, t.chainId(), t.nodeId(), owner, visible);
    }

    /** 申请号: year, type (1 invention, 2 utility model), seven digits, the check character (mod 11, X for 10). */
    static String applicationNumber(int year, int type, Draw d) {
        String body = year + Integer.toString(type) + String.format("%07d", d.below(10_000_000));
        int[] w = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        int check = sum % 11;
        return body + "." + (check == 10 ? "X" : Integer.toString(check));
    }

    /** Title and abstract of an invention. */
    private static String[] inventionText(Draw d, PatentVocabulary.Topic t) {
        String object = d.pick(t.objects());
        String means = d.pick(t.means());
        String effect = d.pick(t.effects());
        String other = d.pick(t.effects());
        String title;
        boolean material = false;
        if (object.endsWith("方法") || object.endsWith("工艺")) {
            title = "一种" + object;
        } else if (MATERIAL.matcher(object).matches()) {
            material = true;
            title = switch (d.between(0, 3)) {
                case 0 -> "一种" + object + "的制备方法";
                case 1 -> "一种" + object + "及其应用";
                default -> "一种" + object + "及其制备方法";
            };
        } else {
            title = switch (d.between(0, 3)) {
                case 0 -> "一种" + object + "的控制方法";
                case 1 -> "一种" + object + "及其制造方法";
                default -> "一种" + object + "及其工作方法";
            };
        }
        StringBuilder a = new StringBuilder("本发明");
        if (t.field() != null && d.chance(0.5)) {
            a.append("涉及")
                    .append(t.field())
                    .append("技术领域，具体公开了")
                    .append(title.substring(2))
                    .append("。");
            a.append("其").append(means).append("。");
        } else {
            a.append("公开了").append(title.substring(2)).append("，").append(means).append("。");
        }
        a.append("本发明").append(effect(effect));
        if (!other.equals(effect)) {
            a.append(VERB.matcher(other).matches() ? "，并" : "，且").append(other);
        }
        a.append(material && d.chance(0.4) ? "，工艺简单，便于工业化应用。" : "。");
        return new String[] {title, a.toString()};
    }

    /** Title and abstract of a utility model. */
    private static String[] utilityText(Draw d, PatentVocabulary.Topic t) {
        String device = d.pick(t.devices());
        String[] kinds = {"", "", "新型", "便于拆装的", "可调节的", "高稳定性的"};
        String title = "一种" + kinds[d.between(0, kinds.length - 1)] + device;
        StringBuilder a = new StringBuilder("本实用新型公开了").append(title.substring(2));
        if (t.field() != null) {
            a.append("，属于").append(t.field()).append("技术领域");
        }
        a.append("。该")
                .append(device.endsWith("结构") ? "结构" : "装置")
                .append("结构简单、使用方便，")
                .append(effect(d.pick(t.effects())))
                .append("。");
        return new String[] {title, a.toString()};
    }

    /** An effect after the subject: 能够提高… for a verb phrase, 具有…的特点 for a quality. */
    private static String effect(String effect) {
        return VERB.matcher(effect).matches() ? "能够" + effect : "具有" + effect + "的特点";
    }

    private static PatentVocabulary.Topic pick(Draw d, List<PatentVocabulary.Topic> topics) {
        // the first node is the firm's main one
        return topics.size() == 1 || d.chance(0.7) ? topics.get(0) : topics.get(d.between(1, topics.size() - 1));
    }

    /** A day of the year, not before the registration. */
    private static LocalDate dayIn(Draw d, int year, LocalDate registered) {
        LocalDate from = LocalDate.of(year, 1, 1);
        if (registered != null && registered.getYear() == year) {
            from = registered;
        }
        long days = LocalDate.of(year, 12, 31).toEpochDay() - from.toEpochDay() + 1;
        return from.plusDays(d.below(days));
    }

    /** Publication numbers: per year of publication and type, a block of numbers for each stream. */
    private static final class Numbers {
        private final int stream;
        private final Map<Integer, Integer> next = new HashMap<>();

        Numbers(int stream) {
            this.stream = stream;
        }

        /** Nine digits: CN1… for inventions, CN2… for utility models, rising with the year of publication. */
        String next(int year, int type) {
            int key = year * 10 + type;
            int n = next.merge(key, 1, Integer::sum);
            if (n * 7 >= 97_000) {
                throw new IllegalStateException("more than 13,856 demo publications of one kind in " + year);
            }
            int prefix = type == 1 ? year - 1907 : year - 1806;
            return prefix + String.format("%06d", 12_345 + stream * 97_000 + n * 7);
        }
    }
}
