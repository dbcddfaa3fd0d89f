package org.innopark.app.transfer;

import static org.innopark.app.registry.imports.AnalystSheet.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Column;
import org.innopark.app.registry.imports.AnalystSheet.Row;
import org.innopark.app.registry.imports.AnalystSheet.Spec;
import org.innopark.engine.transfer.ObjectType;
import org.innopark.engine.transfer.TechDemand;
import org.innopark.engine.transfer.TransferEvaluation;
import org.innopark.engine.transfer.TransferItem;

/**
 * The analyst's files of technology transfer (CSV in UTF-8 or GBK, or XLSX), with the columns of the evaluation set
 * (shared/transfer-eval): results, experts, instruments, demands and graded judgments. Every column must be present
 * and every cell filled; an id given twice is an error at the second row. A file with any problem is rejected whole
 * ({@link org.innopark.app.registry.imports.AnalystInputException}, naming sheet, row, column and value).
 */
public final class TransferFiles {

    private static final List<String> NOTES =
            List.of("每行一条,所有列必填,编号不得重复 / one row each; every column is" + " required; ids are unique");

    public static final Spec RESULTS = new Spec(
            "transfer-results",
            "科技成果",
            "research results",
            List.of(
                    text("id", "成果编号", "result_id", true, "R-0001"),
                    text("name", "成果名称", "name", true, "高镍三元正极材料表面包覆改性技术"),
                    text("summary", "成果简介", "summary", true, "通过表面包覆抑制正极与电解液副反应,循环1000次容量保持率90%以上"),
                    text("keywords", "关键词", "keywords", true, "正极材料；表面包覆；循环寿命"),
                    text("field", "技术领域", "field", true, "新能源/锂离子电池"),
                    text("holder", "持有单位", "holder", true, "某某大学"),
                    text("stage", "所处阶段", "stage", true, "中期阶段")),
            null,
            NOTES);

    public static final Spec EXPERTS = new Spec(
            "transfer-experts",
            "专家",
            "experts",
            List.of(
                    text("id", "专家编号", "expert_id", true, "E-0001"),
                    text("name", "姓名", "name", true, "张某"),
                    text("unit", "单位", "unit", true, "某某大学"),
                    text("title", "职称", "title", true, "教授"),
                    text("direction", "研究方向", "direction", true, "锂离子电池电极材料与衰减机理"),
                    text("achievements", "代表成果", "achievements", true, "为多家电池企业解决循环衰减问题")),
            null,
            NOTES);

    public static final Spec INSTRUMENTS = new Spec(
            "transfer-instruments",
            "科研仪器设备",
            "instruments",
            List.of(
                    text("id", "仪器编号", "instrument_id", true, "I-0001"),
                    text("name", "仪器名称", "name", true, "激光闪射法导热仪"),
                    text("functions", "主要功能", "functions", true, "测量材料的热扩散系数和导热系数"),
                    text("indicators", "技术指标", "indicators", true, "温度范围-100℃至500℃；重复性±2%"),
                    text("owner", "所属单位", "owner", true, "某某研究院"),
                    text("category", "分类", "category", true, "物理性能测试仪器")),
            null,
            NOTES);

    public static final Spec DEMANDS = new Spec(
            "transfer-demands",
            "企业技术需求",
            "technology demands",
            List.of(
                    text("id", "需求编号", "demand_id", true, "D-0001"),
                    text("name", "需求名称", "name", true, "电池用到第二年容量掉得厉害"),
                    text("description", "需求描述", "description", true, "我们做储能柜,电芯用一年多可用电量明显下降,想找团队分析原因"),
                    text("enterprise", "企业名称", "enterprise", true, "某某储能科技有限公司"),
                    text("industry", "所属行业", "industry", true, "电气机械和器材制造业")),
            null,
            NOTES);

    public static final Spec QRELS = new Spec(
            "transfer-qrels",
            "相关性标注",
            "relevance judgments",
            List.of(
                    text("demand", "需求编号", "demand_id", true, "D-0001"),
                    text("type", "对象类型", "object_type", true, "成果"),
                    text("object", "对象编号", "object_id", true, "R-0001"),
                    text("grade", "相关度", "grade", true, "3")),
            null,
            List.of("对象类型:成果、专家或仪器;相关度:1、2 或 3 / object type 成果, 专家 or 仪器; grade 1, 2 or 3"));

    private TransferFiles() {}

    public static List<TransferItem> results(Path file) {
        return read(
                file,
                RESULTS,
                r -> TransferItem.result(
                        r.text("id"),
                        r.text("name"),
                        r.text("summary"),
                        r.text("keywords"),
                        r.text("field"),
                        r.text("holder"),
                        r.text("stage")));
    }

    public static List<TransferItem> experts(Path file) {
        return read(
                file,
                EXPERTS,
                r -> TransferItem.expert(
                        r.text("id"),
                        r.text("name"),
                        r.text("unit"),
                        r.text("title"),
                        r.text("direction"),
                        r.text("achievements")));
    }

    public static List<TransferItem> instruments(Path file) {
        return read(
                file,
                INSTRUMENTS,
                r -> TransferItem.instrument(
                        r.text("id"),
                        r.text("name"),
                        r.text("functions"),
                        r.text("indicators"),
                        r.text("owner"),
                        r.text("category")));
    }

    public static List<TechDemand> demands(Path file) {
        return read(
                file,
                DEMANDS,
                r -> new TechDemand(
                        r.text("id"), r.text("name"), r.text("description"), r.text("enterprise"), r.text("industry")));
    }

    /** Graded judgments; a type other than 成果/专家/仪器, or a grade other than 1–3, is an error at its cell. */
    public static TransferEvaluation.Qrels qrels(Path file) {
        TransferEvaluation.Qrels qrels = new TransferEvaluation.Qrels();
        Map<String, Integer> seen = new HashMap<>();
        AnalystSheet.read(file, QRELS, row -> {
            ObjectType type = ObjectType.parse(row.text("type"));
            if (type == null) {
                row.reject("type", "对象类型应为 成果、专家 或 仪器", "the object type is 成果, 专家 or 仪器");
                return;
            }
            int grade;
            try {
                grade = Integer.parseInt(row.text("grade"));
            } catch (NumberFormatException e) {
                grade = -1;
            }
            if (grade < 1 || grade > 3) {
                row.reject("grade", "相关度应为 1、2 或 3", "the grade is 1, 2 or 3");
                return;
            }
            String key = row.text("demand") + "\u0000" + type + "\u0000" + row.text("object");
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                row.reject("object", "同一需求与对象已在第" + first + "行标注", "this demand and object are judged in row " + first);
                return;
            }
            qrels.add(row.text("demand"), type, row.text("object"), grade);
        });
        return qrels;
    }

    /**
     * Reads the rows of a file into records, rejecting an id given twice at its second row; a row for which
     * {@code make} returns null (having rejected a cell) gives no record.
     */
    static <T> List<T> read(Path file, Spec spec, Function<Row, T> make) {
        List<T> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        AnalystSheet.read(file, spec, row -> {
            Integer first = ids.putIfAbsent(row.text("id"), row.number());
            if (first != null) {
                row.reject("id", "编号重复:与第" + first + "行相同", "duplicate id: row " + first + " has the same one");
                return;
            }
            T made = make.apply(row);
            if (made != null) {
                out.add(made);
            }
        });
        return out;
    }

    /** The columns of a spec, for help texts. */
    public static String headers(Spec spec) {
        return String.join(",", spec.columns().stream().map(Column::header).toList());
    }
}
