package org.innopark.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.shared.AtomicFile;
import org.innopark.app.talent.TalentImport;
import org.innopark.app.talent.Talents;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.talent.TalentCounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code talent}: a park's talent counts as the bulletins quote them, the 人才办's imports and their templates. */
@Command(
        name = "talent",
        mixinStandardHelpOptions = true,
        description = "人才服务 / talents, studios and teams",
        subcommands = {TalentCommand.Stats.class, TalentCommand.Import.class, TalentCommand.Template.class})
final class TalentCommand implements Runnable {

    private static final Map<String, Object> QUIET =
            Map.of("logging.level.root", "ERROR", "logging.level.org.flywaydb", "ERROR");

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    interface Action {
        Integer run(ConfigurableApplicationContext context) throws IOException;
    }

    static Integer withContext(DatabaseOptions db, Path rules, Action action) throws IOException {
        Map<String, Object> props = new HashMap<>(QUIET);
        if (rules != null) {
            props.put("innopark.talent.dir", rules.toAbsolutePath().toString());
        }
        try (ConfigurableApplicationContext context = Contexts.start(db, props, false)) {
            return action.run(context);
        } catch (RuleFileException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (AnalystInputException e) {
            e.report(Locale.CHINA).forEach(System.err::println);
            return 1;
        }
    }

    /** The kind of file named, or null with the message printed. */
    static TalentImport.Kind kind(String kind) {
        TalentImport.Kind k = TalentImport.Kind.of(kind).orElse(null);
        if (k == null) {
            System.err.println("--kind 须为 profiles 或 groups / --kind must be profiles or groups, got " + kind);
        }
        return k;
    }

    static boolean unknownPark(ConfigurableApplicationContext context, String park) {
        if (context.getBean(RegistryReads.class).parkExists(park)) {
            return false;
        }
        System.err.println("未找到园区 " + park + " / no park " + park + "; 可用 / known: "
                + String.join(", ", context.getBean(RegistryReads.class).parkCodes()));
        return true;
    }

    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = {
                "园区人才统计: 人才总数, 硕士以上及占比, 按学历/人才计划级别/人才计划/平台/领域, 科学家工作室与科研团队",
                "a park's talent counts as the bulletins quote them (text, or --format json)"
            })
    static final class Stats implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(
                names = "--format",
                defaultValue = "text",
                paramLabel = "text|json",
                description = "输出格式(默认 ${DEFAULT-VALUE}) / output format")
        String format;

        @Option(
                names = "--rules",
                paramLabel = "DIR",
                description = "园区人才规则目录(<DIR>/<园区>/programmes.yaml) / the parks' talent rule files")
        Path rules;

        @Override
        public Integer call() throws IOException {
            if (!format.equals("text") && !format.equals("json")) {
                System.err.println("--format 须为 text 或 json / --format must be text or json, got " + format);
                return 2;
            }
            return withContext(db, rules, context -> {
                if (unknownPark(context, park)) {
                    return 1;
                }
                Talents.Overview o = context.getBean(Talents.class).overviewOf(park);
                PrintStream out = ChainCommand.out();
                if (format.equals("json")) {
                    out.println(tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(o));
                } else {
                    print(out, park, o.counts());
                }
                return 0;
            });
        }
    }

    static void print(PrintStream o, String park, TalentCounts c) {
        o.printf(
                "%s 人才统计 / talents: %d 人, 硕士以上 %d 人 (%s%%), 博士 %d 人, 留学归国 %d 人%n",
                park,
                c.total(),
                c.masterOrAbove(),
                c.masterOrAbovePercent().toPlainString(),
                c.doctorates(),
                c.returnees());
        if (!c.headline().isEmpty()) {
            o.println(c.headline());
        }
        o.printf(
                "科学家工作室 %d 个, 科研团队 %d 个, 成员 %d 人 / studios, teams, members%n",
                c.studios(), c.teams(), c.groupMembers());
        section(o, "按人才计划级别 / by programme level", c.byLevel(), Integer.MAX_VALUE);
        section(o, "按学历 / by education", c.byEducation(), Integer.MAX_VALUE);
        section(o, "按人才计划 / by programme", c.byProgramme(), 20);
        section(o, "按专业领域 / by field", c.byField(), 10);
        section(o, "按工作单位 / by employer", c.byEmployer(), 10);
        o.println("按科创平台 / by platform (人数, 硕士以上, 博士):");
        for (TalentCounts.PlatformCount p : c.byPlatform()) {
            o.printf("  %-24s %6d %6d %6d%n", p.platform(), p.talents(), p.masterOrAbove(), p.doctorates());
        }
    }

    private static void section(PrintStream o, String title, java.util.List<TalentCounts.Share> shares, int limit) {
        o.println(title + ":");
        shares.stream()
                .limit(limit)
                .forEach(s -> o.printf(
                        "  %-24s %6d %7s%%%n", s.label(), s.count(), s.percent().toPlainString()));
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "导入人才信息(profiles)或科学家工作室与科研团队(groups), XLSX/CSV; 有任何错误则整个文件不写入",
                "import talents (profiles) or studios and teams (groups); any error rejects the whole file"
            })
    static final class Import implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(
                names = "--kind",
                required = true,
                paramLabel = "profiles|groups",
                description = "文件类型 / the kind of file")
        String kind;

        @Option(names = "--rules", paramLabel = "DIR", description = "园区人才规则目录 / the parks' talent rule files")
        Path rules;

        @Parameters(paramLabel = "FILE", description = "表格 / the spreadsheet")
        Path file;

        @Override
        public Integer call() throws IOException {
            TalentImport.Kind k = kind(kind);
            if (k == null) {
                return 2;
            }
            return withContext(db, rules, context -> {
                if (unknownPark(context, park)) {
                    return 1;
                }
                TalentImport.Outcome o =
                        context.getBean(TalentImport.class).importFile(PipelineCommand.actor(), park, k, file);
                ChainCommand.out()
                        .printf(
                                "%d 行: 新增 %d, 更新 %d, 登记人才计划 %d 条 / %d rows: %d created, %d updated, %d programme"
                                        + " entries%n",
                                o.rows(),
                                o.created(),
                                o.updated(),
                                o.programmeEntries(),
                                o.rows(),
                                o.created(),
                                o.updated(),
                                o.programmeEntries());
                return 0;
            });
        }
    }

    @Command(
            name = "template",
            mixinStandardHelpOptions = true,
            description = {"写出导入模板(XLSX) / write an import template", "talent template --kind profiles 人才信息.xlsx"})
    static final class Template implements Callable<Integer> {
        @Option(
                names = "--kind",
                required = true,
                paramLabel = "profiles|groups",
                description = "文件类型 / the kind of file")
        String kind;

        @Parameters(paramLabel = "FILE", description = "输出文件 / output file")
        Path out;

        @Override
        public Integer call() throws IOException {
            TalentImport.Kind k = kind(kind);
            if (k == null) {
                return 2;
            }
            AtomicFile.write(out, s -> AnalystSheet.template(TalentImport.spec(k), s));
            return 0;
        }
    }
}
