package org.innopark.app.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.Role;
import org.innopark.app.transfer.ListingFlow.Move;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.transfer.RegistryLists;
import org.innopark.engine.transfer.TechnologyDemand;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 科技成果转化 as an enterprise's own user (企业用户) sees it: its enterprise's technology demands (posted, edited and
 * closed by itself, each with the matches park staff see for it), the listing board of its park (the park's own
 * listings and the shared results'), its own intents with their steps, and the notifications about them. The
 * enterprise is always the account's (its park and credit code), never a parameter; another enterprise's demand or
 * intent answers {@link TransferNotFound}, as one that does not exist; any other role gets nothing here.
 */
@Service
public class EnterpriseTransfer {

    /** The enterprise an account speaks for. */
    public record Firm(String park, String creditCode, String name) {}

    /** A demand as its enterprise writes it on the form: budget in 万元, the deadline optional. */
    public record DemandForm(
            String name,
            String description,
            String industry,
            String budgetWan,
            String cooperation,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

        static DemandForm of(TechnologyDemand d) {
            return new DemandForm(
                    d.name(),
                    d.description(),
                    d.industry(),
                    d.budgetYuan() == null
                            ? null
                            : d.budgetYuan()
                                    .movePointLeft(4)
                                    .stripTrailingZeros()
                                    .toPlainString(),
                    d.cooperation(),
                    d.deadline());
        }
    }

    /** A listing as the enterprise sees it: only its own intents and their steps, and the moves it may make. */
    public record ListingView(
            TransferListings.Listing listing,
            List<TransferListings.Intent> intents,
            List<TransferListings.Step> steps,
            Set<Move> moves) {

        public boolean may(String move) {
            return moves.stream().anyMatch(m -> m.name().equals(move));
        }
    }

    /** One of the enterprise's intents with the listing it is on and its steps. */
    public record IntentView(
            TransferListings.Intent intent, TransferListings.Listing listing, List<TransferListings.Step> steps) {}

    /** The intent an enterprise expresses for itself: a contact, a phone and a message. */
    public record IntentForm(String contact, String phone, String message) {}

    private static final int NAME_LENGTH = 100;
    private static final int DESCRIPTION_LENGTH = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final TransferRegistry registry;
    private final TransferSearch search;
    private final TransferListings listings;
    private final RegistryReads reads;
    private final RegistryLists lists = RegistryLists.builtIn();

    EnterpriseTransfer(
            TransferRegistry registry, TransferSearch search, TransferListings listings, RegistryReads reads) {
        this.registry = registry;
        this.search = search;
        this.listings = listings;
        this.reads = reads;
    }

    /** The account's enterprise; anyone but an enterprise user (bound to a registered enterprise) gets not found. */
    public Firm firm(Account account) {
        if (account.role() != Role.ENTERPRISE || account.parkCode() == null || account.creditCode() == null) {
            throw new TransferNotFound("无此页面 / no such page");
        }
        List<Enterprise> found = reads.enterprises(account.parkCode(), account.creditCode());
        if (found.isEmpty()) {
            throw new TransferNotFound("无此企业 / no such enterprise");
        }
        return new Firm(account.parkCode(), account.creditCode(), found.get(0).name());
    }

    /** The 期望合作方式 the form offers. */
    public List<String> cooperationModes() {
        return lists.cooperationModes();
    }

    // ---- 我的技术需求 ----

    /** The enterprise's own demands, newest id first. */
    public List<TechnologyDemand> demands(Account account) {
        Firm f = firm(account);
        return registry.all(TransferRegistry.DEMANDS, f.park()).stream()
                .filter(d -> d.creditCode().equals(f.creditCode()))
                .sorted((a, b) -> b.id().compareTo(a.id()))
                .toList();
    }

    /** One of the enterprise's demands with its ranked results, experts and instruments, as park staff see them. */
    public TransferViews.DemandMatches demand(Account account, String id) {
        Firm f = firm(account);
        TechnologyDemand d = own(f, id);
        return new TransferViews.DemandMatches(d, search.method().name(), search.match(d, f.park(), TransferViews.TOP));
    }

    /** The form of one of the enterprise's demands, for editing. */
    public DemandForm form(Account account, String id) {
        return DemandForm.of(own(firm(account), id));
    }

    private TechnologyDemand own(Firm f, String id) {
        return registry.find(TransferRegistry.DEMANDS, f.park(), id)
                .filter(d -> d.creditCode().equals(f.creditCode()))
                .orElseThrow(() -> new TransferNotFound("无此需求 / no such demand: " + id));
    }

    /**
     * Posts a new demand of the enterprise (audited; matched from then on); returns it with its new id: QY, the day,
     * the last six characters of the credit code and the enterprise's number of the day (QY20261202-0747XF-01), so
     * two enterprises posting at once never draw the same id.
     */
    @Transactional
    public TechnologyDemand post(Account account, DemandForm form) {
        Firm f = firm(account);
        String code = f.creditCode();
        String prefix = "QY" + LocalDate.now().format(DAY) + "-" + code.substring(code.length() - 6) + "-";
        int n = 1;
        while (registry.find(TransferRegistry.DEMANDS, f.park(), prefix + String.format("%02d", n))
                .isPresent()) {
            n++;
        }
        return write(account, f, prefix + String.format("%02d", n), form);
    }

    /** Changes one of the enterprise's demands (audited). */
    @Transactional
    public TechnologyDemand edit(Account account, String id, DemandForm form) {
        Firm f = firm(account);
        own(f, id);
        return write(account, f, id, form);
    }

    /**
     * Closes one of the enterprise's demands: its 截止日期 becomes yesterday, so it no longer counts as open (audited);
     * it stays on the enterprise's list and the park's, closed.
     */
    @Transactional
    public TechnologyDemand close(Account account, String id) {
        Firm f = firm(account);
        TechnologyDemand d = own(f, id);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        if (d.deadline() != null && d.deadline().isBefore(LocalDate.now())) {
            throw TransferRefused.move("该需求已截止 / the demand is already closed");
        }
        TechnologyDemand closed = new TechnologyDemand(
                d.id(),
                d.name(),
                d.description(),
                d.creditCode(),
                d.enterpriseName(),
                d.industry(),
                d.budgetYuan(),
                d.cooperation(),
                yesterday,
                d.parkCode());
        registry.save(TransferRegistry.DEMANDS, account.username(), List.of(closed));
        search.demandsChanged(f.park());
        return closed;
    }

    private TechnologyDemand write(Account account, Firm f, String id, DemandForm form) {
        TechnologyDemand d = check(f, id, form);
        registry.save(TransferRegistry.DEMANDS, account.username(), List.of(d));
        search.demandsChanged(f.park());
        return d;
    }

    /** The form checked field by field against the demand import's rules and code lists. */
    TechnologyDemand check(Firm f, String id, DemandForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = required(errors, "name", form.name(), NAME_LENGTH, "需求名称", "the name");
        String description =
                required(errors, "description", form.description(), DESCRIPTION_LENGTH, "需求描述", "the description");
        String industry = required(errors, "industry", form.industry(), NAME_LENGTH, "所属行业", "the industry");
        BigDecimal budget =
                TransferImport.tenThousands(form.budgetWan(), (zh, en) -> errors.put("budgetWan", zh + " / " + en));
        String cooperation = blankToNull(form.cooperation());
        if (cooperation != null && !lists.cooperationModes().contains(cooperation)) {
            errors.put(
                    "cooperation",
                    "期望合作方式应为:" + String.join("、", lists.cooperationModes()) + " / the cooperation is one of: "
                            + String.join(", ", lists.cooperationModes()));
        }
        if (form.deadline() != null && form.deadline().isBefore(LocalDate.now())) {
            errors.put("deadline", "截止日期不能早于今天 / the deadline is not before today");
        }
        if (!errors.isEmpty()) {
            throw new DemandRejected(errors);
        }
        return new TechnologyDemand(
                id,
                name,
                description,
                f.creditCode(),
                f.name(),
                industry,
                budget,
                cooperation,
                form.deadline(),
                f.park());
    }

    private static String required(
            Map<String, String> errors, String key, String value, int max, String zh, String en) {
        String v = blankToNull(value);
        if (v == null) {
            errors.put(key, "请填写" + zh + " / give " + en);
        } else if (v.length() > max) {
            errors.put(key, zh + "至多" + max + "字 / " + en + " has at most " + max + " characters");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- 成果挂牌大厅 ----

    /** The listings of the enterprise's park and the shared results' (and any it has an intent on), newest first. */
    public List<TransferListings.Listing> board(Account account, TransferListings.Filter filter) {
        Firm f = firm(account);
        Set<Long> mine = mineListings(f);
        return listings.boardOf(f.park(), filter == null ? TransferListings.Filter.NONE : filter).stream()
                .filter(l -> mine.contains(l.id()) || listings.mayExpress(l, f.park()))
                .toList();
    }

    private Set<Long> mineListings(Firm f) {
        Set<Long> ids = new LinkedHashSet<>();
        listings.intentsOf(f.park(), f.creditCode()).forEach(i -> ids.add(i.listingId()));
        return ids;
    }

    /** A listing the enterprise sees, with only its own intents and their steps, and the moves open to it. */
    public ListingView listing(Account account, long id) {
        return viewFor(firm(account), id);
    }

    private ListingView viewFor(Firm f, long id) {
        TransferListings.ListingView v = listings.viewOf(f.park(), id);
        List<TransferListings.Intent> mine = v.intents().stream()
                .filter(i -> i.parkCode().equals(f.park()) && i.creditCode().equals(f.creditCode()))
                .toList();
        if (mine.isEmpty() && !listings.mayExpress(v.listing(), f.park())) {
            throw new TransferNotFound("无此挂牌 / no such listing: " + id);
        }
        Set<Long> ids = new LinkedHashSet<>();
        mine.forEach(i -> ids.add(i.id()));
        List<TransferListings.Step> steps = v.steps().stream()
                .filter(s -> s.intentId() == null || ids.contains(s.intentId()))
                .toList();
        Set<Move> moves = new LinkedHashSet<>();
        boolean open = mine.stream().anyMatch(i -> i.state().open());
        if (v.moves().contains(Move.INTENT) && !open) {
            moves.add(Move.INTENT);
        }
        if (open && v.listing().state().moves().contains(Move.WITHDRAW_INTENT)) {
            moves.add(Move.WITHDRAW_INTENT);
        }
        return new ListingView(v.listing(), mine, steps, moves);
    }

    /** The enterprise expresses intent on a listing it sees, for itself (audited; both parks' staff notified). */
    @Transactional
    public TransferListings.Intent express(Account account, long listingId, IntentForm form) {
        Firm f = firm(account);
        viewFor(f, listingId);
        IntentForm i = form == null ? new IntentForm(null, null, null) : form;
        return listings.expressAs(
                account.username(),
                f.park(),
                listingId,
                new TransferListings.IntentRequest(f.creditCode(), i.contact(), i.phone(), i.message()),
                LocalDate.now());
    }

    /** The enterprise withdraws one of its own open intents (撤回意向; audited; both parks' staff notified). */
    @Transactional
    public ListingView withdraw(Account account, long listingId, long intentId, String note) {
        Firm f = firm(account);
        ListingView v = viewFor(f, listingId);
        if (v.intents().stream().noneMatch(i -> i.id() == intentId)) {
            throw new TransferNotFound("无此意向 / no such intent: " + intentId);
        }
        listings.moveAs(
                account.username(),
                f.park(),
                listingId,
                TransferListings.MoveRequest.of(Move.WITHDRAW_INTENT, intentId, note));
        return viewFor(f, listingId);
    }

    /** The enterprise's intents, newest first, each with its listing and its steps. */
    public List<IntentView> intents(Account account) {
        Firm f = firm(account);
        Map<Long, ListingView> seen = new LinkedHashMap<>();
        return listings.intentsOf(f.park(), f.creditCode()).stream()
                .map(i -> {
                    ListingView v = seen.computeIfAbsent(i.listingId(), id -> viewFor(f, id));
                    return new IntentView(
                            i,
                            v.listing(),
                            v.steps().stream()
                                    .filter(s -> Long.valueOf(i.id()).equals(s.intentId()))
                                    .toList());
                })
                .toList();
    }

    /** The notifications about the enterprise's own intents (not the park's others). */
    public List<TransferListings.Notification> notifications(Account account) {
        Firm f = firm(account);
        return listings.notificationsOf(f.park(), f.creditCode());
    }
}
