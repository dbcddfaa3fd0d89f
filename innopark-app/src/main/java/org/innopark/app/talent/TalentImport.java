package org.innopark.app.talent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.talent.Education;
import org.innopark.engine.talent.ResearchGroup;
import org.innopark.engine.talent.TalentProgrammes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 人才办's imports: 人才信息 (one person a row: the profile, and optionally a programme that selected them, written
 * to the registry's 人才 in the same transaction) and 科学家工作室与科研团队 (one group a row). XLSX or CSV (UTF-8 or GBK)
 * with Chinese headers; the employer must be an enterprise of the park and the platform one of its platforms; any
 * problem rejects the whole file with its row and column, and nothing is written. Each file is audited once.
 */
@Service
public class TalentImport {

    public static final String PROFILE_ENTITY = "talent_profile";
    public static final String GROUP_ENTITY = "research_group";

    /** The two kinds of file. */
    public enum Kind {
        PROFILES("profiles"),
        GROUPS("groups");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

        public static Optional<Kind> of(String text) {
            for (Kind k : values()) {
                if (k.path.equals(text) || k.name().equalsIgnoreCase(text)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public static final AnalystSheet.Spec PROFILES = new AnalystSheet.Spec(
            "talent-profiles",
            "人才信息",
            "Talents",
            List.of(
                    AnalystSheet.text("name", "姓名", "Name", true, "陈立"),
                    AnalystSheet.creditCode(
                                    "employer", "工作单位统一社会信用代码", "Employer credit code", true, "91320481MA1XXXXXXX")
                            .alias("统一社会信用代码", "信用代码", "单位信用代码"),
                    AnalystSheet.text("education", "学历", "Education", true, "博士")
                            .alias("最高学历", "学位")
                            .meaning("博士、硕士、本科、大专、其他(博士研究生、研究生、学士、专科等写法亦可) / doctorate, master, ..."),
                    AnalystSheet.text("platform", "所在平台", "Platform", false, "溧阳储能技术研究院")
                            .alias("创新平台", "科创平台", "所在创新平台")
                            .meaning("园区创新平台名册中的名称 / a platform name of the park's registry"),
                    AnalystSheet.text("title", "职称", "Title", false, "研究员").alias("专业技术职称"),
                    AnalystSheet.text("field", "专业领域", "Field", false, "固态电池").alias("领域", "研究方向"),
                    AnalystSheet.date("arrived", "来园日期", "Arrival date", false, "2023-06-01")
                            .alias("引进时间", "到园时间", "入职日期"),
                    AnalystSheet.text("returnee", "留学归国", "Returned from abroad", false, "否")
                            .alias("是否留学归国")
                            .meaning("是/否 / yes or no"),
                    AnalystSheet.text("programme", "人才计划", "Talent programme", false, "龙城英才计划")
                            .alias("入选人才计划"),
                    AnalystSheet.text("level", "人才计划级别", "Programme level", false, "市级")
                            .alias("级别")
                            .meaning("国家级、省级、市级、区县级; 人才计划目录已收录的计划可不填 / optional for a known programme"),
                    AnalystSheet.year("year", "入选年份", "Selection year", false, "2023")),
            null,
            List.of(
                    "每行一位人才, 按姓名+工作单位新增或更新 / one person a row, upserted by name and employer",
                    "填写人才计划时同时登记到人才名册(人才计划级别按目录, 目录未收录的须填写级别)",
                    "a programme, when given, is also written to the registry's talents; the whole file or nothing"));

    public static final AnalystSheet.Spec GROUPS = new AnalystSheet.Spec(
            "research-groups",
            "科学家工作室与科研团队",
            "Scientist studios and research teams",
            List.of(
                    AnalystSheet.text("kind", "类型", "Kind", true, "科学家工作室")
                            .meaning("科学家工作室 或 科研团队 / scientist studio or research team"),
                    AnalystSheet.text("name", "名称", "Name", true, "固态电池科学家工作室"),
                    AnalystSheet.text("lead", "领衔科学家", "Lead scientist", true, "陈立")
                            .alias("带头人", "负责人", "首席科学家"),
                    AnalystSheet.creditCode("host", "依托单位统一社会信用代码", "Host credit code", true, "91320481MA1XXXXXXX")
                            .alias("统一社会信用代码", "信用代码"),
                    AnalystSheet.text("platform", "所在平台", "Platform", false, "").alias("依托平台", "创新平台"),
                    AnalystSheet.text("members", "成员人数", "Members", true, "8")
                            .alias("团队人数", "人数")
                            .meaning("含领衔科学家 / the lead included"),
                    AnalystSheet.date("established", "成立日期", "Established", false, "2022-09-01")
                            .alias("设立日期", "认定日期"),
                    AnalystSheet.text("field", "专业领域", "Field", false, "固态电池").alias("领域", "研究方向")),
            null,
            List.of(
                    "每行一个科学家工作室或科研团队, 按类型+名称新增或更新 / one group a row, upserted by kind and name",
                    "依托单位须为本园区企业; 全部通过才写入 / the host must be an enterprise of the park; all or nothing"));

    /** What an import wrote. */
    public record Outcome(Kind kind, int rows, int created, int updated, int programmeEntries) {}

    private record ProfileRow(
            String name,
            String employer,
            Education education,
            String platform,
            String title,
            String field,
            LocalDate arrived,
            boolean returnee) {}

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final RegistryStore store;
    private final TalentRules rules;
    private final AuditLog audit;

    TalentImport(JdbcClient jdbc, RegistryReads reads, RegistryStore store, TalentRules rules, AuditLog audit) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.store = store;
        this.rules = rules;
        this.audit = audit;
    }

    public static AnalystSheet.Spec spec(Kind kind) {
        return kind == Kind.PROFILES ? PROFILES : GROUPS;
    }

    /**
     * Reads the file and writes it for the park in one transaction.
     *
     * @throws org.innopark.app.registry.imports.AnalystInputException with every problem; nothing written
     */
    @Transactional
    public Outcome importFile(String username, String park, Kind kind, Path file) {
        Map<String, String> firms = reads.enterpriseNames(park);
        Set<String> platforms = new HashSet<>();
        for (InnovationPlatform p : reads.platforms(park)) {
            platforms.add(p.name());
        }
        Outcome outcome =
                kind == Kind.PROFILES ? profiles(park, file, firms, platforms) : groups(park, file, firms, platforms);
        audit.record(
                username,
                AuditLog.Action.IMPORT,
                kind == Kind.PROFILES ? PROFILE_ENTITY : GROUP_ENTITY,
                file.getFileName().toString(),
                park,
                null,
                outcome);
        return outcome;
    }

    /**
     * Imports an uploaded file, copied under its own name (which the errors name) into a temporary directory, in one
     * transaction.
     */
    @Transactional
    public Outcome importUpload(String username, String park, Kind kind, String fileName, InputStream in)
            throws IOException {
        String name = fileName == null || fileName.isBlank()
                ? "upload"
                : Path.of(fileName).getFileName().toString();
        Path dir = Files.createTempDirectory("innopark-talent-");
        Path temp = dir.resolve(name);
        try {
            Files.copy(in, temp);
            return importFile(username, park, kind, temp);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(dir);
        }
    }

    private Outcome profiles(String park, Path file, Map<String, String> firms, Set<String> platforms) {
        TalentProgrammes programmes = rules.programmes(park);
        List<ProfileRow> rows = new ArrayList<>();
        List<Talent> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        AnalystSheet.read(file, PROFILES, row -> {
            String employer = row.<CreditCode>value("employer").value();
            boolean ok = firm(row, "employer", employer, firms);
            if (!seen.add(row.text("name") + "|" + employer)) {
                row.reject("name", "同一工作单位的姓名在文件中重复", "the name appears twice for the same employer");
                ok = false;
            }
            Optional<Education> education = Education.read(row.text("education"));
            if (education.isEmpty()) {
                row.reject(
                        "education",
                        "未知的学历, 可用: " + Education.choices(),
                        "unknown education; valid: " + "博士, 硕士, 本科, 大专, 其他");
                ok = false;
            }
            ok &= platform(row, platforms);
            Boolean returnee = yesNo(row, "returnee");
            ok &= returnee != null;
            Talent entry = programme(row, park, employer, programmes);
            ok &= row.text("programme") == null || entry != null;
            if (!ok) {
                return;
            }
            rows.add(new ProfileRow(
                    row.text("name"),
                    employer,
                    education.get(),
                    row.text("platform"),
                    row.text("title"),
                    row.text("field"),
                    row.value("arrived"),
                    returnee));
            if (entry != null) {
                entries.add(entry);
            }
        });
        int created = 0;
        int updated = 0;
        OffsetDateTime now = OffsetDateTime.now();
        for (ProfileRow r : rows) {
            int n = jdbc.sql("UPDATE talent_profile SET education = ?, platform_name = ?, title = ?, field = ?,"
                            + " arrived_on = ?, returnee = ?, updated_at = ? WHERE park_code = ? AND name = ?"
                            + " AND employer_credit_code = ?")
                    .params(
                            r.education().name(),
                            r.platform(),
                            r.title(),
                            r.field(),
                            r.arrived(),
                            r.returnee(),
                            now,
                            park,
                            r.name(),
                            r.employer())
                    .update();
            if (n == 0) {
                jdbc.sql("INSERT INTO talent_profile (park_code, name, employer_credit_code, education, platform_name,"
                                + " title, field, arrived_on, returnee, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                park,
                                r.name(),
                                r.employer(),
                                r.education().name(),
                                r.platform(),
                                r.title(),
                                r.field(),
                                r.arrived(),
                                r.returnee(),
                                now)
                        .update();
                created++;
            } else {
                updated++;
            }
        }
        if (!entries.isEmpty()) {
            store.saveTalents(entries);
        }
        return new Outcome(Kind.PROFILES, rows.size(), created, updated, entries.size());
    }

    private Outcome groups(String park, Path file, Map<String, String> firms, Set<String> platforms) {
        Map<String, ResearchGroup> rows = new LinkedHashMap<>();
        AnalystSheet.read(file, GROUPS, row -> {
            String host = row.<CreditCode>value("host").value();
            boolean ok = firm(row, "host", host, firms);
            ResearchGroup.Kind kind = ResearchGroup.Kind.parse(row.text("kind"));
            if (kind == null) {
                row.reject("kind", "类型须为科学家工作室或科研团队", "kind must be 科学家工作室 or 科研团队");
                ok = false;
            }
            ok &= platform(row, platforms);
            Integer members = null;
            try {
                members = Integer.valueOf(row.text("members"));
            } catch (NumberFormatException e) {
                row.reject("members", "成员人数须为整数", "members must be a whole number");
                ok = false;
            }
            if (!ok) {
                return;
            }
            try {
                ResearchGroup g = new ResearchGroup(
                        kind,
                        row.text("name"),
                        row.text("lead"),
                        CreditCode.of(host),
                        row.text("platform"),
                        members,
                        row.value("established"),
                        row.text("field"));
                if (rows.put(kind.name() + "|" + g.name(), g) != null) {
                    row.reject("name", "同类型的名称在文件中重复", "the name appears twice for the same kind");
                }
            } catch (InvalidValueException e) {
                row.reject(e.messageZh().contains("成员") ? "members" : "name", e);
            }
        });
        int created = 0;
        int updated = 0;
        OffsetDateTime now = OffsetDateTime.now();
        for (ResearchGroup g : rows.values()) {
            int n = jdbc.sql("UPDATE research_group SET lead_scientist = ?, host_credit_code = ?, platform_name = ?,"
                            + " members = ?, established_on = ?, field = ?, updated_at = ?"
                            + " WHERE park_code = ? AND kind = ? AND name = ?")
                    .params(
                            g.leadScientist(),
                            g.host().value(),
                            g.platform(),
                            g.members(),
                            g.establishedOn(),
                            g.field(),
                            now,
                            park,
                            g.kind().name(),
                            g.name())
                    .update();
            if (n == 0) {
                jdbc.sql("INSERT INTO research_group (park_code, kind, name, lead_scientist, host_credit_code,"
                                + " platform_name, members, established_on, field, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                park,
                                g.kind().name(),
                                g.name(),
                                g.leadScientist(),
                                g.host().value(),
                                g.platform(),
                                g.members(),
                                g.establishedOn(),
                                g.field(),
                                now)
                        .update();
                created++;
            } else {
                updated++;
            }
        }
        return new Outcome(Kind.GROUPS, rows.size(), created, updated, 0);
    }

    private static boolean firm(AnalystSheet.Row row, String key, String code, Map<String, String> firms) {
        if (!firms.containsKey(code)) {
            row.reject(key, "不是本园区登记的企业", "not an enterprise of the park's registry");
            return false;
        }
        return true;
    }

    private static boolean platform(AnalystSheet.Row row, Set<String> platforms) {
        String p = row.text("platform");
        if (p != null && !platforms.contains(p)) {
            String some = String.join("、", platforms.stream().sorted().limit(8).toList());
            row.reject(
                    "platform",
                    "不是本园区创新平台名册中的平台" + (some.isEmpty() ? "(名册为空)" : ", 例如: " + some),
                    "not a platform of the park's registry");
            return false;
        }
        return true;
    }

    private static Boolean yesNo(AnalystSheet.Row row, String key) {
        String t = row.text(key);
        if (t == null) {
            return Boolean.FALSE;
        }
        return switch (t) {
            case "是", "Y", "y", "yes", "Yes", "1", "√" -> Boolean.TRUE;
            case "否", "N", "n", "no", "No", "0" -> Boolean.FALSE;
            default -> {
                row.reject(key, "须填写是或否", "write 是 (yes) or 否 (no)");
                yield null;
            }
        };
    }

    private static Talent programme(AnalystSheet.Row row, String park, String employer, TalentProgrammes programmes) {
        String text = row.text("programme");
        if (text == null) {
            return null;
        }
        Optional<TalentProgrammes.Programme> known = programmes.resolve(text);
        Level declared = null;
        if (row.text("level") != null) {
            try {
                declared = Level.parse(row.text("level"));
            } catch (InvalidValueException e) {
                row.reject("level", e);
                return null;
            }
        }
        if (known.isPresent() && declared != null && declared != known.get().level()) {
            row.reject(
                    "level",
                    "人才计划目录中'" + known.get().name() + "'为" + known.get().level().zh() + ", 与填写的级别不符",
                    "the programme is " + known.get().level().en() + " in the programme file");
            return null;
        }
        if (known.isEmpty() && declared == null) {
            row.reject(
                    "level",
                    "人才计划'" + text + "'未收录在人才计划目录中, 须填写级别(国家级、省级、市级、区县级)",
                    "the programme is not in the programme file: give its level");
            return null;
        }
        try {
            return new Talent(
                    park,
                    row.text("name"),
                    text,
                    known.map(TalentProgrammes.Programme::level).orElse(declared),
                    CreditCode.of(employer),
                    row.text("field"),
                    row.value("year"));
        } catch (InvalidValueException e) {
            row.reject(e);
            return null;
        }
    }
}
