package org.innopark.app.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryReads.EnterpriseRecord;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.chain.AnalystDecision;
import org.innopark.engine.chain.Backtest;
import org.innopark.engine.chain.CandidatePool;
import org.innopark.engine.chain.ChainAnalysis;
import org.innopark.engine.chain.ChainCoverage;
import org.innopark.engine.chain.Cities;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.NodeAssignment;
import org.innopark.engine.chain.NodeMatcher;
import org.innopark.engine.chain.ParkFirm;
import org.innopark.engine.chain.ParkPortfolio;
import org.innopark.engine.chain.PoolChainView;
import org.innopark.engine.chain.Target;
import org.innopark.engine.chain.TargetRanking;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.EnterpriseBusiness;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.springframework.stereotype.Service;

/**
 * A park along a chain: its enterprises placed on the nodes (with evidence and the analysts' decisions), its
 * coverage and gaps, the target ranking over the national pool, and the back-test. Every read checks the caller's
 * park scope; a park outside it is "not found".
 */
@Service
public class ParkChains {

    private final ChainCatalogue catalogue;
    private final ProductSegmenter segmenter;
    private final CandidatePoolStore pool;
    private final RegistryReads registry;
    private final MappingDecisions decisions;
    private final org.innopark.app.registry.RegistryVersion version;
    private final Map<String, Set<String>> termsCache = new ConcurrentHashMap<>();
    private final Map<String, List<ParkPortfolio>> portfolioCache = new ConcurrentHashMap<>();

    ParkChains(
            ChainCatalogue catalogue,
            ProductSegmenter segmenter,
            CandidatePoolStore pool,
            RegistryReads registry,
            MappingDecisions decisions,
            org.innopark.app.registry.RegistryVersion version) {
        this.version = version;
        this.catalogue = catalogue;
        this.segmenter = segmenter;
        this.pool = pool;
        this.registry = registry;
        this.decisions = decisions;
    }

    /** A park's analysis of one chain on a day. */
    public record ParkChain(
            String park,
            String parkName,
            IndustryChain chain,
            LocalDate asOf,
            List<ParkFirm> firms,
            ChainAnalysis analysis,
            int poolSize) {

        public ChainCoverage coverage() {
            return analysis.coverage();
        }

        /** The park's enterprises on a node, largest revenue first. */
        public List<ParkFirm> firmsOn(String nodeId) {
            return firms.stream()
                    .filter(f -> f.on(nodeId))
                    .sorted((a, b) -> Double.compare(b.revenue(), a.revenue()))
                    .toList();
        }
    }

    public List<IndustryChain> chains() {
        return catalogue.chains();
    }

    /** The park's coverage of the chain today, checked against the caller's scope. */
    public ParkChain analyse(ParkScope scope, String park, String chainId) {
        return analyse(scope, park, chainId, LocalDate.now());
    }

    public ParkChain analyse(ParkScope scope, String park, String chainId, LocalDate day) {
        check(scope, park);
        IndustryChain chain = chain(chainId);
        CandidatePool p = pool.pool();
        PoolChainView view = new PoolChainView(p, chain);
        List<ParkPortfolio> portfolios = portfolios(chain, park);
        ChainAnalysis analysis =
                ChainAnalysis.of(p, view, portfolios, park, day, registry.badListed(day), catalogue.rules(park));
        List<ParkFirm> own = portfolios.stream()
                .filter(x -> x.parkCode().equals(park))
                .findFirst()
                .orElseThrow()
                .on(day);
        return new ParkChain(park, registry.parkName(park).orElse(park), chain, day, own, analysis, p.size());
    }

    /** The best n targets of the pool for the park and chain, explained. */
    public List<Target> targets(ParkScope scope, String park, String chainId, int top) {
        ParkChain pc = analyse(scope, park, chainId);
        TargetRanking ranking = pc.analysis().ranking();
        return ranking.top(top);
    }

    /**
     * One park's coverage of a chain in figures only (firms per node and each node's class), for the comparison with
     * peer parks: no enterprise of another park is named.
     */
    public record PeerCoverage(
            String park,
            String parkName,
            int firmsOnChain,
            Map<String, Integer> firmsByNode,
            Map<String, org.innopark.engine.chain.NodeStrength> strengthByNode) {}

    private final Map<String, List<PeerCoverage>> peerCache = new ConcurrentHashMap<>();

