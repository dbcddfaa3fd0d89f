package org.innopark.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.shared.Page;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log, written once and run on every database (one subclass each), through {@link AuditLog}: events
 * written in the caller's transaction, and read back newest first with the imports, by
 * park, user, entity and day, a page at a time.
 */
abstract class AuditContract {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transactions;

    /** The imports' finishing times: a day long ago, its last minutes and the next day's first. */
    static final LocalDateTime MARCH_15_LATE = LocalDateTime.of(2024, 3, 15, 23, 50);

    static final LocalDateTime MARCH_16_EARLY = LocalDateTime.of(2024, 3, 16, 0, 10);

    @BeforeEach
    void log() {
        new TwoParks(jdbc, store, accounts);
        // Each in its own transaction, in this order.
        record(
                "a-admin",
                AuditLog.Action.DISABLE,
                AuditLog.Entity.ACCOUNT,
                "a-analyst",
                TwoParks.A,
                account("a-analyst", true),
                account("a-analyst", false));
        record(
                "b-admin",
                AuditLog.Action.DISABLE,
                AuditLog.Entity.ACCOUNT,
                "b-analyst",
                TwoParks.B,
                account("b-analyst", true),
                account("b-analyst", false));
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("creditCode", "91220100000000031X");
        consent.put("revokedOn", null);
        consent.put("amount", new BigDecimal("1E+2"));
        record(
                "a-firm",
                AuditLog.Action.GRANT,
                AuditLog.Entity.POINTS_CONSENT,
                "91220100000000031X",
                TwoParks.A,
                null,
                consent);
        record("admin", AuditLog.Action.CREATE, AuditLog.Entity.ACCOUNT, "root2", null, null, account("root2", true));
        importBy("a-analyst", TwoParks.A, "长春企业名录.xlsx", MARCH_15_LATE);
        importBy("b-analyst", TwoParks.B, "常州企业名录.xlsx", MARCH_16_EARLY);
    }

    private void record(
            String user, AuditLog.Action action, String entity, String key, String park, Object before, Object after) {
        transactions.executeWithoutResult(status -> audit.record(user, action, entity, key, park, before, after));
    }

