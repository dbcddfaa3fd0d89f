package org.innopark.app.talent;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.demo.DemoTalents;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.talent.RequestState;
import org.innopark.engine.talent.ResearchGroup;
import org.innopark.engine.talent.TalentPerson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo's talents for every park (once: when none is recorded): the profiles of the registry's programme
 * talents and the platforms' researchers, 科学家工作室 and 科研团队, and service requests with their steps as the
 * park's service officer ({@code <park>-service}) took them, some still open and some overdue.
 */
@Service
public class TalentDemo {

    private static final String ACTOR = "demo";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RegistryReads reads;

    TalentDemo(JdbcClient jdbc, JdbcTemplate template, RegistryReads reads) {
        this.jdbc = jdbc;
        this.template = template;
        this.reads = reads;
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM talent_profile").query(Long.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM talent_request")
                                .query(Long.class)
                                .single()
                        == 0;
    }

    /** Loads every park's demo talents; returns the people, groups and requests written. */
    @Transactional
    public int[] load(long seed, LocalDate today) {
        int[] n = new int[3];
        ZoneId zone = ZoneId.systemDefault();
        for (String park : reads.parkCodes()) {
            Map<String, String> names = reads.enterpriseNames(park);
            List<DemoTalents.Employer> employers = new ArrayList<>();
            names.forEach((code, name) -> employers.add(new DemoTalents.Employer(CreditCode.of(code), name)));
            DemoTalents.Output out =
                    DemoTalents.generate(seed, park, reads.talents(park), reads.platforms(park), employers, today);
            List<Object[]> rows = new ArrayList<>();
            for (TalentPerson p : out.people()) {
                rows.add(new Object[] {
                    park,
                    p.name(),
                    p.employer().value(),
                    p.education() == null ? null : p.education().name(),
                    p.platform(),
                    p.title(),
                    p.field(),
                    p.arrivedOn() == null ? null : Date.valueOf(p.arrivedOn()),
                    p.returnee()
                });
            }
            template.batchUpdate(
                    "INSERT INTO talent_profile (park_code, name, employer_credit_code, education, platform_name, title,"
                            + " field, arrived_on, returnee) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            for (ResearchGroup g : out.groups()) {
                jdbc.sql("INSERT INTO research_group (park_code, kind, name, lead_scientist, host_credit_code,"
                                + " platform_name, members, established_on, field) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                park,
                                g.kind().name(),
                                g.name(),
                                g.leadScientist(),
                                g.host().value(),
                                g.platform(),
                                g.members(),
                                g.establishedOn(),
                                g.field())
                        .update();
            }
            String officer = park.toLowerCase(java.util.Locale.ROOT) + "-service";
            for (DemoTalents.Request r : out.requests()) {
                OffsetDateTime submitted = today.minusDays(r.daysAgo())
                        .atTime(9 + (int) (Math.abs((long) r.subject().hashCode()) % 8), 15)
                        .atZone(zone)
                        .toOffsetDateTime();
                OffsetDateTime assigned = r.assignedAfter() < 0
                        ? null
                        : submitted.plusDays(r.assignedAfter()).plusHours(1);
                OffsetDateTime started = r.startedAfter() < 0
                        ? null
                        : submitted.plusDays(r.startedAfter()).plusHours(2);
                OffsetDateTime closed = r.closedAfter() < 0
                        ? null
                        : submitted.plusDays(r.closedAfter()).plusHours(3);
                OffsetDateTime since =
                        closed != null ? closed : started != null ? started : assigned != null ? assigned : submitted;
                org.springframework.jdbc.support.KeyHolder keys =
                        new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("INSERT INTO talent_request (park_code, credit_code, talent_name, request_type, subject, body,"
                                + " state, assignee, result, submitted_by, submitted_at, assigned_at, state_since,"
                                + " closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                park,
                                r.firm().value(),
                                r.talent(),
                                r.type(),
                                r.subject(),
                                r.body(),
                                r.state().name(),
                                assigned == null ? null : officer,
                                r.result(),
                                ACTOR,
                                submitted,
                                assigned,
                                since,
                                closed)
                        .update(keys, "id");
                long id = keys.getKey().longValue();
                RequestState at = RequestState.SUBMITTED;
                if (assigned != null) {
                    step(id, "ASSIGN", at, RequestState.ASSIGNED, officer, null, assigned);
                    at = RequestState.ASSIGNED;
                }
                if (started != null) {
                    step(id, "START", at, RequestState.IN_PROGRESS, officer, "已电话联系本人，了解具体情况", started);
                    at = RequestState.IN_PROGRESS;
                }
                if (closed != null) {
                    step(
                            id,
                            r.state() == RequestState.DONE ? "COMPLETE" : "REJECT",
                            at,
                            r.state(),
                            officer,
                            r.result(),
                            closed);
                }
            }
            n[0] += out.people().size();
            n[1] += out.groups().size();
            n[2] += out.requests().size();
        }
        return n;
    }

    private void step(
            long id,
            String action,
            RequestState from,
            RequestState to,
            String officer,
            String notes,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO talent_request_step (request_id, action, from_state, to_state, assignee, notes, actor,"
                        + " acted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, action, from.name(), to.name(), officer, notes, ACTOR, at)
                .update();
    }
}
