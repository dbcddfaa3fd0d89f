package org.innopark.app.patent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links of a park's patent applicants to its registry enterprises ({@code patent_applicant_link}) and the
 * analyst's decisions on the uncertain ones, each audited in its transaction. A confirmed or automatic link counts
 * the applicant's patents as the park's; a rejected or uncertain one does not.
 */
@Service
public class PatentLinks {

    static final String AUTO = "AUTO";
    static final String UNCERTAIN = "UNCERTAIN";
    static final String CONFIRMED = "CONFIRMED";
    static final String REJECTED = "REJECTED";
    static final List<String> STATUSES = List.of(AUTO, UNCERTAIN, CONFIRMED, REJECTED);

    /** A link as the analyst sees it. */
    public record Link(
            long id,
            String applicant,
            String creditCode,
            String enterpriseName,
            String evidence,
            String evidenceZh,
            double confidence,
            List<String> alternatives,
            String status,
            String decidedBy,
            int patents) {

        /** Whether the applicant's patents count as the park's. */
        public boolean local() {
            return status.equals(AUTO) || status.equals(CONFIRMED);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PatentLinks(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The park's links with a status (null: all), the most patents first. */
    public List<Link> links(String park, String status) {
        String sql = "SELECT l.id, l.applicant, l.credit_code, l.enterprise_name, l.evidence, l.confidence,"
                + " l.alternatives, l.status, l.decided_by, (SELECT COUNT(DISTINCT a.patent_id) FROM patent_applicant a"
                + " JOIN patent p ON p.id = a.patent_id WHERE p.park_code = l.park_code AND a.name = l.applicant)"
                + " FROM patent_applicant_link l WHERE l.park_code = ?"
                + (status == null ? "" : " AND l.status = ?") + " ORDER BY 10 DESC, l.applicant";
        var spec = jdbc.sql(sql).param(park);
        if (status != null) {
            spec = spec.param(status);
        }
        return spec.query((rs, i) -> {
                    String evidence = rs.getString(5);
                    String alt = rs.getString(7);
                    return new Link(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            evidence,
                            org.innopark.engine.patent.LinkEvidence.valueOf(evidence)
                                    .zh(),
                            rs.getDouble(6),
                            alt == null || alt.isBlank() ? List.of() : List.of(alt.split(";")),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getInt(10));
                })
                .list();
    }

    /** The status a request names (uncertain, confirmed, rejected, auto; all or empty: null). */
    public static String status(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("all")) {
            return null;
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(s)) {
            throw new IllegalArgumentException("status 应为 uncertain、confirmed、rejected、auto 或 all / status must be"
                    + " uncertain, confirmed, rejected, auto or all");
        }
        return s;
    }

    /** Every link of the park by applicant name. */
    Map<String, Link> byApplicant(String park) {
        Map<String, Link> out = new java.util.HashMap<>();
        links(park, null).forEach(l -> out.put(l.applicant(), l));
        return out;
    }

    /**
     * Confirms or rejects a link of the park, audited.
     *
     * @param verb confirm or reject
     * @return the link after the decision; empty when the park has no such link
     */
    @Transactional
    public Optional<Link> decide(String username, String park, long id, String verb) {
        String to = switch (verb.strip().toLowerCase(Locale.ROOT)) {
            case "confirm" -> CONFIRMED;
            case "reject" -> REJECTED;
            default ->
                throw new IllegalArgumentException("操作应为 confirm 或 reject / the action must be confirm or reject");
        };
        List<String> before = jdbc.sql("SELECT status FROM patent_applicant_link WHERE park_code = ? AND id = ?")
                .params(park, id)
                .query(String.class)
                .list();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE patent_applicant_link SET status = ?, decided_by = ?, decided_at = ? WHERE park_code = ?"
                        + " AND id = ?")
                .params(to, username, OffsetDateTime.now(), park, id)
                .update();
        Link after =
                links(park, null).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
        audit.record(
                username,
                AuditLog.Action.UPDATE,
                AuditLog.Entity.PATENT_LINK,
                after.applicant() + " → " + after.creditCode(),
                park,
                Map.of("status", before.get(0)),
                Map.of("status", to, "creditCode", after.creditCode()));
        return Optional.of(after);
    }
}
