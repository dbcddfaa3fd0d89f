package org.innopark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The application's boundaries, checked by the build: each feature package (a Spring Modulith application module)
 * uses only the modules its {@code package-info.java} allows and no cycle; every table of the migrations belongs to
 * one feature, and no other feature's Java code names it in SQL (the registry's tables are read through {@code
 * RegistryReads}); every package says in its {@code package-info.java} what it is for.
 */
class ModuleBoundariesTests {

    static final Path MAIN_SOURCES = Path.of("src/main/java");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Which feature packages may run SQL on each table: its owner (and, for accounts, their administration). */
    static final Map<String, Set<String>> TABLE_OWNERS = Map.ofEntries(
            Map.entry("park", Set.of("registry")),
            Map.entry("sub_park", Set.of("registry")),
            Map.entry("enterprise", Set.of("registry")),
            Map.entry("annual_report", Set.of("registry")),
            Map.entry("qualification", Set.of("registry")),
            Map.entry("innovation_platform", Set.of("registry")),
            Map.entry("carrier", Set.of("registry")),
            Map.entry("talent", Set.of("registry")),
            Map.entry("attraction_project", Set.of("registry")),
            Map.entry("tech_contract", Set.of("registry")),
            Map.entry("credit_record", Set.of("registry")),
            Map.entry("credit_coverage", Set.of("registry")),
            Map.entry("declared_fact", Set.of("registry")),
            Map.entry("monthly_report", Set.of("registry")),
            Map.entry("import_record", Set.of("registry")),
            Map.entry("registry_version", Set.of("registry")),
            Map.entry("app_user", Set.of("security", "users")),
            Map.entry("points_consent", Set.of("points")),
            Map.entry("park_figure", Set.of("index")),
            Map.entry("audit_event", Set.of("audit")),
            Map.entry("chain_pool_firm", Set.of("chain")),
            Map.entry("chain_pool_signal", Set.of("chain")),
            Map.entry("chain_mapping_decision", Set.of("chain")),
            Map.entry("issued_report", Set.of("report")),
            Map.entry("report_schedule", Set.of("report")),
            Map.entry("pipeline_project", Set.of("pipeline")),
            Map.entry("pipeline_co_owner", Set.of("pipeline")),
            Map.entry("pipeline_transition", Set.of("pipeline")),
            Map.entry("pipeline_follow_up", Set.of("pipeline")),
            Map.entry("pipeline_problem", Set.of("pipeline")),
            Map.entry("pipeline_funds", Set.of("pipeline")),
            Map.entry("incubation_tenancy", Set.of("incubation")),
            Map.entry("incubation_transition", Set.of("incubation")),
            Map.entry("incubation_carrier", Set.of("incubation")),
            Map.entry("incubation_figure", Set.of("incubation")),
            Map.entry("monitor_alert", Set.of("monitor")),
            Map.entry("monitor_case", Set.of("monitor")),
            Map.entry("monitor_case_step", Set.of("monitor")),
            Map.entry("bulletin", Set.of("bulletin")),
            Map.entry("bulletin_fact", Set.of("bulletin")),
            Map.entry("transfer_result", Set.of("transfer")),
            Map.entry("transfer_expert", Set.of("transfer")),
            Map.entry("transfer_instrument", Set.of("transfer")),
            Map.entry("transfer_demand", Set.of("transfer")),
            Map.entry("talent_profile", Set.of("talent")),
            Map.entry("research_group", Set.of("talent")),
            Map.entry("talent_request", Set.of("talent")),
            Map.entry("talent_request_step", Set.of("talent")),
            Map.entry("transfer_contract", Set.of("transfer")),
            Map.entry("transfer_listing", Set.of("transfer")),
            Map.entry("transfer_intent", Set.of("transfer")),
            Map.entry("transfer_listing_step", Set.of("transfer")),
            Map.entry("transfer_notification", Set.of("transfer")),
            Map.entry("patent", Set.of("patent")),
            Map.entry("patent_ipc", Set.of("patent")),
            Map.entry("patent_applicant", Set.of("patent")),
            Map.entry("patent_tag", Set.of("patent")),
            Map.entry("patent_applicant_link", Set.of("patent")));

    @Test
    void everyFeatureUsesOnlyTheModulesItDeclaresAndNoCycle() {
        ApplicationModules.of(InnoParkApplication.class).verify();
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwner() throws IOException {
        Pattern create = Pattern.compile("CREATE TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.toList()) {
                Matcher m = create.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(TABLE_OWNERS.keySet())
                .as("a new table needs an owning feature in TABLE_OWNERS")
                .containsAll(tables);
    }

    @Test
    void noFeatureRunsSqlOnAnotherFeaturesTables() throws IOException {
        assertThat(sqlOutsideOwners(MAIN_SOURCES)).isEmpty();
    }

    @Test
    void aPlantedQueryOnTheRegistryOutsideTheRegistryIsFound(@TempDir Path sources) throws IOException {
        Path ladder = Files.createDirectories(sources.resolve("org/innopark/app/ladder"));
        Files.writeString(ladder.resolve("Planted.java"), """
                package org.innopark.app.ladder;
                class Planted {
                    String q = "SELECT r.* FROM annual_report r" + " JOIN enterprise e ON e.credit_code = r.credit_code";
                    String fine = "the enterprise from which it came";
                }
                """);
        Path registry = Files.createDirectories(sources.resolve("org/innopark/app/registry"));
        Files.writeString(
                registry.resolve("Allowed.java"),
                "package org.innopark.app.registry; class Allowed { String q = \"SELECT * FROM enterprise\"; }");
        assertThat(sqlOutsideOwners(sources))
                .containsExactly(
                        "ladder/Planted.java: annual_report (owned by [registry])",
                        "ladder/Planted.java: enterprise (owned by [registry])");
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN_SOURCES.resolve("org/innopark/app"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasClasses;
                try (Stream<Path> files = Files.list(dir)) {
                    hasClasses = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                Path info = dir.resolve("package-info.java");
                if (hasClasses
                        && (!Files.exists(info) || !Files.readString(info).contains("/**"))) {
                    missing.add(MAIN_SOURCES.relativize(dir).toString());
                }
            }
        }
        assertThat(missing)
                .as("packages without a package-info.java saying what they are for")
                .isEmpty();
    }

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SQL_TABLE =
            Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|EXISTS)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    /** "feature/File.java: table (owned by …)" for every SQL string literal naming a table its package does not own. */
    static List<String> sqlOutsideOwners(Path sourceRoot) throws IOException {
        Path app = sourceRoot.resolve("org/innopark/app");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(app)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Path relative = app.relativize(f);
                String feature =
                        relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                Set<String> named = new TreeSet<>();
                Matcher literal = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (literal.find()) {
                    Matcher sql = SQL_TABLE.matcher(literal.group(1));
                    while (sql.find()) {
                        String table = sql.group(1).toLowerCase(java.util.Locale.ROOT);
                        Set<String> owners = TABLE_OWNERS.get(table);
                        if (owners != null && !owners.contains(feature)) {
                            named.add(table);
                        }
                    }
                }
                named.forEach(t -> found.add(relative.toString().replace('\\', '/') + ": " + t + " (owned by "
                        + new TreeSet<>(TABLE_OWNERS.get(t)) + ")"));
            }
        }
        return found;
    }
}
