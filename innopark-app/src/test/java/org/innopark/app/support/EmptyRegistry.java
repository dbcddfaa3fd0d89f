package org.innopark.app.support;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the registry (children before parents) so that a test starts from a known state on a shared database. */
public final class EmptyRegistry {

    private static final List<String> TABLES = List.of(
            "monthly_report",
            "declared_fact",
            "credit_coverage",
            "credit_record",
            "tech_contract",
            "attraction_project",
            "talent",
            "carrier",
            "innovation_platform",
            "qualification",
            "annual_report",
            "enterprise",
            "sub_park");

    private EmptyRegistry() {}

    public static void empty(JdbcTemplate jdbc) {
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
        jdbc.update("DELETE FROM app_user WHERE park_code IS NOT NULL");
        jdbc.update("DELETE FROM park");
        // what the console cached from the registry is stale now
        jdbc.update("UPDATE registry_version SET version = version + 1 WHERE id = 1");
    }
}
