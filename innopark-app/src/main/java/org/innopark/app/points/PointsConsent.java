package org.innopark.app.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises' consent to share their innovation points with banks (授权银行查看创新积分). Only consenting enterprises
 * appear on a park's bank list. Revoking keeps the record, with the date.
 */
@Service
public class PointsConsent {

    /** Share of the demo population that consents (percent), chosen by a stable hash of the credit code. */
    static final int DEMO_CONSENT_PERCENT = 60;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final AuditLog audit;
    private final RegistryReads registry;

    PointsConsent(JdbcClient jdbc, JdbcTemplate jdbcTemplate, AuditLog audit, RegistryReads registry) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.audit = audit;
        this.registry = registry;
    }

    /** An enterprise's consent as recorded. */
    public record Consent(String creditCode, LocalDate consentedOn, String recordedBy, LocalDate revokedOn) {
        public boolean active() {
            return revokedOn == null;
        }
    }

    public Optional<Consent> find(String creditCode) {
        return jdbc.sql("SELECT credit_code, consented_on, recorded_by, revoked_on FROM points_consent"
                        + " WHERE credit_code = ?")
                .param(normal(creditCode))
                .query(Consent.class)
                .optional();
    }

    /** Records (or renews) the consent of an enterprise that exists; the caller checks who may. Audited. */
    @Transactional
    public Consent grant(String creditCode, String recordedBy, LocalDate on) {
        String code = normal(creditCode);
        Consent before = find(code).orElse(null);
        int updated = jdbc.sql("UPDATE points_consent SET consented_on = ?, recorded_by = ?, revoked_on = NULL,"
                        + " updated_at = CURRENT_TIMESTAMP WHERE credit_code = ?")
                .params(on, recordedBy, code)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO points_consent (credit_code, consented_on, recorded_by) VALUES (?, ?, ?)")
                    .params(code, on, recordedBy)
                    .update();
        }
        Consent after = find(code).orElseThrow();
        audit.record(
                recordedBy, AuditLog.Action.GRANT, AuditLog.Entity.POINTS_CONSENT, code, parkOf(code), before, after);
        return after;
    }

    /** Revokes an active consent; empty when there was none to revoke. Audited. */
    @Transactional
    public Optional<Consent> revoke(String creditCode, String revokedBy, LocalDate on) {
        String code = normal(creditCode);
        Consent before = find(code).orElse(null);
        int updated = jdbc.sql("UPDATE points_consent SET revoked_on = ?, updated_at = CURRENT_TIMESTAMP"
                        + " WHERE credit_code = ? AND revoked_on IS NULL")
                .params(on, code)
                .update();
        if (updated == 0) {
            return Optional.empty();
        }
        Consent after = find(code).orElseThrow();
        audit.record(
                revokedBy, AuditLog.Action.REVOKE, AuditLog.Entity.POINTS_CONSENT, code, parkOf(code), before, after);
        return Optional.of(after);
    }

    private String parkOf(String creditCode) {
        return registry.parkOf(creditCode).orElse(null);
    }

    /** The active consents of a park's enterprises: credit code → date consented. */
    public Map<String, LocalDate> activeInPark(String parkCode) {
        Map<String, LocalDate> consents = new HashMap<>();
        // The park's enterprises come from the registry; consents are this feature's own table.
        Set<String> inPark = registry.creditCodes(parkCode);
        jdbc.sql("SELECT credit_code, consented_on FROM points_consent WHERE revoked_on IS NULL")
                .query(rs -> {
                    if (inPark.contains(rs.getString(1))) {
                        consents.put(rs.getString(1), rs.getDate(2).toLocalDate());
                    }
                });
        return consents;
    }

    /**
     * Demo data: records consent for a deterministic ~{@value #DEMO_CONSENT_PERCENT}% of the enterprises that have
     * no consent record yet (the same ones every time). Returns how many were recorded.
     */
    @Transactional
    public int grantDemoConsents(LocalDate on) {
        Set<String> recorded = new HashSet<>(jdbc.sql("SELECT credit_code FROM points_consent")
                .query(String.class)
                .list());
        List<String> codes = registry.creditCodes(null).stream()
                .filter(code -> !recorded.contains(code))
                .toList();
        List<Object[]> rows = new ArrayList<>();
        for (String code : codes) {
            if (consentsInDemo(code)) {
                rows.add(new Object[] {code, on, "demo"});
            }
        }
        // JdbcClient has no batch API; JdbcTemplate over the same DataSource writes the rows in JDBC batches.
        jdbcTemplate.batchUpdate(
                "INSERT INTO points_consent (credit_code, consented_on, recorded_by) VALUES (?, ?, ?)", rows);
        return rows.size();
    }

    /** Whether an enterprise consents in the demo data: a stable hash of its credit code. */
    static boolean consentsInDemo(String creditCode) {
        return Math.floorMod(creditCode.hashCode() * 31 + 7, 100) < DEMO_CONSENT_PERCENT;
    }

    private static String normal(String creditCode) {
        return creditCode.strip().toUpperCase(Locale.ROOT);
    }
}
