package org.innopark.engine.incubation;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * The Torch carrier survey tables (README.md beside {@code torch-surveys-2018.yaml}): each form's fields in order,
 * whether the platform computes a field from the tenancies or the carrier declares it, and the form's consistency
 * checks, run on a carrier's figures.
 */
public record SurveyForms(RuleFileHeader header, List<Form> forms) {

    public static final String BUILT_IN = "torch-surveys-2018";

    /** Where a field's figure comes from. */
    public enum Source {
        TENANCIES,
        DECLARED
    }

    public record Field(String code, String key, String nameZh, String unit, Source from) {}

    /**
     * A check: {@code left ≥ right} (atLeast), or {@code total = Σ parts} within a tolerance (sum). A check whose
     * figures are not all given is not run.
     */
    public record Check(
            String id,
            String nameZh,
            String left,
            String right,
            String total,
            List<String> parts,
            BigDecimal tolerance) {

        boolean isSum() {
            return total != null;
        }
    }

    public record Form(
            String id,
            String nameZh,
            String nameEn,
            Set<CarrierType> carrierTypes,
            List<Field> fields,
            List<Check> checks) {

        public Optional<Field> field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst();
        }

        private String label(String key) {
            return field(key).map(f -> f.nameZh() + "(" + f.code() + ")").orElse(key);
        }

        /** The checks this carrier's figures break, each with the figures in the reason. */
        public List<Failure> check(Map<String, BigDecimal> figures) {
            List<Failure> out = new ArrayList<>();
            for (Check c : checks) {
                if (c.isSum()) {
                    BigDecimal total = figures.get(c.total());
                    if (total == null || c.parts().stream().anyMatch(p -> figures.get(p) == null)) {
                        continue;
                    }
                    BigDecimal sum = c.parts().stream().map(figures::get).reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (total.subtract(sum).abs().compareTo(c.tolerance()) > 0) {
                        List<String> parts = c.parts().stream().map(this::label).toList();
                        out.add(new Failure(
                                id,
                                c.id(),
                                c.nameZh(),
                                label(c.total()) + " " + total.toPlainString() + " ≠ " + String.join(" + ", parts)
                                        + " = " + sum.toPlainString(),
                                c.total() + " " + total.toPlainString() + " differs from the sum of its parts "
                                        + sum.toPlainString()));
                    }
                    continue;
                }
                BigDecimal left = figures.get(c.left());
                BigDecimal right = figures.get(c.right());
                if (left != null && right != null && left.compareTo(right) < 0) {
                    out.add(new Failure(
                            id,
                            c.id(),
                            c.nameZh(),
                            label(c.left()) + " " + left.toPlainString() + " 少于 " + label(c.right()) + " "
                                    + right.toPlainString(),
                            c.left() + " " + left.toPlainString() + " is below " + c.right() + " "
                                    + right.toPlainString()));
                }
            }
            return out;
        }
    }

    /** A broken check with its reason. */
    public record Failure(String formId, String checkId, String nameZh, String reasonZh, String reasonEn) {}

    public Optional<Form> form(String id) {
        return forms.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The form a carrier type files. */
    public Optional<Form> formFor(CarrierType type) {
        return forms.stream().filter(f -> f.carrierTypes().contains(type)).findFirst();
    }

    public static SurveyForms builtIn() {
        return read(RuleNode.parseResource(
                SurveyForms.class.getClassLoader(), "org/innopark/engine/incubation/" + BUILT_IN + ".yaml"));
    }

    public static SurveyForms load(Path file) {
        return read(RuleNode.parse(file));
    }

    public static SurveyForms parse(String fileName, Reader reader) {
        return read(RuleNode.parse(fileName, reader));
    }

    private static SurveyForms read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("forms"));
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.SCHEME);
        List<Form> forms = new ArrayList<>();
        for (RuleNode f : root.require("forms").items()) {
            forms.add(form(f));
        }
        return new SurveyForms(header, List.copyOf(forms));
    }

    private static Form form(RuleNode f) {
        f.allowOnly(Set.of("id", "name", "carrierTypes", "fields", "checks"));
        String[] name = RuleFileHeader.name(f.require("name"));
        Set<CarrierType> types = new HashSet<>();
        for (RuleNode t : f.require("carrierTypes").items()) {
            types.add(t.enumValue(CarrierType.class));
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (RuleNode n : f.require("fields").items()) {
            n.allowOnly(Set.of("code", "key", "name", "unit", "from"));
            Field field = new Field(
                    n.require("code").text().strip(),
                    n.require("key").text().strip(),
                    n.require("name").text().strip(),
                    n.require("unit").text().strip(),
                    n.require("from").enumValue(Source.class));
            if (fields.put(field.key(), field) != null || !codes.add(field.code())) {
                throw n.error("field '" + field.key() + "' or code '" + field.code() + "' is listed twice / 字段重复");
            }
        }
        List<Check> checks = new ArrayList<>();
        for (RuleNode c : f.require("checks").items()) {
            c.allowOnly(Set.of("id", "name", "atLeast", "than", "total", "parts", "tolerance"));
            String id = c.require("id").text().strip();
            String nameZh = c.require("name").text().strip();
            if (c.get("total").isPresent()) {
                String total = key(c.require("total"), fields);
                List<String> parts = new ArrayList<>();
                for (RuleNode p : c.require("parts").items()) {
                    parts.add(key(p, fields));
                }
                checks.add(new Check(
                        id, nameZh, null, null, total, List.copyOf(parts), c.decimal("tolerance", BigDecimal.ZERO)));
            } else {
                checks.add(new Check(
                        id,
                        nameZh,
                        key(c.require("atLeast"), fields),
                        key(c.require("than"), fields),
                        null,
                        List.of(),
                        BigDecimal.ZERO));
            }
        }
        return new Form(
                f.require("id").text().strip(),
                name[0],
                name[1],
                Set.copyOf(types),
                List.copyOf(fields.values()),
                List.copyOf(checks));
    }

    private static String key(RuleNode n, Map<String, Field> fields) {
        String k = n.text().strip();
        if (!fields.containsKey(k)) {
            throw n.error("'" + k + "' is not a field of this form / 不是本表字段; fields / 字段: "
                    + String.join(", ", fields.keySet()));
        }
        return k;
    }
}
