package org.innopark.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.support.RegistryFixtures;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.Park;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code db backup} then {@code db restore} gives back every row of every table exactly (NULLs, signs, decimals,
 * time stamps, text with tabs, new lines and backslashes), whatever was changed in between, and new rows get new
 * ids. Written once, run on H2 and on PostgreSQL.
 */
abstract class DatabaseBackupContract {

    @Autowired
    DatabaseBackup backups;

    @Autowired
    RegistryStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    /** Every table's rows as text, sorted: what a restore must give back. */
    Map<String, List<String>> snapshot() throws Exception {
        Map<String, List<String>> all = new LinkedHashMap<>();
        List<String> tables;
        try (Connection c = dataSource.getConnection()) {
            tables = DatabaseBackup.tablesInOrder(c);
        }
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                rows.add(row.toString());
            }
            rows.sort(null);
            all.put(table, rows);
        }
        return all;
    }

    @Test
    void aBackupRestoresEveryRowOfEveryTableExactly() throws Exception {
        Park park = new Park(
                "BKUP",
                "备份\t测试\n高新区\\一",
                org.innopark.engine.registry.ParkLevel.NATIONAL,
                org.innopark.engine.registry.RegionCode.of("220101"),
                null,
                "长春市",
                1991);
        store.saveParks(List.of(park));
        Enterprise e = RegistryFixtures.enterprise(park, 9901, "备份企业");
        store.saveEnterprises(List.of(e));
        AnnualReport r = RegistryFixtures.report(e, 2023, 12, "1234567.89", "0.01");
        store.saveReports(List.of(r));
        jdbc.update(
                "UPDATE annual_report SET net_profit = -42.5 WHERE credit_code = ?",
                e.creditCode().value());
        jdbc.update(
                "INSERT INTO audit_event (occurred_at, username, action, entity, entity_key, park_code, before_json,"
                        + " after_json) VALUES (CURRENT_TIMESTAMP, 'tester', 'UPDATE', 'park', 'BKUP', 'BKUP', NULL,"
                        + " '{\"a\":\"x\\\\ny\"}')");
        long lastAudit = jdbc.queryForObject("SELECT MAX(id) FROM audit_event", Long.class);
        Map<String, List<String>> before = snapshot();
        assertThat(before.get("annual_report")).anyMatch(row -> row.contains("-42.50"));

        Path file = dir.resolve("backup.zip");
        DatabaseBackup.Summary backedUp = backups.backup(file);
        assertThat(backedUp.rows().keySet()).containsSubsequence("park", "enterprise", "annual_report");

        // changes after the backup: all undone by the restore
        jdbc.update(
                "DELETE FROM annual_report WHERE credit_code = ?",
                e.creditCode().value());
        jdbc.update("UPDATE park SET name = 'changed' WHERE code = 'BKUP'");
        store.saveParks(List.of(new Park(
                "BKUP2",
                "之后",
                org.innopark.engine.registry.ParkLevel.NATIONAL,
                org.innopark.engine.registry.RegionCode.of("220101"),
                null,
                null,
                null)));

        DatabaseBackup.Summary restored = backups.restore(file);
        assertThat(restored.rows()).isEqualTo(backedUp.rows());
        assertThat(snapshot()).isEqualTo(before);

        jdbc.update("INSERT INTO audit_event (occurred_at, username, action, entity, entity_key) VALUES"
                + " (CURRENT_TIMESTAMP, 'tester', 'UPDATE', 'park', 'BKUP')");
        assertThat(jdbc.queryForObject("SELECT MAX(id) FROM audit_event", Long.class))
                .isGreaterThan(lastAudit);

        jdbc.update("DELETE FROM audit_event WHERE username = 'tester'");
        jdbc.update(
                "DELETE FROM annual_report WHERE credit_code = ?",
                e.creditCode().value());
        jdbc.update(
                "DELETE FROM enterprise WHERE credit_code = ?", e.creditCode().value());
        jdbc.update("DELETE FROM park WHERE code IN ('BKUP', 'BKUP2')");
    }

    @Test
    void aFileThatIsNotABackupOrOfAnotherSchemaVersionChangesNothing() throws Exception {
        Map<String, List<String>> before = snapshot();
        Path notBackup = Files.writeString(dir.resolve("x.zip"), "not a zip");
        assertThatThrownBy(() -> backups.restore(notBackup)).isInstanceOf(java.io.IOException.class);
        Path otherVersion = dir.resolve("old.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherVersion))) {
            zip.putNextEntry(new ZipEntry(DatabaseBackup.MANIFEST));
            zip.write("format=1\nschema-version=0\ntables=park\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> backups.restore(otherVersion))
                .isInstanceOf(DatabaseBackup.NotRestorable.class)
                .hasMessageContaining("schema version 0");
        assertThat(snapshot()).isEqualTo(before);
    }
}
