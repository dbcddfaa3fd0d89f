package org.innopark.engine.patent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainMapping;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * The versioned rules tagging patents to chain nodes, read from two kinds of YAML file (format:
 * {@code patent/rules/README.md}): IPC concordances ({@code kind: concordance}, entries of IPC ranges → chain nodes)
 * and 技术分解表 ({@code kind: decomposition}, keyword rules per node of one chain). Every file is checked when
 * loaded; an error names the file, line and what is valid.
 */
public final class TaggingRules {

    static final String FOLDER = "org/innopark/engine/patent/rules/";

    private static final Set<String> FILE_KEYS = RuleFileHeader.keysAnd("kind", "chain", "entries", "nodes", "note");
    private static final Set<String> ENTRY_KEYS =
            Set.of("id", "category", "ipc", "nodes", "confidence", "source", "note");
    private static final Set<String> NODE_KEYS = Set.of("node", "rules");
    private static final Set<String> RULE_KEYS =
            Set.of("id", "keywords", "also", "where", "exclude", "ipc", "yield-to", "confidence", "source", "note");

    private final List<TaggingRule> rules;
    private final List<RuleFileHeader> files;

    private TaggingRules(List<TaggingRule> rules, List<RuleFileHeader> files) {
        this.rules = List.copyOf(rules);
        this.files = List.copyOf(files);
    }

    /** The built-in rule files (listed in {@code rules/index.txt}) for the library's chains. */
    public static TaggingRules builtIn(ChainLibrary chains) {
        return load(chains, List.of());
    }

    /** The built-in rule files and a park's own. */
    public static TaggingRules load(ChainLibrary chains, List<Path> extra) {
        List<RuleNode> roots = new ArrayList<>();
        for (String name : index()) {
            roots.add(RuleNode.parseResource(TaggingRules.class.getClassLoader(), FOLDER + name));
        }
        for (Path p : extra) {
            roots.add(RuleNode.parse(p));
        }
        List<TaggingRule> rules = new ArrayList<>();
        List<RuleFileHeader> headers = new ArrayList<>();
        Map<String, TaggingRule> ids = new HashMap<>();
        for (RuleNode root : roots) {
            root.allowOnly(FILE_KEYS);
            RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
            headers.add(header);
            String kind = root.require("kind").text().strip();
            List<TaggingRule> read = switch (kind) {
                case "concordance" -> concordance(root, header, chains);
                case "decomposition" -> decomposition(root, header, chains);
                default ->
                    throw root.require("kind")
                            .error("'" + kind
                                    + "' is not a kind of tagging file: valid are concordance, decomposition /"
                                    + " 文件类型应为 concordance 或 decomposition");
            };
            for (TaggingRule r : read) {
                TaggingRule before = ids.putIfAbsent(r.id(), r);
                if (before != null) {
                    throw new org.innopark.engine.rules.RuleFileException(
                            r.file(),
                            r.line(),
                            0,
                            "rule id '" + r.id() + "' is already used at " + before.file() + ":" + before.line()
                                    + " / 规则 id 重复");
                }
            }
            rules.addAll(read);
        }
        return new TaggingRules(rules, headers);
    }

    /** Every rule, concordance entries and keyword rules, in file order. */
    public List<TaggingRule> rules() {
        return rules;
    }

    /** The headers of the files read (id, version, source, confidence). */
    public List<RuleFileHeader> files() {
        return files;
    }

    /** The rules of one chain. */
    public TaggingRules forChain(String chainId) {
        return new TaggingRules(
                rules.stream().filter(r -> r.chainId().equals(chainId)).toList(), files);
    }

    /** The chains that have rules. */
    public List<String> chainIds() {
        return rules.stream().map(TaggingRule::chainId).distinct().toList();
    }

    private static List<TaggingRule> concordance(RuleNode root, RuleFileHeader header, ChainLibrary chains) {
        List<TaggingRule> out = new ArrayList<>();
        for (RuleNode e : root.require("entries").items()) {
            e.allowOnly(ENTRY_KEYS);
            String id = ruleId(e);
            List<IpcRange> ipc = ranges(e.require("ipc"));
            if (ipc.isEmpty()) {
                throw e.require("ipc").error("a concordance entry needs at least one IPC range / 至少一个IPC范围");
            }
            Confidence confidence = Confidence.read(e, header.confidence());
            String source = e.text("source", header.source()).strip();
            for (RuleNode n : e.require("nodes").items()) {
                String ref = n.text().strip();
                int slash = ref.indexOf('/');
                if (slash < 0) {
                    throw n.error("'" + ref + "': a node is named chain/node, e.g. power-battery-nev/battery-cell /"
                            + " 节点应写为 产业链/节点");
                }
                String chainId = ref.substring(0, slash);
                String nodeId = ref.substring(slash + 1);
                node(n, chains, chainId, nodeId);
                String ruleId = e.require("nodes").items().size() == 1 ? id : id + "@" + nodeId;
                out.add(new TaggingRule(
                        ruleId,
                        chainId,
                        nodeId,
                        TaggingRule.Kind.CONCORDANCE,
                        ipc,
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        List.of(),
                        confidence,
                        source,
                        root.file(),
                        e.line()));
            }
        }
        return out;
    }

