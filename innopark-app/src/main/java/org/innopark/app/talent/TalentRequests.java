package org.innopark.app.talent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.engine.talent.RequestAction;
import org.innopark.engine.talent.RequestState;
import org.innopark.engine.talent.RequestTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人才服务诉求: requests of a park's talents and firms (人才公寓, 子女就学, 政策兑现, …) and their workflow (分派 → 开始办理
 * → 办结, or 退回 with a reason), each step stored with who and when and audited in its transaction; every request is
 * read against its type's time limits (the park's request-type file) as 正常 / 将到期 / 超期. An enterprise user submits
 * for its own firm and sees only its firm's requests; the park's staff see and work the park's queue; anyone else, and
 * another park, gets nothing, as if the request did not exist.
 */
@Service
@Transactional(readOnly = true)
public class TalentRequests {

    public static final String ENTITY = "talent_request";

    private static final String COLUMNS = "r.id, r.park_code, r.credit_code, r.talent_name, r.request_type, r.subject,"
            + " r.body, r.contact, r.state, r.assignee, r.result, r.submitted_by, r.submitted_at, r.assigned_at,"
            + " r.state_since, r.closed_at";

    /** A request as pages and the API show it, with its standing against its type's limits. */
    public record RequestView(
            long id,
            String parkCode,
            String creditCode,
            String enterpriseName,
            String talentName,
            String typeCode,
            String typeName,
            String subject,
            String body,
            String contact,
            RequestState state,
            String assignee,
            String result,
            String submittedBy,
            OffsetDateTime submittedAt,
            OffsetDateTime assignedAt,
            OffsetDateTime stateSince,
            OffsetDateTime closedAt,
            long ageDays,
            RequestTypes.Standing standing,
            List<RequestAction> actions) {}

    /** One step. */
    public record Step(
            RequestAction action,
            RequestState from,
            RequestState to,
            String assignee,
            String notes,
            String actor,
            OffsetDateTime at) {}

    public record RequestDetail(RequestView view, List<Step> steps) {}

    /** What a request is submitted with. */
    public record Submission(
            String creditCode, String talentName, String type, String subject, String body, String contact) {}

    /** The queue's figures: open, overdue, due soon, closed, closed late. */
    public record QueueSummary(int open, int overdue, int due, int closed, int closedLate, Map<String, int[]> byType) {}

