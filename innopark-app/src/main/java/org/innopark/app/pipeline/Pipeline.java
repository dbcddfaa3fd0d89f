package org.innopark.app.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.pipeline.PipelineViews.Card;
import org.innopark.app.pipeline.PipelineViews.Created;
import org.innopark.app.pipeline.PipelineViews.Detail;
import org.innopark.app.pipeline.PipelineViews.Move;
import org.innopark.app.pipeline.PipelineViews.Problem;
import org.innopark.app.pipeline.PipelineViews.ProjectInput;
import org.innopark.app.pipeline.PipelineViews.StageOption;
import org.innopark.app.pipeline.PipelineViews.TimelineEntry;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.Role;
import org.innopark.engine.pipeline.Duplicates;
import org.innopark.engine.pipeline.Funnel;
import org.innopark.engine.pipeline.InvestorNames;
import org.innopark.engine.pipeline.PipelineField;
import org.innopark.engine.pipeline.ProjectFacts;
import org.innopark.engine.pipeline.Stage;
import org.innopark.engine.pipeline.StageScheme;
import org.innopark.engine.pipeline.StaleRule;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.ProjectStage;
import org.innopark.engine.registry.RegionCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 招商项目库's operations, each in one transaction with its audit events: create a project (duplicate investors
 * refused, near-duplicates warned), move it between stages (the stage file's dates and fields required), log
 * follow-ups, raise and resolve problems, record funds, assign owners (audited), take a lead from the pool, and the
 * stale-lead sweep; and the reads: board, pool, an officer's projects, a project's page, the funnel. Park staff only;
 * another park is "not found".
 */
@Service
public class Pipeline {

    static final String ENTITY = "pipeline_project";
    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal WAN = new BigDecimal("10000");

    private final PipelineStore store;
    private final PipelineStages stages;
    private final RegistryReads registry;
    private final RegistryStore registryStore;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Pipeline(
            PipelineStore store,
            PipelineStages stages,
            RegistryReads registry,
            RegistryStore registryStore,
            Accounts accounts,
            AuditLog audit,
            Optional<Clock> clock) {
        this.store = store;
        this.stages = stages;
        this.registry = registry;
        this.registryStore = registryStore;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public StageScheme scheme(String park) {
        return stages.of(park);
    }

    /** Checks that the account is park staff with the park in scope, and the park exists. */
    public void checkStaff(Account account, String park) {
        if (account.role() == Role.ENTERPRISE || account.role() == Role.BANK) {
            throw new AccessDeniedException("仅园区工作人员可用 / for park staff only");
        }
        if (!account.scope().includesPark(park) || !registry.parkExists(park)) {
            throw new PipelineException.NotFound("无此园区 / no such park: " + park);
        }
    }

    // ---- changes

    /** Creates a project at the first stage; refuses a duplicate investor, warns of a near-duplicate. */
    @Transactional
    public Created create(Account account, String park, ProjectInput in) {
        checkStaff(account, park);
        return create(account.username(), park, in, true, null);
    }

    /**
     * Creates a project, at the first stage or, for an imported row, moved at once to its stage (the registry's row
     * written once, with the dates of that stage).
     */
    Created create(String actor, String park, ProjectInput in, boolean checkOwner, Move target) {
        StageScheme s = scheme(park);
        List<String> problems = new ArrayList<>();
        String no = in.projectNo() == null || in.projectNo().isBlank()
                ? store.nextNumber(park, today())
                : in.projectNo().strip();
        if (registry.attractionProject(no).isPresent() || store.exists(no)) {
            throw new PipelineException(List.of("项目编号已存在 / the project number exists: " + no), true);
        }
        LocalDate leadDate = in.leadDate() == null ? today() : in.leadDate();
        if (leadDate.isAfter(today())) {
            problems.add("获取线索日期晚于今天 / the lead date lies in the future");
        }
        if (checkOwner) {
            problems.addAll(ownerProblems(park, in.owner(), in.coOwners()));
        }
        AttractionProject p = registryRow(park, no, in, s.first(), leadDate, null, null, null, problems);
        List<Duplicates.Hit> hits = duplicates(park, no, in.investorName(), in.creditCode());
        for (Duplicates.Hit h : hits) {
            if (h.kind().refused()) {
                problems.add("投资方重复 / duplicate investor: " + h.message());
            }
        }
        if (!problems.isEmpty()) {
            throw new PipelineException(
                    problems, hits.stream().anyMatch(h -> h.kind().refused()));
        }
        Stage to = null;
        if (target != null) {
            to = s.parse(target.to()).orElse(null);
            if (to != null && to.code().equals(s.first().code())) {
                to = null;
            } else {
                List<String> moveProblems = s.check(
                        s.first().code(),
                        leadDate,
                        to == null ? target.to() : to.code(),
                        target.date(),
                        values(target),
                        today());
                if (!moveProblems.isEmpty()) {
                    throw new PipelineException(moveProblems, false);
                }
                p = projected(s, s.first(), p, to, target);
            }
        }
        registryStore.saveProjects(List.of(p));
        store.insert(
                no,
                park,
                InvestorNames.key(in.investorName()),
                in,
                yuan(in.plannedYi(), YI),
                yuan(in.outputYi(), YI),
                yuan(in.taxWan(), WAN),
                s.first().code(),
                leadDate,
                actor);
        store.transition(
                no,
                null,
                s.first().code(),
                leadDate,
                new Move(s.first().code(), leadDate, null, null, null, null, null, "新建项目"),
                null,
                null,
                actor);
        if (to != null) {
            record(actor, no, s.first().code(), to, target, leadDate);
        }
        audit.record(
                actor,
                AuditLog.Action.CREATE,
                ENTITY,
                no,
                park,
                null,
                Map.of(
                        "name",
                        p.name(),
                        "investor",
                        nz(p.investorName()),
                        "stage",
                        s.first().code(),
                        "owner",
                        nz(in.owner())));
        List<String> warnings = hits.stream()
                .filter(h -> !h.kind().refused())
                .map(Duplicates.Hit::message)
                .toList();
        return new Created(no, warnings);
    }

    /** Moves a project to another stage, with the dates and fields the stage file requires. */
    @Transactional
    public void move(Account account, String park, String projectNo, Move m) {
        checkStaff(account, park);
        move(account.username(), park, projectNo, m);
    }

    void move(String actor, String park, String projectNo, Move m) {
        StageScheme s = scheme(park);
        PipelineStore.Row row = row(park, projectNo);
        AttractionProject reg = registry.attractionProject(projectNo).orElseThrow(() -> notFound(projectNo));
        Map<PipelineField, Object> values = values(m);
        Optional<Stage> target = s.parse(m.to());
        List<String> problems = new ArrayList<>(s.check(
                row.stage(), row.stageDate(), target.map(Stage::code).orElse(m.to()), m.date(), values, today()));
        if (!problems.isEmpty()) {
            throw new PipelineException(problems, false);
        }
        Stage to = target.orElseThrow();
        registryStore.saveProjects(List.of(projected(s, s.require(row.stage()), reg, to, m)));
        record(actor, projectNo, row.stage(), to, m, row.lastActivity());
        audit.record(
                actor,
                AuditLog.Action.UPDATE,
                ENTITY,
                projectNo,
                park,
                Map.of("stage", row.stage()),
                Map.of("stage", to.code(), "date", m.date().toString()));
    }

    /**
     * Updates an imported project's facts (in the registry and the pipeline, the owner as the file says) and moves it
     * when the row's stage differs; true when it moved. The registry's row is written once.
     */
    boolean update(String actor, String park, ProjectInput in, Move target) {
        StageScheme s = scheme(park);
        PipelineStore.Row row = row(park, in.projectNo());
        AttractionProject reg = registry.attractionProject(in.projectNo()).orElseThrow(() -> notFound(in.projectNo()));
        List<String> problems = new ArrayList<>();
        AttractionProject facts = registryRow(
                park,
                in.projectNo(),
                in,
                s.require(row.stage()),
                reg.leadDate(),
                reg.contractedAmount(),
                reg.signedDate(),
                reg.productionDate(),
                problems);
        if (!problems.isEmpty()) {
            throw new PipelineException(problems, false);
        }
        facts = new AttractionProject(
                facts.projectNo(),
                facts.parkCode(),
                facts.name(),
                facts.investorName(),
                facts.investorCreditCode(),
                facts.sourceRegion(),
                facts.industry(),
                facts.contractedAmount(),
                reg.stage(),
                facts.leadDate(),
                facts.signedDate(),
                facts.productionDate());
        Stage to = s.parse(target.to()).orElseThrow();
        boolean moves = !to.code().equals(row.stage());
        if (moves) {
            problems.addAll(s.check(row.stage(), row.stageDate(), to.code(), target.date(), values(target), today()));
            if (!problems.isEmpty()) {
                throw new PipelineException(problems, false);
            }
            facts = projected(s, s.require(row.stage()), facts, to, target);
        }
        registryStore.saveProjects(List.of(facts));
        store.update(
                in.projectNo(),
                InvestorNames.key(in.investorName()),
                in,
                yuan(in.plannedYi(), YI),
                yuan(in.outputYi(), YI),
                yuan(in.taxWan(), WAN));
        if (moves) {
            record(actor, in.projectNo(), row.stage(), to, target, row.lastActivity());
        }
        audit.record(
                actor,
                AuditLog.Action.IMPORT,
                ENTITY,
                in.projectNo(),
                park,
                Map.of("stage", row.stage()),
                Map.of("stage", to.code(), "name", facts.name(), "owner", nz(in.owner())));
        return moves;
    }

    /** Logs a visit, call or meeting (跟进); the lead's stale clock starts again. */
    @Transactional
    public long followUp(Account account, String park, String projectNo, String kind, LocalDate on, String note) {
        checkStaff(account, park);
        PipelineStore.Row row = row(park, projectNo);
        List<String> problems = new ArrayList<>();
        String k = FollowUpKind.parse(kind);
        if (k == null) {
            problems.add("跟进方式应为 " + FollowUpKind.NAMES + " / kind: " + FollowUpKind.NAMES);
        }
        if (on == null || on.isAfter(today())) {
            problems.add("跟进日期必填且不晚于今天 / the date is required and not in the future");
        }
        if (note == null || note.isBlank() || note.length() > 2000) {
            problems.add("跟进内容必填, 不超过2000字 / the note is required, at most 2000 characters");
        }
        if (!problems.isEmpty()) {
            throw new PipelineException(problems, false);
        }
        long id = store.followUp(projectNo, k, on, note.strip(), account.username());
        store.touch(projectNo, later(row.lastActivity(), on));
        audit.record(
                account.username(),
                AuditLog.Action.CREATE,
                "pipeline_follow_up",
                projectNo + "/" + id,
                park,
                null,
                Map.of("kind", k, "on", on.toString(), "note", note.strip()));
        return id;
    }

    /** Raises a problem (问题清单) at the project's current stage, with who must solve it. */
    @Transactional
    public long raiseProblem(
            Account account, String park, String projectNo, String description, String solver, LocalDate dueOn) {
        checkStaff(account, park);
        PipelineStore.Row row = row(park, projectNo);
        List<String> problems = new ArrayList<>();
        if (description == null || description.isBlank() || description.length() > 1000) {
            problems.add("问题描述必填, 不超过1000字 / the description is required, at most 1000 characters");
        }
        if (solver == null || solver.isBlank() || solver.length() > 100) {
            problems.add("责任单位(人)必填, 不超过100字 / who must solve it is required");
        }
        if (!problems.isEmpty()) {
            throw new PipelineException(problems, false);
        }
        long id = store.problem(
                projectNo, row.stage(), description.strip(), solver.strip(), dueOn, account.username(), today());
        audit.record(
                account.username(),
                AuditLog.Action.CREATE,
                "pipeline_problem",
                projectNo + "/" + id,
                park,
                null,
                Map.of("description", description.strip(), "solver", solver.strip(), "stage", row.stage()));
        return id;
    }

    /** Marks a problem solved, with how. */
    @Transactional
    public void resolveProblem(Account account, String park, String projectNo, long id, String resolution) {
        checkStaff(account, park);
        row(park, projectNo);
        if (resolution == null || resolution.isBlank() || resolution.length() > 1000) {
            throw new PipelineException("解决情况必填, 不超过1000字 / the resolution is required");
        }
        if (!store.resolve(projectNo, id, resolution.strip(), account.username(), today())) {
            throw new PipelineException.NotFound("无此待解决问题 / no such open problem");
        }
        audit.record(
                account.username(),
                AuditLog.Action.UPDATE,
                "pipeline_problem",
                projectNo + "/" + id,
                park,
                Map.of("status", "OPEN"),
                Map.of("status", "RESOLVED", "resolution", resolution.strip()));
    }

    /** Records funds received (到资) on a day, in 亿元; only for a signed project. */
    @Transactional
    public void recordFunds(Account account, String park, String projectNo, LocalDate on, BigDecimal yi, String note) {
        checkStaff(account, park);
        PipelineStore.Row row = row(park, projectNo);
        StageScheme s = scheme(park);
        List<String> problems = new ArrayList<>();
        String signed = s.open().stream()
                .filter(x -> x.registry() == ProjectStage.SIGNED)
                .map(Stage::code)
                .findFirst()
                .orElseThrow();
        if (!s.reached(row.stage(), signed)) {
            problems.add("项目尚未签约, 不能登记到资 / funds are recorded for signed projects only");
        }
        if (on == null || on.isAfter(today())) {
            problems.add("到资日期必填且不晚于今天 / the date is required and not in the future");
        }
        if (yi == null || yi.signum() <= 0) {
            problems.add("到资额(亿元)应大于0 / the amount must be positive");
        }
        if (!problems.isEmpty()) {
            throw new PipelineException(problems, false);
        }
        BigDecimal yuan = yuan(yi, YI);
        store.funds(projectNo, on, yuan, blankToNull(note), account.username());
        store.touch(projectNo, later(row.lastActivity(), on));
        audit.record(
                account.username(),
                AuditLog.Action.CREATE,
                "pipeline_funds",
                projectNo,
                park,
                null,
                Map.of("on", on.toString(), "amountYuan", yuan.toPlainString()));
    }

    /** Assigns the owner and co-owners (null owner: back to the pool), audited with the previous ones. */
    @Transactional
    public void assign(Account account, String park, String projectNo, String owner, List<String> coOwners) {
        checkStaff(account, park);
        PipelineStore.Row row = row(park, projectNo);
        List<String> problems = ownerProblems(park, owner, coOwners);
        if (!problems.isEmpty()) {
            throw new PipelineException(problems, false);
        }
        List<String> before = store.coOwners(projectNo);
        store.assign(projectNo, blankToNull(owner), coOwners == null ? List.of() : coOwners, today());
        audit.record(
                account.username(),
                AuditLog.Action.UPDATE,
                "pipeline_owner",
                projectNo,
                park,
                Map.of("owner", nz(row.owner()), "coOwners", before),
                Map.of("owner", nz(owner), "coOwners", coOwners == null ? List.of() : coOwners));
    }

    /** Takes a lead from the pool (公海) as its owner. */
    @Transactional
    public void take(Account account, String park, String projectNo) {
        checkStaff(account, park);
        PipelineStore.Row row = row(park, projectNo);
        if (row.owner() != null) {
            throw new PipelineException(List.of("项目已有负责人 " + row.owner() + " / the project has an owner"), true);
        }
        store.assign(projectNo, account.username(), store.coOwners(projectNo), today());
        audit.record(
                account.username(),
                AuditLog.Action.UPDATE,
                "pipeline_owner",
                projectNo,
                park,
                Map.of("owner", ""),
                Map.of("owner", account.username(), "from", "pool"));
    }

    /** The stale rule on a park's leads today: reminders written, stale leads returned to the pool. */
    @Transactional
    public Map<StaleRule.Action, Integer> sweep(String actor, String park) {
        StageScheme s = scheme(park);
        Map<StaleRule.Action, Integer> counts = new EnumMap<>(StaleRule.Action.class);
        LocalDate today = today();
        for (PipelineStore.Row r : store.rows(park)) {
            Optional<Stage> st = s.stage(r.stage());
            if (r.owner() == null || st.isEmpty() || !st.get().pooled()) {
                continue;
            }
            boolean reminded = r.remindedOn() != null && !r.remindedOn().isBefore(r.lastActivity());
            StaleRule.Action a = s.stale().assess(r.lastActivity(), reminded, today);
            if (a == StaleRule.Action.REMIND) {
                store.remind(r.projectNo(), today);
                audit.record(
                        actor,
                        AuditLog.Action.UPDATE,
                        "pipeline_reminder",
                        r.projectNo(),
                        park,
                        null,
                        Map.of(
                                "owner",
                                r.owner(),
                                "lastActivity",
                                r.lastActivity().toString()));
            } else if (a == StaleRule.Action.RETURN_TO_POOL) {
                store.assign(r.projectNo(), null, store.coOwners(r.projectNo()), today);
                audit.record(
                        actor,
                        AuditLog.Action.UPDATE,
                        "pipeline_owner",
                        r.projectNo(),
                        park,
                        Map.of("owner", r.owner()),
                        Map.of("owner", "", "reason", "stale"));
            }
            counts.merge(a, 1, Integer::sum);
        }
        return counts;
    }

    // ---- reads

    /** Every project of the park, on the board by stage. */
    public List<Card> board(Account account, String park) {
        checkStaff(account, park);
        return cards(park, r -> true);
    }

    /** The pool (公海): projects without an owner. */
    public List<Card> pool(Account account, String park) {
        checkStaff(account, park);
        return cards(park, r -> r.owner() == null);
    }

    /** The caller's own projects (owner or co-owner). */
    public List<Card> mine(Account account, String park) {
        checkStaff(account, park);
        Map<String, List<String>> co = store.coOwnersOf(park);
        return cards(
                park,
                r -> account.username().equals(r.owner())
                        || co.getOrDefault(r.projectNo(), List.of()).contains(account.username()));
    }

    /** A project's page: its facts, timeline, problems and the stages it may move to. */
    public Detail detail(Account account, String park, String projectNo) {
        checkStaff(account, park);
        StageScheme s = scheme(park);
        PipelineStore.Row row = row(park, projectNo);
        AttractionProject reg = registry.attractionProject(projectNo).orElseThrow(() -> notFound(projectNo));
        Card card = card(
                s, row, reg, store.coOwners(projectNo), store.openProblems(park).getOrDefault(projectNo, 0));
        List<TimelineEntry> timeline = new ArrayList<>();
        for (PipelineStore.TransitionRow t : store.transitions(projectNo)) {
            String zh = s.stage(t.to()).map(Stage::zh).orElse(t.to());
            timeline.add(new TimelineEntry(
                    t.date(), "transition", t.from() == null ? "新建: " + zh : "进入" + zh, t.detail(), t.actor()));
        }
        for (PipelineStore.FollowUpRow f : store.followUps(projectNo)) {
            timeline.add(new TimelineEntry(f.on(), "follow-up", FollowUpKind.zh(f.kind()), f.note(), f.actor()));
        }
        BigDecimal funds = BigDecimal.ZERO;
        for (ProjectFacts.Funds f : store.funds(projectNo)) {
            funds = funds.add(f.yuan());
            timeline.add(
                    new TimelineEntry(f.date(), "funds", "到资 " + yi(f.yuan()).toPlainString() + " 亿元", "", ""));
        }
        List<Problem> problems = store.problems(projectNo, s);
        for (Problem p : problems) {
            timeline.add(new TimelineEntry(
                    p.raisedOn(),
                    "problem",
                    "问题: " + p.description(),
                    "责任: " + p.solver() + "; " + ("OPEN".equals(p.status()) ? "待解决" : "已解决: " + p.resolution()),
                    p.raisedBy()));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::date).reversed());
        List<StageOption> next = new ArrayList<>();
        for (Stage st : s.stages()) {
            if (s.check(row.stage(), null, st.code(), today(), Map.of(), today()).stream()
                    .noneMatch(p -> p.contains("退回") || p.contains("只能重新") || p.contains("已处于"))) {
                List<String> requires = new ArrayList<>();
                int from = s.rank(row.stage());
                int to = s.rank(st.code());
                List<Stage> needed =
                        st.exit() || from < 0 ? List.of(st) : s.open().subList(from + 1, to + 1);
                for (Stage x : needed) {
                    for (PipelineField f : x.requires()) {
                        if (!requires.contains(f.key())) {
                            requires.add(f.key());
                        }
                    }
                }
                next.add(new StageOption(st.code(), st.zh(), st.dateZh(), st.exit(), requires));
            }
        }
        return new Detail(
                card,
                reg.sourceRegion() == null ? null : reg.sourceRegion().value(),
                reg.industry() == null ? null : reg.industry().value(),
                row.landMu(),
                row.floorM2(),
                yi(row.outputYuan()),
                row.taxYuan() == null ? null : row.taxYuan().divide(WAN, 2, RoundingMode.HALF_EVEN),
                yi(funds),
                row.landedCreditCode(),
                row.landedCreditCode() == null
                        ? null
                        : registry.enterpriseNames(park).get(row.landedCreditCode()),
                timeline,
                problems,
                next);
    }

    /** The funnel and figures of a year (or of a period), overall, by chain and by owner. */
    public Funnel.Report funnel(Account account, String park, int year) {
        checkStaff(account, park);
        return Funnel.year(scheme(park), facts(park), year);
    }

    /** The funnel of every year of the park's projects (for trends), oldest first. */
    public Map<Integer, Funnel.Figures> years(Account account, String park) {
        checkStaff(account, park);
        List<ProjectFacts> facts = facts(park);
        Map<Integer, Funnel.Figures> out = new LinkedHashMap<>();
        int first = facts.stream()
                .flatMap(f -> f.history().stream())
                .mapToInt(e -> e.date().getYear())
                .min()
                .orElse(today().getYear());
        for (int y = first; y <= today().getYear(); y++) {
            out.put(y, Funnel.year(scheme(park), facts, y).total());
        }
        return out;
    }

    List<ProjectFacts> facts(String park) {
        Map<String, AttractionProject> reg = new HashMap<>();
        for (AttractionProject p : registry.attractionProjects(park)) {
            reg.put(p.projectNo(), p);
        }
        Map<String, List<ProjectFacts.Entry>> history = store.histories(park);
        Map<String, List<ProjectFacts.Funds>> funds = store.fundsOf(park);
        List<ProjectFacts> out = new ArrayList<>();
        for (PipelineStore.Row r : store.rows(park)) {
            AttractionProject p = reg.get(r.projectNo());
            if (p == null) {
                continue;
            }
            out.add(new ProjectFacts(
                    r.projectNo(),
                    r.chainId(),
                    r.owner(),
                    p.contractedAmount(),
                    r.stage(),
                    history.getOrDefault(r.projectNo(), List.of()),
                    funds.getOrDefault(r.projectNo(), List.of())));
        }
        return out;
    }

    // ---- helpers

    private List<Card> cards(String park, java.util.function.Predicate<PipelineStore.Row> keep) {
        StageScheme s = scheme(park);
        Map<String, AttractionProject> reg = new HashMap<>();
        for (AttractionProject p : registry.attractionProjects(park)) {
            reg.put(p.projectNo(), p);
        }
        Map<String, List<String>> co = store.coOwnersOf(park);
        Map<String, Integer> open = store.openProblems(park);
        List<Card> out = new ArrayList<>();
        for (PipelineStore.Row r : store.rows(park)) {
            AttractionProject p = reg.get(r.projectNo());
            if (p != null && keep.test(r)) {
                out.add(card(s, r, p, co.getOrDefault(r.projectNo(), List.of()), open.getOrDefault(r.projectNo(), 0)));
            }
        }
        return out;
    }

    private Card card(StageScheme s, PipelineStore.Row r, AttractionProject p, List<String> co, int openProblems) {
        Optional<Stage> st = s.stage(r.stage());
        boolean pooled = st.map(Stage::pooled).orElse(false) && r.owner() != null;
        return new Card(
                r.projectNo(),
                p.name(),
                p.investorName(),
                p.investorCreditCode() == null ? null : p.investorCreditCode().value(),
                r.chainId(),
                r.nodeId(),
                yi(r.plannedYuan()),
                signedStage(s) != null && (s.reached(r.stage(), signedStage(s)) || p.signedDate() != null)
                        ? yi(p.contractedAmount())
                        : null,
                r.stage(),
                st.map(Stage::zh).orElse(r.stage()),
                r.stageDate(),
                r.owner(),
                co,
                r.lastActivity(),
                openProblems,
                pooled && r.remindedOn() != null && !r.remindedOn().isBefore(r.lastActivity()),
                pooled ? s.stale().returnsOn(r.lastActivity()) : null);
    }

    private static String signedStage(StageScheme s) {
        return s.open().stream()
                .filter(x -> x.registry() == ProjectStage.SIGNED)
                .map(Stage::code)
                .findFirst()
                .orElse(null);
    }

    private List<Duplicates.Hit> duplicates(String park, String no, String investor, String creditCode) {
        StageScheme s = scheme(park);
        Map<String, String> stageOf = new HashMap<>();
        for (PipelineStore.Row r : store.rows(park)) {
            stageOf.put(r.projectNo(), r.stage());
        }
        String last = s.open().get(s.open().size() - 1).code();
        List<Duplicates.Existing> existing = new ArrayList<>();
        for (AttractionProject p : registry.attractionProjects(park)) {
            String st = stageOf.get(p.projectNo());
            boolean closed = st == null
                    ? p.stage() == ProjectStage.DROPPED || p.stage() == ProjectStage.IN_PRODUCTION
                    : s.stage(st).map(Stage::exit).orElse(false) || st.equals(last);
            if (!closed) {
                existing.add(new Duplicates.Existing(
                        p.projectNo(),
                        p.name(),
                        nz(p.investorName()),
                        p.investorCreditCode() == null
                                ? null
                                : p.investorCreditCode().value()));
            }
        }
        String code = creditCode == null || creditCode.isBlank() ? null : creditCode.strip();
        return Duplicates.find(no, investor, code, existing, s.nearThreshold());
    }

    /** The registry's row of a new project, its problems added to {@code problems} (then null). */
    private static AttractionProject registryRow(
            String park,
            String no,
            ProjectInput in,
            Stage first,
            LocalDate lead,
            BigDecimal contract,
            LocalDate signed,
            LocalDate production,
            List<String> problems) {
        try {
            return new AttractionProject(
                    no,
                    park,
                    in.name(),
                    blankToNull(in.investorName()),
                    blank(in.creditCode())
                            ? null
                            : CreditCode.of(in.creditCode().strip()),
                    blank(in.sourceRegion())
                            ? null
                            : RegionCode.of(in.sourceRegion().strip()),
                    blank(in.industry()) ? null : IndustryCode.of(in.industry().strip()),
                    contract,
                    first.registry(),
                    lead,
                    signed,
                    production);
        } catch (InvalidValueException e) {
            problems.add(e.messageZh() + " / " + e.messageEn());
            return null;
        }
    }

    /** The problems of an owner and co-owners: each must be an enabled staff account of the park. */
    List<String> ownerProblems(String park, String owner, List<String> coOwners) {
        List<String> problems = new ArrayList<>();
        List<String> all = new ArrayList<>();
        if (!blank(owner)) {
            all.add(owner.strip());
        }
        if (coOwners != null) {
            all.addAll(coOwners);
        }
        for (String u : all) {
            Optional<Account> a = accounts.find(u);
            boolean staff = a.isPresent()
                    && a.get().enabled()
                    && park.equals(a.get().parkCode())
                    && (a.get().role() == Role.PARK_ADMIN || a.get().role() == Role.PARK_ANALYST);
            if (!staff) {
                problems.add("'" + u + "' 不是本园区的工作人员账户 / '" + u + "' is not a staff account of the park");
            }
        }
        return problems;
    }

    private PipelineStore.Row row(String park, String projectNo) {
        return store.row(projectNo).filter(r -> r.park().equals(park)).orElseThrow(() -> notFound(projectNo));
    }

    private static PipelineException.NotFound notFound(String projectNo) {
        return new PipelineException.NotFound("无此项目 / no such project: " + projectNo);
    }

    private static Map<PipelineField, Object> values(Move m) {
        Map<PipelineField, Object> values = new EnumMap<>(PipelineField.class);
        put(values, PipelineField.CONTRACT_AMOUNT, m.contractYi());
        put(values, PipelineField.PLANNED_START_DATE, m.plannedStart());
        put(values, PipelineField.FUNDS_AMOUNT, m.fundsYi());
        put(values, PipelineField.DOCUMENT, blankToNull(m.document()));
        put(values, PipelineField.REASON, blankToNull(m.reason()));
        return values;
    }

    /** The registry's row after a move: the coarse stage, the contracted amount, the signing and production dates. */
    private static AttractionProject projected(StageScheme s, Stage from, AttractionProject reg, Stage to, Move m) {
        BigDecimal contractYuan = m.contractYi() == null ? reg.contractedAmount() : yuan(m.contractYi(), YI);
        boolean reopen = to.code().equals(s.reopen()) && from.exit();
        LocalDate signed = reg.signedDate();
        LocalDate production = reg.productionDate();
        if (reopen) {
            signed = null;
            production = null;
        } else if (!to.exit()) {
            String signedCode = s.open().stream()
                    .filter(x -> x.registry() == ProjectStage.SIGNED)
                    .map(Stage::code)
                    .findFirst()
                    .orElse(null);
            if (signed == null && signedCode != null && s.reached(to.code(), signedCode)) {
                signed = m.date();
            }
            if (to.registry() == ProjectStage.IN_PRODUCTION) {
                production = m.date();
            }
        }
        try {
            return new AttractionProject(
                    reg.projectNo(),
                    reg.parkCode(),
                    reg.name(),
                    reg.investorName(),
                    reg.investorCreditCode(),
                    reg.sourceRegion(),
                    reg.industry(),
                    contractYuan,
                    to.registry(),
                    reopen ? m.date() : reg.leadDate(),
                    signed,
                    production);
        } catch (InvalidValueException e) {
            throw new PipelineException(List.of(e.messageZh() + " / " + e.messageEn()), false);
        }
    }

    /** The pipeline's rows of a move: the transition, the stage, the first funds. */
    private void record(String actor, String projectNo, String from, Stage to, Move m, LocalDate lastActivity) {
        BigDecimal fundsYuan = yuan(m.fundsYi(), YI);
        store.transition(projectNo, from, to.code(), m.date(), m, yuan(m.contractYi(), YI), fundsYuan, actor);
        store.setStage(projectNo, to.code(), m.date(), later(lastActivity, m.date()));
        if (fundsYuan != null) {
            store.funds(projectNo, m.date(), fundsYuan, "首笔到资", actor);
        }
    }

    private static void put(Map<PipelineField, Object> values, PipelineField f, Object v) {
        if (v != null) {
            values.put(f, v);
        }
    }

    static BigDecimal yuan(BigDecimal amount, BigDecimal unit) {
        return amount == null ? null : amount.multiply(unit).setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal yi(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(YI, 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
