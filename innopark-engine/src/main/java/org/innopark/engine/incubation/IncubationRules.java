package org.innopark.engine.incubation;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * The incubation rule file (README.md beside {@code incubation-2018.yaml}): the lifecycle, the 在孵企业 conditions,
 * the 毕业 criteria, the 国家级 recognition variants and the evaluation grades. Every mistake names file:line.
 */
public record IncubationRules(
        RuleFileHeader header,
        Confidence lifecycleConfidence,
        Map<TenancyState, StateRule> states,
        IncubateeRules incubatee,
        List<GraduationCriterion> graduation,
        BigDecimal remoteReduction,
        Confidence remoteConfidence,
        List<RecognitionVariant> variants,
        Confidence gradesConfidence,
        List<Grade> grades) {

    /** The built-in file's id. */
    public static final String BUILT_IN = "incubation-2018";

    /** The fields a state's {@code requires} may name. */
    public static final Set<String> FIELDS = Set.of("agreement_no", "area", "place", "criterion", "exit_reason");

    /** One state: its names, the name of its date, the fields the move into it requires and where it may go. */
    public record StateRule(
            TenancyState state,
            String nameZh,
            String nameEn,
            String dateZh,
            String dateEn,
            Set<String> requires,
            Set<TenancyState> to) {}

    /** A condition's id and names. */
    public record Named(String id, String nameZh, String nameEn) {}

    /** 在孵企业: the month limits, the special fields and the conditions' names. */
    public record IncubateeRules(
            int maxAgeAtEntryMonths,
            int maxIncubationMonths,
            int specialFieldMonths,
            Confidence specialFieldsConfidence,
            List<String> specialFields,
            List<Named> conditions) {

        /** The incubation limit in months for a firm in the special field (null or blank for none). */
        public int limitMonths(String specialField) {
            return specialField == null || specialField.isBlank() ? maxIncubationMonths : specialFieldMonths;
        }

        public String conditionName(String id) {
            return conditions.stream()
                    .filter(c -> c.id().equals(id))
                    .map(Named::nameZh)
                    .findFirst()
                    .orElse(id);
        }
    }

    /** How a graduation criterion is checked. */
    public enum CriterionKind {
        /** a qualification granted (高企). */
        QUALIFICATION,
        /** a report field summed over the years, over a threshold (funding). */
        CUMULATIVE,
        /** a report field summed over consecutive years, over a threshold (revenue). */
        CONSECUTIVE,
        /** an event: acquired, merged, or a listing qualification / board. */
        EVENT
    }

    /** One 毕业 criterion. */
    public record GraduationCriterion(
            String id,
            String nameZh,
            String nameEn,
            CriterionKind kind,
            QualificationType qualification,
            ReportField field,
            int years,
            BigDecimal over) {}

    /** One recognition threshold: a metric at least {@code min}, or any one of {@code anyOf}. */
    public record Threshold(
            String id,
            String nameZh,
            String nameEn,
            CarrierMetric metric,
            BigDecimal min,
            String unit,
            boolean remote,
            List<Threshold> anyOf) {}

    /** 综合 or 专业 孵化器. */
    public record RecognitionVariant(String id, String nameZh, String nameEn, List<Threshold> thresholds) {}

    /** A grade and the share of carriers (by rank) that get it. */
    public record Grade(String grade, BigDecimal share) {}

    public StateRule state(TenancyState s) {
        return states.get(s);
    }

    public Optional<GraduationCriterion> criterion(String id) {
        return graduation.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<RecognitionVariant> variant(String id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Whether the name is one of the special fields (60 months). */
    public boolean isSpecialField(String field) {
        return field != null && incubatee.specialFields().contains(field.strip());
    }

    /** The built-in rules. */
    public static IncubationRules builtIn() {
        return read(RuleNode.parseResource(
                IncubationRules.class.getClassLoader(), "org/innopark/engine/incubation/" + BUILT_IN + ".yaml"));
    }

    /** A built-in id or a file path. */
    public static IncubationRules byIdOrFile(String idOrFile) {
        return idOrFile == null || idOrFile.isBlank() || BUILT_IN.equals(idOrFile)
                ? builtIn()
                : read(RuleNode.parse(Path.of(idOrFile)));
    }

    public static IncubationRules parse(String fileName, Reader reader) {
        return read(RuleNode.parse(fileName, reader));
    }

    private static IncubationRules read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("lifecycle", "incubatee", "graduation", "recognition", "grades"));
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.SCHEME);
        RuleNode lifecycle = root.require("lifecycle").allowOnly(Set.of("confidence", "states"));
        Map<TenancyState, StateRule> states = states(lifecycle.require("states"));
        IncubateeRules incubatee = incubatee(root.require("incubatee"));
        List<GraduationCriterion> graduation = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (RuleNode c : root.require("graduation").items()) {
            GraduationCriterion criterion = criterion(c);
            if (!ids.add(criterion.id())) {
                throw c.require("id").error("duplicate criterion id '" + criterion.id() + "' / 毕业条件 id 重复");
            }
            graduation.add(criterion);
        }
        RuleNode recognition =
                root.require("recognition").allowOnly(Set.of("remoteReduction", "remoteConfidence", "variants"));
        BigDecimal reduction = fraction(recognition.require("remoteReduction"));
        List<RecognitionVariant> variants = new ArrayList<>();
        for (RuleNode v : recognition.require("variants").items()) {
            v.allowOnly(Set.of("id", "name", "thresholds"));
            String[] name = RuleFileHeader.name(v.require("name"));
            List<Threshold> thresholds = new ArrayList<>();
            for (RuleNode t : v.require("thresholds").items()) {
                thresholds.add(threshold(t, true));
            }
            variants.add(
                    new RecognitionVariant(v.require("id").text().strip(), name[0], name[1], List.copyOf(thresholds)));
        }
        RuleNode grades = root.require("grades").allowOnly(Set.of("confidence", "byRankShare"));
        List<Grade> gradeList = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (RuleNode g : grades.require("byRankShare").items()) {
            g.allowOnly(Set.of("grade", "share"));
            BigDecimal share = fraction(g.require("share"));
            total = total.add(share);
            gradeList.add(new Grade(g.require("grade").text().strip(), share));
        }
        if (gradeList.isEmpty() || total.compareTo(BigDecimal.ONE) != 0) {
            throw grades.require("byRankShare")
                    .error("the shares must add up to 1, they add up to " + total.toPlainString() + " / 各等级占比之和应为1");
        }
        return new IncubationRules(
                header,
                Confidence.read(lifecycle, Confidence.PARTIAL),
                states,
                incubatee,
                List.copyOf(graduation),
                reduction,
                Confidence.read(recognition.require("remoteConfidence")),
                List.copyOf(variants),
                Confidence.read(grades, Confidence.UNCONFIRMED),
                List.copyOf(gradeList));
    }

    private static Map<TenancyState, StateRule> states(RuleNode list) {
        Map<TenancyState, StateRule> out = new EnumMap<>(TenancyState.class);
        Map<TenancyState, RuleNode> toNodes = new EnumMap<>(TenancyState.class);
        for (RuleNode s : list.items()) {
            s.allowOnly(Set.of("code", "name", "date", "requires", "to"));
            TenancyState state = state(s.require("code"));
            if (out.containsKey(state)) {
                throw s.require("code").error("state '" + state.code() + "' is listed twice / 状态重复");
            }
            String[] name = RuleFileHeader.name(s.require("name"));
            String[] date = RuleFileHeader.name(s.require("date"));
            Set<String> requires = new LinkedHashSet<>();
            for (RuleNode r : s.get("requires").map(RuleNode::items).orElse(List.of())) {
                String f = r.text().strip();
                if (!FIELDS.contains(f)) {
                    throw r.error(
                            "'" + f + "' is not a tenancy field / 不是入孵记录字段; valid / 可用: " + String.join(", ", FIELDS));
                }
                requires.add(f);
            }
            Set<TenancyState> to = EnumSet.noneOf(TenancyState.class);
            for (RuleNode t : s.require("to").items()) {
                to.add(state(t));
            }
            out.put(
                    state,
                    new StateRule(state, name[0], name[1], date[0], date[1], Set.copyOf(requires), Set.copyOf(to)));
            toNodes.put(state, s);
        }
        for (TenancyState s : TenancyState.values()) {
            if (!out.containsKey(s)) {
                throw list.error("state '" + s.code() + "' is missing / 缺少状态; every state must be listed: "
                        + TenancyState.codes());
            }
        }
        return Map.copyOf(out);
    }

    private static TenancyState state(RuleNode n) {
        try {
            return TenancyState.ofCode(n.text());
        } catch (IllegalArgumentException e) {
            throw n.error("'" + n.text() + "' is not a state / 不是孵化状态; valid / 可用: " + TenancyState.codes());
        }
    }

    private static IncubateeRules incubatee(RuleNode n) {
        n.allowOnly(Set.of(
                "maxAgeAtEntryMonths",
                "maxIncubationMonths",
                "specialFieldMonths",
                "specialFieldsConfidence",
                "specialFields",
                "conditions"));
        int age = positive(n.require("maxAgeAtEntryMonths"));
        int limit = positive(n.require("maxIncubationMonths"));
        RuleNode specialNode = n.require("specialFieldMonths");
        int special = positive(specialNode);
        if (special < limit) {
            throw specialNode.error(
                    "the special fields' limit " + special + " is below the general " + limit + " / 特殊领域孵化时限不应短于一般时限");
        }
        List<String> fields = new ArrayList<>();
        for (RuleNode f : n.require("specialFields").items()) {
            fields.add(f.text().strip());
        }
        List<Named> conditions = new ArrayList<>();
        for (RuleNode c : n.require("conditions").items()) {
            c.allowOnly(Set.of("id", "name"));
            String[] name = RuleFileHeader.name(c.require("name"));
            conditions.add(new Named(c.require("id").text().strip(), name[0], name[1]));
        }
        Set<String> needed = Set.of("age_at_entry", "tech_sme", "registered_in_carrier", "incubation_period");
        for (String id : needed) {
            if (conditions.stream().noneMatch(c -> c.id().equals(id))) {
                throw n.require("conditions").error("condition '" + id + "' is missing / 缺少条件; needed: " + needed);
            }
        }
        return new IncubateeRules(
                age,
                limit,
                special,
                Confidence.read(n.require("specialFieldsConfidence")),
                List.copyOf(fields),
                List.copyOf(conditions));
    }

    private static GraduationCriterion criterion(RuleNode c) {
        c.allowOnly(Set.of("id", "name", "kind", "qualification", "field", "years", "over"));
        String[] name = RuleFileHeader.name(c.require("name"));
        CriterionKind kind = c.require("kind").enumValue(CriterionKind.class);
        QualificationType qualification = c.get("qualification")
                .map(q -> q.enumValue(QualificationType.class))
                .orElse(null);
        ReportField field = c.get("field").map(IncubationRules::field).orElse(null);
        int years = c.get("years").map(IncubationRules::positive).orElse(1);
        BigDecimal over = c.get("over").map(RuleNode::decimal).orElse(null);
        switch (kind) {
            case QUALIFICATION -> {
                if (qualification == null) {
                    throw c.error("a qualification criterion names its qualification / 需填写 qualification");
                }
            }
            case CUMULATIVE, CONSECUTIVE -> {
                if (field == null || over == null) {
                    throw c.error("a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                            + " criterion needs field and over / 需填写 field 与 over");
                }
            }
            case EVENT -> {}
        }
        return new GraduationCriterion(
                c.require("id").text().strip(), name[0], name[1], kind, qualification, field, years, over);
    }

    private static ReportField field(RuleNode n) {
        String key = n.text().strip();
        for (ReportField f : ReportField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        throw n.error("'" + key + "' is not an annual-report field / 不是年报字段");
    }

    private static Threshold threshold(RuleNode t, boolean groupAllowed) {
        String[] name = RuleFileHeader.name(t.require("name"));
        String id = t.require("id").text().strip();
        if (t.get("anyOf").isPresent()) {
            if (!groupAllowed) {
                throw t.error("anyOf cannot be nested / anyOf 不能嵌套");
            }
            t.allowOnly(Set.of("id", "name", "anyOf"));
            List<Threshold> any = new ArrayList<>();
            for (RuleNode a : t.require("anyOf").items()) {
                any.add(threshold(a, false));
            }
            return new Threshold(id, name[0], name[1], null, null, "", false, List.copyOf(any));
        }
        t.allowOnly(Set.of("id", "name", "metric", "min", "unit", "remote"));
        RuleNode m = t.require("metric");
        CarrierMetric metric = CarrierMetric.ofKey(m.text().strip());
        if (metric == null) {
            throw m.error("'" + m.text() + "' is not a carrier metric / 不是载体指标; valid / 可用: " + CarrierMetric.keys());
        }
        return new Threshold(
                id,
                name[0],
                name[1],
                metric,
                t.require("min").decimal(),
                t.text("unit", ""),
                t.get("remote").map(RuleNode::bool).orElse(false),
                List.of());
    }

    private static int positive(RuleNode n) {
        int v = n.integer();
        if (v <= 0) {
            throw n.error("expected a positive whole number, got " + v + " / 应为正整数");
        }
        return v;
    }

    private static BigDecimal fraction(RuleNode n) {
        BigDecimal v = n.decimal();
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            throw n.error("expected a fraction between 0 and 1, got " + v.toPlainString() + " / 应为0到1之间的小数");
        }
        return v;
    }
}
