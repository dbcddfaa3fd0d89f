package org.innopark.app.incubation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.incubation.IncubationViews.Profile;
import org.innopark.app.incubation.IncubationViews.Stored;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.engine.incubation.IncubationRules;
import org.innopark.engine.incubation.Lifecycle;
import org.innopark.engine.incubation.SurveyForms;
import org.innopark.engine.incubation.Tenancy;
import org.innopark.engine.incubation.TenancyState;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a carrier manager's spreadsheets (XLSX or CSV, UTF-8 or GBK, Chinese headers): the 入孵企业名册 (one row per
 * tenancy, upserted by carrier and credit code, checked by the rule file's lifecycle) and the 载体填报数据 (a carrier's
 * declared figures of a year, with its profile). Any problem rejects the whole file with its row and column: nothing
 * is written. Every row written is audited.
 */
@Service
public class IncubationImport {

    public static final AnalystSheet.Spec TENANCIES = new AnalystSheet.Spec(
            "incubation-tenancies",
            "入孵企业名册",
            "Tenancies",
            List.of(
                    AnalystSheet.text("carrier", "载体名称", "Carrier", true, "武进火炬创业中心")
                            .alias("孵化载体", "孵化器名称"),
                    AnalystSheet.creditCode("credit_code", "统一社会信用代码", "Credit code", true, "91320412MA1N2X3Y4Z")
                            .alias("信用代码"),
                    AnalystSheet.text("state", "状态", "State", true, "在孵").alias("孵化状态", "企业状态"),
                    AnalystSheet.date("state_date", "状态日期", "State date", false, "")
                            .alias("状态变更日期"),
                    AnalystSheet.date("nursery_date", "进入苗圃日期", "Nursery date", false, "")
                            .alias("预孵化日期"),
                    AnalystSheet.date("entry_date", "入孵日期", "Entry date", false, "2023-04-01")
                            .alias("入驻时间", "入驻日期"),
                    AnalystSheet.text("agreement_no", "入孵协议编号", "Agreement no.", false, "WJHJ-2023-017")
                            .alias("协议编号", "入孵协议号"),
                    AnalystSheet.text("area", "入驻面积(平方米)", "Area (m²)", false, "180")
                            .alias("占用孵化器面积(平方米)", "入驻面积", "面积(平方米)"),
                    AnalystSheet.text("place", "入驻场所", "Place", false, "创业中心A座5楼")
                            .alias("房号", "入驻地点"),
                    AnalystSheet.date("graduation_date", "毕业日期", "Graduation date", false, "")
                            .alias("毕业时间"),
                    AnalystSheet.text("criterion", "毕业条件", "Graduation criterion", false, "")
                            .alias("毕业依据"),
                    AnalystSheet.date("exit_date", "迁出/注销日期", "Exit date", false, "")
                            .alias("迁出日期", "注销日期"),
                    AnalystSheet.text("exit_reason", "迁出/注销原因", "Exit reason", false, "")
                            .alias("迁出原因", "注销原因"),
                    AnalystSheet.text("special_field", "特殊领域", "Special field", false, "")
                            .alias("所属特殊领域"),
                    AnalystSheet.date("acquired_on", "被兼并收购日期", "Acquired on", false, "")),
            null,
            List.of(
                    "每行一家企业在一个载体的入孵记录, 按载体名称+统一社会信用代码新增或更新 / one tenancy per row",
                    "状态: 预孵化(苗圃)、入孵、在孵、毕业、加速、留区、迁出、注销; 毕业条件: 高企、融资、营收、并购上市",
                    "特殊领域(孵化期60个月): 生物医药、集成电路设计、现代农业等 (见规则文件) / special fields get 60 months"));

    private static final Map<String, TenancyState> STATE_ALIASES = Map.ofEntries(
            Map.entry("苗圃", TenancyState.PRE_INCUBATION),
            Map.entry("预孵化", TenancyState.PRE_INCUBATION),
            Map.entry("入驻", TenancyState.ENTERED),
            Map.entry("在孵企业", TenancyState.INCUBATING),
            Map.entry("已毕业", TenancyState.GRADUATED),
            Map.entry("毕业企业", TenancyState.GRADUATED),
            Map.entry("加速器", TenancyState.ACCELERATING),
            Map.entry("留园", TenancyState.STAYED),
            Map.entry("已迁出", TenancyState.MOVED_OUT),
            Map.entry("退出", TenancyState.MOVED_OUT),
            Map.entry("已注销", TenancyState.DEREGISTERED));

