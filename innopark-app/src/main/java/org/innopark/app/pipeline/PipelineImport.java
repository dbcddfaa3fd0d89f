package org.innopark.app.pipeline;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.innopark.app.pipeline.PipelineViews.Move;
import org.innopark.app.pipeline.PipelineViews.ProjectInput;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.engine.pipeline.Stage;
import org.innopark.engine.pipeline.StageScheme;
import org.innopark.engine.registry.CreditCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a park's existing 项目库 spreadsheet (XLSX or CSV, UTF-8 or GBK, Chinese headers), upserting by 项目编号: a
 * new number is created as a lead and moved to the row's stage with its dates; a known one gets its facts updated and
 * moves forward when its stage is later. Stage names are mapped by the park's stage file (names and aliases); an
 * unknown one is reported with its row and column. The 负责人 of each row stays the owner (not whoever imports). Any
 * problem rejects the whole file: nothing is written.
 */
@Service
public class PipelineImport {

    public static final AnalystSheet.Spec SPEC = new AnalystSheet.Spec(
            "pipeline-input",
            "招商项目库",
            "Investment projects",
            List.of(
                    AnalystSheet.text("no", "项目编号", "Project number", true, "YY-2026-0001")
                            .alias("编号"),
                    AnalystSheet.text("name", "项目名称", "Project name", true, "年产10GWh动力电池项目"),
                    AnalystSheet.text("investor", "投资方", "Investor", false, "示例新能源科技股份有限公司")
                            .alias("投资主体", "企业名称", "客商"),
                    AnalystSheet.creditCode("credit_code", "统一社会信用代码", "Credit code", false, "")
                            .alias("信用代码"),
                    AnalystSheet.text("region", "来源地区代码", "Source region code", false, "440300")
                            .alias("来源地区"),
                    AnalystSheet.text("industry", "行业代码", "Industry code", false, "3841"),
                    AnalystSheet.text("chain", "产业链", "Chain", false, "power-battery"),
                    AnalystSheet.text("node", "链节点", "Chain node", false, ""),
                    AnalystSheet.text("planned", "计划投资额(亿元)", "Planned investment (100M yuan)", false, "12.5")
                            .alias("计划投资额", "总投资(亿元)", "投资额(亿元)"),
                    AnalystSheet.text("contract", "合同投资额(亿元)", "Contracted amount (100M yuan)", false, "")
                            .alias("签约金额(亿元)", "协议投资额(亿元)"),
                    AnalystSheet.text("land", "用地面积(亩)", "Land (mu)", false, "150"),
                    AnalystSheet.text("floor", "建筑面积(平方米)", "Floor area (m²)", false, "60000"),
                    AnalystSheet.text("output", "预计年产值(亿元)", "Expected output (100M yuan)", false, "30"),
                    AnalystSheet.text("tax", "预计年税收(万元)", "Expected tax (10k yuan)", false, "8000"),
                    AnalystSheet.text("stage", "阶段", "Stage", true, "在谈").alias("项目阶段", "进展阶段"),
                    AnalystSheet.date("stage_date", "阶段日期", "Stage date", false, "2026-03-15")
                            .alias("进入阶段日期"),
                    AnalystSheet.date("lead_date", "线索日期", "Lead date", false, "2026-01-10")
                            .alias("获取线索日期", "录入日期"),
                    AnalystSheet.date("planned_start", "计划开工日期", "Planned start", false, ""),
                    AnalystSheet.text("funds", "到资额(亿元)", "Funds received (100M yuan)", false, ""),
                    AnalystSheet.text("document", "依据文件", "Document", false, "").alias("合同编号", "协议编号"),
                    AnalystSheet.text("reason", "终止原因", "Reason", false, "").alias("原因"),
                    AnalystSheet.text("owner", "负责人", "Owner", false, "").alias("责任人", "跟踪人"),
                    AnalystSheet.text("co_owners", "协办人", "Co-owners", false, "")
                            .alias("协助人")),
            null,
            List.of(
                    "每行一个招商项目, 按项目编号新增或更新 / one project per row, upserted by project number",
                    "金额以亿元填写(税收为万元); 负责人、协办人填系统账户名, 协办人以顿号或逗号分隔",
                    "amounts in 亿元 (tax in 万元); owners are account names; stages as in the park's stage file"));