    /**
     * Every park's coverage of the chain, the caller's park first, each placed on the nodes by the same matching
     * (with that park's analysts' decisions) and classed by that park's rules; kept while the registry, the pool and
     * the decisions do not change.
     */
    public List<PeerCoverage> peers(ParkScope scope, String park, String chainId) {
        check(scope, park);
        IndustryChain chain = chain(chainId);
        String key = chain.id() + "|" + version.current() + "|" + decisions.version() + "|" + pool.size();
        if (peerCache.size() > 32) {
            peerCache.clear();
        }
        List<PeerCoverage> all = peerCache.computeIfAbsent(key, k -> peerCoverage(chain));
        List<PeerCoverage> out = new ArrayList<>();
        all.stream().filter(p -> p.park().equals(park)).forEach(out::add);
        all.stream().filter(p -> !p.park().equals(park)).forEach(out::add);
        return out;
    }

    private List<PeerCoverage> peerCoverage(IndustryChain chain) {
        CandidatePool p = pool.pool();
        PoolChainView view = new PoolChainView(p, chain);
        Map<String, Integer> poolByNode = p.firmsByNode(view);
        LocalDate day = LocalDate.now();
        List<PeerCoverage> out = new ArrayList<>();
        for (String code : registry.parkCodes()) {
            List<ParkFirm> present = portfolios(chain, code).stream()
                    .filter(x -> x.parkCode().equals(code))
                    .findFirst()
                    .orElseThrow()
                    .on(day);
            List<ParkFirm> onChain =
                    present.stream().filter(f -> !f.nodes().isEmpty()).toList();
            ChainCoverage coverage =
                    ChainCoverage.of(chain, onChain, present.size(), poolByNode, p.size(), catalogue.rules(code));
            Map<String, Integer> firms = new java.util.LinkedHashMap<>();
            Map<String, org.innopark.engine.chain.NodeStrength> strength = new java.util.LinkedHashMap<>();
            for (org.innopark.engine.chain.NodeCoverage n : coverage.nodes()) {
                firms.put(n.node().id(), n.firms());
                strength.put(n.node().id(), n.strength());
            }
            out.add(new PeerCoverage(code, registry.parkName(code).orElse(code), onChain.size(), firms, strength));
        }
        return List.copyOf(out);
    }

