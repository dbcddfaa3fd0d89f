package org.innopark.engine.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * The dictionaries the extractor reads with: units, scales, qualifiers, period markers, subject patterns
 * ({@code vocabulary.yaml}) and the metric vocabulary ({@code metrics.yaml}). Both are versioned data files with a
 * source and a confidence; an error names the file, line and what is valid.
 */
public final class BulletinVocabulary {

    /** A unit as written and the kind of fact it states. */
    public record Unit(String text, FactKind kind) {}

    /** A park name suffix and the canonical suffix of its common name. */
    public record ParkSuffix(String suffix, String canonical) {}

    /** An organisation name suffix and what kind of organisation it names. */
    public record OrgSuffix(String suffix, String kind) {}

    /**
     * A canonical metric.
     *
     * @param registry the registry's or index's park-level figure it is the same as, empty when none
     */
    public record Metric(String id, String name, Set<FactKind> kinds, String registry, List<String> aliases) {}

    final RuleFileHeader header;
    final RuleFileHeader metricsHeader;
    /** Units, longest first. */
    final List<Unit> units;

    final Map<String, Integer> scales;
    final Set<String> rankUnits;
    final List<String> rankVerbs;
    final List<String> rankContext;
    final List<String> growthWords;
    final Map<String, Qualifier> before;
    final List<String> bridge;
    final Map<String, Qualifier> inside;
    final Map<String, Qualifier> after;
    final List<String> roundOver;
    final List<String> vaguePeriods;
    final List<String> asWrittenPeriods;
    final List<ParkSuffix> parks;
    final List<String> parkReferences;
    final List<String> provinces;
    final Set<String> municipalities;
    final List<String> longPlaces;
    final String notPlaceChars;
    final List<String> notPlaceWords;
    final List<OrgSuffix> organisations;
    final Map<String, String> references;
    final List<String> nameStops;
    final List<String> genericStarts;
    final List<String> notSubjectAfter;
    final List<String> metricTrim;
    final List<Metric> metrics;
    /** Aliases of the metrics, longest first, with their metric. */
    final List<Map.Entry<String, Metric>> aliases;

    private static final String VOCABULARY = "org/innopark/engine/bulletin/vocabulary.yaml";
    private static final String METRICS = "org/innopark/engine/bulletin/metrics.yaml";
    private static volatile BulletinVocabulary standard;

    /** The vocabulary shipped with the engine. */
    public static BulletinVocabulary standard() {
        BulletinVocabulary v = standard;
        if (v == null) {
            ClassLoader loader = BulletinVocabulary.class.getClassLoader();
            v = new BulletinVocabulary(
                    RuleNode.parseResource(loader, VOCABULARY), RuleNode.parseResource(loader, METRICS));
            standard = v;
        }
        return v;
    }

    /** A vocabulary read from two parsed files (vocabulary, metrics). */
    public BulletinVocabulary(RuleNode root, RuleNode metricsRoot) {
        root.allowOnly(RuleFileHeader.keysAnd(
                "units",
                "scales",
                "rankUnits",
                "rankVerbs",
                "rankContext",
                "growthWords",
                "qualifiers",
                "periods",
                "subjects",
                "metricTrim"));
        header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        List<Unit> u = new ArrayList<>();
        RuleNode unitsNode = root.require("units");
        for (Map.Entry<String, RuleNode> e : unitsNode.entries().entrySet()) {
            FactKind kind = FactKind.parse(e.getKey(), e.getValue());
            for (String text : strings(e.getValue())) {
                u.add(new Unit(text, kind));
            }
        }
        u.sort(Comparator.comparingInt((Unit x) -> -x.text().length()));
        units = List.copyOf(u);
        Map<String, Integer> sc = new LinkedHashMap<>();
        root.require("scales").entries().forEach((k, v) -> sc.put(k, v.integer()));
        scales = Map.copyOf(sc);
        rankUnits = Set.copyOf(strings(root.require("rankUnits")));
        rankVerbs = strings(root.require("rankVerbs"));
        rankContext = strings(root.require("rankContext"));
        growthWords = strings(root.require("growthWords"));
        RuleNode q = root.require("qualifiers");
        q.allowOnly(Set.of("before", "bridge", "inside", "after", "roundOver"));
        before = qualifierWords(q.require("before"));
        bridge = strings(q.require("bridge"));
        inside = qualifierWords(q.require("inside"));
        after = qualifierWords(q.require("after"));
        roundOver = strings(q.require("roundOver"));
        RuleNode p = root.require("periods");
        p.allowOnly(Set.of("vague", "asWritten"));
        vaguePeriods = longestFirst(strings(p.require("vague")));
        asWrittenPeriods = longestFirst(strings(p.require("asWritten")));
        RuleNode s = root.require("subjects");
        s.allowOnly(Set.of(
                "parks",
                "parkReferences",
                "provinces",
                "municipalities",
                "longPlaces",
                "notPlaceChars",
                "notPlaceWords",
                "organisations",
                "references",
                "nameStops",
                "genericStarts",
                "notSubjectAfter"));
        List<ParkSuffix> ps = new ArrayList<>();
        for (RuleNode n : s.require("parks").items()) {
            n.allowOnly(Set.of("suffix", "canonical"));
            ps.add(new ParkSuffix(
                    n.require("suffix").text(), n.require("canonical").text()));
        }
        ps.sort(Comparator.comparingInt((ParkSuffix x) -> -x.suffix().length()));
        parks = List.copyOf(ps);
        parkReferences = longestFirst(strings(s.require("parkReferences")));
        provinces = longestFirst(strings(s.require("provinces")));
        // In the file's order: the extractor looks for them in turn, and Set.copyOf's order changes from run to run
        // (which made the same text's subjects differ between two runs).
        municipalities = java.util.Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(strings(s.require("municipalities"))));
        longPlaces = longestFirst(strings(s.require("longPlaces")));
        notPlaceChars = s.require("notPlaceChars").text();
        notPlaceWords = strings(s.require("notPlaceWords"));
        List<OrgSuffix> os = new ArrayList<>();
        for (RuleNode n : s.require("organisations").items()) {
            n.allowOnly(Set.of("suffix", "kind"));
            os.add(new OrgSuffix(n.require("suffix").text(), n.require("kind").text()));
        }
        os.sort(Comparator.comparingInt((OrgSuffix x) -> -x.suffix().length()));
        organisations = List.copyOf(os);
        Map<String, String> refs = new LinkedHashMap<>();
        for (Map.Entry<String, RuleNode> e : s.require("references").entries().entrySet()) {
            for (String w : strings(e.getValue())) {
                refs.putIfAbsent(w, e.getKey());
            }
        }
        references = refs;
        nameStops = strings(s.require("nameStops"));
        genericStarts = strings(s.require("genericStarts"));
        notSubjectAfter = longestFirst(strings(s.require("notSubjectAfter")));
        metricTrim = longestFirst(strings(root.require("metricTrim")));

