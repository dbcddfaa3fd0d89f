package org.innopark.engine.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.engine.registry.ContractType;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * The code lists of technology-contract registration (技术合同认定登记): the five contract types (each with the
 * registry's four-way class it is counted under), the 技术领域, the 知识产权类型, and the province-level region codes
 * (GB/T 2260) the statistics group the parties by. Versioned data: the shipped file is
 * {@code contract-lists-2026.yaml} beside this class.
 */
public record ContractLists(
        RuleFileHeader header,
        List<Kind> types,
        List<String> fields,
        List<String> ipTypes,
        Map<String, String> provinces) {

    static final String RESOURCE = "org/innopark/engine/transfer/contract-lists-2026.yaml";

    /** One contract type: its stored code, its names, and the registry's class it is counted under. */
    public record Kind(String code, String zh, String en, ContractType registry) {}

    public ContractLists {
        types = List.copyOf(types);
        fields = List.copyOf(fields);
        ipTypes = List.copyOf(ipTypes);
        provinces = Map.copyOf(provinces);
    }

    public static ContractLists builtIn() {
        return read(RuleNode.parseResource(ContractLists.class.getClassLoader(), RESOURCE));
    }

    public static ContractLists load(Path file) {
        return read(RuleNode.parse(file));
    }

    static ContractLists read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("types", "fields", "ip-types", "provinces"));
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        List<Kind> types = new ArrayList<>();
        for (RuleNode n : root.require("types").items()) {
            n.allowOnly(java.util.Set.of("code", "zh", "en", "registry"));
            String code = n.require("code").text().strip();
            if (types.stream().anyMatch(k -> k.code().equals(code))) {
                throw n.error("duplicate type code '" + code + "' / 合同类型代码重复");
            }
            types.add(new Kind(
                    code,
                    n.require("zh").text().strip(),
                    n.require("en").text().strip(),
                    n.require("registry").enumValue(ContractType.class)));
        }
        if (types.isEmpty()) {
            throw root.require("types").error("the list is empty / 列表不能为空");
        }
        Map<String, String> provinces = new LinkedHashMap<>();
        for (Map.Entry<String, RuleNode> e : root.require("provinces").entries().entrySet()) {
            if (!e.getKey().matches("\\d{2}")) {
                throw e.getValue()
                        .error("a province code is two digits (GB/T 2260), got '" + e.getKey() + "' / 省级代码应为两位数字");
            }
            provinces.put(e.getKey(), e.getValue().text().strip());
        }
        return new ContractLists(header, types, list(root, "fields"), list(root, "ip-types"), provinces);
    }

    private static List<String> list(RuleNode root, String key) {
        RuleNode node = root.require(key);
        List<String> values =
                node.items().stream().map(n -> n.text().strip()).distinct().toList();
        if (values.isEmpty()) {
            throw node.error("the list is empty / 列表不能为空");
        }
        return values;
    }

    /** The type named by its code, Chinese name (with or without 技术) or English name. */
    public Optional<Kind> type(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Kind k : types) {
            if (k.code().equalsIgnoreCase(t)
                    || k.zh().equals(t)
                    || k.zh().substring(2).equals(t)
                    || k.en().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The type of a code, which must be one of the list's. */
    public Kind typeOf(String code) {
        return types.stream()
                .filter(k -> k.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contract type " + code));
    }

    /** The first type counted under a registry class (the default refinement of a registry contract). */
    public Kind typeFor(ContractType registry) {
        return types.stream()
                .filter(k -> k.registry() == registry)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contract type for " + registry));
    }

    /** The province of a six-digit region code, or empty when its first two digits name none. */
    public Optional<String> province(String regionCode) {
        return regionCode == null || regionCode.length() < 2
                ? Optional.empty()
                : Optional.ofNullable(provinces.get(regionCode.substring(0, 2)));
    }

    /** The names of the types, joined for an error message. */
    public String typeNames() {
        return String.join("、", types.stream().map(Kind::zh).toList());
    }
}
