package org.innopark.app.pipeline;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.pipeline.PipelineViews.Move;
import org.innopark.app.pipeline.PipelineViews.Problem;
import org.innopark.app.pipeline.PipelineViews.ProjectInput;
import org.innopark.engine.pipeline.ProjectFacts;
import org.innopark.engine.pipeline.Stage;
import org.innopark.engine.pipeline.StageScheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL on the pipeline's tables, and only there; callers run it in their transactions. */
@Repository
class PipelineStore {

    private static final String COLUMNS = "project_no, park_code, chain_id, node_id, planned_investment, land_area_mu,"
            + " floor_area_m2, expected_output, expected_tax, owner, stage_code, stage_date, last_activity, reminded_on,"
            + " landed_credit_code";

    record Row(
            String projectNo,
            String park,
            String chainId,
            String nodeId,
            BigDecimal plannedYuan,
            BigDecimal landMu,
            BigDecimal floorM2,
            BigDecimal outputYuan,
            BigDecimal taxYuan,
            String owner,
            String stage,
            LocalDate stageDate,
            LocalDate lastActivity,
            LocalDate remindedOn,
            String landedCreditCode) {}

    record TransitionRow(String from, String to, LocalDate date, String detail, String actor) {}

    record FollowUpRow(String kind, LocalDate on, String note, String actor) {}

    private final JdbcClient jdbc;

    PipelineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> row(String projectNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pipeline_project WHERE project_no = ?")
                .param(projectNo)
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<Row> rows(String park) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pipeline_project WHERE park_code = ? ORDER BY stage_date DESC,"
                        + " project_no")
                .param(park)
                .query((rs, n) -> row(rs))
                .list();
    }

    boolean exists(String projectNo) {
        return jdbc.sql("SELECT COUNT(*) FROM pipeline_project WHERE project_no = ?")
                        .param(projectNo)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The next free number of the form {@code PARK-YYYY-NNNN}. */
    String nextNumber(String park, LocalDate day) {
        String prefix = park + "-" + day.getYear() + "-";
        int n = jdbc.sql("SELECT COUNT(*) FROM pipeline_project WHERE project_no LIKE ?")
                .param(prefix + "%")
                .query(Integer.class)
                .single();
        String no;
        do {
            n++;
            no = prefix + String.format("%04d", n);
        } while (exists(no));
        return no;
    }

    void insert(
            String no,
            String park,
            String investorKey,
            ProjectInput in,
            BigDecimal plannedYuan,
            BigDecimal outputYuan,
            BigDecimal taxYuan,
            String stage,
            LocalDate stageDate,
            String actor) {
        jdbc.sql("INSERT INTO pipeline_project (project_no, park_code, investor_key, chain_id, node_id,"
                        + " planned_investment, land_area_mu, floor_area_m2, expected_output, expected_tax, owner,"
                        + " stage_code, stage_date, last_activity, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?)")
                .params(
                        no,
                        park,
                        investorKey,
                        blank(in.chainId()),
                        blank(in.nodeId()),
                        plannedYuan,
                        in.landMu(),
                        in.floorM2(),
                        outputYuan,
                        taxYuan,
                        blank(in.owner()),
                        stage,
                        Date.valueOf(stageDate),
                        Date.valueOf(stageDate),
                        actor)
                .update();
        coOwners(no, in.coOwners());
    }

    /** Updates an imported project's own facts (the owner kept as the file says). */
    void update(
            String no,
            String investorKey,
            ProjectInput in,
            BigDecimal plannedYuan,
            BigDecimal outputYuan,
            BigDecimal taxYuan) {
        jdbc.sql("UPDATE pipeline_project SET investor_key = ?, chain_id = ?, node_id = ?, planned_investment = ?,"
                        + " land_area_mu = ?, floor_area_m2 = ?, expected_output = ?, expected_tax = ?, owner = ?"
                        + " WHERE project_no = ?")
                .params(
                        investorKey,
                        blank(in.chainId()),
                        blank(in.nodeId()),
                        plannedYuan,
                        in.landMu(),
                        in.floorM2(),
                        outputYuan,
                        taxYuan,
                        blank(in.owner()),
                        no)
                .update();
        jdbc.sql("DELETE FROM pipeline_co_owner WHERE project_no = ?").param(no).update();
        coOwners(no, in.coOwners());
    }

    private void coOwners(String no, List<String> coOwners) {
        if (coOwners == null) {
            return;
        }
        for (String u : coOwners.stream()
                .map(String::strip)
                .filter(u -> !u.isEmpty())
                .distinct()
                .toList()) {
            jdbc.sql("INSERT INTO pipeline_co_owner (project_no, username) VALUES (?, ?)")
                    .params(no, u)
                    .update();
        }
    }

    void transition(
            String no,
            String from,
            String to,
            LocalDate date,
            Move m,
            BigDecimal contractYuan,
            BigDecimal fundsYuan,
            String actor) {
        jdbc.sql("INSERT INTO pipeline_transition (project_no, from_stage, to_stage, stage_date, contract_amount,"
                        + " planned_start_date, funds_amount, document, reason, note, actor) VALUES (?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?)")
                .params(
                        no,
                        from,
                        to,
                        Date.valueOf(date),
                        contractYuan,
                        m.plannedStart() == null ? null : Date.valueOf(m.plannedStart()),
                        fundsYuan,
                        blank(m.document()),
                        blank(m.reason()),
                        blank(m.note()),
                        actor)
                .update();
    }

    void setStage(String no, String stage, LocalDate date, LocalDate lastActivity) {
        jdbc.sql("UPDATE pipeline_project SET stage_code = ?, stage_date = ?, last_activity = ? WHERE project_no = ?")
                .params(stage, Date.valueOf(date), Date.valueOf(lastActivity), no)
                .update();
    }

    void touch(String no, LocalDate lastActivity) {
        jdbc.sql("UPDATE pipeline_project SET last_activity = ? WHERE project_no = ?")
                .params(Date.valueOf(lastActivity), no)
                .update();
    }

    void remind(String no, LocalDate on) {
        jdbc.sql("UPDATE pipeline_project SET reminded_on = ? WHERE project_no = ?")
                .params(Date.valueOf(on), no)
                .update();
    }

    /** Sets the owner (null: the pool) and co-owners; taking up a lead restarts its stale clock. */
    void assign(String no, String owner, List<String> coOwners, LocalDate today) {
        if (owner == null) {
            jdbc.sql("UPDATE pipeline_project SET owner = NULL, pooled_on = ?, reminded_on = NULL WHERE project_no = ?")
                    .params(Date.valueOf(today), no)
                    .update();
        } else {
            jdbc.sql("UPDATE pipeline_project SET owner = ?, pooled_on = NULL, reminded_on = NULL, last_activity = ?"
                            + " WHERE project_no = ?")
                    .params(owner, Date.valueOf(today), no)
                    .update();
        }
        jdbc.sql("DELETE FROM pipeline_co_owner WHERE project_no = ?").param(no).update();
        coOwners(no, coOwners);
    }

    List<String> coOwners(String no) {
        return jdbc.sql("SELECT username FROM pipeline_co_owner WHERE project_no = ? ORDER BY username")
                .param(no)
                .query(String.class)
                .list();
    }

    Map<String, List<String>> coOwnersOf(String park) {
        Map<String, List<String>> out = new HashMap<>();
        jdbc.sql("SELECT c.project_no, c.username FROM pipeline_co_owner c JOIN pipeline_project p ON p.project_no ="
                        + " c.project_no WHERE p.park_code = ? ORDER BY c.username")
                .param(park)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    long followUp(String no, String kind, LocalDate on, String note, String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pipeline_follow_up (project_no, kind, held_on, note, actor) VALUES (?, ?, ?, ?, ?)")
                .params(no, kind, Date.valueOf(on), note, actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<FollowUpRow> followUps(String no) {
        return jdbc.sql("SELECT kind, held_on, note, actor FROM pipeline_follow_up WHERE project_no = ? ORDER BY"
                        + " held_on, id")
                .param(no)
                .query((rs, n) -> new FollowUpRow(rs.getString(1), date(rs, 2), rs.getString(3), rs.getString(4)))
                .list();
    }

    long problem(
            String no,
            String stage,
            String description,
            String solver,
            LocalDate dueOn,
            String actor,
            LocalDate today) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pipeline_problem (project_no, stage_code, description, solver, due_on, status, raised_by,"
                        + " raised_on) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)")
                .params(
                        no,
                        stage,
                        description,
                        solver,
                        dueOn == null ? null : Date.valueOf(dueOn),
                        actor,
                        Date.valueOf(today))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean resolve(String no, long id, String resolution, String actor, LocalDate today) {
        return jdbc.sql("UPDATE pipeline_problem SET status = 'RESOLVED', resolution = ?, resolved_by = ?, resolved_on"
                                + " = ? WHERE project_no = ? AND id = ? AND status = 'OPEN'")
                        .params(resolution, actor, Date.valueOf(today), no, id)
                        .update()
                == 1;
    }

    List<Problem> problems(String no, StageScheme scheme) {
        return jdbc.sql("SELECT id, stage_code, description, solver, due_on, status, resolution, raised_by, raised_on,"
                        + " resolved_on FROM pipeline_problem WHERE project_no = ? ORDER BY raised_on, id")
                .param(no)
                .query((rs, n) -> new Problem(
                        rs.getLong(1),
                        rs.getString(2),
                        scheme.stage(rs.getString(2)).map(Stage::zh).orElse(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        date(rs, 5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        date(rs, 9),
                        date(rs, 10)))
                .list();
    }

    Map<String, Integer> openProblems(String park) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("SELECT q.project_no, COUNT(*) FROM pipeline_problem q JOIN pipeline_project p ON p.project_no ="
                        + " q.project_no WHERE p.park_code = ? AND q.status = 'OPEN' GROUP BY q.project_no")
                .param(park)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getInt(2));
                });
        return out;
    }

    void funds(String no, LocalDate on, BigDecimal yuan, String note, String actor) {
        jdbc.sql("INSERT INTO pipeline_funds (project_no, received_on, amount, note, actor) VALUES (?, ?, ?, ?, ?)")
                .params(no, Date.valueOf(on), yuan, note, actor)
                .update();
    }

    List<ProjectFacts.Funds> funds(String no) {
        return jdbc.sql("SELECT received_on, amount FROM pipeline_funds WHERE project_no = ? ORDER BY received_on, id")
                .param(no)
                .query((rs, n) -> new ProjectFacts.Funds(date(rs, 1), rs.getBigDecimal(2)))
                .list();
    }

    Map<String, List<ProjectFacts.Funds>> fundsOf(String park) {
        Map<String, List<ProjectFacts.Funds>> out = new HashMap<>();
        jdbc.sql("SELECT f.project_no, f.received_on, f.amount FROM pipeline_funds f JOIN pipeline_project p ON"
                        + " p.project_no = f.project_no WHERE p.park_code = ? ORDER BY f.received_on, f.id")
                .param(park)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ProjectFacts.Funds(date(rs, 2), rs.getBigDecimal(3)));
                });
        return out;
    }

    List<TransitionRow> transitions(String no) {
        return jdbc.sql("SELECT from_stage, to_stage, stage_date, contract_amount, planned_start_date, funds_amount,"
                        + " document, reason, note, actor FROM pipeline_transition WHERE project_no = ? ORDER BY"
                        + " stage_date, id")
                .param(no)
                .query((rs, n) ->
                        new TransitionRow(rs.getString(1), rs.getString(2), date(rs, 3), detail(rs), rs.getString(10)))
                .list();
    }

    Map<String, List<ProjectFacts.Entry>> histories(String park) {
        Map<String, List<ProjectFacts.Entry>> out = new HashMap<>();
        jdbc.sql("SELECT t.project_no, t.to_stage, t.stage_date FROM pipeline_transition t JOIN pipeline_project p ON"
                        + " p.project_no = t.project_no WHERE p.park_code = ? ORDER BY t.stage_date, t.id")
                .param(park)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ProjectFacts.Entry(rs.getString(2), date(rs, 3)));
                });
        return out;
    }

    private static String detail(ResultSet rs) throws SQLException {
        List<String> parts = new ArrayList<>();
        BigDecimal contract = rs.getBigDecimal(4);
        if (contract != null) {
            parts.add("合同投资额 " + Pipeline.yi(contract).toPlainString() + " 亿元");
        }
        if (rs.getDate(5) != null) {
            parts.add("计划开工 " + rs.getDate(5).toLocalDate());
        }
        BigDecimal funds = rs.getBigDecimal(6);
        if (funds != null) {
            parts.add("到资 " + Pipeline.yi(funds).toPlainString() + " 亿元");
        }
        for (int i = 7; i <= 9; i++) {
            if (rs.getString(i) != null) {
                parts.add((i == 7 ? "依据: " : i == 8 ? "原因: " : "") + rs.getString(i));
            }
        }
        return String.join("; ", parts);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBigDecimal(5),
                rs.getBigDecimal(6),
                rs.getBigDecimal(7),
                rs.getBigDecimal(8),
                rs.getBigDecimal(9),
                rs.getString(10),
                rs.getString(11),
                date(rs, 12),
                date(rs, 13),
                date(rs, 14),
                rs.getString(15) == null ? null : rs.getString(15).strip());
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