    private static List<TaggingRule> decomposition(RuleNode root, RuleFileHeader header, ChainLibrary chains) {
        RuleNode chainNode = root.require("chain");
        String chainId = chainNode.text().strip();
        IndustryChain chain = chains.find(chainId)
                .orElseThrow(() -> chainNode.error("'" + chainId + "' is not a chain of the library; valid: "
                        + String.join(
                                ", ",
                                chains.chains().stream().map(IndustryChain::id).toList())
                        + " / 未知的产业链"));
        List<TaggingRule> out = new ArrayList<>();
        for (RuleNode n : root.require("nodes").items()) {
            n.allowOnly(NODE_KEYS);
            RuleNode nodeRef = n.require("node");
            ChainNode node = node(nodeRef, chains, chainId, nodeRef.text().strip());
            for (RuleNode r : n.require("rules").items()) {
                r.allowOnly(RULE_KEYS);
                String id = ruleId(r);
                List<String> keywords = words(r.require("keywords"));
                if (keywords.isEmpty()) {
                    throw r.require("keywords").error("a keyword rule needs at least one keyword / 至少一个关键词");
                }
                List<String> also = r.get("also").map(TaggingRules::words).orElse(List.of());
                List<String> exclude = r.get("exclude").map(TaggingRules::words).orElse(List.of());
                String where = r.text("where", "title").strip();
                if (!where.equals("title") && !where.equals("text")) {
                    throw r.require("where")
                            .error("'" + where + "': valid are title (the title only) and text (title"
                                    + " or abstract) / 应为 title 或 text");
                }
                List<IpcRange> ipc;
                if (r.get("ipc").isPresent() && r.require("ipc").isScalar()) {
                    if (!r.require("ipc").text().strip().equals("any")) {
                        throw r.require("ipc").error("ipc is a list of IPC ranges or 'any' / ipc 应为IPC范围列表或 any");
                    }
                    ipc = List.of();
                } else if (r.get("ipc").isPresent()) {
                    ipc = ranges(r.require("ipc"));
                } else {
                    ipc = node.ipc().stream()
                            .map(ChainMapping::code)
                            .map(IpcRange::parse)
                            .toList();
                }
                List<String> yieldTo = new ArrayList<>();
                for (RuleNode y : r.get("yield-to").map(RuleNode::items).orElse(List.of())) {
                    node(y, chains, chainId, y.text().strip());
                    yieldTo.add(y.text().strip());
                }
                out.add(new TaggingRule(
                        id,
                        chainId,
                        node.id(),
                        TaggingRule.Kind.KEYWORD,
                        ipc,
                        keywords,
                        also,
                        exclude,
                        where.equals("title"),
                        yieldTo,
                        Confidence.read(r, header.confidence()),
                        r.text("source", header.source()).strip(),
                        root.file(),
                        r.line()));
            }
        }
        if (chain.mappableNodes().isEmpty()) {
            throw chainNode.error("the chain has no nodes to tag / 该产业链没有可标引的节点");
        }
        return out;
    }

    private static ChainNode node(RuleNode at, ChainLibrary chains, String chainId, String nodeId) {
        IndustryChain chain = chains.find(chainId)
                .orElseThrow(() -> at.error("'" + chainId + "' is not a chain of the library / 未知的产业链"));
        return chain.node(nodeId)
                .orElseThrow(() -> at.error("'" + nodeId + "' is not a node of " + chainId + "; valid: "
                        + String.join(
                                ", ", chain.nodes().stream().map(ChainNode::id).toList()) + " / 不是该产业链的节点"));
    }

    private static String ruleId(RuleNode r) {
        RuleNode idNode = r.require("id");
        String id = idNode.text().strip();
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw idNode.error("'" + id + "': a rule id uses letters, digits, '-', '_' and '.' / 规则 id 格式不对");
        }
        return id;
    }

    private static List<IpcRange> ranges(RuleNode list) {
        List<IpcRange> out = new ArrayList<>();
        for (RuleNode item : list.items()) {
            try {
                out.add(IpcRange.parse(item.text()));
            } catch (IllegalArgumentException e) {
                throw item.error(e.getMessage());
            }
        }
        return out;
    }

    private static List<String> words(RuleNode list) {
        List<String> out = new ArrayList<>();
        for (RuleNode item : list.items()) {
            String w = item.text().strip();
            if (w.isEmpty()) {
                throw item.error("an empty keyword / 关键词为空");
            }
            out.add(w);
        }
        return out;
    }

    private static List<String> index() {
        try (var in = TaggingRules.class.getClassLoader().getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + "index.txt");
            }
            List<String> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
