package org.innopark.engine.pipeline;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.registry.ProjectStage;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * Reads the pipeline's stage files: the shipped {@code stages.yaml} and a park's own file deriving from it ({@code
 * base: innopark-pipeline}) that renames stages, adds stages after existing ones and sets its own rules. Errors name
 * the file, the line and what is valid.
 */
public final class StageSchemes {

    /** The shipped file's resource. */
    public static final String RESOURCE = "org/innopark/engine/pipeline/stages.yaml";

    private static final Set<String> BASE_KEYS =
            RuleFileHeader.keysAnd("stages", "exits", "reopen", "stale", "big-project-yuan", "rates", "near-duplicate");
    private static final Set<String> PARK_KEYS = RuleFileHeader.keysAnd(
            "base", "park", "rename", "add", "reopen", "stale", "big-project-yuan", "rates", "near-duplicate");
    private static final Set<String> STAGE_KEYS =
            Set.of("code", "name", "date", "requires", "registry", "pooled", "aliases", "after");
    private static final String CODE = "[a-z][a-z0-9-]*";

    private StageSchemes() {}

    /** The shipped stages and rules. */
    public static StageScheme shipped() {
        return base(RuleNode.parseResource(StageSchemes.class.getClassLoader(), RESOURCE));
    }

    /** A park's file applied to the shipped stages. */
    public static StageScheme park(Path file) {
        return derive(shipped(), RuleNode.parse(file));
    }

    /** A stand-alone stage file. */
    public static StageScheme base(RuleNode root) {
        root.allowOnly(BASE_KEYS);
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        List<Stage> open = new ArrayList<>();
        for (RuleNode n : root.require("stages").items()) {
            open.add(stage(n, false));
        }
        List<Stage> exits = new ArrayList<>();
        for (RuleNode n : root.require("exits").items()) {
            exits.add(stage(n, true));
        }
        if (open.isEmpty()) {
            throw root.require("stages").error("at least one stage is required / 至少需要一个阶段");
        }
        return assemble(root, header, null, open, exits, defaults(null, root));
    }

    /** A park's file (or any file with {@code base:}) applied to its base. */
    public static StageScheme derive(StageScheme base, RuleNode root) {
        root.allowOnly(PARK_KEYS);
        RuleNode baseNode = root.require("base");
        if (!baseNode.text().strip().equals(base.header().id())) {
            throw baseNode.error("base '" + baseNode.text().strip() + "' is not '"
                    + base.header().id() + "' / 基础文件应为 " + base.header().id());
        }
        RuleFileHeader header = RuleFileHeader.readDerived(root, base.header(), Confidence.UNCONFIRMED);
        List<Stage> open = new ArrayList<>(base.open());
        List<Stage> exits = new ArrayList<>(base.exits());
        root.get("rename").ifPresent(r -> {
            for (Map.Entry<String, RuleNode> e : r.entries().entrySet()) {
                RuleNode n = e.getValue().allowOnly(Set.of("name", "date", "aliases"));
                String[] name = n.get("name").map(RuleFileHeader::name).orElse(new String[2]);
                String dateZh =
                        n.get("date").map(d -> RuleFileHeader.name(d)[0]).orElse(null);
                List<String> aliases =
                        n.get("aliases").map(StageSchemes::aliases).orElse(List.of());
                if (!replace(open, e.getKey(), name, dateZh, aliases)
                        && !replace(exits, e.getKey(), name, dateZh, aliases)) {
                    throw e.getValue()
                            .error("rename: no stage '" + e.getKey() + "'; stages: " + codes(open, exits) + " / 没有此阶段");
                }
            }
        });
        root.get("add").ifPresent(a -> {
            for (RuleNode n : a.items()) {
                RuleNode after = n.get("after").orElse(null);
                boolean exit = after == null;
                Stage s = stage(n, exit);
                if (exit) {
                    exits.add(s);
                    continue;
                }
                int i = indexOf(open, after.text().strip());
                if (i < 0) {
                    throw after.error("after: no open stage '" + after.text().strip() + "'; open stages: "
                            + String.join(", ", open.stream().map(Stage::code).toList()) + " / 没有此阶段");
                }
                open.add(i + 1, s);
            }
        });
        return assemble(root, header, base.header(), open, exits, defaults(base, root));
    }

    private record Defaults(
            String reopen, StaleRule stale, BigDecimal big, Map<String, StageScheme.Rate> rates, double near) {}

    private static Defaults defaults(StageScheme base, RuleNode root) {
        String reopen = root.get("reopen").map(n -> n.text().strip()).orElse(base == null ? null : base.reopen());
        if (reopen == null) {
            throw root.error("reopen: the stage a closed project reopens at is required / 需要 reopen");
        }
        StaleRule stale = root.get("stale")
                .map(n -> {
                    n.allowOnly(Set.of("remind-after-days", "return-after-days"));
                    try {
                        return new StaleRule(
                                n.require("remind-after-days").integer(),
                                n.require("return-after-days").integer());
                    } catch (IllegalArgumentException e) {
                        throw n.error(e.getMessage() + " / 提醒天数应小于回收天数");
                    }
                })
                .orElse(base == null ? null : base.stale());
        if (stale == null) {
            throw root.error("stale: {remind-after-days, return-after-days} is required / 需要 stale");
        }
        BigDecimal big =
                root.get("big-project-yuan").map(RuleNode::decimal).orElse(base == null ? null : base.bigProjectYuan());
        if (big == null || big.signum() <= 0) {
            throw root.error("big-project-yuan: a positive amount in yuan is required / 需要超亿元项目的金额标准");
        }
        Map<String, StageScheme.Rate> rates = base == null ? new LinkedHashMap<>() : new LinkedHashMap<>(base.rates());
        root.get("rates").ifPresent(r -> {
            rates.clear();
            for (RuleNode n : r.items()) {
                n.allowOnly(Set.of("key", "name", "stage"));
                String[] name = RuleFileHeader.name(n.require("name"));
                String key = n.require("key").text().strip();
                rates.put(
                        key,
                        new StageScheme.Rate(
                                key, name[0], name[1], n.require("stage").text().strip()));
            }
        });
        double near = root.get("near-duplicate")
                .map(n -> n.decimal().doubleValue())
                .orElse(base == null ? 0.8 : base.nearThreshold());
        if (!(near > 0 && near <= 1)) {
            throw root.require("near-duplicate").error("near-duplicate: a similarity in (0, 1] / 相似度应在0到1之间");
        }
        return new Defaults(reopen, stale, big, rates, near);
    }

