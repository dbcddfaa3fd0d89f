package org.innopark.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML rule file that remembers where it is. Reading a value of the wrong type, a missing required key,
 * or an unknown key throws a {@link RuleFileException} naming the file, line and column, and the path of keys.
 */
public final class RuleNode {

    private final String file;
    private final String path;
    private final Node node;

    private RuleNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** Parses a YAML document. */
    public static RuleNode parse(String file, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new RuleFileException(file, 0, 0, "the file is empty / 文件为空");
            }
            RuleNode parsed = new RuleNode(file, "", root);
            parsed.rejectDuplicateKeys();
            return parsed;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new RuleFileException(
                    file,
                    m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1,
                    "not valid YAML / YAML 格式错误: " + e.getProblem());
        }
    }

    private void rejectDuplicateKeys() {
        if (node instanceof MappingNode m) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple t : m.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                if (!seen.add(key)) {
                    throw new RuleNode(file, child(key), t.getKeyNode()).error("duplicate key '" + key + "' / 键重复");
                }
            }
            entries().values().forEach(RuleNode::rejectDuplicateKeys);
        } else if (node instanceof SequenceNode) {
            items().forEach(RuleNode::rejectDuplicateKeys);
        }
    }

    public static RuleNode parse(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(path.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Parses a classpath resource of the given class loader. */
    public static RuleNode parseResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleFileException(resource, 0, 0, "no such resource / 找不到资源");
            }
            return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public String file() {
        return file;
    }

    /** The dotted path of keys from the root, e.g. {@code conditions[2].threshold}. */
    public String path() {
        return path.isEmpty() ? "(root)" : path;
    }

    public int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** An error at this node. */
    public RuleFileException error(String message) {
        int column = node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
        return new RuleFileException(file, line(), column, path() + ": " + message);
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    private MappingNode mapping() {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error("expected a mapping of keys / 应为键值映射");
    }

    /** The keys of a mapping, in file order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (NodeTuple t : mapping().getValue()) {
            keys.add(((ScalarNode) t.getKeyNode()).getValue());
        }
        return keys;
    }

    /** The entries of a mapping, in file order. */
    public Map<String, RuleNode> entries() {
        Map<String, RuleNode> entries = new LinkedHashMap<>();
        for (NodeTuple t : mapping().getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            entries.put(key, new RuleNode(file, child(key), t.getValueNode()));
        }
        return entries;
    }

    /** Fails on any key that is not one of the allowed ones, listing those. */
    public RuleNode allowOnly(Set<String> allowed) {
        for (NodeTuple t : mapping().getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                throw new RuleNode(file, child(key), t.getKeyNode())
                        .error("unknown key '" + key + "' / 未知的键; allowed / 可用: " + String.join(", ", allowed));
            }
        }
        return this;
    }

    public Optional<RuleNode> get(String key) {
        for (NodeTuple t : mapping().getValue()) {
            if (((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
                Node value = t.getValueNode();
                if (value instanceof ScalarNode s
                        && "null".equals(s.getTag().getValue().replace("tag:yaml.org,2002:", ""))) {
                    return Optional.empty();
                }
                return Optional.of(new RuleNode(file, child(key), value));
            }
        }
        return Optional.empty();
    }

    public RuleNode require(String key) {
        return get(key).orElseThrow(() -> error("missing required key '" + key + "' / 缺少必填项"));
    }

    /** The items of a sequence. */
    public List<RuleNode> items() {
        if (!(node instanceof SequenceNode seq)) {
            throw error("expected a list / 应为列表");
        }
        List<RuleNode> items = new ArrayList<>();
        List<Node> values = seq.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new RuleNode(file, path + "[" + i + "]", values.get(i)));
        }
        return items;
    }

    public String text() {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error("expected a single value / 应为单个值");
    }

    public BigDecimal decimal() {
        try {
            return new BigDecimal(text().strip());
        } catch (NumberFormatException e) {
            throw error("expected a number, got '" + text() + "' / 应为数字");
        }
    }

    public int integer() {
        try {
            return decimal().intValueExact();
        } catch (ArithmeticException e) {
            throw error("expected a whole number, got '" + text() + "' / 应为整数");
        }
    }

    public boolean bool() {
        return switch (text().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error("expected true or false, got '" + text() + "' / 应为 true 或 false");
        };
    }

    public LocalDate date() {
        try {
            return LocalDate.parse(text().strip());
        } catch (DateTimeParseException e) {
            throw error("expected a date yyyy-mm-dd, got '" + text() + "' / 日期格式应为 yyyy-mm-dd");
        }
    }

    /** The value as one of an enum's constants, named case-insensitively. */
    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String t = text().strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        throw error("'" + t + "' is not one of / 应为以下之一: " + String.join(", ", names));
    }

    public String text(String key, String defaultValue) {
        return get(key).map(RuleNode::text).orElse(defaultValue);
    }

    public BigDecimal decimal(String key, BigDecimal defaultValue) {
        return get(key).map(RuleNode::decimal).orElse(defaultValue);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
