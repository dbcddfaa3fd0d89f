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
        check(scope, park);
        IndustryChain chain = rules.chain(chainId);
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
        Map<String, Integer> firms = new LinkedHashMap<>();
        ParkChains.ParkChain pc = chains.analyse(scope, park, chain.id());
        for (ChainNode n : chain.nodes()) {
            firms.put(n.id(), pc.firmsOn(n.id()).size());
        }
        LocalDate cutoff = latest[0] != null ? latest[0] : LocalDate.now();
        PatentLandscape.Landscape l =
                PatentLandscape.compute(pool, chain, park, cutoff, firms, PatentLandscape.Options.DEFAULT);
        return new ChainLandscape(chain, l, count[0]);
    }
}
