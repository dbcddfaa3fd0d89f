package org.innopark.engine.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.engine.rules.RuleFileHeader;

/**
 * A park's pipeline as loaded from the stage files: the open stages in order, the exits, the stage a closed project
 * reopens at, the stale-lead rule, what counts as a 超亿元 project, the rates of the funnel and the threshold of a
 * near-duplicate name. Checks transitions.
 *
 * @param header the file's header (the park's file when it has one, with its base's source kept in the base)
 * @param base the base file's header, or null for the base itself
 * @param open the open stages from 线索 to 投产, in order
 * @param exits 终止, 流失 (reachable from any open stage)
 * @param reopen the stage a closed or pooled project starts again at
 * @param bigProjectYuan the contracted amount from which a project counts as 超亿元 (in yuan)
 * @param rates the funnel's rates by key (落地率 …), each the share of signed projects that reached a stage
 * @param nearThreshold the similarity (0..1) of two normalised names from which a near-duplicate is reported
 */
public record StageScheme(
        RuleFileHeader header,
        RuleFileHeader base,
        List<Stage> open,
        List<Stage> exits,
        String reopen,
        StaleRule stale,
        BigDecimal bigProjectYuan,
        Map<String, Rate> rates,
        double nearThreshold) {

    /** A rate of the funnel: among the projects signed in a period, the share that reached {@code stage} since. */
    public record Rate(String key, String zh, String en, String stage) {}

    public StageScheme {
        open = List.copyOf(open);
        exits = List.copyOf(exits);
        rates = Map.copyOf(rates);
    }

    /** Every stage, open ones first. */
    public List<Stage> stages() {
        List<Stage> all = new ArrayList<>(open);
        all.addAll(exits);
        return all;
    }

    public Optional<Stage> stage(String code) {
        return stages().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The stage by its code, or fails naming the valid ones. */
    public Stage require(String code) {
        return stage(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "未知的阶段 '" + code + "'，可用: " + names() + " / unknown stage '" + code + "'"));
    }

    /** The stage a name means: its code, Chinese name, English name or one of its aliases (spaces ignored). */
    public Optional<Stage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace(" ", "").replace("\u3000", "").toLowerCase(Locale.ROOT);
        for (Stage s : stages()) {
            if (s.code().equals(t)
                    || s.zh().equals(t)
                    || s.en().replace(" ", "").toLowerCase(Locale.ROOT).equals(t)
                    || s.aliases().contains(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The stages' Chinese names, for messages: 线索、接洽、…. */
    public String names() {
        return String.join("、", stages().stream().map(Stage::zh).toList());
    }

    /** The position of an open stage (0 for the first), -1 for an exit. */
    public int rank(String code) {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** The first open stage (线索). */
    public Stage first() {
        return open.get(0);
    }

    /** The next open stage after an open one, empty at the last or for an exit. */
    public Optional<Stage> next(String code) {
        int r = rank(code);
        return r < 0 || r + 1 >= open.size() ? Optional.empty() : Optional.of(open.get(r + 1));
    }

    /** Whether a project at {@code code} has reached {@code target} (an exit reaches nothing). */
    public boolean reached(String code, String target) {
        int r = rank(code);
        int t = rank(target);
        return r >= 0 && t >= 0 && r >= t;
    }

    /**
     * What is wrong with moving a project from one stage to another on a day, with the given values: empty when the
     * move is allowed. An open project moves forward (skipping stages is allowed, but then their fields are required
     * too) or to an exit; a closed one only reopens at the reopen stage. The date may not lie before the current
     * stage's date nor after today.
     *
     * @param fromDate the day the project reached its current stage, null when unknown
     */
    public List<String> check(
            String from, LocalDate fromDate, String to, LocalDate date, Map<PipelineField, ?> values, LocalDate today) {
        List<String> problems = new ArrayList<>();
        Stage source = require(from);
        Optional<Stage> target = stage(to);
        if (target.isEmpty()) {
            problems.add("未知的目标阶段 '" + to + "'，可用: " + names() + " / unknown stage '" + to + "'");
            return problems;
        }
        Stage t = target.get();
        List<Stage> needed = new ArrayList<>();
        if (t.code().equals(source.code())) {
            problems.add("项目已处于" + t.zh() + "阶段 / the project is already at this stage");
        } else if (source.exit()) {
            if (!t.code().equals(reopen)) {
                problems.add("已" + source.zh() + "的项目只能重新进入" + require(reopen).zh() + " / a closed project can only"
                        + " reopen at " + require(reopen).en());
            }
            needed.add(t);
        } else if (t.exit()) {
            needed.add(t);
        } else if (rank(t.code()) < rank(source.code())) {
            problems.add("不能从" + source.zh() + "退回" + t.zh() + "(可转为终止或流失) / a project does not move back from "
                    + source.en() + " to " + t.en() + " (end it or mark it lost instead)");
        } else {
            needed.addAll(open.subList(rank(source.code()) + 1, rank(t.code()) + 1));
        }
        if (date == null) {
            problems.add("缺少" + t.dateZh() + " / " + t.en() + ": the date is required");
        } else {
            if (today != null && date.isAfter(today)) {
                problems.add(t.dateZh() + " " + date + " 晚于今天 / the date lies in the future");
            }
            if (fromDate != null && date.isBefore(fromDate)) {
                problems.add(t.dateZh() + " " + date + " 早于进入" + source.zh() + "的日期 " + fromDate
                        + " / the date lies before the current stage's date");
            }
        }
        for (Stage s : needed) {
            for (PipelineField f : s.requires()) {
                Object v = values.get(f);
                boolean missing = v == null || (v instanceof String str && str.isBlank());
                if (missing) {
                    String why = s == t ? "" : "(跳过的" + s.zh() + "阶段所需)";
                    problems.add(t.zh() + "需要" + f.zh() + why + " / " + t.en() + " requires the " + f.en());
                } else if (v instanceof BigDecimal amount && amount.signum() <= 0) {
                    problems.add(f.zh() + "应大于0 / the " + f.en() + " must be positive");
                }
            }
        }
        return problems;
    }
}
