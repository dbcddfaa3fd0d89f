package org.innopark.app.monitor;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.engine.monitor.Severity;
import org.innopark.engine.monitor.WarningRules;
import org.innopark.engine.registry.CreditCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 预警处置: a park's alerts and cases, read by its staff, and the workflow of a case (分派 → 走访 → 办结 with outcome
 * and notes → 回访, reopening), each step stored with who and when and audited in its transaction. The time limits
 * of the states come from {@link CaseSla}; the outcomes give each rule's false-alarm rate. Enterprise and bank users
 * see none of it; outside the reader's park every method answers empty, as if the park or case did not exist.
 */
@Service
@Transactional(readOnly = true)
public class MonitorCases {

    private static final String CASE_COLUMNS = "c.id, c.park_code, c.credit_code, c.rule_id, c.severity, c.state,"
            + " c.officer, c.outcome, c.notes, c.opened_period, c.opened_at, c.state_since, c.resolved_at,"
            + " (SELECT COUNT(*) FROM monitor_alert a WHERE a.case_id = c.id),"
            + " (SELECT MAX(a.explanation) FROM monitor_alert a WHERE a.case_id = c.id AND a.period ="
            + " (SELECT MAX(b.period) FROM monitor_alert b WHERE b.case_id = c.id))";

    /** A case as the pages and the API show it, with its standing against the time limit. */
    public record CaseView(
            long id,
            String parkCode,
            String creditCode,
            String enterpriseName,
            String ruleId,
            String ruleName,
            Severity severity,
            CaseState state,
            String officer,
            CaseOutcome outcome,
            String notes,
            String openedPeriod,
            OffsetDateTime openedAt,
            OffsetDateTime stateSince,
            OffsetDateTime resolvedAt,
            long ageDays,
            long daysInState,
            CaseSla.Standing standing,
            int alerts,
            String latestExplanation,
            List<CaseAction> actions) {}

    /** One step of a case. */
    public record Step(
            CaseAction action,
            CaseState from,
            CaseState to,
            String officer,
            CaseOutcome outcome,
            String notes,
            String actor,
            OffsetDateTime at) {}

    /** A stored alert. */
    public record AlertView(
            long id,
            String creditCode,
            String enterpriseName,
            String ruleId,
            String ruleName,
            String period,
            Severity severity,
            String firedValues,
            String explanation,
            Long caseId) {}

    /** A case with its steps and alerts. */
    public record CaseDetail(CaseView view, List<Step> steps, List<AlertView> alerts) {}

    /** One rule's alerts, cases and outcomes: its false-alarm rate among the resolved cases (null when none). */
    public record RuleOutcome(
            String ruleId,
            String ruleName,
            Severity severity,
            int alerts,
            int cases,
            int open,
            int confirmed,
            int helped,
            int falseAlarms,
            Double falseAlarmRate) {
        public int resolved() {
            return confirmed + helped + falseAlarms;
        }
    }

    /** An enterprise's signals and cases, newest first. */
    public record EnterpriseSignals(List<AlertView> alerts, List<CaseView> cases) {}

