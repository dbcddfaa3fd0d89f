package org.innopark.app.monitor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.innopark.app.monitor.CaseAction;
import org.innopark.app.monitor.CaseOutcome;
import org.innopark.app.monitor.MonitorCases;
import org.innopark.app.monitor.MonitorScans;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 监测预警 API: a park's alerts (with the values that fired them and the explanation), its cases and their workflow
 * (assign, visit, resolve with outcome and notes, follow-up, reopen; each step audited), each rule's outcomes and
 * false-alarm rate, an enterprise's signals, and the scan on demand. For the park's administrators and analysts (and
 * the system administrator); another park, or a case of another park, is "not found".
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "monitor", description = "企业运行监测预警 / early warning and its follow-up cases")
class MonitorApi {

    private final MonitorCases cases;
    private final MonitorScans scans;
    private final CurrentUser user;

    MonitorApi(MonitorCases cases, MonitorScans scans, CurrentUser user) {
        this.cases = cases;
        this.scans = scans;
        this.user = user;
    }

    record StandingJson(String status, String statusName, int allowedDays, int daysLeft, String escalatedTo) {}

    record CaseJson(
            long id,
            String creditCode,
            String enterpriseName,
            String rule,
            String ruleName,
            String severity,
            String state,
            String stateName,
            String officer,
            String outcome,
            String outcomeName,
            String notes,
            String openedPeriod,
            OffsetDateTime openedAt,
            OffsetDateTime stateSince,
            OffsetDateTime resolvedAt,
            long ageDays,
            long daysInState,
            StandingJson sla,
            int alerts,
            String latestExplanation,
            List<String> actions) {}

    record StepJson(
            String action,
            String actionName,
            String from,
            String to,
            String officer,
            String outcome,
            String notes,
            String actor,
            OffsetDateTime at) {}

    record AlertJson(
            long id,
            String creditCode,
            String enterpriseName,
            String rule,
            String ruleName,
            String period,
            String severity,
            String firedValues,
            String explanation,
            Long caseId) {}

    record CaseDetailJson(CaseJson view, List<StepJson> steps, List<AlertJson> alerts) {}

    record RuleJson(
            String rule,
            String ruleName,
            String severity,
            int alerts,
            int cases,
            int open,
            int confirmed,
            int helped,
            int falseAlarms,
            Double falseAlarmRate) {}

    record SignalsJson(List<AlertJson> alerts, List<CaseJson> cases) {}

    /** A step's body: officer (assign), outcome 确认异常/已帮扶/误报 (resolve), notes. */
    record StepBody(String officer, String outcome, String notes) {}

    @GetMapping("/parks/{code}/monitor/cases")
    @Operation(summary = "园区的预警案件(默认仅未办结)及时限状态 / a park's cases (open ones by default) with their time limits")
    List<CaseJson> cases(@PathVariable String code, @RequestParam(defaultValue = "true") boolean open) {
        return cases.cases(user.account(), code, open).orElseThrow(() -> notFound(code)).stream()
                .map(MonitorApi::json)
                .toList();
    }

    @GetMapping("/parks/{code}/monitor/cases/{id}")
    @Operation(summary = "一件预警案件:处置步骤与预警 / one case with its steps and alerts")
    CaseDetailJson detail(@PathVariable String code, @PathVariable long id) {
        MonitorCases.CaseDetail d = cases.detail(user.account(), code, id).orElseThrow(() -> notFound(code));
        return new CaseDetailJson(
                json(d.view()),
                d.steps().stream()
                        .map(s -> new StepJson(
                                s.action().name(),
                                s.action().zh(),
                                s.from() == null ? null : s.from().zh(),
                                s.to().zh(),
                                s.officer(),
                                s.outcome() == null ? null : s.outcome().zh(),
                                s.notes(),
                                s.actor(),
                                s.at()))
                        .toList(),
                d.alerts().stream().map(MonitorApi::json).toList());
    }