        metricsRoot.allowOnly(RuleFileHeader.keysAnd("metrics"));
        metricsHeader = RuleFileHeader.read(metricsRoot, RuleFileHeader.Kind.FRAMEWORK);
        List<Metric> ms = new ArrayList<>();
        List<Map.Entry<String, Metric>> al = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (RuleNode n : metricsRoot.require("metrics").items()) {
            n.allowOnly(Set.of("id", "name", "kinds", "registry", "aliases"));
            String id = n.require("id").text();
            if (!ids.add(id)) {
                throw n.require("id").error("metric '" + id + "' is defined twice / 指标重复定义");
            }
            Set<FactKind> kinds = new java.util.HashSet<>();
            for (RuleNode k : n.require("kinds").items()) {
                kinds.add(FactKind.parse(k.text(), k));
            }
            Metric m = new Metric(
                    id,
                    n.require("name").text(),
                    Set.copyOf(kinds),
                    n.text("registry", ""),
                    strings(n.require("aliases")));
            ms.add(m);
            m.aliases().forEach(a -> al.add(Map.entry(a, m)));
            al.add(Map.entry(m.name(), m));
        }
        al.sort(Comparator.comparingInt(
                (Map.Entry<String, Metric> e) -> -e.getKey().length()));
        metrics = List.copyOf(ms);
        aliases = List.copyOf(al);
    }

    public RuleFileHeader header() {
        return header;
    }

    public RuleFileHeader metricsHeader() {
        return metricsHeader;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** The power of ten of a scale written before a unit (万 → 4), or 0. */
    public int scaleOf(String unit) {
        for (Map.Entry<String, Integer> e : scales.entrySet()) {
            if (unit.startsWith(e.getKey()) && unit.length() > e.getKey().length() && !isUnitItself(unit)) {
                int longer = e.getValue();
                for (Map.Entry<String, Integer> o : scales.entrySet()) {
                    if (unit.startsWith(o.getKey())
                            && o.getKey().length() > e.getKey().length()) {
                        longer = o.getValue();
                    }
                }
                return longer;
            }
        }
        return 0;
    }

    /** The unit without its scale (万个 → 个). */
    public String baseUnit(String unit) {
        int best = 0;
        for (String s : scales.keySet()) {
            if (unit.startsWith(s) && unit.length() > s.length() && s.length() > best && !isUnitItself(unit)) {
                best = s.length();
            }
        }
        return unit.substring(best);
    }

    private boolean isUnitItself(String unit) {
        // 千瓦, 千米: a unit that starts with a scale character.
        for (Unit u : units) {
            if (u.text().equals(unit)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Qualifier> qualifierWords(RuleNode n) {
        Map<String, Qualifier> words = new LinkedHashMap<>();
        for (Map.Entry<String, RuleNode> e : n.entries().entrySet()) {
            Qualifier q = Qualifier.parse(e.getKey(), e.getValue());
            for (String w : strings(e.getValue())) {
                words.putIfAbsent(w, q);
            }
        }
        List<String> keys = longestFirst(new ArrayList<>(words.keySet()));
        Map<String, Qualifier> ordered = new LinkedHashMap<>();
        keys.forEach(k -> ordered.put(k, words.get(k)));
        return ordered;
    }

    private static List<String> strings(RuleNode list) {
        List<String> out = new ArrayList<>();
        for (RuleNode n : list.items()) {
            String t = n.text();
            if (t.isEmpty()) {
                throw n.error("an empty word / 空词");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt((String w) -> -w.length()));
        return List.copyOf(sorted);
    }
}
