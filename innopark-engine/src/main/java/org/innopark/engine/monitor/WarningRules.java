package org.innopark.engine.monitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * 监测预警规则: the early warning's rule file (format in {@code monitor/README.md}): the settings of its statistics and
 * its rules, each of a {@link Kind} that the code implements, with every number, its severity, confidence and
 * source. Loading errors name the file, line and what is valid.
 */
public final class WarningRules {

    static final String OFFICIAL = "org/innopark/engine/monitor/early-warning.yaml";

    private final RuleFileHeader header;
    private final Statistics statistics;
    private final List<Rule> rules;

    private WarningRules(RuleFileHeader header, Statistics statistics, List<Rule> rules) {
        this.header = header;
        this.statistics = statistics;
        this.rules = List.copyOf(rules);
    }

    public static WarningRules official() {
        return read(RuleNode.parseResource(WarningRules.class.getClassLoader(), OFFICIAL));
    }

    public static WarningRules read(Path file) {
        return read(RuleNode.parse(file));
    }

    /** A rule file's text; {@code file} names it in errors. */
    public static WarningRules parse(String file, java.io.Reader text) {
        return read(RuleNode.parse(file, text));
    }

    public RuleFileHeader header() {
        return header;
    }

    public Statistics statistics() {
        return statistics;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rule of the id, or null. */
    public Rule rule(String id) {
        for (Rule r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The kinds of rule the code implements, with the parameters each needs. */
    public enum Kind {
        /** A listing event opens the episode, its removal closes it. */
        LISTING("listing", Set.of()),
        /** No report for missing-months in a row after min-reports reports. */
        REPORTS_STOPPED("reports-stopped", Set.of("missing-months", "min-reports")),
        /** A run without tax beyond the firm's own payment gaps while revenue goes on. */
        TAX_ARREARS(
                "tax-arrears",
                Set.of(
                        "extra-months",
                        "min-months",
                        "min-payments",
                        "max-allowance",
                        "history-months",
                        "zero-share",
                        "revenue-share")),
        /** Headcount at or below max-ratio of its level (or 0), from a level of at least min-base. */
        HEADCOUNT_COLLAPSE("headcount-collapse", Set.of("max-ratio", "min-base")),
        /** At least min-measures of the measures at or below max-ratio of their level in the same month. */
        COLLAPSE("collapse", Set.of("max-ratio", "min-measures")),
        /** A measure below its own level and its peers' change, robustly, for persist months. */
        LEVEL_DROP("level-drop", Set.of("min-drop", "z", "persist", "peer-z", "min-level")),
        /**
         * A milder drop of the measure for persist months (as a level drop, with its own thresholds) that other
         * measures confirm: at least min-others of them at or below (1 - other-drop) of their level.
         */
        JOINT_DECLINE(
                "joint-decline", Set.of("min-drop", "z", "persist", "peer-z", "other-drop", "min-others", "min-level")),
        /** Revenue steady (at least steady-ratio of its level) while the measure drops as a level drop would. */
        CONSISTENCY("consistency", Set.of("steady-ratio", "min-drop", "z", "persist", "min-level"));

        private final String key;
        private final Set<String> parameters;

        Kind(String key, Set<String> parameters) {
            this.key = key;
            this.parameters = parameters;
        }

        public String key() {
            return key;
        }

        static Kind of(RuleNode n) {
            String t = n.text().strip();
            for (Kind k : values()) {
                if (k.key.equals(t)) {
                    return k;
                }
            }
            List<String> keys = new ArrayList<>();
            for (Kind k : values()) {
                keys.add(k.key);
            }
            throw n.error("'" + t + "' is not a kind of rule; valid: " + String.join(", ", keys) + " / 规则类型无效");
        }
    }

    /**
     * One rule.
     *
     * @param severity the severity of every alert, or of the largest drop for a level drop (see {@link #bands})
     * @param bands for a level drop, the ratio to its level at or below which each severity applies
     * @param measure the measure a level drop or consistency rule reads, else null
     * @param measures the measures a collapse counts, else empty
     * @param list the list of a listing rule, else null
     * @param postFestivalMonths months after the festival's month with a larger minimum drop (0: none)
     */
    public record Rule(
            String id,
            Kind kind,
            String nameZh,
            String nameEn,
            Severity severity,
            Map<Severity, Double> bands,
            Map<String, Double> parameters,
            Measure measure,
            List<Measure> measures,
            MonitorEvent.List list,
            int postFestivalMonths,
            double postFestivalMinDrop,
            Confidence confidence,
            String source,
            String note) {

        /** A parameter of the rule's kind. */
        public double p(String name) {
            Double v = parameters.get(name);
            if (v == null) {
                throw new IllegalArgumentException("rule " + id + " has no parameter " + name);
            }
            return v;
        }

        /** The severity of a ratio to the level: the highest band it is at or below, null when above them all. */
        public Severity severityOf(double ratio) {
            Severity best = null;
            for (Map.Entry<Severity, Double> b : bands.entrySet()) {
                if (ratio <= b.getValue() && (best == null || b.getKey().compareTo(best) > 0)) {
                    best = b.getKey();
                }
            }
            return best;
        }
    }

    /** The settings of the statistics (see the rule file's comments). */
    public record Statistics(
            int baseFrom,
            int baseTo,
            int baseMinMonths,
            int scaleFrom,
            int youngAgeMonths,
            int youngFrom,
            int youngTo,
            int youngMinMonths,
            double youngExtraZ,
            double youngMinDrop,
            double youngMinSigma,
            double madScale,
            double minSigma,
            double festivalShare,
            double festivalSigmaFactor,
            double festivalDefaultDepth,
            double festivalMaxDepth,
            double lumpyLevel,
            double lumpyShare,
            int lumpyMonths,
            double[] sizeBands,
            int peerMinFirms,
            double peerMinSigma,
            int episodeClearMonths) {}

    static WarningRules read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("statistics", "rules"));
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.SCHEME);
        Statistics statistics = statistics(root.require("statistics"));
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleNode n : root.require("rules").items()) {
            Rule r = rule(n);
            if (!ids.add(r.id())) {
                throw n.require("id").error("rule id '" + r.id() + "' appears twice / 规则编号重复");
            }
            rules.add(r);
        }
        if (rules.isEmpty()) {
            throw root.require("rules").error("no rules / 没有规则");
        }
        return new WarningRules(header, statistics, rules);
    }

    private static Statistics statistics(RuleNode s) {
        s.allowOnly(Set.of(
                "base",
                "scale",
                "young",
                "mad-scale",
                "min-sigma",
                "festival",
                "lumpy",
                "peers",
                "episode-clear-months"));
        RuleNode base = s.require("base").allowOnly(Set.of("from", "to", "min-months"));
        RuleNode young = s.require("young")
                .allowOnly(Set.of("age-months", "from", "to", "min-months", "extra-z", "min-drop", "min-sigma"));
        RuleNode festival =
                s.require("festival").allowOnly(Set.of("share", "sigma-factor", "default-depth", "max-depth"));
        RuleNode lumpy = s.require("lumpy").allowOnly(Set.of("months", "low-level", "low-share"));
        RuleNode peers = s.require("peers").allowOnly(Set.of("size-bands", "min-firms", "min-sigma"));
        int baseFrom = window(base);
        int youngFrom = window(young);
        List<RuleNode> bandNodes = peers.require("size-bands").items();
        double[] bands = new double[bandNodes.size()];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = bandNodes.get(i).decimal().doubleValue();
            if (i > 0 && bands[i] <= bands[i - 1]) {
                throw bandNodes.get(i).error("size bands rise / 规模分档应递增");
            }
        }
        return new Statistics(
                baseFrom,
                base.require("to").integer(),
                positive(base.require("min-months")),
                scaleFrom(s.require("scale"), baseFrom),
                positive(young.require("age-months")),
                youngFrom,
                young.require("to").integer(),
                positive(young.require("min-months")),
                number(young.require("extra-z"), 0, 10),
                number(young.require("min-drop"), 0, 1),
                number(young.require("min-sigma"), 0, 5),
                number(s.require("mad-scale"), 0.1, 10),
                number(s.require("min-sigma"), 0, 5),
                number(festival.require("share"), 0, 1),
                number(festival.require("sigma-factor"), 1, 10),
                number(festival.require("default-depth"), 0, 1),
                number(festival.require("max-depth"), 0, 1),
                number(lumpy.require("low-level"), 0, 1),
                number(lumpy.require("low-share"), 0, 1),
                positive(lumpy.require("months")),
                bands,
                positive(peers.require("min-firms")),
                number(peers.require("min-sigma"), 0, 5),
                positive(s.require("episode-clear-months")));
    }

    private static int scaleFrom(RuleNode n, int baseFrom) {
        n.allowOnly(Set.of("from"));
        int from = n.require("from").integer();
        if (from < baseFrom) {
            throw n.require("from")
                    .error("the scale window starts no later than the base window (from >= " + baseFrom
                            + ") / 离散度窗口应不短于基准窗口");
        }
        return from;
    }

    private static int window(RuleNode n) {
        int from = n.require("from").integer();
        int to = n.require("to").integer();
        if (to < 1 || from <= to) {
            throw n.error("a window runs from months before (from) to months before (to) the current month, from >"
                    + " to >= 1 / 窗口应满足 from > to >= 1");
        }
        return from;
    }

    private static Rule rule(RuleNode n) {
        Kind kind = Kind.of(n.require("kind"));
        Set<String> allowed = new HashSet<>(
                Set.of("id", "kind", "name", "severity", "confidence", "source", "note", "measure", "measures"));
        allowed.addAll(kind.parameters);
        if (kind == Kind.LISTING) {
            allowed.add("list");
        }
        if (kind == Kind.LEVEL_DROP || kind == Kind.JOINT_DECLINE) {
            allowed.add("post-festival");
        }
        n.allowOnly(allowed);
        String id = n.require("id").text().strip();
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw n.require("id")
                    .error("'" + id + "': a rule id uses lower-case letters, digits and '-' / 规则编号只能用小写字母、数字和-");
        }
        String[] name = RuleFileHeader.name(n.require("name"));
        Map<String, Double> parameters = new HashMap<>();
        for (String p : kind.parameters) {
            parameters.put(p, number(n.require(p), 0, 1_000_000));
        }
        for (String ratio :
                List.of("min-drop", "max-ratio", "steady-ratio", "revenue-share", "zero-share", "other-drop")) {
            if (parameters.containsKey(ratio) && parameters.get(ratio) > 1) {
                throw n.require(ratio).error(ratio + " is a share between 0 and 1 / 应为0到1之间的比例");
            }
        }
        Severity severity = null;
        Map<Severity, Double> bands = new LinkedHashMap<>();
        RuleNode sev = n.require("severity");
        if (kind == Kind.LEVEL_DROP) {
            if (sev.isScalar()) {
                throw sev.error("a level drop gives the ratio of each severity, e.g. {关注: 0.65, 预警: 0.45, 严重: 0.2}"
                        + " / 应为各严重程度对应的比值");
            }
            sev.entries().forEach((k, v) -> {
                Severity s = Severity.parse(k);
                if (s == null) {
                    throw v.error("'" + k + "' is not a severity; valid: 关注, 预警, 严重 / 严重程度无效");
                }
                bands.put(s, number(v, 0, 1));
            });
            severity = bands.keySet().stream().max(Enum::compareTo).orElseThrow();
        } else {
            severity = Severity.parse(sev.text());
            if (severity == null) {
                throw sev.error("'" + sev.text() + "' is not a severity; valid: 关注, 预警, 严重 / 严重程度无效");
            }
        }
        Measure measure = null;
        if (kind == Kind.LEVEL_DROP || kind == Kind.CONSISTENCY || kind == Kind.JOINT_DECLINE) {
            measure = measure(n.require("measure"));
        } else if (n.get("measure").isPresent()) {
            throw n.require("measure")
                    .error("only level-drop and consistency rules read one measure / 只有 level-drop 和"
                            + " consistency 规则有 measure");
        }
        List<Measure> measures = new ArrayList<>();
        if (kind == Kind.COLLAPSE || kind == Kind.JOINT_DECLINE) {
            for (RuleNode m : n.require("measures").items()) {
                Measure x = measure(m);
                if (x == Measure.TAX) {
                    throw m.error("tax is paid in arrears and quarterly by many firms: a collapse does not count it /"
                            + " 税款按期缴纳,不计入");
                }
                measures.add(x);
            }
            String least = kind == Kind.COLLAPSE ? "min-measures" : "min-others";
            if (parameters.get(least) > measures.size() || parameters.get(least) < 1) {
                throw n.require(least).error(least + " is between 1 and the number of measures / 应在1与指标数之间");
            }
        }
        MonitorEvent.List list = kind == Kind.LISTING ? n.require("list").enumValue(MonitorEvent.List.class) : null;
        int pfMonths = 0;
        double pfDrop = 0;
        if (n.get("post-festival").isPresent()) {
            RuleNode pf = n.require("post-festival").allowOnly(Set.of("months", "min-drop"));
            pfMonths = pf.require("months").integer();
            pfDrop = number(pf.require("min-drop"), 0, 1);
            if (pfMonths < 0 || pfMonths > 3) {
                throw pf.require("months").error("0 to 3 months after the festival's month / 节后月数应为0–3");
            }
        }
        return new Rule(
                id,
                kind,
                name[0],
                name[1],
                severity,
                Map.copyOf(bands),
                Map.copyOf(parameters),
                measure,
                List.copyOf(measures),
                list,
                pfMonths,
                pfDrop,
                Confidence.read(n, Confidence.UNCONFIRMED),
                n.text("source", "").strip(),
                n.text("note", "").strip());
    }

    private static Measure measure(RuleNode n) {
        String t = n.text().strip();
        for (Measure m : Measure.values()) {
            if (m.key().equals(t)) {
                return m;
            }
        }
        throw n.error("'" + t + "' is not a measure; valid: revenue, tax, headcount, electricity / 指标无效");
    }

    private static int positive(RuleNode n) {
        int v = n.integer();
        if (v < 1) {
            throw n.error("expected a whole number of at least 1 / 应为不小于1的整数");
        }
        return v;
    }

    private static double number(RuleNode n, double min, double max) {
        double v = n.decimal().doubleValue();
        if (v < min || v > max) {
            throw n.error("expected a number from " + min + " to " + max + ", got " + v + " / 数值超出范围");
        }
        return v;
    }
}
