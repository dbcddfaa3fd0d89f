package org.innopark.engine.transfer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * 技术领域 → 应用行业: which industries (GB/T 4754-2017 大类 names) usually take up the results of a technology field, and
 * the bonus an enterprise of such an industry gets when a result looks for enterprises. Versioned data: the shipped
 * file is {@code industries-2026.yaml} beside this class.
 */
public record IndustryAffinity(RuleFileHeader header, double bonus, Map<String, Set<String>> industries) {

    static final String RESOURCE = "org/innopark/engine/transfer/industries-2026.yaml";

    public IndustryAffinity {
        industries = Map.copyOf(industries);
    }

    public static IndustryAffinity builtIn() {
        return read(RuleNode.parseResource(IndustryAffinity.class.getClassLoader(), RESOURCE));
    }

    public static IndustryAffinity load(Path file) {
        return read(RuleNode.parse(file));
    }

    static IndustryAffinity read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("bonus", "fields"));
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        double bonus = root.require("bonus").decimal().doubleValue();
        if (bonus < 0) {
            throw root.require("bonus").error("the bonus is 0 or more / 加分不能为负");
        }
        Map<String, Set<String>> map = new LinkedHashMap<>();
        root.require("fields")
                .entries()
                .forEach((field, list) -> map.put(
                        field,
                        Set.copyOf(
                                list.items().stream().map(n -> n.text().strip()).toList())));
        return new IndustryAffinity(header, bonus, map);
    }

    /**
     * Whether an industry is one that takes up results of the technology field ({@code 大类/细分} or 大类; the 大类 may
     * be the listed name or a prefix of it).
     */
    public boolean takesUp(String technologyField, String industry) {
        if (technologyField == null || industry == null) {
            return false;
        }
        String major = technologyField.split("/", 2)[0].strip();
        if (major.isEmpty()) {
            return false;
        }
        // A field named short (智能制造) or long (智能制造与高端装备) finds its entry.
        return industries.entrySet().stream()
                .filter(e -> e.getKey().startsWith(major) || major.startsWith(e.getKey()))
                .anyMatch(e -> e.getValue().contains(industry.strip()));
    }

    /** The fields listed. */
    public List<String> fields() {
        return List.copyOf(industries.keySet());
    }
}
