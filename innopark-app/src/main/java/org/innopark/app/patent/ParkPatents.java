package org.innopark.app.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.chain.ParkChains;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.ParkScope;
import org.innopark.app.shared.Page;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.patent.ApplicantName;
import org.innopark.engine.patent.IpcSymbol;
import org.innopark.engine.patent.PatentLandscape;
import org.innopark.engine.patent.PatentPool;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's patents read back: the paged list (by chain and node), and the engine's landscape of a chain over them,
 * the applicants counted as the park's when their link is automatic or confirmed, the park's firms per node from the
 * chain mapping, and the cut-off the latest publication the park holds. Every read checks the caller's scope; a
 * park outside it is "not found".
 */
@Service
public class ParkPatents {

    /** A patent in the list. */
    public record PatentRow(
            long id,
            String publicationNumber,
            String title,
            String type,
            LocalDate filingDate,
            LocalDate publicationDate,
            LocalDate grantDate,
            String ipcMain,
            String legalStatus,
            List<String> applicants,
            List<String> nodes) {}

    /** The landscape with the chain it is of. */
    public record ChainLandscape(IndustryChain chain, PatentLandscape.Landscape landscape, int patents) {}

    private final JdbcClient jdbc;
    private final RegistryReads registry;
    private final PatentRules rules;
    private final PatentLinks links;
    private final ParkChains chains;