    private static final Map<String, String> CRITERION_ALIASES = Map.ofEntries(
            Map.entry("高企", "high_tech"),
            Map.entry("高新技术企业", "high_tech"),
            Map.entry("融资", "funding"),
            Map.entry("天使投资", "funding"),
            Map.entry("风险投资", "funding"),
            Map.entry("投资", "funding"),
            Map.entry("营收", "revenue"),
            Map.entry("营业收入", "revenue"),
            Map.entry("收入", "revenue"),
            Map.entry("并购上市", "acquired_or_listed"),
            Map.entry("并购", "acquired_or_listed"),
            Map.entry("兼并", "acquired_or_listed"),
            Map.entry("收购", "acquired_or_listed"),
            Map.entry("上市", "acquired_or_listed"),
            Map.entry("挂牌", "acquired_or_listed"));

    /** What an import did. */
    public record Result(int created, int updated, int moved) {}

    private record Parsed(int row, Tenancy tenancy, LocalDate acquiredOn) {}

    private final Incubation incubation;
    private final IncubationStore store;
    private final RegistryReads registry;
    private final AuditLog audit;

    IncubationImport(Incubation incubation, IncubationStore store, RegistryReads registry, AuditLog audit) {
        this.incubation = incubation;
        this.store = store;
        this.registry = registry;
        this.audit = audit;
    }

    /** The figures template: the declared fields of both survey forms, and the carrier's profile. */
    public static AnalystSheet.Spec figuresSpec(SurveyForms forms) {
        List<AnalystSheet.Column> columns = new ArrayList<>();
        columns.add(AnalystSheet.text("carrier", "载体名称", "Carrier", true, "武进火炬创业中心")
                .alias("孵化载体"));
        columns.add(AnalystSheet.year("year", "年度", "Year", true, "2025").alias("统计年度"));
        columns.add(
                AnalystSheet.text("variant", "孵化器类别", "Variant", false, "综合").alias("类别"));
        columns.add(AnalystSheet.text("remote", "是否边远地区", "Remote area", false, "否"));
        columns.add(AnalystSheet.date("opened_on", "开始运营日期", "Opened on", false, "2015-06-01")
                .alias("运营时间"));
        Map<String, AnalystSheet.Column> byKey = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new HashMap<>();
        for (SurveyForms.Form f : forms.forms()) {
            for (SurveyForms.Field field : f.fields()) {
                if (field.from() != SurveyForms.Source.DECLARED) {
                    continue;
                }
                String header = field.nameZh().replace("其中:", "") + "(" + field.unit() + ")";
                if (!byKey.containsKey(field.key())) {
                    byKey.put(field.key(), AnalystSheet.text(field.key(), header, field.key(), false, ""));
                } else {
                    aliases.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(header);
                }
            }
        }
        byKey.forEach((k, c) ->
                columns.add(aliases.containsKey(k) ? c.alias(aliases.get(k).toArray(String[]::new)) : c));
        return new AnalystSheet.Spec(
                "incubation-figures",
                "载体填报数据",
                "Carrier figures",
                columns,
                null,
                List.of(
                        "每行一个载体一个年度的填报数据(火炬统计), 金额单位千元 / one carrier-year per row, money in 千元",
                        "孵化器类别: 综合 或 专业; 是否边远地区: 是/否 (国家级认定条件放宽20%)",
                        "与统计表同名的字段按火炬统计指标解释填写; 众创空间与孵化器共用同名列"));
    }