    @PostMapping(path = "/parks/{code}/monitor/cases/{id}/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "处置一步:assign {officer}、visit、resolve {outcome 确认异常|已帮扶|误报, notes}、follow-up {notes}、"
                    + "reopen {notes};写入审计日志 / one workflow step, audited")
    CaseJson act(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable String action,
            @RequestBody(required = false) StepBody body) {
        CaseAction a = CaseAction.parse(action);
        if (a == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "没有处置步骤'" + action + "':assign、visit、resolve、follow-up、reopen");
        }
        StepBody b = body == null ? new StepBody(null, null, null) : body;
        CaseOutcome outcome = null;
        if (b.outcome() != null && !b.outcome().isBlank()) {
            outcome = CaseOutcome.parse(b.outcome());
            if (outcome == null) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "结果'" + b.outcome() + "'无效:确认异常、已帮扶或误报 / outcome: confirmed, helped," + " false alarm");
            }
        }
        return cases.act(user.account(), code, id, a, b.officer(), outcome, b.notes())
                .map(MonitorApi::json)
                .orElseThrow(() -> notFound(code));
    }

    @GetMapping("/parks/{code}/monitor/alerts")
    @Operation(summary = "园区的预警(可按期间 YYYY-MM 筛选),含触发数值与说明 / a park's alerts with their values and explanation")
    List<AlertJson> alerts(
            @PathVariable String code,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "500") int limit) {
        return cases
                .alerts(user.account(), code, period, Math.max(1, Math.min(limit, 5000)))
                .orElseThrow(() -> notFound(code))
                .stream()
                .map(MonitorApi::json)
                .toList();
    }

    @GetMapping("/parks/{code}/monitor/rules")
    @Operation(summary = "各规则的预警、案件、处置结果与误报率 / per rule: alerts, cases, outcomes and false-alarm rate")
    List<RuleJson> rules(@PathVariable String code) {
        return cases.outcomes(user.account(), code).orElseThrow(() -> notFound(code)).stream()
                .map(r -> new RuleJson(
                        r.ruleId(),
                        r.ruleName(),
                        r.severity() == null ? null : r.severity().zh(),
                        r.alerts(),
                        r.cases(),
                        r.open(),
                        r.confirmed(),
                        r.helped(),
                        r.falseAlarms(),
                        r.falseAlarmRate()))
                .toList();
    }

    @PostMapping("/parks/{code}/monitor/scan")
    @Operation(
            summary = "立即扫描园区月度报表,保存新预警与案件(不重复)/ scan the park's monthly reports now and store the new"
                    + " alerts and cases (never twice)")
    MonitorScans.Result scan(@PathVariable String code) {
        Accounts.Account account = user.account();
        if (!cases.mayRead(account, code)) {
            throw notFound(code);
        }
        if (account.role() == Role.PARK_ANALYST) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "仅园区管理员可发起扫描 / only a park administrator may scan");
        }
        return scans.scanAndStore(code, account.username());
    }

    @GetMapping("/enterprises/{creditCode}/monitor")
    @Operation(summary = "企业的预警信号与案件 / an enterprise's signals and cases")
    SignalsJson enterprise(@PathVariable String creditCode) {
        MonitorCases.EnterpriseSignals s =
                cases.enterprise(user.account(), creditCode).orElseThrow(() -> notFound(creditCode));
        return new SignalsJson(
                s.alerts().stream().map(MonitorApi::json).toList(),
                s.cases().stream().map(MonitorApi::json).toList());
    }

    @ExceptionHandler(MonitorCases.Conflict.class)
    ResponseEntity<java.util.Map<String, String>> conflict(MonitorCases.Conflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(java.util.Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(MonitorCases.Invalid.class)
    ResponseEntity<java.util.Map<String, String>> invalid(MonitorCases.Invalid e) {
        return ResponseEntity.badRequest().body(java.util.Map.of("message", e.getMessage()));
    }

    static CaseJson json(MonitorCases.CaseView v) {
        return new CaseJson(
                v.id(),
                v.creditCode(),
                v.enterpriseName(),
                v.ruleId(),
                v.ruleName(),
                v.severity().zh(),
                v.state().name(),
                v.state().zh(),
                v.officer(),
                v.outcome() == null ? null : v.outcome().name(),
                v.outcome() == null ? null : v.outcome().zh(),
                v.notes(),
                v.openedPeriod(),
                v.openedAt(),
                v.stateSince(),
                v.resolvedAt(),
                v.ageDays(),
                v.daysInState(),
                new StandingJson(
                        v.standing().status().name(),
                        v.standing().status().zh(),
                        v.standing().allowedDays(),
                        v.standing().daysLeft(),
                        v.standing().escalatedTo()),
                v.alerts(),
                v.latestExplanation(),
                v.actions().stream()
                        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .toList());
    }

    static AlertJson json(MonitorCases.AlertView a) {
        return new AlertJson(
                a.id(),
                a.creditCode(),
                a.enterpriseName(),
                a.ruleId(),
                a.ruleName(),
                a.period(),
                a.severity().zh(),
                a.firedValues(),
                a.explanation(),
                a.caseId());
    }

    private static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到 " + what + " / not found: " + what);
    }
}