    /** A step that the case's state does not allow. */
    public static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }

    /** A step with a missing or invalid part (officer, outcome, notes). */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final Accounts accounts;
    private final AuditLog audit;
    private final MonitorScans scans;
    private final CaseSla sla;
    private final Clock clock = Clock.systemDefaultZone();

    MonitorCases(
            JdbcClient jdbc,
            RegistryReads reads,
            Accounts accounts,
            AuditLog audit,
            MonitorScans scans,
            @Value("${innopark.monitor.sla-file:}") String slaFile) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.accounts = accounts;
        this.audit = audit;
        this.scans = scans;
        this.sla = CaseSla.readOrOfficial(slaFile.isBlank() ? null : Path.of(slaFile));
    }

    public CaseSla sla() {
        return sla;
    }

    /** Whether the account is park staff who may read the park's monitoring (and the park exists). */
    public boolean mayRead(Accounts.Account account, String park) {
        return isStaff(account) && account.scope().includesPark(park) && reads.parkExists(park);
    }

    private static boolean isStaff(Accounts.Account account) {
        return account.role() == Role.SYSTEM_ADMIN
                || account.role() == Role.PARK_ADMIN
                || account.role() == Role.PARK_ANALYST;
    }

    /** The park's cases (open ones only, or all), the oldest open first; empty outside the scope. */
    public Optional<List<CaseView>> cases(Accounts.Account account, String park, boolean openOnly) {
        if (!mayRead(account, park)) {
            return Optional.empty();
        }
        return Optional.of(casesOf(park, openOnly));
    }

    /**
     * What a report of the park may read: a scope that includes the park and is no enterprise's (the report's own
     * check of the reader comes first, {@code ParkReports.visible}).
     */
    public boolean mayRead(ParkScope scope, String park) {
        return scope.enterprise().isEmpty() && scope.includesPark(park) && reads.parkExists(park);
    }

    /** The park's cases for a report read with {@code scope}; empty outside it. */
    public Optional<List<CaseView>> cases(ParkScope scope, String park, boolean openOnly) {
        return mayRead(scope, park) ? Optional.of(casesOf(park, openOnly)) : Optional.empty();
    }

    /** Per rule: alerts, cases and outcomes, for a report read with {@code scope}; empty outside it. */
    public Optional<List<RuleOutcome>> outcomes(ParkScope scope, String park) {
        return mayRead(scope, park) ? Optional.of(outcomesOf(park)) : Optional.empty();
    }

    /** How many alerts the park's scans raised in each period (YYYY-MM), for a report; empty outside the scope. */
    public Optional<Map<String, Integer>> alertsByPeriod(ParkScope scope, String park) {
        if (!mayRead(scope, park)) {
            return Optional.empty();
        }
        Map<String, Integer> out = new java.util.TreeMap<>();
        jdbc.sql("SELECT period, COUNT(*) FROM monitor_alert WHERE park_code = ? GROUP BY period")
                .param(park)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getInt(2));
                });
        return Optional.of(out);
    }

    private List<CaseView> casesOf(String park, boolean openOnly) {
        Map<String, String> names = reads.enterpriseNames(park);
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM monitor_case c WHERE c.park_code = ?"
                        + (openOnly ? " AND c.state <> 'RESOLVED'" : "")
                        + " ORDER BY CASE WHEN c.state = 'RESOLVED' THEN 1 ELSE 0 END, c.opened_at, c.id")
                .param(park)
                .query((rs, n) -> view(rs, names))
                .list();
    }

    /** One case with its steps and alerts; empty when it is not the park's or outside the scope. */
    public Optional<CaseDetail> detail(Accounts.Account account, String park, long id) {
        if (!mayRead(account, park)) {
            return Optional.empty();
        }
        Map<String, String> names = reads.enterpriseNames(park);
        return find(park, id, names).map(v -> new CaseDetail(v, steps(id), alertsWhere("a.case_id = ?", id, names)));
    }

    /** The park's alerts of a period (every period when null), newest first, at most {@code limit}. */
    public Optional<List<AlertView>> alerts(Accounts.Account account, String park, String period, int limit) {
        if (!mayRead(account, park)) {
            return Optional.empty();
        }
        Map<String, String> names = reads.enterpriseNames(park);
        List<AlertView> list = jdbc.sql("SELECT a.id, a.credit_code, a.rule_id, a.period, a.severity, a.fired_values,"
                        + " a.explanation, a.case_id FROM monitor_alert a WHERE a.park_code = :park"
                        + " AND (CAST(:period AS VARCHAR) IS NULL OR a.period = :period)"
                        + " ORDER BY a.period DESC, a.credit_code, a.rule_id")
                .param("park", park)
                .param("period", period)
                .query((rs, n) -> alert(rs, names))
                .list();
        return Optional.of(list.size() > limit ? list.subList(0, limit) : list);
    }

    /** Per rule of the rule file: alerts, cases and outcomes in the park. */
    public Optional<List<RuleOutcome>> outcomes(Accounts.Account account, String park) {
        if (!mayRead(account, park)) {
            return Optional.empty();
        }
        return Optional.of(outcomesOf(park));
    }

    private List<RuleOutcome> outcomesOf(String park) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        WarningRules rules = scans.rules();
        rules.rules().forEach(r -> counts.put(r.id(), new int[6]));
        jdbc.sql("SELECT rule_id, COUNT(*) FROM monitor_alert WHERE park_code = ? GROUP BY rule_id")
                .param(park)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new int[6])[0] = rs.getInt(2);
                });
        jdbc.sql("SELECT rule_id, state, outcome, COUNT(*) FROM monitor_case WHERE park_code = ?"
                        + " GROUP BY rule_id, state, outcome")
                .param(park)
                .query(rs -> {
                    int[] c = counts.computeIfAbsent(rs.getString(1), k -> new int[6]);
                    int n = rs.getInt(4);
                    c[1] += n;
                    CaseState state = CaseState.valueOf(rs.getString(2));
                    String outcome = rs.getString(3);
                    if (state.open()) {
                        c[2] += n;
                    }
                    if (state == CaseState.RESOLVED && outcome != null) {
                        c[3 + CaseOutcome.valueOf(outcome).ordinal()] += n;
                    }
                });
        List<RuleOutcome> out = new ArrayList<>();
        counts.forEach((rule, c) -> {
            WarningRules.Rule r = rules.rule(rule);
            int resolved = c[3] + c[4] + c[5];
            out.add(new RuleOutcome(
                    rule,
                    r == null ? rule : r.nameZh(),
                    r == null ? null : r.severity(),
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4],
                    c[5],
                    resolved == 0 ? null : (double) c[5] / resolved));
        });
        return out;
    }

    /** An enterprise's alerts and cases for its park's staff; empty otherwise. */
    public Optional<EnterpriseSignals> enterprise(Accounts.Account account, String creditCode) {
        if (creditCode == null || !CreditCode.isValid(creditCode)) {
            return Optional.empty();
        }
        Optional<String> park = reads.parkOf(creditCode).filter(p -> mayRead(account, p));
        if (park.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = reads.enterpriseNames(park.get());
        List<CaseView> cases = jdbc.sql("SELECT " + CASE_COLUMNS + " FROM monitor_case c WHERE c.credit_code = ?"
                        + " AND c.park_code = ? ORDER BY c.opened_at DESC, c.id DESC")
                .params(creditCode, park.get())
                .query((rs, n) -> view(rs, names))
                .list();
        List<AlertView> alerts = jdbc.sql("SELECT a.id, a.credit_code, a.rule_id, a.period, a.severity, a.fired_values,"
                        + " a.explanation, a.case_id FROM monitor_alert a WHERE a.credit_code = ? AND a.park_code = ?"
                        + " ORDER BY a.period DESC, a.rule_id")
                .params(creditCode, park.get())
                .query((rs, n) -> alert(rs, names))
                .list();
        return Optional.of(new EnterpriseSignals(alerts, cases));
    }

    /**
     * Takes one step of a case's workflow.
     *
     * @param officer the officer (an account of the park's staff) to assign; only for {@link CaseAction#ASSIGN}
     * @param outcome the outcome; only for {@link CaseAction#RESOLVE}
     * @param notes what was found or done; required to resolve, to follow up and to reopen
     * @return the case after the step, or empty when it is not the park's or outside the account's scope
     * @throws Conflict when the case's state does not allow the step
     * @throws Invalid when the officer, outcome or notes are missing or not valid
     */
    @Transactional
    public Optional<CaseView> act(
            Accounts.Account account,
            String park,
            long id,
            CaseAction action,
            String officer,
            CaseOutcome outcome,
            String notes) {
        if (!mayRead(account, park)) {
            return Optional.empty();
        }
        Map<String, String> names = reads.enterpriseNames(park);
        Optional<CaseView> found = find(park, id, names);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseView before = found.get();
        if (action == CaseAction.OPEN || !action.allowedFrom(before.state())) {
            throw new Conflict("案件处于'" + before.state().zh() + "',不能" + action.zh() + ";可执行:"
                    + String.join(
                            "、",
                            CaseAction.allowed(before.state()).stream()
                                    .map(CaseAction::zh)
                                    .toList())
                    + " / a case in state " + before.state().en() + " cannot take this step");
        }
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > 2000) {
            throw new Invalid("说明不能超过2000字 / notes are limited to 2000 characters");
        }
        String newOfficer = before.officer();
        CaseOutcome newOutcome = before.outcome();
        switch (action) {
            case ASSIGN -> {
                newOfficer = requireOfficer(park, officer);
            }
            case RESOLVE -> {
                if (outcome == null) {
                    throw new Invalid(
                            "办结须选择结果:确认异常、已帮扶或误报 / resolving needs an outcome: confirmed, helped or" + " false alarm");
                }
                requireNotes(text, action);
                newOutcome = outcome;
            }
            case FOLLOW_UP, REOPEN -> requireNotes(text, action);
            default -> {}
        }
        if (action == CaseAction.REOPEN) {
            newOutcome = null;
        }
        CaseState to = action.target(before.state(), newOfficer);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean stateChanged = to != before.state();
        jdbc.sql("UPDATE monitor_case SET state = ?, officer = ?, outcome = ?, notes = ?, state_since = ?,"
                        + " resolved_at = ? WHERE id = ?")
                .params(
                        to.name(),
                        newOfficer,
                        newOutcome == null ? null : newOutcome.name(),
                        text == null ? before.notes() : text,
                        stateChanged ? now : before.stateSince(),
                        to == CaseState.RESOLVED ? now : action == CaseAction.REOPEN ? null : before.resolvedAt(),
                        id)
                .update();
        jdbc.sql("INSERT INTO monitor_case_step (case_id, action, from_state, to_state, officer, outcome, notes,"
                        + " actor, acted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        action.name(),
                        before.state().name(),
                        to.name(),
                        newOfficer,
                        action == CaseAction.RESOLVE ? outcome.name() : null,
                        text,
                        account.username(),
                        now)
                .update();
        CaseView after = find(park, id, names).orElseThrow();
        audit.record(
                account.username(),
                AuditLog.Action.UPDATE,
                MonitorScans.CASE_ENTITY,
                String.valueOf(id),
                park,
                auditJson(before),
                auditJson(after));
        return Optional.of(after);
    }

    private String requireOfficer(String park, String officer) {
        if (officer == null || officer.isBlank()) {
            throw new Invalid("分派须指定负责人 / assigning needs an officer");
        }
        Optional<Accounts.Account> a = accounts.find(officer.strip());
        if (a.isEmpty()
                || !a.get().enabled()
                || (a.get().role() != Role.PARK_ADMIN && a.get().role() != Role.PARK_ANALYST)
                || !park.equals(a.get().parkCode())) {
            throw new Invalid("负责人'" + officer.strip() + "'不是本园区的管理员或分析员账户 / '" + officer.strip()
                    + "' is not an administrator or analyst account of the park");
        }
        return a.get().username();
    }

    private static void requireNotes(String text, CaseAction action) {
        if (text == null) {
            throw new Invalid(action.zh() + "须填写说明 / this step needs notes");
        }
    }

    private Optional<CaseView> find(String park, long id, Map<String, String> names) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM monitor_case c WHERE c.id = ? AND c.park_code = ?")
                .params(id, park)
                .query((rs, n) -> view(rs, names))
                .optional();
    }

    private List<Step> steps(long id) {
        return jdbc.sql("SELECT action, from_state, to_state, officer, outcome, notes, actor, acted_at"
                        + " FROM monitor_case_step WHERE case_id = ? ORDER BY acted_at, id")
                .param(id)
                .query((rs, n) -> new Step(
                        CaseAction.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : CaseState.valueOf(rs.getString(2)),
                        CaseState.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5) == null ? null : CaseOutcome.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    private List<AlertView> alertsWhere(String where, Object param, Map<String, String> names) {
        return jdbc.sql("SELECT a.id, a.credit_code, a.rule_id, a.period, a.severity, a.fired_values, a.explanation,"
                        + " a.case_id FROM monitor_alert a WHERE " + where + " ORDER BY a.period DESC, a.id DESC")
                .param(param)
                .query((rs, n) -> alert(rs, names))
                .list();
    }

    private AlertView alert(ResultSet rs, Map<String, String> names) throws SQLException {
        String code = rs.getString(2).strip();
        String rule = rs.getString(3);
        long caseId = rs.getLong(8);
        return new AlertView(
                rs.getLong(1),
                code,
                names.get(code),
                rule,
                ruleName(rule),
                rs.getString(4),
                Severity.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.wasNull() ? null : caseId);
    }

    private CaseView view(ResultSet rs, Map<String, String> names) throws SQLException {
        String code = rs.getString(3).strip();
        String rule = rs.getString(4);
        Severity severity = Severity.valueOf(rs.getString(5));
        CaseState state = CaseState.valueOf(rs.getString(6));
        String outcome = rs.getString(8);
        OffsetDateTime opened = rs.getObject(11, OffsetDateTime.class);
        OffsetDateTime since = rs.getObject(12, OffsetDateTime.class);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long inState = Math.max(0, Duration.between(since, now).toDays());
        return new CaseView(
                rs.getLong(1),
                rs.getString(2),
                code,
                names.get(code),
                rule,
                ruleName(rule),
                severity,
                state,
                rs.getString(7),
                outcome == null ? null : CaseOutcome.valueOf(outcome),
                rs.getString(9),
                rs.getString(10),
                opened,
                since,
                rs.getObject(13, OffsetDateTime.class),
                Math.max(0, Duration.between(opened, now).toDays()),
                inState,
                sla.standing(state, severity, inState),
                rs.getInt(14),
                rs.getString(15),
                CaseAction.allowed(state));
    }

    /** A rule's name in the reader's language (for the pages). */
    public String ruleLabel(String rule, java.util.Locale locale) {
        WarningRules.Rule r = scans.rules().rule(rule);
        if (r == null) {
            return rule;
        }
        return locale != null && "en".equals(locale.getLanguage()) && r.nameEn() != null ? r.nameEn() : r.nameZh();
    }

    private String ruleName(String rule) {
        WarningRules.Rule r = scans.rules().rule(rule);
        return r == null ? rule : r.nameZh();
    }

    private static Map<String, Object> auditJson(CaseView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", v.state().zh());
        m.put("officer", v.officer());
        m.put("outcome", v.outcome() == null ? null : v.outcome().zh());
        m.put("notes", v.notes());
        return m;
    }
}
