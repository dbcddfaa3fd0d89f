package org.innopark.app.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.engine.transfer.ObjectType;
import org.innopark.engine.transfer.ResearchInstrument;
import org.innopark.engine.transfer.ResearchResult;
import org.innopark.engine.transfer.TechnologyDemand;
import org.innopark.engine.transfer.TransferExpert;
import org.springframework.stereotype.Service;

/**
 * What the API and the pages read of technology transfer, for a park the caller's scope includes: the park's own
 * objects and the ones other parks share, its demands, a demand with its matches, a result with its candidate
 * enterprises. Park staff only: a caller outside the park, an enterprise or a bank user gets {@link TransferNotFound}.
 */
@Service
public class TransferViews {

    /** The number of matches of each kind shown for a demand, and of enterprises for a result. */
    public static final int TOP = 10;

    /** The counts of what a park sees. */
    public record Counts(int results, int experts, int instruments, int demands) {}

    /** A demand with its ranked results, experts and instruments. */
    public record DemandMatches(
            TechnologyDemand demand, String method, Map<ObjectType, List<TransferSearch.Found>> matches) {}

    /** A result with the park's enterprises likely to need it. */
    public record ResultCandidates(ResearchResult result, String method, List<TransferSearch.Candidate> enterprises) {}

    private final TransferRegistry registry;
    private final TransferSearch search;

    TransferViews(TransferRegistry registry, TransferSearch search) {
        this.registry = registry;
        this.search = search;
    }

    /** Checks that the caller is park staff whose scope includes the park. */
    public static void requireStaff(Account account, String park) {
        Role role = account.role();
        ParkScope scope = account.scope();
        if (role == Role.ENTERPRISE || role == Role.BANK || !scope.includesPark(park)) {
            throw new TransferNotFound("无此园区 / no such park: " + park);
        }
    }

    public Counts counts(Account account, String park) {
        requireStaff(account, park);
        return countsOf(park);
    }

    /** The counts without a caller, for the reports (the caller has checked the park's scope). */
    public Counts countsOf(String park) {
        return new Counts(
                registry.count(TransferRegistry.RESULTS, park),
                registry.count(TransferRegistry.EXPERTS, park),
                registry.count(TransferRegistry.INSTRUMENTS, park),
                registry.count(TransferRegistry.DEMANDS, park));
    }

    /**
     * A park's demands on a day: how many are registered, still open (no deadline, or the deadline not passed) and
     * matched (the matching finds at least one result, expert or instrument the park sees).
     */
    public record DemandFigures(int demands, int open, int matched, String method) {}

    /** The demand figures without a caller, for the reports (the caller has checked the park's scope). */
    public DemandFigures demandFiguresOf(String park, java.time.LocalDate day) {
        List<TechnologyDemand> demands = registry.all(TransferRegistry.DEMANDS, park);
        int open = 0;
        int matched = 0;
        for (TechnologyDemand d : demands) {
            if (d.deadline() == null || !d.deadline().isBefore(day)) {
                open++;
            }
            if (search.match(d, park, 1).values().stream().anyMatch(l -> !l.isEmpty())) {
                matched++;
            }
        }
        return new DemandFigures(demands.size(), open, matched, search.method().name());
    }

    public List<ResearchResult> results(Account account, String park) {
        requireStaff(account, park);
        return registry.visibleTo(TransferRegistry.RESULTS, park);
    }

    public List<TransferExpert> experts(Account account, String park) {
        requireStaff(account, park);
        return registry.visibleTo(TransferRegistry.EXPERTS, park);
    }

    public List<ResearchInstrument> instruments(Account account, String park) {
        requireStaff(account, park);
        return registry.visibleTo(TransferRegistry.INSTRUMENTS, park);
    }

    public List<TechnologyDemand> demands(Account account, String park) {
        requireStaff(account, park);
        return registry.visibleTo(TransferRegistry.DEMANDS, park);
    }

    public DemandMatches demand(Account account, String park, String id) {
        requireStaff(account, park);
        TechnologyDemand d = registry.find(TransferRegistry.DEMANDS, park, id)
                .orElseThrow(() -> new TransferNotFound("无此需求 / no such demand: " + id));
        return new DemandMatches(d, search.method().name(), search.match(d, park, TOP));
    }

    /**
     * A result the park sees (its own, or shared by its owner park), with the park's candidate enterprises.
     *
     * @param owner the owning park, or null for the park's own (else the first park sharing one of that id)
     */
    public ResultCandidates result(Account account, String park, String owner, String id) {
        requireStaff(account, park);
        Optional<ResearchResult> r = owner == null || owner.isBlank() || owner.equals(park)
                ? registry.visible(TransferRegistry.RESULTS, park, id)
                : registry.find(TransferRegistry.RESULTS, owner, id).filter(ResearchResult::shared);
        ResearchResult result = r.orElseThrow(() -> new TransferNotFound("无此成果 / no such result: " + id));
        return new ResultCandidates(result, search.method().name(), search.enterprises(result, park, TOP));
    }
}