    /** What an import did. */
    public record Result(int created, int updated, int moved, List<String> warnings) {}

    private record Parsed(int row, ProjectInput in, Stage stage, LocalDate stageDate, Move move) {}

    private final Pipeline pipeline;
    private final PipelineStore store;

    PipelineImport(Pipeline pipeline, PipelineStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    /** Reads and applies the file in one transaction; throws with every problem by row and column, writing nothing. */
    @Transactional
    public Result importFile(String actor, String park, Path file) {
        StageScheme s = pipeline.scheme(park);
        List<Parsed> rows = new ArrayList<>();
        AnalystSheet.read(file, SPEC, row -> {
            Stage stage = s.parse(row.text("stage")).orElse(null);
            if (stage == null) {
                row.reject("stage", "未知的阶段, 可用: " + s.names(), "unknown stage; valid: " + s.names());
                return;
            }
            BigDecimal planned = amount(row, "planned");
            BigDecimal contract = amount(row, "contract");
            BigDecimal land = amount(row, "land");
            BigDecimal floor = amount(row, "floor");
            BigDecimal output = amount(row, "output");
            BigDecimal tax = amount(row, "tax");
            BigDecimal funds = amount(row, "funds");
            CreditCode code = row.value("credit_code");
            String coOwners = row.text("co_owners");
            LocalDate lead = row.value("lead_date");
            LocalDate stageDate = row.value("stage_date");
            ProjectInput in = new ProjectInput(
                    row.text("no"),
                    row.text("name"),
                    row.text("investor"),
                    code == null ? null : code.value(),
                    row.text("region"),
                    row.text("industry"),
                    row.text("chain"),
                    row.text("node"),
                    planned,
                    land,
                    floor,
                    output,
                    tax,
                    row.text("owner"),
                    coOwners == null ? List.of() : Arrays.asList(coOwners.split("[、,，;；\\s]+")),
                    lead == null ? stageDate : lead);
            rows.add(new Parsed(
                    row.number(),
                    in,
                    stage,
                    stageDate,
                    new Move(
                            stage.code(),
                            stageDate,
                            contract,
                            row.value("planned_start"),
                            funds,
                            row.text("document"),
                            row.text("reason"),
                            "导入")));
        });
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int moved = 0;
        String sheet = file.getFileName().toString();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Parsed p : rows) {
            String at = sheet + " 第" + p.row() + "行 / row " + p.row() + ": ";
            if (!seen.add(p.in().projectNo())) {
                problems.add(at + "项目编号在文件中重复 / the project number appears twice in the file");
                continue;
            }
            List<String> owners = pipeline.ownerProblems(park, p.in().owner(), p.in().coOwners());
            if (!owners.isEmpty()) {
                owners.forEach(o -> problems.add(at + "负责人/协办人 / owner: " + o));
                continue;
            }
            try {
                var existing = store.row(p.in().projectNo());
                if (existing.isPresent() && !existing.get().park().equals(park)) {
                    problems.add(at + "项目编号属于其他园区 / the project number belongs to another park");
                    continue;
                }
                if (existing.isEmpty()) {
                    var c = pipeline.create(actor, park, p.in(), false, p.move());
                    c.warnings().forEach(w -> warnings.add(at + w));
                    created++;
                    if (!p.stage().code().equals(s.first().code())) {
                        moved++;
                    }
                } else {
                    updated++;
                    if (pipeline.update(actor, park, p.in(), p.move())) {
                        moved++;
                    }
                }
            } catch (PipelineException e) {
                e.problems()
                        .forEach(
                                x -> problems.add(at + "阶段 / stage " + p.stage().zh() + ": " + x));
            }
        }
        if (!problems.isEmpty()) {
            throw new PipelineException(problems, false);
        }
        return new Result(created, updated, moved, warnings);
    }

    /** An exact decimal (commas allowed); null when empty or after rejecting the cell. */
    private static BigDecimal amount(AnalystSheet.Row row, String key) {
        String t = row.text(key);
        if (t == null) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t.replace(",", "").replace("，", "").strip());
            if (v.signum() < 0) {
                row.reject(key, "不能为负数", "must not be negative");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            row.reject(key, "应为数字, 实际为'" + t + "'", "expected a number, got '" + t + "'");
            return null;
        }
    }
}
