package org.innopark.engine.transfer;

import java.nio.file.Path;
import java.util.List;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * The code lists of the technology-transfer registry: 所处阶段, 成果属性, 体现形式, 成果水平, 转化方式 of a result, the
 * 大类 of an instrument, and the 期望合作方式 of a demand. Versioned data: the shipped file is
 * {@code registry-lists-2026.yaml} beside this class.
 */
public record RegistryLists(
        RuleFileHeader header,
        List<String> stages,
        List<String> attributes,
        List<String> forms,
        List<String> levels,
        List<String> transferModes,
        List<String> instrumentCategories,
        List<String> cooperationModes) {

    static final String RESOURCE = "org/innopark/engine/transfer/registry-lists-2026.yaml";

    public static RegistryLists builtIn() {
        return read(RuleNode.parseResource(RegistryLists.class.getClassLoader(), RESOURCE));
    }

    public static RegistryLists load(Path file) {
        return read(RuleNode.parse(file));
    }

    static RegistryLists read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd(
                "stages",
                "attributes",
                "forms",
                "levels",
                "transfer-modes",
                "instrument-categories",
                "cooperation-modes"));
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        return new RegistryLists(
                header,
                list(root, "stages"),
                list(root, "attributes"),
                list(root, "forms"),
                list(root, "levels"),
                list(root, "transfer-modes"),
                list(root, "instrument-categories"),
                list(root, "cooperation-modes"));
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
}
