package org.innopark.app.monitor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.monitor.Alert;
import org.innopark.engine.monitor.EarlyWarning;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.monitor.Severity;
import org.innopark.engine.monitor.SpringFestival;
import org.innopark.engine.monitor.WarningRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 监测扫描: the engine's early warning ({@link EarlyWarning}, the same detector as {@code monitor scan --data}) run on a
 * park's monthly reports and credit listings in the registry, and its alerts stored: an alert is stored once (per
 * enterprise, rule and month), so a scan that runs again raises nothing twice; an alert of the last
 * {@code innopark.monitor.case-window-months} months (before the park's latest reported month, inclusive) joins the
 * open case of its enterprise and rule, or opens one (待分派). Older alerts are kept as the firm's history without a
 * case: a park that loads three years of reports is not handed three years of cases.
 */
@Service
public class MonitorScans {

    /** The audit log's entity of a case. */
    public static final String CASE_ENTITY = "monitor_case";

    /** The audit log's entity of a scan that stored alerts. */
    public static final String SCAN_ENTITY = "monitor_scan";

    /** The actor of the scheduled scan. */
    public static final String SCHEDULER = "system:monitor-schedule";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a stored scan did. */
    public record Result(
            String park, YearMonth latest, int alerts, int newAlerts, int newCases, int joinedCases, double seconds) {}

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final AuditLog audit;
    private final EarlyWarning warning;
    private final int caseWindowMonths;
    private final Clock clock;

    MonitorScans(
            JdbcClient jdbc,
            RegistryReads reads,
            AuditLog audit,
            @Value("${innopark.monitor.rules-file:}") String rulesFile,
            @Value("${innopark.monitor.case-window-months:3}") int caseWindowMonths) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.audit = audit;
        this.warning = new EarlyWarning(
                rulesFile.isBlank() ? WarningRules.official() : WarningRules.read(Path.of(rulesFile)),
                SpringFestival.official());
        this.caseWindowMonths = Math.max(1, caseWindowMonths);
        this.clock = Clock.systemDefaultZone();
    }

    public WarningRules rules() {
        return warning.rules();
    }

    /** The park's panel and events as the registry holds them. */
    @Transactional(readOnly = true)
    public MonitorFiles.Input input(String park) {
        return RegistryPanel.read(reads, park);
    }

    /** The back-scan of the park's registry data (nothing stored). */
    @Transactional(readOnly = true)
    public List<Alert> scan(String park) {
        MonitorFiles.Input input = input(park);
        return warning.scan(input.panel(), input.events());
    }

    /**
     * Scans the park and stores the new alerts and cases, each new case audited with the actor.
     *
     * @throws IllegalArgumentException when the park does not exist
     */
    @Transactional
    public Result scanAndStore(String park, String actor) {
        return scanAndStore(park, actor, caseWindowMonths);
    }

    /** {@link #scanAndStore(String, String)} with another case window (the demo opens a year of cases). */
    @Transactional
    public Result scanAndStore(String park, String actor, int caseWindowMonths) {
        if (!reads.parkExists(park)) {
            throw new IllegalArgumentException("园区 " + park + " 不存在 / no park " + park);
        }
        long t0 = System.nanoTime();
        List<Alert> alerts = scan(park);
        YearMonth latest = reads.latestMonthlyPeriod(park).orElse(null);
        int caseFrom = latest == null
                ? Integer.MAX_VALUE
                : Period.of(latest.getYear(), latest.getMonthValue()) - caseWindowMonths + 1;
        Set<String> stored =
                new HashSet<>(jdbc.sql("SELECT credit_code, rule_id, period FROM monitor_alert WHERE park_code = ?")
                        .param(park)
                        .query((rs, n) -> key(rs.getString(1).strip(), rs.getString(2), rs.getString(3)))
                        .list());
        Map<String, long[]> open = new HashMap<>();
        jdbc.sql("SELECT id, credit_code, rule_id, severity FROM monitor_case WHERE park_code = ? AND state <> ?")
                .params(park, CaseState.RESOLVED.name())
                .query(rs -> {
                    open.put(rs.getString(2).strip() + "|" + rs.getString(3), new long[] {
                        rs.getLong(1), Severity.valueOf(rs.getString(4)).ordinal()
                    });
                });
        OffsetDateTime now = OffsetDateTime.now(clock);
        int added = 0;
        int opened = 0;
        int joined = 0;
        for (Alert a : alerts) {
            String period = Period.format(a.period());
            if (!stored.add(key(a.creditCode(), a.ruleId(), period))) {
                continue;
            }
            Long caseId = null;
            if (a.period() >= caseFrom) {
                String firmRule = a.creditCode() + "|" + a.ruleId();
                long[] c = open.get(firmRule);
                if (c == null) {
                    caseId = openCase(park, a, period, now, actor);
                    open.put(firmRule, new long[] {caseId, a.severity().ordinal()});
                    opened++;
                } else {
                    caseId = c[0];
                    joined++;
                    if (a.severity().ordinal() > c[1]) {
                        jdbc.sql("UPDATE monitor_case SET severity = ? WHERE id = ?")
                                .params(a.severity().name(), caseId)
                                .update();
                        c[1] = a.severity().ordinal();
                    }
                }
            }
            jdbc.sql("INSERT INTO monitor_alert (park_code, credit_code, rule_id, period, severity, fired_values,"
                            + " explanation, case_id, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            park,
                            a.creditCode(),
                            a.ruleId(),
                            period,
                            a.severity().name(),
                            values(a),
                            clip(AlertFiles.explanation(a, warning.rules()), 2000),
                            caseId,
                            now)
                    .update();
            added++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Result result = new Result(park, latest, alerts.size(), added, opened, joined, seconds);
        if (added > 0) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("latestPeriod", latest == null ? null : latest.toString());
            after.put("alerts", alerts.size());
            after.put("newAlerts", added);
            after.put("newCases", opened);
            after.put("joinedCases", joined);
            after.put(
                    "rules",
                    warning.rules().header().id() + " "
                            + warning.rules().header().version());
            audit.record(actor, AuditLog.Action.CREATE, SCAN_ENTITY, park + "/" + now.toLocalDate(), park, null, after);
        }
        return result;
    }

    private long openCase(String park, Alert a, String period, OffsetDateTime now, String actor) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO monitor_case (park_code, credit_code, rule_id, severity, state, opened_period, opened_at,"
                        + " state_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(park, a.creditCode(), a.ruleId(), a.severity().name(), CaseState.NEW.name(), period, now, now)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("INSERT INTO monitor_case_step (case_id, action, from_state, to_state, actor, acted_at)"
                        + " VALUES (?, ?, NULL, ?, ?, ?)")
                .params(id, CaseAction.OPEN.name(), CaseState.NEW.name(), actor, now)
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("creditCode", a.creditCode());
        after.put("rule", a.ruleId());
        after.put("severity", a.severity().zh());
        after.put("period", period);
        after.put("state", CaseState.NEW.zh());
        audit.record(actor, AuditLog.Action.CREATE, CASE_ENTITY, String.valueOf(id), park, null, after);
        return id;
    }

    /** The values that fired the alert, as JSON: [{"name": …, "value": …, "unit": …}]. */
    static String values(Alert a) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Alert.Value v : a.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", v.name());
            m.put("value", Double.isFinite(v.value()) ? v.value() : null);
            m.put("unit", v.unit());
            list.add(m);
        }
        String json = JSON.writeValueAsString(list);
        while (json.length() > 1000 && !list.isEmpty()) {
            // the column holds 1,000 characters: the last values go, the JSON stays whole
            list.remove(list.size() - 1);
            json = JSON.writeValueAsString(list);
        }
        return json;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String key(String creditCode, String rule, String period) {
        return creditCode + "|" + rule + "|" + period;
    }
}
