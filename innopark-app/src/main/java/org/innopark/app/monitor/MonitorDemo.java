package org.innopark.app.monitor;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiFunction;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.demo.MonthlyHistory;
import org.innopark.engine.registry.CreditCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's monitoring: every demo park scanned with a year of cases, the cases of the last three months left open
 * (some assigned, some being visited), the older ones resolved as an officer's visit would have found them: the firm
 * really was in trouble (确认异常 or 已帮扶, by what befell it), or it was not (误报, with the look-alike that fired
 * the rule). Times are set back to when each step would have happened, so the page shows real ages and time limits.
 */
@Service
public class MonitorDemo {

    /** Cases open for the last months; older ones are resolved. */
    static final int OPEN_MONTHS = 3;

    private static final String ACTOR = "demo";

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final MonitorScans scans;

    MonitorDemo(JdbcClient jdbc, RegistryReads reads, MonitorScans scans) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.scans = scans;
    }

    /**
     * Scans every park and walks its cases.
     *
     * @param visit what a visit finds at a firm (credit code) in a month: its trouble's outcome and notes, or null
     *     when the firm was fine
     * @return cases opened
     */
    @Transactional
    public int seed(BiFunction<String, YearMonth, Finding> visit) {
        int opened = 0;
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        for (String park : reads.parkCodes()) {
            MonitorScans.Result r = scans.scanAndStore(park, ACTOR, 12);
            opened += r.newCases();
            if (r.latest() == null) {
                continue;
            }
            YearMonth latest = r.latest();
            String officer = park.toLowerCase(java.util.Locale.ROOT) + "-service";
            List<Object[]> cases = jdbc.sql("SELECT id, credit_code, rule_id, opened_period FROM monitor_case"
                            + " WHERE park_code = ? AND state = 'NEW' ORDER BY id")
                    .param(park)
                    .query((rs, n) ->
                            new Object[] {rs.getLong(1), rs.getString(2).strip(), rs.getString(3), rs.getString(4)})
                    .list();
            int i = 0;
            for (Object[] c : cases) {
                long id = (Long) c[0];
                YearMonth period = YearMonth.parse((String) c[3]);
                long monthsAgo = ChronoUnit.MONTHS.between(period, latest);
                // the scan ran a few days after the month's reports came in
                OffsetDateTime opened0 = now.minusDays(monthsAgo * 30 + 2 + (id % 9));
                step(id, "OPEN", null, "NEW", null, null, null, opened0);
                if (monthsAgo < OPEN_MONTHS) {
                    int k = i++ % 3;
                    if (k >= 1) {
                        step(id, "ASSIGN", "NEW", "ASSIGNED", officer, null, null, opened0.plusDays(1));
                    }
                    if (k == 2) {
                        step(
                                id,
                                "VISIT",
                                "ASSIGNED",
                                "VISITING",
                                officer,
                                null,
                                "已电话联系企业负责人,约定上门走访",
                                opened0.plusDays(3));
                    }
                    continue;
                }
                Finding found = visit.apply((String) c[1], period);
                CaseOutcome outcome = found == null ? CaseOutcome.FALSE_ALARM : found.outcome();
                String notes = found != null ? found.notes() : lookAlike((String) c[2]);
                step(id, "ASSIGN", "NEW", "ASSIGNED", officer, null, null, opened0.plusDays(1));
                step(id, "VISIT", "ASSIGNED", "VISITING", officer, null, "上门走访,查看生产现场与账目", opened0.plusDays(4));
                step(id, "RESOLVE", "VISITING", "RESOLVED", officer, outcome, notes, opened0.plusDays(9));
            }
        }
        return opened;
    }

    /** What a visit found at a firm in trouble. */
    public record Finding(CaseOutcome outcome, String notes) {}

    /** What an officer's visit finds at a demo firm in a month: what the generator made befall it. */
    public static BiFunction<String, YearMonth, Finding> visit(MonthlyHistory history) {
        return (code, month) -> {
            MonthlyHistory.Onset o = history.troubleBy(CreditCode.of(code), month);
            if (o == null) {
                return null;
            }
            return switch (o.trouble()) {
                case SHUTDOWN -> new Finding(CaseOutcome.CONFIRMED, "走访确认:主要客户流失,生产线已停产,企业正在处置设备。");
                case DECLINE -> new Finding(CaseOutcome.HELPED, "订单连续减少,已组织产业链供需对接会,并指导申请稳岗补贴。");
                case LAYOFFS -> new Finding(CaseOutcome.HELPED, "企业收缩产线减员,已协助对接人才市场安置员工。");
                case TAX_ARREARS -> new Finding(CaseOutcome.HELPED, "资金周转困难导致欠缴税款,已协调合作银行办理续贷。");
                case REPORTS_STOPPED -> new Finding(CaseOutcome.CONFIRMED, "企业已搬离注册地址且无法联系,已移交市场监管部门。");
            };
        };
    }

    /** What a visit finds when a rule fired on a firm that was fine. */
    static String lookAlike(String rule) {
        return switch (rule) {
            case "tax-arrears" -> "企业按季度申报纳税,本季度税款已在申报期内缴清,不属于欠税。";
            case "reports-stopped" -> "财务人员离职交接期间漏报,已督促补报,企业经营正常。";
            case "headcount-collapse" -> "节后员工返岗较晚,社保已陆续续缴,用工稳定。";
            default -> "走访核实:订单按项目验收集中结算,本月收入偏低属正常波动,企业生产经营正常。";
        };
    }

    private void step(
            long id,
            String action,
            String from,
            String to,
            String officer,
            CaseOutcome outcome,
            String notes,
            OffsetDateTime at) {
        if ("OPEN".equals(action)) {
            // the scan wrote the opening step; it moves back to when the scan would have run
            jdbc.sql("UPDATE monitor_case_step SET acted_at = ? WHERE case_id = ? AND action = 'OPEN'")
                    .params(at, id)
                    .update();
            jdbc.sql("UPDATE monitor_case SET opened_at = ?, state_since = ? WHERE id = ?")
                    .params(at, at, id)
                    .update();
            return;
        }
        jdbc.sql("INSERT INTO monitor_case_step (case_id, action, from_state, to_state, officer, outcome, notes, actor,"
                        + " acted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, action, from, to, officer, outcome == null ? null : outcome.name(), notes, ACTOR, at)
                .update();
        jdbc.sql("UPDATE monitor_case SET state = ?, officer = ?, outcome = ?, notes = COALESCE(?, notes),"
                        + " state_since = ?, resolved_at = ? WHERE id = ?")
                .params(
                        to,
                        officer,
                        outcome == null ? null : outcome.name(),
                        notes,
                        at,
                        "RESOLVED".equals(to) ? at : null,
                        id)
                .update();
    }
}