    /** A step the request's state does not allow. */
    public static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }

    /** A submission or step with a missing or invalid part. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Talents talents;
    private final TalentRules rules;
    private Clock clock = Clock.systemDefaultZone();

    TalentRequests(
            JdbcClient jdbc,
            RegistryReads reads,
            Accounts accounts,
            AuditLog audit,
            Talents talents,
            TalentRules rules) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.accounts = accounts;
        this.audit = audit;
        this.talents = talents;
        this.rules = rules;
    }

    /** For the demo and tests: the clock that stamps steps and tells the day. */
    void clock(Clock clock) {
        this.clock = clock;
    }

    /** Whether the account may see the park's queue: its staff. */
    public boolean mayWork(Accounts.Account account, String park) {
        return talents.staffOf(account, park);
    }

    /**
     * The park's requests (open ones only, or all), the most urgent first; for an enterprise user of the park, its
     * firm's only. Empty outside the scope.
     */
    public Optional<List<RequestView>> requests(Accounts.Account account, String park, boolean openOnly) {
        String firm = null;
        if (!mayWork(account, park)) {
            if (account.role() != Role.ENTERPRISE || !park.equals(account.parkCode())) {
                return Optional.empty();
            }
            firm = account.creditCode();
        }
        return Optional.of(list(park, firm, openOnly));
    }

    /** A firm's requests, for its park's staff and its own user; empty otherwise. */
    public Optional<List<RequestView>> firm(Accounts.Account account, String creditCode) {
        return talents.parkOfFirm(account, creditCode).map(p -> list(p, creditCode, false));
    }

    /** The figures of a list of requests. */
    public static QueueSummary summary(List<RequestView> requests) {
        int open = 0;
        int overdue = 0;
        int due = 0;
        int closed = 0;
        int late = 0;
        Map<String, int[]> byType = new LinkedHashMap<>();
        for (RequestView r : requests) {
            int[] t = byType.computeIfAbsent(r.typeName(), k -> new int[3]);
            t[0]++;
            if (r.state().open()) {
                open++;
                t[1]++;
            } else {
                closed++;
            }
            switch (r.standing().status()) {
                case OVERDUE -> {
                    overdue++;
                    t[2]++;
                }
                case DUE -> due++;
                case CLOSED_LATE -> {
                    late++;
                    t[2]++;
                }
                default -> {}
            }
        }
        return new QueueSummary(open, overdue, due, closed, late, byType);
    }

    private List<RequestView> list(String park, String firm, boolean openOnly) {
        Map<String, String> names = reads.enterpriseNames(park);
        RequestTypes types = rules.requestTypes(park);
        List<RequestView> out = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS
                        + " FROM talent_request r WHERE r.park_code = :park"
                        + " AND (CAST(:firm AS VARCHAR) IS NULL OR r.credit_code = :firm)"
                        + (openOnly ? " AND r.state NOT IN ('DONE', 'REJECTED')" : "")
                        + " ORDER BY r.submitted_at, r.id")
                .param("park", park)
                .param("firm", firm)
                .query((rs, n) -> view(rs, names, types))
                .list());
        // open ones first, most urgent (fewest days left) first; then the closed ones, newest first
        out.sort((a, b) -> {
            if (a.state().open() != b.state().open()) {
                return a.state().open() ? -1 : 1;
            }
            if (a.state().open()) {
                return Long.compare(a.standing().daysLeft(), b.standing().daysLeft());
            }
            return b.closedAt().compareTo(a.closedAt());
        });
        return out;
    }

    /** One request with its steps; empty when it is not the park's or outside the scope. */
    public Optional<RequestDetail> detail(Accounts.Account account, String park, long id) {
        return visible(account, park, id).map(v -> new RequestDetail(v, steps(id)));
    }

    private Optional<RequestView> visible(Accounts.Account account, String park, long id) {
        Optional<RequestView> v = find(park, id);
        if (v.isEmpty()) {
            return v;
        }
        if (mayWork(account, park)) {
            return v;
        }
        boolean own = account.role() == Role.ENTERPRISE && v.get().creditCode().equals(account.creditCode());
        return own ? v : Optional.empty();
    }

    /**
     * Submits a request: by an enterprise user for its own firm (the credit code defaults to it), or by the park's
     * staff for a firm of the park (a request taken by phone or at the counter).
     *
     * @return the stored request, or empty when the account may not submit for the park or firm
     * @throws Invalid when a part is missing, too long or not valid (the type, the firm)
     */
    @Transactional
    public Optional<RequestView> submit(Accounts.Account account, String park, Submission s) {
        boolean staff = mayWork(account, park);
        boolean enterprise = account.role() == Role.ENTERPRISE && park.equals(account.parkCode());
        if (!staff && !enterprise) {
            return Optional.empty();
        }
        String firm = s.creditCode() == null || s.creditCode().isBlank()
                ? null
                : s.creditCode().strip();
        if (enterprise) {
            if (firm != null && !firm.equals(account.creditCode())) {
                return Optional.empty();
            }
            firm = account.creditCode();
        }
        if (firm == null) {
            throw new Invalid("须填写企业统一社会信用代码 / the firm's credit code is required");
        }
        if (!park.equals(reads.parkOf(firm).orElse(null))) {
            throw new Invalid("企业'" + firm + "'不是本园区登记的企业 / not an enterprise of the park");
        }
        RequestTypes types = rules.requestTypes(park);
        RequestTypes.Type type = types.parse(s.type())
                .orElseThrow(() ->
                        new Invalid("未知的诉求类型'" + s.type() + "', 可用: " + types.names() + " / unknown request type"));
        String subject = required(s.subject(), "标题", "subject", 200);
        String body = required(s.body(), "诉求内容", "body", 4000);
        String talent = optional(s.talentName(), "人才姓名", "talent name", 50);
        String contact = optional(s.contact(), "联系方式", "contact", 100);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = insert(park, firm, talent, type.code(), subject, body, contact, account.username(), now);
        RequestView after = find(park, id).orElseThrow();
        audit.record(
                account.username(), AuditLog.Action.SUBMIT, ENTITY, String.valueOf(id), park, null, auditJson(after));
        return Optional.of(after);
    }

    long insert(
            String park,
            String firm,
            String talent,
            String type,
            String subject,
            String body,
            String contact,
            String by,
            OffsetDateTime at) {
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO talent_request (park_code, credit_code, talent_name, request_type, subject, body,"
                        + " contact, state, submitted_by, submitted_at, state_since)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(park, firm, talent, type, subject, body, contact, RequestState.SUBMITTED.name(), by, at, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Takes one step of a request's workflow, by the park's staff.
     *
     * @param assignee the officer to assign (an administrator or analyst account of the park); only for 分派
     * @param notes what was done (办结) or why not (退回): required for both
     * @return the request after the step, or empty when it is not the park's or outside the scope
     * @throws Conflict when the state does not allow the step
     * @throws Invalid when the assignee or notes are missing or not valid
     */
    @Transactional
    public Optional<RequestView> act(
            Accounts.Account account, String park, long id, RequestAction action, String assignee, String notes) {
        if (!mayWork(account, park)) {
            return Optional.empty();
        }
        Optional<RequestView> found = find(park, id);
        if (found.isEmpty()) {
            return found;
        }
        RequestView before = found.get();
        RequestState to = action.from(before.state())
                .orElseThrow(() -> new Conflict("诉求处于'" + before.state().zh() + "', 不能" + action.zh() + "; 可执行: "
                        + String.join(
                                "、",
                                RequestAction.allowed(before.state()).stream()
                                        .map(RequestAction::zh)
                                        .toList())
                        + " / a request in state " + before.state().en() + " cannot take this step"));
        String text = optional(notes, "说明", "notes", 2000);
        String newAssignee = before.assignee();
        if (action == RequestAction.ASSIGN) {
            newAssignee = officer(park, assignee);
        }
        if ((action == RequestAction.COMPLETE || action == RequestAction.REJECT) && text == null) {
            throw new Invalid(
                    action == RequestAction.REJECT
                            ? "退回须说明理由 / rejecting needs the reason"
                            : "办结须说明办理结果 / completing needs what was done");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean changed = to != before.state();
        jdbc.sql("UPDATE talent_request SET state = ?, assignee = ?, result = ?, assigned_at = ?, state_since = ?,"
                        + " closed_at = ? WHERE id = ?")
                .params(
                        to.name(),
                        newAssignee,
                        to.open() ? before.result() : text,
                        before.assignedAt() == null && action == RequestAction.ASSIGN ? now : before.assignedAt(),
                        changed ? now : before.stateSince(),
                        to.open() ? null : now,
                        id)
                .update();
        jdbc.sql("INSERT INTO talent_request_step (request_id, action, from_state, to_state, assignee, notes, actor,"
                        + " acted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, action.name(), before.state().name(), to.name(), newAssignee, text, account.username(), now)
                .update();
        RequestView after = find(park, id).orElseThrow();
        audit.record(
                account.username(),
                AuditLog.Action.UPDATE,
                ENTITY,
                String.valueOf(id),
                park,
                auditJson(before),
                auditJson(after));
        return Optional.of(after);
    }

    private String officer(String park, String name) {
        if (name == null || name.isBlank()) {
            throw new Invalid("分派须指定经办人 / assigning needs an officer");
        }
        Optional<Accounts.Account> a = accounts.find(name.strip());
        if (a.isEmpty()
                || !a.get().enabled()
                || (a.get().role() != Role.PARK_ADMIN && a.get().role() != Role.PARK_ANALYST)
                || !park.equals(a.get().parkCode())) {
            throw new Invalid("经办人'" + name.strip() + "'不是本园区的管理员或分析员账户 / '" + name.strip()
                    + "' is not an administrator or analyst account of the park");
        }
        return a.get().username();
    }

    private Optional<RequestView> find(String park, long id) {
        Map<String, String> names = reads.enterpriseNames(park);
        RequestTypes types = rules.requestTypes(park);
        return jdbc.sql("SELECT " + COLUMNS + " FROM talent_request r WHERE r.id = ? AND r.park_code = ?")
                .params(id, park)
                .query((rs, n) -> view(rs, names, types))
                .optional();
    }

    private List<Step> steps(long id) {
        return jdbc.sql("SELECT action, from_state, to_state, assignee, notes, actor, acted_at FROM talent_request_step"
                        + " WHERE request_id = ? ORDER BY acted_at, id")
                .param(id)
                .query((rs, n) -> new Step(
                        RequestAction.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : RequestState.valueOf(rs.getString(2)),
                        RequestState.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    private RequestView view(ResultSet rs, Map<String, String> names, RequestTypes types) throws SQLException {
        String typeCode = rs.getString(5);
        RequestTypes.Type type = types.byCode(typeCode)
                .or(() -> types.byCode("other"))
                .orElse(types.types().get(0));
        RequestState state = RequestState.valueOf(rs.getString(9));
        OffsetDateTime submitted = rs.getObject(13, OffsetDateTime.class);
        OffsetDateTime assigned = rs.getObject(14, OffsetDateTime.class);
        OffsetDateTime closed = rs.getObject(16, OffsetDateTime.class);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        RequestTypes.Standing standing = RequestTypes.standing(
                type,
                day(submitted, zone),
                assigned == null ? null : day(assigned, zone),
                closed == null ? null : day(closed, zone),
                today);
        return new RequestView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                names.get(rs.getString(3)),
                rs.getString(4),
                typeCode,
                types.byCode(typeCode).map(RequestTypes.Type::nameZh).orElse(typeCode),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                state,
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                submitted,
                assigned,
                rs.getObject(15, OffsetDateTime.class),
                closed,
                java.time.temporal.ChronoUnit.DAYS.between(day(submitted, zone), today),
                standing,
                RequestAction.allowed(state));
    }

    private static LocalDate day(OffsetDateTime t, ZoneId zone) {
        return t.atZoneSameInstant(zone).toLocalDate();
    }

    private static Map<String, Object> auditJson(RequestView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("creditCode", v.creditCode());
        m.put("talentName", v.talentName());
        m.put("type", v.typeCode());
        m.put("subject", v.subject());
        m.put("state", v.state().name());
        m.put("assignee", v.assignee());
        m.put("result", v.result());
        return m;
    }

    private static String required(String text, String zh, String en, int max) {
        String t = optional(text, zh, en, max);
        if (t == null) {
            throw new Invalid(zh + "不能为空 / " + en + " is required");
        }
        return t;
    }

    private static String optional(String text, String zh, String en, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new Invalid(zh + "不能超过" + max + "字 / " + en + " is limited to " + max + " characters");
        }
        return t;
    }
}
