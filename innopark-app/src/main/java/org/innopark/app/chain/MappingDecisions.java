package org.innopark.app.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.audit.AuditLog;
import org.innopark.engine.chain.AnalystDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An analyst's confirmations, rejections and additions of enterprise → chain-node mappings
 * ({@code chain_mapping_decision}): keyed by credit code, chain and node, so they survive every re-import of the
 * registry; each change audited in its transaction.
 */
@Service
public class MappingDecisions {

    static final String ENTITY = "chain_mapping";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    MappingDecisions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Changes with every decision made or withdrawn in this process (for caches of mappings). */
    long version() {
        return version.get();
    }

    /** The park's decisions on a chain, by credit code. */
    public Map<String, List<AnalystDecision>> of(String park, String chainId) {
        Map<String, List<AnalystDecision>> out = new HashMap<>();
        jdbc.sql(
                        "SELECT credit_code, node_id, verb, note FROM chain_mapping_decision WHERE park_code = ? AND chain_id = ?")
                .params(park, chainId)
                .query(rs -> {
                    String code = rs.getString(1).strip();
                    out.computeIfAbsent(code, k -> new ArrayList<>())
                            .add(new AnalystDecision(
                                    code,
                                    chainId,
                                    rs.getString(2),
                                    AnalystDecision.Verb.valueOf(rs.getString(3)),
                                    rs.getString(4)));
                });
        return out;
    }

    /** Records (or replaces) a decision, audited. */
    @Transactional
    public void decide(String username, String park, AnalystDecision d) {
        List<String> before = jdbc.sql("SELECT verb FROM chain_mapping_decision WHERE credit_code = ? AND chain_id = ?"
                        + " AND node_id = ?")
                .params(d.creditCode(), d.chainId(), d.nodeId())
                .query(String.class)
                .list();
        jdbc.sql("DELETE FROM chain_mapping_decision WHERE credit_code = ? AND chain_id = ? AND node_id = ?")
                .params(d.creditCode(), d.chainId(), d.nodeId())
                .update();
        jdbc.sql("INSERT INTO chain_mapping_decision (park_code, credit_code, chain_id, node_id, verb, note,"
                        + " decided_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(park, d.creditCode(), d.chainId(), d.nodeId(), d.verb().name(), d.note(), username)
                .update();
        version.incrementAndGet();
        audit.record(
                username,
                before.isEmpty() ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                ENTITY,
                d.creditCode() + "/" + d.chainId() + "/" + d.nodeId(),
                park,
                before.isEmpty() ? null : Map.of("verb", before.get(0)),
                Map.of("verb", d.verb().name(), "note", d.note() == null ? "" : d.note()));
    }

    /** Withdraws a decision (the automatic mapping applies again), audited; false when there was none. */
    @Transactional
    public boolean withdraw(String username, String park, String creditCode, String chainId, String nodeId) {
        List<String> before = jdbc.sql("SELECT verb FROM chain_mapping_decision WHERE park_code = ? AND credit_code = ?"
                        + " AND chain_id = ? AND node_id = ?")
                .params(park, creditCode, chainId, nodeId)
                .query(String.class)
                .list();
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("DELETE FROM chain_mapping_decision WHERE park_code = ? AND credit_code = ? AND chain_id = ?"
                        + " AND node_id = ?")
                .params(park, creditCode, chainId, nodeId)
                .update();
        version.incrementAndGet();
        audit.record(
                username,
                AuditLog.Action.DELETE,
                ENTITY,
                creditCode + "/" + chainId + "/" + nodeId,
                park,
                Map.of("verb", before.get(0)),
                null);
        return true;
    }
}