    /** Reads and applies a 入孵企业名册 in one transaction; throws with every problem by row and column. */
    @Transactional
    public Result tenancies(String actor, String park, Path file) {
        IncubationRules rules = incubation.rules();
        Lifecycle lifecycle = new Lifecycle(rules);
        Set<String> carriers = new HashSet<>();
        registry.carriers(park).forEach(c -> carriers.add(c.name()));
        Set<String> firms = registry.creditCodes(park);
        List<Parsed> rows = new ArrayList<>();
        AnalystSheet.read(file, TENANCIES, row -> {
            String carrier = row.text("carrier");
            if (!carriers.contains(carrier)) {
                row.reject("carrier", "本园区登记库中没有此载体", "no such carrier in the park's registry");
                return;
            }
            CreditCode code = row.value("credit_code");
            if (!firms.contains(code.value())) {
                row.reject("credit_code", "本园区登记库中没有此企业", "no such enterprise in the park's registry");
                return;
            }
            TenancyState state = state(row.text("state"), rules);
            if (state == null) {
                row.reject(
                        "state",
                        "未知的状态, 可用: 预孵化(苗圃)、入孵、在孵、毕业、加速、留区、迁出、注销",
                        "unknown state; valid: " + String.join(", ", codes()));
                return;
            }
            String criterion = criterion(row.text("criterion"), rules);
            if (row.text("criterion") != null && criterion == null) {
                row.reject("criterion", "未知的毕业条件, 可用: 高企、融资、营收、并购上市", "unknown graduation criterion");
                return;
            }
            BigDecimal area = decimal(row, "area");
            LocalDate nursery = row.value("nursery_date");
            LocalDate entry = row.value("entry_date");
            LocalDate graduation = row.value("graduation_date");
            LocalDate exit = row.value("exit_date");
            LocalDate stateDate = row.value("state_date");
            if (stateDate == null) {
                stateDate = switch (state) {
                    case PRE_INCUBATION -> nursery;
                    case ENTERED, INCUBATING -> entry;
                    case GRADUATED, ACCELERATING, STAYED -> graduation;
                    case MOVED_OUT, DEREGISTERED -> exit;
                };
            }
            if (stateDate == null) {
                row.reject("state_date", "缺少状态日期(或该状态对应的日期)", "the state's date is missing");
                return;
            }
            Tenancy t;
            try {
                t = new Tenancy(
                        park,
                        carrier,
                        code,
                        state,
                        stateDate,
                        nursery,
                        entry,
                        row.text("agreement_no"),
                        area,
                        row.text("place"),
                        graduation,
                        criterion,
                        exit,
                        row.text("exit_reason"),
                        row.text("special_field"));
            } catch (InvalidValueException e) {
                row.reject(e);
                return;
            }
            for (String[] p : lifecycle.problems(t)) {
                row.reject(column(p[0]), p[1], p[2]);
            }
            rows.add(new Parsed(row.number(), t, row.value("acquired_on")));
        });
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> openIn = new HashMap<>();
        for (Stored s : store.tenancies(park, null)) {
            if (!s.tenancy().state().ended()) {
                openIn.put(s.tenancy().creditCode().value(), s.tenancy().carrierName());
            }
        }
        String sheet = file.getFileName().toString();
        for (Parsed p : rows) {
            String at = sheet + " 第" + p.row() + "行 / row " + p.row() + ": ";
            String code = p.tenancy().creditCode().value();
            if (!seen.add(p.tenancy().carrierName() + "/" + code)) {
                problems.add(at + "同一载体同一企业在文件中重复 / the tenancy appears twice in the file");
            }
            if (!p.tenancy().state().ended()) {
                String other = openIn.put(code, p.tenancy().carrierName());
                if (other != null && !other.equals(p.tenancy().carrierName())) {
                    problems.add(at + "该企业仍在载体「" + other + "」入孵, 请先登记迁出 / the enterprise is still a tenant of " + other
                            + "; record its exit there first");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IncubationException(problems);
        }
        int created = 0;
        int updated = 0;
        int moved = 0;
        for (Parsed p : rows) {
            Tenancy t = p.tenancy();
            var existing = store.tenancy(park, t.carrierName(), t.creditCode().value());
            if (existing.isEmpty()) {
                long id = store.insert(t, p.acquiredOn(), actor);
                history(id, t, actor);
                audit.record(actor, AuditLog.Action.CREATE, Incubation.ENTITY, Incubation.key(t), park, null, t);
                created++;
            } else {
                Stored before = existing.get();
                store.update(before.id(), t, p.acquiredOn(), actor);
                if (before.tenancy().state() != t.state()) {
                    store.transition(before.id(), t, before.tenancy().state(), "导入 / import", actor);
                    moved++;
                }
                audit.record(
                        actor, AuditLog.Action.UPDATE, Incubation.ENTITY, Incubation.key(t), park, before.tenancy(), t);
                updated++;
            }
        }
        return new Result(created, updated, moved);
    }

    /** Reads and applies a 载体填报数据 file in one transaction; throws with every problem by row and column. */
    @Transactional
    public int figures(String actor, String park, Path file) {
        SurveyForms forms = incubation.forms();
        AnalystSheet.Spec spec = figuresSpec(forms);
        Set<String> carriers = new HashSet<>();
        registry.carriers(park).forEach(c -> carriers.add(c.name()));
        record Row(int row, String carrier, int year, Map<String, BigDecimal> figures, Profile profile) {}
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        spec.columns().forEach(c -> keys.add(c.key()));
        List.of("carrier", "year", "variant", "remote", "opened_on").forEach(keys::remove);
        AnalystSheet.read(file, spec, row -> {
            String carrier = row.text("carrier");
            if (!carriers.contains(carrier)) {
                row.reject("carrier", "本园区登记库中没有此载体", "no such carrier in the park's registry");
                return;
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            for (String k : keys) {
                BigDecimal v = decimal(row, k);
                if (v != null) {
                    figures.put(k, v);
                }
            }
            String variant = row.text("variant");
            String v = variant == null
                    ? null
                    : variant.contains("专业") || variant.equalsIgnoreCase("specialised")
                            ? "specialised"
                            : variant.contains("综合") || variant.equalsIgnoreCase("comprehensive")
                                    ? "comprehensive"
                                    : "?";
            if ("?".equals(v)) {
                row.reject("variant", "孵化器类别应为 综合 或 专业", "the variant is 综合 (comprehensive) or 专业 (specialised)");
                return;
            }
            String remote = row.text("remote");
            Boolean isRemote = remote == null
                    ? null
                    : switch (remote.strip()) {
                        case "是", "Y", "y", "true", "1" -> Boolean.TRUE;
                        case "否", "N", "n", "false", "0" -> Boolean.FALSE;
                        default -> null;
                    };
            if (remote != null && isRemote == null) {
                row.reject("remote", "应为 是 或 否", "expected 是 (yes) or 否 (no)");
                return;
            }
            Integer year = row.value("year");
            Profile profile = v == null && isRemote == null && row.value("opened_on") == null
                    ? null
                    : new Profile(carrier, v, isRemote != null && isRemote, row.value("opened_on"));
            rows.add(new Row(row.number(), carrier, year, figures, profile));
        });
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Row r : rows) {
            if (!seen.add(r.carrier() + "/" + r.year())) {
                problems.add(file.getFileName() + " 第" + r.row() + "行 / row " + r.row()
                        + ": 同一载体同一年度重复 / the carrier and year appear twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IncubationException(problems);
        }
        Map<String, Profile> profiles = store.profiles(park);
        for (Row r : rows) {
            Map<String, BigDecimal> before = store.figures(park, r.year()).get(r.carrier());
            store.saveFigures(park, r.carrier(), r.year(), r.figures());
            audit.record(
                    actor,
                    before == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                    AuditLog.Entity.INCUBATION_FIGURE,
                    park + "/" + r.carrier() + "/" + r.year(),
                    park,
                    before,
                    r.figures());
            if (r.profile() != null) {
                Profile old = profiles.get(r.carrier());
                Profile merged = new Profile(
                        r.carrier(),
                        r.profile().variant() != null
                                ? r.profile().variant()
                                : old != null ? old.variant() : "comprehensive",
                        r.profile().remote(),
                        r.profile().openedOn() != null ? r.profile().openedOn() : old == null ? null : old.openedOn());
                store.saveProfile(park, merged);
                profiles.put(r.carrier(), merged);
                audit.record(
                        actor,
                        old == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                        AuditLog.Entity.INCUBATION_CARRIER,
                        park + "/" + r.carrier(),
                        park,
                        old,
                        merged);
            }
        }
        return rows.size();
    }

    /**
     * An uploaded file, written to a temporary file under its own name (the errors name it) and removed afterwards.
     *
     * @param tenancies true for the 入孵企业名册, false for the 载体填报数据
     */
    public int upload(String actor, String park, boolean tenancies, String fileName, java.io.InputStream in)
            throws java.io.IOException {
        Path dir = java.nio.file.Files.createTempDirectory("incubation-");
        String name = fileName == null || fileName.isBlank()
                ? "upload.xlsx"
                : Path.of(fileName).getFileName().toString();
        Path file = dir.resolve(name);
        try {
            java.nio.file.Files.copy(in, file);
            if (tenancies) {
                Result r = tenancies(actor, park, file);
                return r.created() + r.updated();
            }
            return figures(actor, park, file);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    /** The moves a new tenancy went through, from the dates it states. */
    private void history(long id, Tenancy t, String actor) {
        List<Object[]> steps = new ArrayList<>();
        if (t.nurseryDate() != null) {
            steps.add(new Object[] {TenancyState.PRE_INCUBATION, t.nurseryDate()});
        }
        if (t.entryDate() != null) {
            steps.add(new Object[] {TenancyState.ENTERED, t.entryDate()});
            if (t.state() != TenancyState.ENTERED && t.state() != TenancyState.PRE_INCUBATION) {
                steps.add(new Object[] {TenancyState.INCUBATING, t.entryDate()});
            }
        }
        if (t.graduationDate() != null) {
            steps.add(new Object[] {TenancyState.GRADUATED, t.graduationDate()});
        }
        if (t.state() == TenancyState.ACCELERATING || t.state() == TenancyState.STAYED) {
            steps.add(new Object[] {t.state(), t.stateDate()});
        }
        if (t.state().ended()) {
            steps.add(new Object[] {t.state(), t.stateDate()});
        }
        TenancyState from = null;
        for (Object[] s : steps) {
            TenancyState to = (TenancyState) s[0];
            if (to == from) {
                continue;
            }
            Tenancy at = new Tenancy(
                    t.parkCode(),
                    t.carrierName(),
                    t.creditCode(),
                    to,
                    (LocalDate) s[1],
                    t.nurseryDate(),
                    t.entryDate(),
                    t.agreementNo(),
                    t.areaM2(),
                    t.place(),
                    t.graduationDate(),
                    t.criterionId(),
                    t.exitDate(),
                    t.exitReason(),
                    t.specialField());
            store.transition(id, at, from, to.ended() ? t.exitReason() : "导入 / import", actor);
            from = to;
        }
    }

    static TenancyState state(String text, IncubationRules rules) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (TenancyState s : TenancyState.values()) {
            IncubationRules.StateRule r = rules.state(s);
            if (s.code().equalsIgnoreCase(t)
                    || r.nameZh().equals(t)
                    || r.nameEn().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return STATE_ALIASES.get(t);
    }

    static String criterion(String text, IncubationRules rules) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (IncubationRules.GraduationCriterion c : rules.graduation()) {
            if (c.id().equalsIgnoreCase(t) || c.nameZh().equals(t)) {
                return c.id();
            }
        }
        return CRITERION_ALIASES.get(t);
    }

    private static List<String> codes() {
        List<String> out = new ArrayList<>();
        for (TenancyState s : TenancyState.values()) {
            out.add(s.code());
        }
        return out;
    }

    private static String column(String field) {
        return switch (field) {
            case "agreement_no",
                    "area",
                    "place",
                    "criterion",
                    "exit_reason",
                    "special_field",
                    "entry_date",
                    "nursery_date" -> field;
            default -> "state";
        };
    }

    private static BigDecimal decimal(AnalystSheet.Row row, String key) {
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
            row.reject(key, "应为数字, 实际为'" + t + "'", "expected a number, got '" + t.toLowerCase(Locale.ROOT) + "'");
            return null;
        }
    }
}