    private static Map<String, Object> account(String username, boolean enabled) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("role", "PARK_ANALYST");
        m.put("enabled", enabled);
        return m;
    }

    /**
     * An import as the registry's import history records it in the audit log (entity {@value AuditLog#IMPORT}, the
     * importer's park, the file's counts), at a chosen time; the import path itself is covered by
     * AuditIntegrationTests.
     */
    private void importBy(String username, String park, String file, LocalDateTime finished) {
        OffsetDateTime at = finished.atZone(AuditLog.ZONE).toOffsetDateTime();
        jdbc.update(
                "INSERT INTO audit_event (occurred_at, username, action, entity, entity_key, park_code, after_json)"
                        + " VALUES (?, ?, 'IMPORT', 'import', ?, ?, ?)",
                at,
                username,
                file,
                park,
                "{\"tables\":\"enterprise\",\"sha256\":\"" + "c".repeat(64)
                        + "\",\"status\":\"ACCEPTED\",\"rows\":3,\"inserted\":2,\"updated\":1,\"unchanged\":0,"
                        + "\"errors\":0}");
    }

    private static List<String> keys(Page<AuditLog.Event> page) {
        return page.items().stream()
                .map(e -> e.username() + " " + e.action() + " " + e.entityKey())
                .toList();
    }

    @Test
    void anEventIsWrittenOnlyInsideTheChangesTransactionAndRolledBackWithIt() {
        assertThatThrownBy(() -> audit.record(
                        "a-admin", AuditLog.Action.UPDATE, AuditLog.Entity.ACCOUNT, "x", TwoParks.A, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    audit.record(
                            "a-admin",
                            AuditLog.Action.UPDATE,
                            AuditLog.Entity.ACCOUNT,
                            "rolled-back",
                            TwoParks.A,
                            null,
                            null);
                    throw new IllegalStateException("the change failed");
                }))
                .hasMessage("the change failed");
        assertThat(audit.search(null, new AuditLog.Filter("a-admin", null, null, null), 0, 50)
                        .items())
                .extracting(AuditLog.Event::entityKey)
                .containsExactly("a-analyst");
    }

    @Test
    void listsEventsNewestFirstThenTheImportsOfEarlierDays() {
        Page<AuditLog.Event> all = audit.search(null, AuditLog.Filter.NONE, 0, 50);
        assertThat(all.total()).isEqualTo(6);
        assertThat(keys(all))
                .containsExactly(
                        "admin CREATE root2",
                        "a-firm GRANT 91220100000000031X",
                        "b-admin DISABLE b-analyst",
                        "a-admin DISABLE a-analyst",
                        "b-analyst IMPORT 常州企业名录.xlsx",
                        "a-analyst IMPORT 长春企业名录.xlsx");
    }

    @Test
    void keepsWhoWhatWhereAndTheRecordBeforeAndAfter() {
        AuditLog.Event disable = audit.search(TwoParks.A, new AuditLog.Filter("a-admin", null, null, null), 0, 50)
                .items()
                .get(0);
        assertThat(disable.action()).isEqualTo("DISABLE");
        assertThat(disable.entity()).isEqualTo("account");
        assertThat(disable.parkCode()).isEqualTo(TwoParks.A);
        assertThat(disable.occurredAt()).isAfter(OffsetDateTime.now().minusHours(1));
        assertThat(disable.before().get("enabled").asBoolean()).isTrue();
        assertThat(disable.after().get("enabled").asBoolean()).isFalse();
        assertThat(disable.changes()).containsExactly(new AuditLog.Change("enabled", "true", "false"));

        AuditLog.Event grant = audit.search(TwoParks.A, new AuditLog.Filter("a-firm", null, null, null), 0, 50)
                .items()
                .get(0);
        assertThat(grant.before()).isNull();
        // amounts as written, never in exponent form; a null field kept as null
        assertThat(grant.after().get("amount").toString()).isEqualTo("100");
        assertThat(grant.after().get("revokedOn").isNull()).isTrue();
        assertThat(grant.changes())
                .containsExactly(
                        new AuditLog.Change("creditCode", null, "91220100000000031X"),
                        new AuditLog.Change("amount", null, "100"));
    }

    @Test
    void showsAnImportAsAnEntryWithItsFilesCounts() {
        AuditLog.Event imported = audit.search(
                        null, new AuditLog.Filter("a-analyst", AuditLog.IMPORT, null, null), 0, 50)
                .items()
                .get(0);
        assertThat(imported.action()).isEqualTo("IMPORT");
        assertThat(imported.entity()).isEqualTo(AuditLog.IMPORT);
        assertThat(imported.entityKey()).isEqualTo("长春企业名录.xlsx");
        assertThat(imported.parkCode()).isEqualTo(TwoParks.A);
        assertThat(imported.occurredAt().toInstant())
                .isEqualTo(MARCH_15_LATE.atZone(AuditLog.ZONE).toInstant());
        assertThat(imported.before()).isNull();
        assertThat(imported.after().get("tables").asString()).isEqualTo("enterprise");
        assertThat(imported.after().get("sha256").asString()).isEqualTo("c".repeat(64));
        assertThat(imported.after().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(imported.after().get("rows").asInt()).isEqualTo(3);
        assertThat(imported.after().get("inserted").asInt()).isEqualTo(2);
        assertThat(imported.after().get("updated").asInt()).isEqualTo(1);
        assertThat(imported.after().get("unchanged").asInt()).isZero();
        assertThat(imported.after().get("errors").asInt()).isZero();
    }

    @Test
    void aParkReadsItsOwnEventsAndItsUsersImportsOnly() {
        Page<AuditLog.Event> a = audit.search(TwoParks.A, AuditLog.Filter.NONE, 0, 50);
        assertThat(keys(a))
                .containsExactly(
                        "a-firm GRANT 91220100000000031X", "a-admin DISABLE a-analyst", "a-analyst IMPORT 长春企业名录.xlsx");
        assertThat(a.total()).isEqualTo(3);
        assertThat(keys(audit.search(TwoParks.B, AuditLog.Filter.NONE, 0, 50)))
                .containsExactly("b-admin DISABLE b-analyst", "b-analyst IMPORT 常州企业名录.xlsx");
        assertThat(audit.search(TwoParks.A, new AuditLog.Filter("b-admin", null, null, null), 0, 50)
                        .total())
                .isZero();
    }

    @Test
    void filtersByUserEntityAndDay() {
        assertThat(keys(audit.search(null, new AuditLog.Filter(" a-admin ", null, null, null), 0, 50)))
                .containsExactly("a-admin DISABLE a-analyst");
        assertThat(keys(audit.search(null, new AuditLog.Filter(null, AuditLog.Entity.ACCOUNT, null, null), 0, 50)))
                .containsExactly("admin CREATE root2", "b-admin DISABLE b-analyst", "a-admin DISABLE a-analyst");
        assertThat(keys(audit.search(null, new AuditLog.Filter(null, AuditLog.IMPORT, null, null), 0, 50)))
                .containsExactly("b-analyst IMPORT 常州企业名录.xlsx", "a-analyst IMPORT 长春企业名录.xlsx");
        // A day runs from its first to its last moment: 23:50 is still 15 March, 00:10 is 16 March.
        LocalDate march15 = LocalDate.of(2024, 3, 15);
        LocalDate march16 = LocalDate.of(2024, 3, 16);
        assertThat(keys(audit.search(null, new AuditLog.Filter(null, null, march15, march15), 0, 50)))
                .containsExactly("a-analyst IMPORT 长春企业名录.xlsx");
        assertThat(keys(audit.search(null, new AuditLog.Filter(null, null, march16, march16), 0, 50)))
                .containsExactly("b-analyst IMPORT 常州企业名录.xlsx");
        assertThat(audit.search(null, new AuditLog.Filter(null, null, march16, null), 0, 50)
                        .total())
                .isEqualTo(5);
        assertThat(audit.search(null, new AuditLog.Filter(null, null, null, LocalDate.of(2024, 3, 14)), 0, 50)
                        .total())
                .isZero();
        assertThat(audit.search(null, new AuditLog.Filter(null, null, LocalDate.now(), LocalDate.now()), 0, 50)
                        .total())
                .isEqualTo(4);
    }

    @Test
    void pagesNewestFirst() {
        Page<AuditLog.Event> first = audit.search(null, AuditLog.Filter.NONE, 0, 4);
        Page<AuditLog.Event> second = audit.search(null, AuditLog.Filter.NONE, 1, 4);
        assertThat(keys(first))
                .containsExactly(
                        "admin CREATE root2",
                        "a-firm GRANT 91220100000000031X",
                        "b-admin DISABLE b-analyst",
                        "a-admin DISABLE a-analyst");
        assertThat(keys(second)).containsExactly("b-analyst IMPORT 常州企业名录.xlsx", "a-analyst IMPORT 长春企业名录.xlsx");
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(audit.search(null, AuditLog.Filter.NONE, 2, 4).items()).isEmpty();
    }
}
