package org.innopark.app.registry;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads.DeclaredFact;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.CreditRecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信用与合规记录登记: one enterprise's credit and compliance records, its park's coverage declarations and the
 * assessments declared for it, read within the reader's scope and changed one at a time, each change written to the
 * audit log in its transaction (whole files go through the import, audited by the import history).
 *
 * <p>Records and coverage are the park's: a system administrator, or the park's administrator or analyst, changes
 * them. Declared assessments may also be entered by the enterprise's own user. Outside the scope every method
 * answers empty, as if the enterprise or park did not exist.
 */
@Service
@Transactional(readOnly = true)
public class CreditRegister {

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final RegistryStore store;
    private final RegistryVersion version;
    private final AuditLog audit;

    CreditRegister(JdbcClient jdbc, RegistryReads reads, RegistryStore store, RegistryVersion version, AuditLog audit) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.store = store;
        this.version = version;
        this.audit = audit;
    }

    /** The park of an enterprise the reader may see, if any. */
    public Optional<String> visiblePark(ParkScope scope, String creditCode) {
        if (creditCode == null || !CreditCode.isValid(creditCode)) {
            return Optional.empty();
        }
        if (scope.enterprise().filter(own -> !own.equals(creditCode)).isPresent()) {
            return Optional.empty();
        }
        return reads.parkOf(creditCode).filter(scope::includesPark);
    }

    /** An enterprise's records, oldest first; empty when it is not in the reader's scope. */
    public Optional<List<CreditRecord>> records(ParkScope scope, String creditCode) {
        return visiblePark(scope, creditCode).map(p -> reads.creditRecords(creditCode));
    }

    /** A park's coverage declarations; empty when the park is not in the reader's (park-wide) scope. */
    public Optional<List<CoverageDeclaration>> coverage(ParkScope scope, String parkCode) {
        if (scope.enterprise().isPresent() || !scope.includesPark(parkCode) || !reads.parkExists(parkCode)) {
            return Optional.empty();
        }
        return Optional.of(reads.coverage(parkCode));
    }

    /** An enterprise's declared assessments of a year (every year when null); empty outside the scope. */
    public Optional<List<DeclaredFact>> declaredFacts(ParkScope scope, String creditCode, Integer year) {
        return visiblePark(scope, creditCode).map(p -> reads.declaredFacts(creditCode, year));
    }

    /**
     * Adds or replaces a record (by enterprise, type and reference number).
     *
     * @return the stored record, or empty when the enterprise is not in the account's scope
     */
    @Transactional
    public Optional<CreditRecord> save(Accounts.Account account, CreditRecord record) {
        String code = record.creditCode().value();
        Optional<String> park = visiblePark(account.scope(), code);
        if (park.isEmpty()) {
            return Optional.empty();
        }
        requireParkStaff(account);
        Optional<CreditRecord> before = reads.creditRecord(code, record.type(), record.referenceNo());
        store.saveCreditRecords(List.of(record));
        audit.record(
                account.username(),
                before.isPresent() ? AuditLog.Action.UPDATE : AuditLog.Action.CREATE,
                AuditLog.Entity.CREDIT_RECORD,
                key(record.creditCode().value(), record.type(), record.referenceNo()),
                park.get(),
                before.map(CreditRegister::json).orElse(null),
                json(record));
        return Optional.of(record);
    }

    /** Deletes a record; false when there was none in the account's scope. */
    @Transactional
    public boolean delete(Accounts.Account account, String creditCode, CreditRecordType type, String referenceNo) {
        Optional<String> park = visiblePark(account.scope(), creditCode);
        if (park.isEmpty()) {
            return false;
        }
        requireParkStaff(account);
        Optional<CreditRecord> before = reads.creditRecord(creditCode, type, referenceNo);
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("DELETE FROM credit_record WHERE credit_code = ? AND record_type = ? AND reference_no = ?")
                .params(creditCode, type.code(), referenceNo)
                .update();
        version.bump();
        audit.record(
                account.username(),
                AuditLog.Action.DELETE,
                AuditLog.Entity.CREDIT_RECORD,
                key(creditCode, type, referenceNo),
                park.get(),
                json(before.get()),
                null);
        return true;
    }

    /** Declares (or replaces) a park's coverage of one record type; empty when the park is not in scope. */
    @Transactional
    public Optional<CoverageDeclaration> declare(Accounts.Account account, CoverageDeclaration declaration) {
        if (coverage(account.scope(), declaration.parkCode()).isEmpty()) {
            return Optional.empty();
        }
        requireParkStaff(account);
        Optional<CoverageDeclaration> before = reads.coverage(declaration.parkCode()).stream()
                .filter(d -> d.type() == declaration.type())
                .findFirst();
        store.saveCoverage(List.of(declaration));
        audit.record(
                account.username(),
                AuditLog.Action.DECLARE,
                AuditLog.Entity.CREDIT_COVERAGE,
                declaration.parkCode() + "/" + declaration.type().code(),
                declaration.parkCode(),
                before.map(CreditRegister::json).orElse(null),
                json(declaration));
        return Optional.of(declaration);
    }

    /** Withdraws a park's coverage declaration of one record type; false when there was none in scope. */
    @Transactional
    public boolean withdraw(Accounts.Account account, String parkCode, CreditRecordType type) {
        Optional<CoverageDeclaration> before = coverage(account.scope(), parkCode).stream()
                .flatMap(List::stream)
                .filter(d -> d.type() == type)
                .findFirst();
        if (before.isEmpty()) {
            return false;
        }
        requireParkStaff(account);
        jdbc.sql("DELETE FROM credit_coverage WHERE park_code = ? AND record_type = ?")
                .params(parkCode, type.code())
                .update();
        version.bump();
        audit.record(
                account.username(),
                AuditLog.Action.DELETE,
                AuditLog.Entity.CREDIT_COVERAGE,
                parkCode + "/" + type.code(),
                parkCode,
                json(before.get()),
                null);
        return true;
    }

    /**
     * Declares assessments of an enterprise for a data year, already checked by the caller against the schemes'
     * fact definitions; a null value withdraws that assessment. Every change is audited with the values before.
     *
     * @return the enterprise's declared assessments of the year afterwards, or empty outside the account's scope
     */
    @Transactional
    public Optional<List<DeclaredFact>> declareFacts(
            Accounts.Account account, String creditCode, int year, Map<String, String> values) {
        Optional<String> park = visiblePark(account.scope(), creditCode);
        if (park.isEmpty()) {
            return Optional.empty();
        }
        if (account.role() == Role.BANK) {
            throw new AccessDeniedException("银行用户不能声明评定 / a bank user cannot declare assessments");
        }
        Map<String, String> before = new LinkedHashMap<>();
        reads.declaredFacts(creditCode, year).forEach(d -> before.put(d.factId(), d.value()));
        OffsetDateTime now = OffsetDateTime.now();
        List<String> changed = new ArrayList<>();
        values.forEach((id, value) -> {
            jdbc.sql("DELETE FROM declared_fact WHERE credit_code = ? AND report_year = ? AND fact_id = ?")
                    .params(creditCode, year, id)
                    .update();
            if (value != null) {
                jdbc.sql("INSERT INTO declared_fact (credit_code, report_year, fact_id, fact_value, declared_by,"
                                + " declared_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(creditCode, year, id, value, account.username(), now)
                        .update();
            }
            changed.add(id);
        });
        Map<String, String> after = new LinkedHashMap<>();
        List<DeclaredFact> now2 = reads.declaredFacts(creditCode, year);
        now2.forEach(d -> after.put(d.factId(), d.value()));
        if (!changed.isEmpty()) {
            version.bump();
            audit.record(
                    account.username(),
                    AuditLog.Action.DECLARE,
                    AuditLog.Entity.DECLARED_FACT,
                    creditCode + "/" + year,
                    park.get(),
                    before.isEmpty() ? null : before,
                    after);
        }
        return Optional.of(now2);
    }

    private static void requireParkStaff(Accounts.Account account) {
        if (account.role() == Role.ENTERPRISE || account.role() == Role.BANK) {
            throw new AccessDeniedException("信用记录由园区登记 / credit records are kept by the park");
        }
    }

    private static String key(String creditCode, CreditRecordType type, String referenceNo) {
        return creditCode + "/" + type.code() + "/" + referenceNo;
    }

    /** The record as the audit log stores it (codes, ISO dates, yuan). */
    static Map<String, Object> json(CreditRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("creditCode", r.creditCode().value());
        m.put("type", r.type().code());
        m.put("referenceNo", r.referenceNo());
        m.put("date", r.date().toString());
        m.put("removedOn", r.removedOn() == null ? null : r.removedOn().toString());
        m.put("reason", r.reason() == null ? null : r.reason().code());
        m.put("category", r.category());
        m.put("amount", r.amount());
        m.put("level", r.level() == null ? null : r.level().code());
        m.put("authority", r.authority());
        m.put("source", r.source());
        return m;
    }

    static Map<String, Object> json(CoverageDeclaration d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parkCode", d.parkCode());
        m.put("type", d.type().code());
        m.put("completeSince", d.completeSince().toString());
        m.put("completeThrough", d.completeThrough().toString());
        m.put("source", d.source());
        m.put("declaredBy", d.declaredBy());
        return m;
    }
}