    /**
     * An analyst's decision on a firm's place on a node (confirm, reject or add), audited; what the API and the
     * console's node page both call.
     *
     * @throws ChainNotFoundException when the park is not in scope, the node is not a mappable node of the chain, or
     *     the enterprise is not the park's
     * @throws IllegalArgumentException naming what is wrong with the verb or the note
     */
    public void decide(
            ParkScope scope,
            String username,
            String park,
            String chainId,
            String creditCode,
            String nodeId,
            String verbText,
            String noteText) {
        check(scope, park);
        IndustryChain chain = chain(chainId);
        if (chain.node(nodeId)
                        .filter(org.innopark.engine.chain.ChainNode::mappable)
                        .isEmpty()
                || !park.equals(registry.parkOf(creditCode).orElse(null))) {
            throw new ChainNotFoundException("未知的节点或本园区无此企业 / no such node or enterprise in the park");
        }
        AnalystDecision.Verb verb;
        try {
            verb = AnalystDecision.Verb.valueOf(
                    verbText == null ? "" : verbText.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("verb 应为 CONFIRM、REJECT 或 ADD / verb is CONFIRM, REJECT or ADD");
        }
        String note = noteText == null || noteText.isBlank() ? null : noteText.strip();
        if (note != null && note.length() > 500) {
            throw new IllegalArgumentException("说明不超过500字 / note: at most 500 characters");
        }
        decisions.decide(username, park, new AnalystDecision(creditCode, chainId, nodeId, verb, note));
    }

    /** The back-test of the recommender and the baselines for one window (over the whole registry and pool). */
    public Backtest.Result backtest(String park, String chainId, LocalDate t0, LocalDate t1) {
        check(ParkScope.ALL, park);
        IndustryChain chain = chain(chainId);
        CandidatePool p = pool.pool();
        PoolChainView view = new PoolChainView(p, chain);
        List<ParkPortfolio> portfolios = portfolios(chain, park);
        Set<String> arrivals = new java.util.HashSet<>();
        for (ParkPortfolio pp : portfolios) {
            if (pp.parkCode().equals(park)) {
                for (ParkFirm f : pp.firms()) {
                    if (f.arrivedOn() != null
                            && f.arrivedOn().isAfter(t0)
                            && !f.arrivedOn().isAfter(t1)) {
                        arrivals.add(f.creditCode());
                    }
                }
            }
        }
        return Backtest.run(p, view, portfolios, park, t0, t1, registry.badListed(t0), arrivals, catalogue.rules(park));
    }

    private IndustryChain chain(String chainId) {
        try {
            return catalogue.chain(chainId);
        } catch (IllegalArgumentException e) {
            throw new ChainNotFoundException(e.getMessage());
        }
    }

    void check(ParkScope scope, String park) {
        if (!scope.includesPark(park) || scope.enterprise().isPresent() || !registry.parkExists(park)) {
            throw new ChainNotFoundException("园区不存在或不在您的权限范围内 / no such park in your scope: " + park);
        }
    }

    /** Every park's enterprises; the analysed park's placed on the chain's nodes (kept while nothing changed). */
    private List<ParkPortfolio> portfolios(IndustryChain chain, String analysed) {
        String key = chain.id() + "|" + analysed + "|" + version.current() + "|" + decisions.version();
        if (portfolioCache.size() > 64) {
            portfolioCache.clear();
        }
        return portfolioCache.computeIfAbsent(key, k -> read(chain, analysed));
    }

    private List<ParkPortfolio> read(IndustryChain chain, String analysed) {
        NodeMatcher matcher = new NodeMatcher(chain);
        Map<String, List<AnalystDecision>> decided = decisions.of(analysed, chain.id());
        int year = registry.latestReportYear(null, null).orElse(LocalDate.now().getYear() - 1);
        LocalDate day = LocalDate.of(year, 12, 31);
        Map<String, List<ParkFirm>> byPark = new java.util.LinkedHashMap<>();
        for (String code : registry.parkCodes()) {
            byPark.put(code, new ArrayList<>());
        }
        registry.forEachEnterprise(null, null, year, year, (EnterpriseRecord r) -> {
            String park = r.enterprise().parkCode();
            String code = r.enterprise().creditCode().value();
            String industry = r.enterprise().industry() == null
                    ? null
                    : r.enterprise().industry().value();
            EnterpriseBusiness b = r.business();
            List<NodeAssignment> nodes = List.of();
            if (park.equals(analysed)) {
                nodes = matcher.match(industry, terms(code, b), List.of(), decided.getOrDefault(code, List.of()));
            }
            double revenue = 0;
            double rd = 0;
            for (AnnualReport report : r.reports()) {
                revenue = value(report, ReportField.OPERATING_REVENUE);
                rd = value(report, ReportField.RD_EXPENSE);
            }
            byPark.computeIfAbsent(park, k -> new ArrayList<>())
                    .add(new ParkFirm(
                            code,
                            r.enterprise().name(),
                            industry,
                            revenue,
                            rd,
                            held(r.qualifications(), QualificationType.HIGH_TECH, day),
                            held(r.qualifications(), QualificationType.SRDI_SME, day)
                                    || held(r.qualifications(), QualificationType.LITTLE_GIANT, day),
                            held(r.qualifications(), QualificationType.LITTLE_GIANT, day),
                            b.arrivedOn(),
                            b.departedOn(),
                            nodes));
        });
        List<ParkPortfolio> out = new ArrayList<>();
        byPark.forEach((park, firms) -> out.add(
                new ParkPortfolio(park, Cities.of(registry.parkCity(park).orElse("")), firms)));
        return out;
    }

    private Set<String> terms(String code, EnterpriseBusiness b) {
        String text = (b.mainProducts() == null ? "" : b.mainProducts()) + "\n"
                + (b.businessScope() == null ? "" : b.businessScope());
        return termsCache.computeIfAbsent(code + "#" + text.hashCode(), k -> segmenter.terms(text));
    }

    private static boolean held(List<Qualification> qualifications, QualificationType type, LocalDate day) {
        return qualifications.stream().anyMatch(q -> q.type() == type && q.validOn(day));
    }

    private static double value(AnnualReport r, ReportField f) {
        java.math.BigDecimal v = r.get(f);
        return v == null ? 0 : v.doubleValue();
    }
}
