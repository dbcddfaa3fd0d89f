package org.innopark.app.transfer;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.transfer.ListingFlow.IntentState;
import org.innopark.app.transfer.ListingFlow.ListingState;
import org.innopark.app.transfer.ListingFlow.Move;
import org.innopark.app.transfer.ListingFlow.Side;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.transfer.ContractLists;
import org.innopark.engine.transfer.RegisteredContract;
import org.innopark.engine.transfer.ResearchResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 挂牌交易: a park lists one of its research results (挂牌), enterprises of the registry express intent (意向), the
 * listing park takes one intent into 洽谈 and records the signing (签约), and the enterprise's park registers the
 * contract (登记) through {@link TransferContracts#register}, so the 技术合同 statistics count it. Each step is dated
 * and kept in the listing's history, the staff of the parks concerned get a notification (消息提醒) on the console,
 * and every change is audited in the step's transaction. The moves each state allows are {@link ListingFlow}'s.
 *
 * <p>Tenancy: a park sees its own listings and the listings of results their owner parks share (and any it has an
 * intent on); an enterprise may express intent on another park's listing only while the result is shared. The
 * listing park sees every intent on its listings; another park sees only its own enterprises' intents and their
 * steps.
 */
@Service
public class TransferListings {

    /** A listing as offered (money in yuan); the contract's terms once signed, its 登记编号 once registered. */
    public record Listing(
            long id,
            String parkCode,
            String resultNo,
            String resultName,
            String holder,
            String field,
            String transferMode,
            BigDecimal listingPriceYuan,
            LocalDate listedOn,
            LocalDate expiresOn,
            ListingState state,
            LocalDate stateDate,
            String contractType,
            BigDecimal contractAmountYuan,
            BigDecimal technologyAmountYuan,
            String contractField,
            String ipType,
            LocalDate signedOn,
            String registrationNo) {}

    /** An enterprise's intent on a listing. */
    public record Intent(
            long id,
            long listingId,
            String parkCode,
            String creditCode,
            String enterprise,
            String contact,
            String phone,
            String message,
            IntentState state,
            LocalDate stateDate) {}

    /** One dated step of a listing (intent null) or of one of its intents. */
    public record Step(
            long id,
            Long intentId,
            String fromState,
            String toState,
            LocalDate on,
            OffsetDateTime at,
            String username,
            String note) {

        /** A state's name in the language ("en" or Chinese). */
        public String label(String state, String language) {
            if (state == null) {
                return "";
            }
            boolean en = "en".equals(language);
            if (intentId == null) {
                ListingState s = ListingState.valueOf(state);
                return en ? s.en() : s.zh();
            }
            IntentState s = IntentState.valueOf(state);
            return en ? s.en() : s.zh();
        }
    }

    /** A listing with what the caller's park sees of it and the moves its staff may make now. */
    public record ListingView(Listing listing, boolean own, List<Intent> intents, List<Step> steps, Set<Move> moves) {

        /** The park the contract is registered for (the registered intent's), or null before 登记. */
        public String registeredFor() {
            return intents.stream()
                    .filter(i -> i.state() == IntentState.REGISTERED)
                    .map(Intent::parkCode)
                    .findFirst()
                    .orElse(null);
        }

        /** Whether the park's staff may make the move (by its name) now. */
        public boolean may(String move) {
            return moves.stream().anyMatch(m -> m.name().equals(move));
        }
    }

    /** The board's filters, each optional: a state, a 技术领域 (prefix), a word of the name or holder, own or shared. */
    public record Filter(String state, String field, String q, String origin) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** A result to list; price and end date optional (the price then is the result's 意向价格). */
    public record ListingRequest(String resultNo, BigDecimal listingPriceYuan, LocalDate expiresOn, String note) {}

    /** An intent of an enterprise of the caller's park. */
    public record IntentRequest(String creditCode, String contact, String phone, String message) {}

    /**
     * A move on a listing. {@code intentId} names the intent (for signing and registering, the one in negotiation or
     * signed when null); {@code date} the day of the step (today when null); signing takes the contract's terms
     * (type, 成交额 and 技术交易额 in yuan, 技术领域, 知识产权类型), registering its 登记编号 and 登记机构.
     */
    public record MoveRequest(
            Move move,
            Long intentId,
            String note,
            LocalDate date,
            String contractType,
            BigDecimal amountYuan,
            BigDecimal technologyAmountYuan,
            String field,
            String ipType,
            String registrationNo,
            String registrationBody) {

        public static MoveRequest of(Move move, Long intentId, String note) {
            return new MoveRequest(move, intentId, note, null, null, null, null, null, null, null, null);
        }

        /** 登记: the signed intent's contract under its 登记编号, on a day (today when null). */
        public static MoveRequest register(Long intentId, String registrationNo, String body, LocalDate date) {
            return new MoveRequest(
                    Move.REGISTER, intentId, null, date, null, null, null, null, null, registrationNo, body);
        }
    }

    /** A notification for a park's staff: what happened (a move's name, or LISTED), on which listing, when. */
    public record Notification(
            long id,
            String kind,
            long listingId,
            String subject,
            String enterprise,
            OffsetDateTime createdAt,
            OffsetDateTime readAt) {}

    static final String LISTING_ENTITY = "transfer_listing";
    static final String INTENT_ENTITY = "transfer_intent";
    static final String NOTIFICATION_ENTITY = "transfer_notification";

    /** The notification kind of a new listing. */
    public static final String LISTED = "LISTED";

    private static final String LISTING_COLUMNS = "id, park_code, result_no, result_name, holder, field,"
            + " transfer_mode, listing_price, listed_on, expires_on, state, state_date, contract_type, contract_amount,"
            + " technology_amount, contract_field, ip_type, signed_on, registration_no";

    private static final String INTENT_COLUMNS =
            "id, listing_id, park_code, credit_code, enterprise, contact, phone, message, state, state_date";

    /** Who may see a listing: its park, any park while the result is shared, a park with an intent on it. */
    private static final String VISIBLE = "(l.park_code = :park OR EXISTS (SELECT 1 FROM transfer_result r"
            + " WHERE r.park_code = l.park_code AND r.registration_no = l.result_no AND r.shared = TRUE)"
            + " OR EXISTS (SELECT 1 FROM transfer_intent i WHERE i.listing_id = l.id AND i.park_code = :park))";

    private final JdbcClient jdbc;
    private final TransferRegistry registry;
    private final TransferContracts contracts;
    private final RegistryReads reads;
    private final AuditLog audit;

    TransferListings(
            JdbcClient jdbc,
            TransferRegistry registry,
            TransferContracts contracts,
            RegistryReads reads,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.contracts = contracts;
        this.reads = reads;
        this.audit = audit;
    }

    public ContractLists lists() {
        return contracts.lists();
    }

    // ---- reading ----

    /** The listing board (挂牌大厅) of a park, newest first, filtered. */
    @Transactional(readOnly = true)
    public List<Listing> board(Account account, String park, Filter filter) {
        TransferViews.requireStaff(account, park);
        return boardOf(park, filter == null ? Filter.NONE : filter);
    }

    List<Listing> boardOf(String park, Filter f) {
        StringBuilder sql = new StringBuilder("SELECT " + prefixed() + " FROM transfer_listing l WHERE " + VISIBLE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("park", park);
        if (f.state() != null && !f.state().isBlank()) {
            sql.append(" AND l.state = :state");
            params.put("state", f.state());
        }
        if (f.field() != null && !f.field().isBlank()) {
            sql.append(" AND l.field LIKE :field");
            params.put("field", f.field().strip() + "%");
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" AND (l.result_name LIKE :q OR l.holder LIKE :q OR l.result_no = :exact)");
            params.put("q", "%" + f.q().strip() + "%");
            params.put("exact", f.q().strip());
        }
        if ("own".equals(f.origin())) {
            sql.append(" AND l.park_code = :park");
        } else if ("shared".equals(f.origin())) {
            sql.append(" AND l.park_code <> :park");
        }
        sql.append(" ORDER BY l.listed_on DESC, l.id DESC");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> listing(rs))
                .list();
    }

    /** A listing the park sees, with the intents and steps it may see and the moves its staff may make. */
    @Transactional(readOnly = true)
    public ListingView view(Account account, String park, long id) {
        TransferViews.requireStaff(account, park);
        return viewOf(park, id);
    }

    ListingView viewOf(String park, long id) {
        Listing l = visibleListing(park, id);
        boolean own = l.parkCode().equals(park);
        List<Intent> intents = jdbc.sql("SELECT " + INTENT_COLUMNS + " FROM transfer_intent WHERE listing_id = ?"
                        + (own ? "" : " AND park_code = ?") + " ORDER BY id")
                .params(own ? List.of(id) : List.of(id, park))
                .query((rs, n) -> intent(rs))
                .list();
        Set<Long> seen = new java.util.HashSet<>();
        intents.forEach(i -> seen.add(i.id()));
        List<Step> steps = jdbc
                .sql("SELECT id, intent_id, from_state, to_state, step_on, step_at, username, note"
                        + " FROM transfer_listing_step WHERE listing_id = ? ORDER BY step_on, id")
                .param(id)
                .query((rs, n) -> new Step(
                        rs.getLong(1),
                        rs.getObject(2) == null ? null : rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7),
                        rs.getString(8)))
                .list()
                .stream()
                .filter(s -> own || s.intentId() == null || seen.contains(s.intentId()))
                .toList();
        Set<Move> moves = new LinkedHashSet<>();
        for (Move m : l.state().moves()) {
            boolean listingSide = m.side() == Side.LISTING && own;
            boolean enterpriseSide = m.side() == Side.ENTERPRISE
                    && (m == Move.INTENT
                            ? mayExpress(l, park)
                            : intents.stream().anyMatch(i -> i.parkCode().equals(park)));
            if (listingSide || enterpriseSide) {
                moves.add(m);
            }
        }
        return new ListingView(l, own, intents, steps, moves);
    }

    private Listing visibleListing(String park, long id) {
        return jdbc.sql("SELECT " + prefixed() + " FROM transfer_listing l WHERE l.id = :id AND " + VISIBLE)
                .param("id", id)
                .param("park", park)
                .query((rs, n) -> listing(rs))
                .optional()
                .orElseThrow(() -> new TransferNotFound("无此挂牌 / no such listing: " + id));
    }

    /** Whether an enterprise of the park may express intent: the listing is its own park's, or the result shared. */
    boolean mayExpress(Listing l, String park) {
        return l.parkCode().equals(park)
                || registry.find(TransferRegistry.RESULTS, l.parkCode(), l.resultNo())
                        .map(ResearchResult::shared)
                        .orElse(false);
    }

    // ---- moves ----

    /** Lists one of the park's own results (挂牌); refused while the result has an open or signed listing. */
    @Transactional
    public Listing list(Account account, String park, ListingRequest request) {
        TransferViews.requireStaff(account, park);
        return listAs(account.username(), park, request, LocalDate.now());
    }

    Listing listAs(String username, String park, ListingRequest request, LocalDate on) {
        ResearchResult r = registry.find(TransferRegistry.RESULTS, park, request.resultNo())
                .orElseThrow(() -> new TransferNotFound("无此成果 / no such result: " + request.resultNo()));
        Integer active = jdbc.sql("SELECT COUNT(*) FROM transfer_listing WHERE park_code = ? AND result_no = ?"
                        + " AND state IN ('LISTED', 'NEGOTIATING', 'SIGNED')")
                .params(park, r.registrationNo())
                .query(Integer.class)
                .single();
        if (active > 0) {
            throw TransferRefused.move("该成果已在挂牌中,不能重复挂牌 / the result is listed already");
        }
        BigDecimal price = request.listingPriceYuan() != null ? request.listingPriceYuan() : r.askingPriceYuan();
        if (price != null && price.signum() < 0) {
            throw TransferRefused.value("挂牌价格不能为负 / the listing price cannot be negative");
        }
        if (request.expiresOn() != null && !request.expiresOn().isAfter(on)) {
            throw TransferRefused.value("挂牌截止日期应晚于挂牌日期 / the listing ends after the day it is listed");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO transfer_listing (park_code, result_no, result_name, holder, field, transfer_mode,"
                        + " listing_price, listed_on, expires_on, state, state_date, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        park,
                        r.registrationNo(),
                        r.name(),
                        r.holder(),
                        r.field(),
                        r.transferMode(),
                        price,
                        Date.valueOf(on),
                        request.expiresOn() == null ? null : Date.valueOf(request.expiresOn()),
                        ListingState.LISTED.name(),
                        Date.valueOf(on),
                        username)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        step(id, null, null, ListingState.LISTED.name(), on, username, request.note());
        Listing l = find(id);
        audit.record(username, AuditLog.Action.CREATE, LISTING_ENTITY, String.valueOf(id), park, null, auditView(l));
        notify(Set.of(park), LISTED, l, null, on);
        return l;
    }

    /** An enterprise of the caller's park expresses intent on a listing it sees (意向). */
    @Transactional
    public Intent express(Account account, String park, long listingId, IntentRequest request) {
        TransferViews.requireStaff(account, park);
        return expressAs(account.username(), park, listingId, request, LocalDate.now());
    }

    Intent expressAs(String username, String park, long listingId, IntentRequest request, LocalDate on) {
        Listing l = visibleListing(park, listingId);
        if (!mayExpress(l, park)) {
            throw new TransferNotFound("无此挂牌 / no such listing: " + listingId);
        }
        ListingFlow.check(Move.INTENT, l.state(), null);
        if (l.expiresOn() != null && on.isAfter(l.expiresOn())) {
            throw TransferRefused.move("挂牌已于" + l.expiresOn() + "截止,不能再登记意向 / the listing ended on " + l.expiresOn()
                    + "; no more intents");
        }
        String code = request.creditCode() == null ? "" : request.creditCode().strip();
        List<Enterprise> firms = code.isEmpty() ? List.of() : reads.enterprises(park, code);
        if (firms.isEmpty()) {
            throw TransferRefused.value("意向企业应为本园区登记库中的企业,请填写其统一社会信用代码 / the enterprise is one of the park's"
                    + " registry, given by its credit code");
        }
        if (request.contact() == null || request.contact().isBlank()) {
            throw TransferRefused.value("请填写联系人 / give a contact person");
        }
        Integer open = jdbc.sql("SELECT COUNT(*) FROM transfer_intent WHERE listing_id = ? AND credit_code = ?"
                        + " AND state IN ('SUBMITTED', 'NEGOTIATING')")
                .params(listingId, code)
                .query(Integer.class)
                .single();
        if (open > 0) {
            throw TransferRefused.move("该企业对此挂牌已有未结束的意向 / the enterprise has an open intent on this listing");
        }
        notBefore(l.stateDate(), on);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO transfer_intent (listing_id, park_code, credit_code, enterprise, contact, phone, message,"
                        + " state, state_date, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        listingId,
                        park,
                        code,
                        firms.get(0).name(),
                        request.contact().strip(),
                        blankToNull(request.phone()),
                        blankToNull(request.message()),
                        IntentState.SUBMITTED.name(),
                        Date.valueOf(on),
                        username)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        step(listingId, id, null, IntentState.SUBMITTED.name(), on, username, request.message());
        Intent i = intent(id);
        audit.record(username, AuditLog.Action.CREATE, INTENT_ENTITY, String.valueOf(id), park, null, auditView(i));
        notify(parks(l, List.of(i)), Move.INTENT.name(), l, i.enterprise(), on);
        return i;
    }

    /** A move on a listing or one of its intents, by the staff of the side the move belongs to. */
    @Transactional
    public ListingView move(Account account, String park, long listingId, MoveRequest request) {
        TransferViews.requireStaff(account, park);
        moveAs(account.username(), park, listingId, request);
        return viewOf(park, listingId);
    }

    void moveAs(String username, String park, long listingId, MoveRequest request) {
        if (request.move() == null) {
            throw TransferRefused.value("请指明操作 / name the move");
        }
        if (request.move() == Move.INTENT) {
            throw TransferRefused.value("登记意向请使用意向接口 / express intent through the intents");
        }
        Listing l = visibleListing(park, listingId);
        Move move = request.move();
        LocalDate on = request.date() == null ? LocalDate.now() : request.date();
        if (move == Move.DELIST) {
            requireSide(move, l.parkCode().equals(park));
            ListingFlow.check(move, l.state(), null);
            notBefore(l.stateDate(), on);
            List<Intent> open =
                    intents(listingId).stream().filter(i -> i.state().open()).toList();
            for (Intent i : open) {
                setIntent(username, i, IntentState.REJECTED, on, "撤牌 / delisted");
            }
            setListing(username, l, ListingState.WITHDRAWN, on, request.note(), null);
            notify(parks(l, open), move.name(), l, null, on);
            return;
        }
        Intent i = intentFor(l, request);
        boolean listingSide = l.parkCode().equals(park);
        requireSide(
                move, move.side() == Side.LISTING ? listingSide : i.parkCode().equals(park));
        ListingFlow.check(move, l.state(), i.state());
        notBefore(l.stateDate().isAfter(i.stateDate()) ? l.stateDate() : i.stateDate(), on);
        if (move == Move.NEGOTIATE && l.state() != ListingState.LISTED) {
            throw TransferRefused.move("挂牌当前状态为「" + l.state().zh() + "」,已有意向在洽谈中 / another intent is in negotiation");
        }
        Map<String, Object> terms = null;
        if (move == Move.SIGN) {
            terms = terms(l, i, request, on);
        } else if (move == Move.REGISTER) {
            terms = register(username, l, i, request, on);
        }
        setIntent(username, i, ListingFlow.intentAfter(move), on, request.note());
        ListingState next = ListingFlow.listingAfter(move, l.state(), i.state());
        if (next != l.state() || terms != null) {
            setListing(username, l, next, on, null, terms);
        }
        notify(parks(l, List.of(i)), move.name(), l, i.enterprise(), on);
    }

    private static void requireSide(Move move, boolean allowed) {
        if (!allowed) {
            throw TransferRefused.move((move.side() == Side.LISTING ? "只有挂牌园区可以" : "只有意向企业所在园区可以") + move.zh()
                    + " / only the " + (move.side() == Side.LISTING ? "listing park" : "enterprise's park")
                    + " may " + move.en());
        }
    }

    private Intent intentFor(Listing l, MoveRequest request) {
        if (request.intentId() != null) {
            return intents(l.id()).stream()
                    .filter(x -> x.id() == request.intentId())
                    .findFirst()
                    .orElseThrow(() -> new TransferNotFound("无此意向 / no such intent: " + request.intentId()));
        }
        IntentState wanted = request.move() == Move.SIGN ? IntentState.NEGOTIATING : IntentState.SIGNED;
        return intents(l.id()).stream()
                .filter(x -> x.state() == wanted)
                .findFirst()
                .orElseThrow(() -> TransferRefused.move("挂牌当前状态为「" + l.state().zh() + "」,没有可"
                        + request.move().zh()
                        + "的意向;可执行:"
                        + String.join(
                                "、", l.state().moves().stream().map(Move::zh).toList())
                        + " / no intent to " + request.move().en()));
    }

    /** The signed contract's terms, checked against the registration form's code lists. */
    private Map<String, Object> terms(Listing l, Intent i, MoveRequest r, LocalDate on) {
        Optional<ContractLists.Kind> type = lists().type(r.contractType());
        List<String> problems = new ArrayList<>(contracts.termProblems(
                type.map(ContractLists.Kind::code).orElse(r.contractType()),
                r.field(),
                r.ipType(),
                region(l.parkCode()),
                region(i.parkCode())));
        if (r.contractType() == null) {
            problems.add("请填写合同类型");
        }
        if (r.field() == null || r.ipType() == null) {
            problems.add("请填写技术领域与知识产权类型");
        }
        if (r.amountYuan() == null || r.amountYuan().signum() <= 0) {
            problems.add("成交额应大于0");
        } else if (r.technologyAmountYuan() == null
                || r.technologyAmountYuan().signum() < 0
                || r.technologyAmountYuan().compareTo(r.amountYuan()) > 0) {
            problems.add("技术交易额应在0与成交额之间");
        }
        if (!problems.isEmpty()) {
            throw TransferRefused.value(String.join(";", problems));
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("contract_type", type.get().code());
        t.put("contract_amount", r.amountYuan().setScale(2, java.math.RoundingMode.HALF_UP));
        t.put("technology_amount", r.technologyAmountYuan().setScale(2, java.math.RoundingMode.HALF_UP));
        t.put("contract_field", r.field());
        t.put("ip_type", r.ipType());
        t.put("signed_on", Date.valueOf(on));
        return t;
    }

    /**
     * 登记: the signed contract registered for the enterprise's park through the contracts' own path, the buyer the
     * enterprise, the seller the result's holder (with its credit code when it is an enterprise of that park).
     */
    private Map<String, Object> register(String username, Listing l, Intent i, MoveRequest r, LocalDate on) {
        if (r.registrationNo() == null || r.registrationNo().isBlank()) {
            throw TransferRefused.value("请填写技术合同登记编号 / give the contract's registration number");
        }
        String park = i.parkCode();
        String holderCode = reads.enterpriseNames(park).entrySet().stream()
                .filter(e -> e.getValue().equals(l.holder()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        RegisteredContract c = new RegisteredContract(
                r.registrationNo().strip(),
                l.resultName(),
                l.holder(),
                holderCode != null,
                i.enterprise(),
                true,
                l.contractType(),
                l.contractAmountYuan(),
                l.technologyAmountYuan(),
                l.contractField(),
                l.ipType(),
                region(l.parkCode()),
                region(park),
                blankToNull(r.registrationBody()),
                on);
        contracts.register(
                username,
                park,
                new TransferContracts.ContractRow(
                        c,
                        holderCode,
                        i.creditCode(),
                        lists().typeOf(l.contractType()).zh()));
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("registration_no", c.registrationNo());
        return t;
    }

    private String region(String park) {
        return reads.parkRegion(park).orElse(TransferContracts.UNKNOWN_REGION);
    }

    private static void notBefore(LocalDate last, LocalDate on) {
        if (on.isBefore(last)) {
            throw TransferRefused.value("日期不能早于上一步(" + last + ") / the date is not before the last step's");
        }
        if (on.isAfter(LocalDate.now())) {
            throw TransferRefused.value("日期不能晚于今天 / the date is not after today");
        }
    }

    private void setListing(
            String username, Listing l, ListingState to, LocalDate on, String note, Map<String, Object> terms) {
        StringBuilder sql = new StringBuilder("UPDATE transfer_listing SET state = ?, state_date = ?");
        List<Object> params = new ArrayList<>(List.of(to.name(), Date.valueOf(on)));
        if (terms != null) {
            terms.forEach((k, v) -> {
                sql.append(", ").append(k).append(" = ?");
                params.add(v);
            });
        }
        sql.append(", updated_at = CURRENT_TIMESTAMP WHERE id = ?");
        params.add(l.id());
        jdbc.sql(sql.toString()).params(params).update();
        if (to != l.state()) {
            step(l.id(), null, l.state().name(), to.name(), on, username, note);
        }
        audit.record(
                username,
                AuditLog.Action.UPDATE,
                LISTING_ENTITY,
                String.valueOf(l.id()),
                l.parkCode(),
                auditView(l),
                auditView(find(l.id())));
    }

    private void setIntent(String username, Intent i, IntentState to, LocalDate on, String note) {
        jdbc.sql("UPDATE transfer_intent SET state = ?, state_date = ? WHERE id = ?")
                .params(to.name(), Date.valueOf(on), i.id())
                .update();
        step(i.listingId(), i.id(), i.state().name(), to.name(), on, username, note);
        audit.record(
                username,
                AuditLog.Action.UPDATE,
                INTENT_ENTITY,
                String.valueOf(i.id()),
                i.parkCode(),
                auditView(i),
                auditView(intent(i.id())));
    }

    private void step(long listing, Long intent, String from, String to, LocalDate on, String username, String note) {
        jdbc.sql("INSERT INTO transfer_listing_step (listing_id, intent_id, from_state, to_state, step_on, username,"
                        + " note) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(listing, intent, from, to, Date.valueOf(on), username, blankToNull(note))
                .update();
    }

    // ---- notifications ----

    /** The parks concerned by a move: the listing's and the intents' parks. */
    private static Set<String> parks(Listing l, List<Intent> intents) {
        Set<String> parks = new LinkedHashSet<>();
        parks.add(l.parkCode());
        intents.forEach(i -> parks.add(i.parkCode()));
        return parks;
    }

    /**
     * Notifies the parks' staff of a step, dated by the step: now for a step of today, else the step's day at this
     * time of day (a step recorded afterwards for the day it happened).
     */
    private void notify(Set<String> parks, String kind, Listing l, String enterprise, LocalDate on) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime at = on.isBefore(now.toLocalDate()) ? now.with(on) : now;
        for (String p : parks) {
            jdbc.sql("INSERT INTO transfer_notification (park_code, kind, listing_id, subject, enterprise, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(p, kind, l.id(), l.resultName(), enterprise, at)
                    .update();
        }
    }

    /** Marks read the notifications of steps before a day (the demo's: what the staff would have seen already). */
    void markReadBefore(LocalDate day) {
        jdbc.sql("UPDATE transfer_notification SET read_at = created_at WHERE read_at IS NULL AND created_at < ?")
                .param(day.atStartOfDay().atOffset(OffsetDateTime.now().getOffset()))
                .update();
    }

    /** A park's notifications, newest first (at most 100). */
    @Transactional(readOnly = true)
    public List<Notification> notifications(Account account, String park) {
        TransferViews.requireStaff(account, park);
        return jdbc.sql(
                        "SELECT id, kind, listing_id, subject, enterprise, created_at, read_at FROM"
                                + " transfer_notification WHERE park_code = ? ORDER BY created_at DESC, id DESC FETCH FIRST 100 ROWS ONLY")
                .param(park)
                .query((rs, n) -> notification(rs))
                .list();
    }

    /**
     * The notifications of an enterprise's park about the enterprise's own intents (newest first, at most 100): the
     * steps of its intents and the delisting of a listing it has an intent on; the park's other notifications not.
     */
    List<Notification> notificationsOf(String park, String creditCode) {
        return jdbc.sql("SELECT n.id, n.kind, n.listing_id, n.subject, n.enterprise, n.created_at, n.read_at FROM"
                        + " transfer_notification n WHERE n.park_code = :park AND n.kind <> :listed AND EXISTS (SELECT 1"
                        + " FROM transfer_intent i WHERE i.listing_id = n.listing_id AND i.park_code = :park"
                        + " AND i.credit_code = :code AND (n.enterprise IS NULL OR n.enterprise = i.enterprise))"
                        + " ORDER BY n.created_at DESC, n.id DESC FETCH FIRST 100 ROWS ONLY")
                .param("park", park)
                .param("listed", LISTED)
                .param("code", creditCode)
                .query((rs, n) -> notification(rs))
                .list();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        return new Notification(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class),
                rs.getObject(7, OffsetDateTime.class));
    }

    /** The number of a park's unread notifications (for the console's badge; the caller checked the scope). */
    @Transactional(readOnly = true)
    public int unread(String park) {
        return jdbc.sql("SELECT COUNT(*) FROM transfer_notification WHERE park_code = ? AND read_at IS NULL")
                .param(park)
                .query(Integer.class)
                .single();
    }

    /** Marks the park's unread notifications read (audited); returns how many. */
    @Transactional
    public int markRead(Account account, String park) {
        TransferViews.requireStaff(account, park);
        int before = unread(park);
        if (before == 0) {
            return 0;
        }
        jdbc.sql("UPDATE transfer_notification SET read_at = CURRENT_TIMESTAMP WHERE park_code = ? AND read_at IS NULL")
                .param(park)
                .update();
        audit.record(
                account.username(),
                AuditLog.Action.UPDATE,
                NOTIFICATION_ENTITY,
                park,
                park,
                Map.of("unread", before),
                Map.of("unread", 0));
        return before;
    }

    // ---- rows ----

    private Listing find(long id) {
        return jdbc.sql("SELECT " + prefixed() + " FROM transfer_listing l WHERE l.id = ?")
                .param(id)
                .query((rs, n) -> listing(rs))
                .single();
    }

    /** An enterprise's intents in its park, newest first. */
    List<Intent> intentsOf(String park, String creditCode) {
        return jdbc.sql("SELECT " + INTENT_COLUMNS + " FROM transfer_intent WHERE park_code = ? AND credit_code = ?"
                        + " ORDER BY id DESC")
                .params(park, creditCode)
                .query((rs, n) -> intent(rs))
                .list();
    }

    private List<Intent> intents(long listingId) {
        return jdbc.sql("SELECT " + INTENT_COLUMNS + " FROM transfer_intent WHERE listing_id = ? ORDER BY id")
                .param(listingId)
                .query((rs, n) -> intent(rs))
                .list();
    }

    private Intent intent(long id) {
        return jdbc.sql("SELECT " + INTENT_COLUMNS + " FROM transfer_intent WHERE id = ?")
                .param(id)
                .query((rs, n) -> intent(rs))
                .single();
    }

    private static String prefixed() {
        return "l." + LISTING_COLUMNS.replace(", ", ", l.");
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Listing listing(ResultSet rs) throws SQLException {
        return new Listing(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBigDecimal(8),
                date(rs, 9),
                date(rs, 10),
                ListingState.valueOf(rs.getString(11)),
                date(rs, 12),
                rs.getString(13),
                rs.getBigDecimal(14),
                rs.getBigDecimal(15),
                rs.getString(16),
                rs.getString(17),
                date(rs, 18),
                rs.getString(19));
    }

    private static Intent intent(ResultSet rs) throws SQLException {
        return new Intent(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4).strip(),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                IntentState.valueOf(rs.getString(9)),
                date(rs, 10));
    }

    private static Map<String, Object> auditView(Listing l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("result_no", l.resultNo());
        m.put("result_name", l.resultName());
        m.put(
                "listing_price",
                l.listingPriceYuan() == null ? null : l.listingPriceYuan().toPlainString());
        m.put("listed_on", String.valueOf(l.listedOn()));
        m.put("expires_on", l.expiresOn() == null ? null : l.expiresOn().toString());
        m.put("state", l.state().name());
        m.put("state_date", String.valueOf(l.stateDate()));
        m.put("contract_type", l.contractType());
        m.put(
                "contract_amount",
                l.contractAmountYuan() == null ? null : l.contractAmountYuan().toPlainString());
        m.put(
                "technology_amount",
                l.technologyAmountYuan() == null
                        ? null
                        : l.technologyAmountYuan().toPlainString());
        m.put("contract_field", l.contractField());
        m.put("ip_type", l.ipType());
        m.put("signed_on", l.signedOn() == null ? null : l.signedOn().toString());
        m.put("registration_no", l.registrationNo());
        return m;
    }

    private static Map<String, Object> auditView(Intent i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("listing_id", i.listingId());
        m.put("credit_code", i.creditCode());
        m.put("enterprise", i.enterprise());
        m.put("contact", i.contact());
        m.put("phone", i.phone());
        m.put("message", i.message());
        m.put("state", i.state().name());
        m.put("state_date", String.valueOf(i.stateDate()));
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