    ParkPatents(JdbcClient jdbc, RegistryReads registry, PatentRules rules, PatentLinks links, ParkChains chains) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.rules = rules;
        this.links = links;
        this.chains = chains;
    }

    public PatentRules rules() {
        return rules;
    }

    /** Park staff of the park in scope; otherwise "not found". */
    public void check(ParkScope scope, String park) {
        if (!scope.includesPark(park) || scope.enterprise().isPresent() || !registry.parkExists(park)) {
            throw new PatentNotFoundException("园区不存在或不在您的权限范围内 / no such park in your scope: " + park);
        }
    }

    /** The park's patents, newest filing first; on a chain (and node) when given. */
    @Transactional(readOnly = true)
    public Page<PatentRow> list(ParkScope scope, String park, String chain, String node, int page, int size) {
        check(scope, park);
        if (chain != null) {
            rules.chain(chain);
        }
        int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int pageNo = Math.max(0, page);
        String where = " FROM patent p WHERE p.park_code = ?"
                + (chain == null
                        ? ""
                        : " AND EXISTS (SELECT 1 FROM patent_tag t WHERE t.patent_id = p.id AND t.chain_id = ?"
                                + (node == null ? "" : " AND t.node_id = ?") + ")");
        List<Object> params = new ArrayList<>(List.of(park));
        if (chain != null) {
            params.add(chain);
            if (node != null) {
                params.add(node);
            }
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(pageSize);
        paged.add((long) pageNo * pageSize);
        List<PatentRow> items = jdbc.sql("SELECT p.id, p.publication_number, p.title, p.patent_type, p.filing_date,"
                        + " p.publication_date, p.grant_date, (SELECT i.symbol FROM patent_ipc i WHERE i.patent_id = p.id"
                        + " AND i.position = 0), p.legal_status" + where
                        + " ORDER BY p.filing_date DESC, p.publication_number LIMIT ? OFFSET ?")
                .params(paged)
                .query((rs, i) -> new PatentRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8) == null
                                ? null
                                : IpcSymbol.parse(rs.getString(8)).toString(),
                        rs.getString(9),
                        new ArrayList<>(),
                        new ArrayList<>()))
                .list();
        for (PatentRow r : items) {
            r.applicants()
                    .addAll(jdbc.sql("SELECT name FROM patent_applicant WHERE patent_id = ? ORDER BY position")
                            .param(r.id())
                            .query(String.class)
                            .list());
            r.nodes()
                    .addAll(jdbc.sql("SELECT chain_id || '/' || node_id FROM patent_tag WHERE patent_id = ?"
                                    + " ORDER BY chain_id, node_id")
                            .param(r.id())
                            .query(String.class)
                            .list());
        }
        return new Page<>(items, pageNo, pageSize, total);
    }

    /** The chain's landscape over the park's patents. */
    @Transactional(readOnly = true)
    public ChainLandscape landscape(ParkScope scope, String park, String chainId) {
        return landscape(scope, park, chainId, PatentLandscape.Options.DEFAULT);
    }

    /** The chain's landscape over the park's patents, with as many leading applicants and hotspots as asked. */
    @Transactional(readOnly = true)
    public ChainLandscape landscape(ParkScope scope, String park, String chainId, PatentLandscape.Options options) {
        check(scope, park);
        IndustryChain chain = rules.chain(chainId);
        Map<String, Integer> firms = new LinkedHashMap<>();
        ParkChains.ParkChain pc = chains.analyse(scope, park, chain.id());
        for (ChainNode n : chain.nodes()) {
            firms.put(n.id(), pc.firmsOn(n.id()).size());
        }
        return compute(park, chain, firms, options);
    }

    /** The engine's landscape of the chain over one park's stored patents (no scope check: callers have made it). */
    private ChainLandscape compute(
            String park, IndustryChain chain, Map<String, Integer> firms, PatentLandscape.Options options) {
        Map<String, PatentLinks.Link> linked = links.byApplicant(park);
        Map<Long, String> firstApplicant = new HashMap<>();
        jdbc.sql("SELECT a.patent_id, a.name FROM patent_applicant a JOIN patent p ON p.id = a.patent_id"
                        + " WHERE p.park_code = ? AND a.position = 0")
                .param(park)
                .query(rs -> {
                    firstApplicant.put(rs.getLong(1), rs.getString(2));
                });
        Map<Long, String> mainIpc = new HashMap<>();
        jdbc.sql("SELECT i.patent_id, i.symbol FROM patent_ipc i JOIN patent p ON p.id = i.patent_id"
                        + " WHERE p.park_code = ? AND i.position = 0")
                .param(park)
                .query(rs -> {
                    mainIpc.put(rs.getLong(1), rs.getString(2));
                });
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("SELECT t.patent_id, t.node_id FROM patent_tag t JOIN patent p ON p.id = t.patent_id"
                        + " WHERE p.park_code = ? AND t.chain_id = ?")
                .params(park, chain.id())
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(chain.id() + "/" + rs.getString(2));
                });
        PatentPool pool = new PatentPool();
        LocalDate[] latest = {null};
        int[] count = {0};
        jdbc.sql("SELECT id, filing_date, publication_date, grant_date, granted FROM patent WHERE park_code = ?")
                .param(park)
                .query(rs -> {
                    long id = rs.getLong(1);
                    LocalDate filed = rs.getObject(2, LocalDate.class);
                    LocalDate published = rs.getObject(3, LocalDate.class);
                    LocalDate grant = rs.getObject(4, LocalDate.class);
                    if (grant == null && rs.getBoolean(5)) {
                        grant = published;
                    }
                    LocalDate known = published != null ? published : filed;
                    latest[0] = latest[0] == null || known.isAfter(latest[0]) ? known : latest[0];
                    count[0]++;
                    String applicant = firstApplicant.getOrDefault(id, "(未署名)");
                    PatentLinks.Link l = linked.get(applicant);
                    boolean local = l != null && l.local();
                    String ipc = mainIpc.get(id);
                    pool.add(
                            filed,
                            grant,
                            local
                                    ? l.enterpriseName()
                                    : ApplicantName.of(applicant).parent(),
                            local ? park : null,
                            ipc == null ? null : IpcSymbol.parse(ipc),
                            tags.getOrDefault(id, List.of()));
                });
        LocalDate cutoff = latest[0] != null ? latest[0] : LocalDate.now();
        PatentLandscape.Landscape l = PatentLandscape.compute(pool, chain, park, cutoff, firms, options);
        return new ChainLandscape(chain, l, count[0]);
    }

    /** One park's figures on a node: filings, the park's own firms' filings, grants, and their share. */
    public record PeerFigure(int filings, int localFilings, int grants, double localShare) {}

    /** A park beside the others: its name, its patents and the chain's filings in its data. */
    public record PeerPark(
            String park, String parkName, boolean own, int patents, int chainFilings, int localFilings) {}

    /** A node with each park's figures, in the order of {@link PeerComparison#parks()}. */
    public record PeerNode(String id, String name, String parent, int depth, List<PeerFigure> parks) {}

    /**
     * Every park's patent figures on a chain's nodes, the caller's park first: counts only. Another park's patents,
     * applicants and IPC groups are never part of it, as the chain coverage's comparison names no firm of a peer.
     */
    public record PeerComparison(String chain, String chainName, List<PeerPark> parks, List<PeerNode> nodes) {}

    /**
     * The comparison of the caller's park with the other parks of the installation on a chain: each park's own
     * imported patents run through the same landscape, and only its counts per node kept.
     */
    @Transactional(readOnly = true)
    public PeerComparison peers(ParkScope scope, String park, String chainId) {
        check(scope, park);
        IndustryChain chain = rules.chain(chainId);
        List<String> codes = new ArrayList<>();
        codes.add(park);
        registry.parkCodes().stream().filter(c -> !c.equals(park)).forEach(codes::add);
        List<PeerPark> parks = new ArrayList<>();
        Map<String, List<PeerFigure>> byNode = new LinkedHashMap<>();
        chain.nodes().forEach(n -> byNode.put(n.id(), new ArrayList<>()));
        for (String code : codes) {
            PatentLandscape.Landscape l = compute(code, chain, Map.of(), PatentLandscape.Options.DEFAULT)
                    .landscape();
            int patents = jdbc.sql("SELECT COUNT(*) FROM patent WHERE park_code = ?")
                    .param(code)
                    .query(Integer.class)
                    .single();
            parks.add(new PeerPark(
                    code,
                    registry.parkName(code).orElse(code),
                    code.equals(park),
                    patents,
                    l.filings(),
                    l.localFilings()));
            for (PatentLandscape.NodeLandscape n : l.nodes()) {
                int grants = n.grantsByYear().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
                byNode.get(n.nodeId()).add(new PeerFigure(n.filings(), n.localFilings(), grants, n.localShare()));
            }
        }
        List<PeerNode> nodes = new ArrayList<>();
        for (ChainNode n : chain.nodes()) {
            nodes.add(new PeerNode(n.id(), n.name(), n.parent(), n.depth(), List.copyOf(byNode.get(n.id()))));
        }
        return new PeerComparison(chain.id(), chain.nameZh(), List.copyOf(parks), List.copyOf(nodes));
    }

    /** A rule file the chain's tags come from, with how many of its rules are the chain's. */
    public record RuleFile(String id, String version, String nameZh, String kindZh, int rules) {}

    /**
     * What a navigation is made of, for its first chapter: the park's patents, those tagged to the chain, their
     * filing dates, the offices that published them (from the publication number's country code), and the rule
     * files with their ids and versions.
     *
     * @param offices publications per office (CN, US, WO…), most first
     */
    public record NavigationScope(
            int patents,
            int tagged,
            LocalDate firstFiling,
            LocalDate lastFiling,
            LocalDate latestPublication,
            Map<String, Integer> offices,
            List<RuleFile> ruleFiles) {}

    /** The scope of a navigation of the chain over the park's patents. */
    @Transactional(readOnly = true)
    public NavigationScope navigationScope(ParkScope scope, String park, String chainId) {
        check(scope, park);
        IndustryChain chain = rules.chain(chainId);
        int patents = jdbc.sql("SELECT COUNT(*) FROM patent WHERE park_code = ?")
                .param(park)
                .query(Integer.class)
                .single();
        String tagged = " FROM patent p WHERE p.park_code = ? AND EXISTS (SELECT 1 FROM patent_tag t"
                + " WHERE t.patent_id = p.id AND t.chain_id = ?)";
        LocalDate[] range = new LocalDate[2];
        int[] count = {0};
        jdbc.sql("SELECT COUNT(*), MIN(p.filing_date), MAX(p.filing_date)" + tagged)
                .params(park, chain.id())
                .query(rs -> {
                    count[0] = rs.getInt(1);
                    range[0] = rs.getObject(2, LocalDate.class);
                    range[1] = rs.getObject(3, LocalDate.class);
                });
        LocalDate latest = jdbc.sql(
                        "SELECT MAX(COALESCE(publication_date, filing_date)) FROM patent WHERE park_code = ?")
                .param(park)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        Map<String, Integer> offices = new HashMap<>();
        jdbc.sql("SELECT p.publication_number" + tagged)
                .params(park, chain.id())
                .query(rs -> {
                    offices.merge(office(rs.getString(1)), 1, Integer::sum);
                });
        Map<String, Integer> sorted = new LinkedHashMap<>();
        offices.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        List<RuleFile> files = new ArrayList<>();
        var chainRules = rules.rules().forChain(chain.id()).rules();
        for (var h : rules.rules().files()) {
            List<org.innopark.engine.patent.TaggingRule> own =
                    chainRules.stream().filter(r -> r.file().equals(h.file())).toList();
            if (!own.isEmpty()) {
                files.add(new RuleFile(
                        h.id(), h.version(), h.nameZh(), own.get(0).kind().zh(), own.size()));
            }
        }
        return new NavigationScope(patents, count[0], range[0], range[1], latest, sorted, List.copyOf(files));
    }

    /** The office of a publication: the letters its number begins with (CN115000001A → CN), or 未知. */
    static String office(String publicationNumber) {
        String s = publicationNumber == null ? "" : publicationNumber.strip();
        int i = 0;
        while (i < s.length() && i < 2 && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i == 2 ? s.substring(0, 2).toUpperCase(java.util.Locale.ROOT) : "未知";
    }
}