    private static StageScheme assemble(
            RuleNode root,
            RuleFileHeader header,
            RuleFileHeader base,
            List<Stage> open,
            List<Stage> exits,
            Defaults d) {
        Set<String> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Stage s : concat(open, exits)) {
            if (!seen.add(s.code())) {
                throw root.error("stage code '" + s.code() + "' appears twice / 阶段代码重复");
            }
            for (String n : concat(List.of(s.zh()), s.aliases())) {
                if (!names.add(n)) {
                    throw root.error("stage name or alias '" + n + "' appears twice / 阶段名称或别名重复");
                }
            }
        }
        if (indexOf(open, d.reopen()) < 0) {
            throw root.error("reopen: '" + d.reopen() + "' is not an open stage / reopen 应为一个进行中的阶段");
        }
        for (StageScheme.Rate r : d.rates().values()) {
            if (indexOf(open, r.stage()) < 0) {
                throw root.error("rates: '" + r.stage() + "' (" + r.key() + ") is not an open stage; open stages: "
                        + String.join(", ", open.stream().map(Stage::code).toList()) + " / 比率的阶段不存在");
            }
        }
        if (exits.isEmpty()) {
            throw root.error("exits: at least one exit stage (终止) is required / 至少需要一个终止阶段");
        }
        return new StageScheme(header, base, open, exits, d.reopen(), d.stale(), d.big(), d.rates(), d.near());
    }

    private static Stage stage(RuleNode n, boolean exit) {
        n.allowOnly(STAGE_KEYS);
        RuleNode codeNode = n.require("code");
        String code = codeNode.text().strip();
        if (!code.matches(CODE)) {
            throw codeNode.error(
                    "'" + code + "': a stage code is lower-case letters, digits and '-' / 阶段代码只能包含小写字母、数字和-");
        }
        String[] name = RuleFileHeader.name(n.require("name"));
        String[] date =
                n.get("date").map(RuleFileHeader::name).orElse(new String[] {name[0] + "日期", name[1] + " date"});
        List<PipelineField> requires = new ArrayList<>();
        n.get("requires").ifPresent(r -> {
            for (RuleNode f : r.items()) {
                PipelineField field = PipelineField.ofKey(f.text().strip());
                if (field == null) {
                    List<String> keys = new ArrayList<>();
                    for (PipelineField p : PipelineField.values()) {
                        keys.add(p.key());
                    }
                    throw f.error("requires: unknown field '" + f.text().strip() + "'; valid: "
                            + String.join(", ", keys) + " / 未知字段");
                }
                requires.add(field);
            }
        });
        ProjectStage registry = n.require("registry").enumValue(ProjectStage.class);
        if (exit != (registry == ProjectStage.DROPPED)) {
            throw n.require("registry")
                    .error(
                            exit
                                    ? "an exit stage counts as DROPPED in the registry / 终止类阶段应为 DROPPED"
                                    : "an open stage cannot count as DROPPED / 进行中的阶段不能为 DROPPED");
        }
        boolean pooled = n.get("pooled").map(RuleNode::bool).orElse(false);
        List<String> aliases = n.get("aliases").map(StageSchemes::aliases).orElse(List.of());
        return new Stage(code, name[0], name[1], date[0], exit, registry, requires, pooled, aliases);
    }

    private static List<String> aliases(RuleNode n) {
        return n.items().stream()
                .map(a -> a.text().strip().replace(" ", "").toLowerCase(Locale.ROOT))
                .toList();
    }

    private static boolean replace(List<Stage> stages, String code, String[] name, String dateZh, List<String> more) {
        int i = indexOf(stages, code);
        if (i < 0) {
            return false;
        }
        Stage s = stages.get(i).renamed(name[0], name[1], dateZh);
        List<String> aliases = new ArrayList<>(s.aliases());
        String old = stages.get(i).zh();
        if (!old.equals(s.zh()) && !aliases.contains(old)) {
            aliases.add(old);
        }
        aliases.addAll(more);
        aliases.remove(s.zh());
        stages.set(
                i,
                new Stage(
                        s.code(),
                        s.zh(),
                        s.en(),
                        s.dateZh(),
                        s.exit(),
                        s.registry(),
                        s.requires(),
                        s.pooled(),
                        aliases));
        return true;
    }

    private static int indexOf(List<Stage> stages, String code) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static String codes(List<Stage> open, List<Stage> exits) {
        return String.join(", ", concat(open, exits).stream().map(Stage::code).toList());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
