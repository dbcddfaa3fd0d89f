package org.innopark.app.patent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.patent.ApplicantLink;
import org.innopark.engine.patent.ApplicantLinker;
import org.innopark.engine.patent.IpcSymbol;
import org.innopark.engine.patent.PatentRecord;
import org.innopark.engine.patent.PatentTag;
import org.innopark.engine.patent.PatentType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's patent import: the file read whole by {@link PatentSheet} (any malformed IPC symbol, date, kind or status
 * rejects it with row and column, nothing written), each patent tagged to chain nodes by the rules in force, each
 * applicant linked to the park's registry enterprises (by credit code or name, with the evidence), and all written in
 * one transaction, audited once. A publication the park imported before is replaced; an analyst's decision on an
 * applicant's link is kept.
 */
@Service
public class PatentImport {

    /** What an import wrote. */
    public record Outcome(int rows, int created, int replaced, int tagged, int tags, int links, int uncertain) {}

    private final JdbcClient jdbc;
    private final RegistryReads registry;
    private final PatentRules rules;
    private final AuditLog audit;
    private final JdbcTemplate batch;

    PatentImport(JdbcClient jdbc, RegistryReads registry, PatentRules rules, AuditLog audit, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.registry = registry;
        this.rules = rules;
        this.audit = audit;
    }

    /** Imports an uploaded file, copied under its own name (which the errors name) into a temporary directory. */
    @Transactional
    public Outcome importUpload(String username, String park, String fileName, InputStream in) throws IOException {
        String name = fileName == null || fileName.isBlank()
                ? "upload.csv"
                : Path.of(fileName).getFileName().toString();
        Path dir = Files.createTempDirectory("innopark-patent-");
        Path temp = dir.resolve(name);
        try {
            Files.copy(in, temp);
            return importFile(username, park, temp);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Reads the file and writes it for the park in one transaction (the caller has checked the park and the role).
     *
     * @throws org.innopark.app.registry.imports.AnalystInputException with every problem of the file; nothing written
     */
    @Transactional
    public Outcome importFile(String username, String park, Path file) {
        List<PatentSheet.Row> rows = PatentSheet.read(file);
        Outcome outcome = write(username, park, rows);
        audit.record(
                username,
                AuditLog.Action.IMPORT,
                AuditLog.Entity.PATENT,
                file.getFileName().toString(),
                park,
                null,
                outcome);
        return outcome;
    }

    /** Writes rows already read (the demo loader's generated patents go through here too). */
    @Transactional
    public Outcome write(String username, String park, List<PatentSheet.Row> rows) {
        List<ApplicantLinker.Enterprise> firms = new ArrayList<>();
        registry.enterpriseNames(park).forEach((code, name) -> firms.add(new ApplicantLinker.Enterprise(code, name)));
        ApplicantLinker linker = new ApplicantLinker(firms);
        Map<String, ApplicantLink> links = new HashMap<>();
        int created = 0;
        int replaced = 0;
        int tagged = 0;
        int tags = 0;
        // a park with no patent yet has nothing to replace but what this write itself wrote
        boolean empty = jdbc.sql("SELECT COUNT(*) FROM patent WHERE park_code = ?")
                        .param(park)
                        .query(Long.class)
                        .single()
                == 0;
        Set<String> written = new java.util.HashSet<>();
        List<Object[]> ipcRows = new ArrayList<>();
        List<Object[]> applicantRows = new ArrayList<>();
        List<Object[]> tagRows = new ArrayList<>();
        for (PatentSheet.Row r : rows) {
            PatentRecord p = r.patent();
            if (!empty || !written.add(p.publicationNumber())) {
                if (!ipcRows.isEmpty() || !applicantRows.isEmpty() || !tagRows.isEmpty()) {
                    flush(ipcRows, applicantRows, tagRows);
                }
                replaced += jdbc.sql("DELETE FROM patent WHERE park_code = ? AND publication_number = ?")
                        .params(park, p.publicationNumber())
                        .update();
            }
            long id = insert(username, park, p);
            created++;
            List<IpcSymbol> ipc = p.ipcAll();
            for (int i = 0; i < ipc.size(); i++) {
                ipcRows.add(new Object[] {id, i, ipc.get(i).canonical()});
            }
            for (int i = 0; i < p.applicants().size(); i++) {
                String applicant = p.applicants().get(i);
                String code = i < r.applicantCreditCodes().size()
                        ? r.applicantCreditCodes().get(i)
                        : null;
                applicantRows.add(new Object[] {id, i, applicant, code});
                if (!links.containsKey(applicant)) {
                    linker.link(applicant, code).ifPresent(l -> links.put(applicant, l));
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            List<PatentTag> t = rules.tagger().tag(p);
            for (PatentTag tag : t) {
                if (seen.add(tag.chainId() + "/" + tag.nodeId())) {
                    tagRows.add(new Object[] {
                        id,
                        tag.chainId(),
                        tag.nodeId(),
                        tag.ruleId(),
                        tag.kind().name(),
                        cut(tag.evidence(), 500)
                    });
                }
            }
            tagged += seen.isEmpty() ? 0 : 1;
            tags += seen.size();
        }
        flush(ipcRows, applicantRows, tagRows);
        int uncertain = 0;
        for (ApplicantLink l : links.values()) {
            uncertain += saveLink(park, l) ? 1 : 0;
        }
        return new Outcome(rows.size(), created - replaced, replaced, tagged, tags, links.size(), uncertain);
    }

    /** Writes the IPC symbols, applicants and tags collected so far in JDBC batches, and forgets them. */
    private void flush(List<Object[]> ipcRows, List<Object[]> applicantRows, List<Object[]> tagRows) {
        batch.batchUpdate("INSERT INTO patent_ipc (patent_id, position, symbol) VALUES (?, ?, ?)", ipcRows);
        batch.batchUpdate(
                "INSERT INTO patent_applicant (patent_id, position, name, credit_code) VALUES (?, ?, ?, ?)",
                applicantRows);
        batch.batchUpdate(
                "INSERT INTO patent_tag (patent_id, chain_id, node_id, rule_id, rule_kind, evidence)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                tagRows);
        ipcRows.clear();
        applicantRows.clear();
        tagRows.clear();
    }

    /**
     * Whether the publication is a grant: a grant date, or a grant kind (B, C, U, Y, S), the kind read from the
     * publication number's last letter when the file gives none (a Chinese utility model or design is published
     * granted).
     */
    static boolean granted(PatentRecord p) {
        String kind = p.kind().isEmpty() ? p.publicationNumber().replaceAll("^.*?([A-Z]\\d?)$", "$1") : p.kind();
        return p.grantDate() != null
                || PatentType.isGrantKind(kind)
                || kind.startsWith("U")
                || kind.startsWith("S")
                || kind.startsWith("Y");
    }

    private long insert(String username, String park, PatentRecord p) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO patent (park_code, publication_number, application_number, kind, patent_type,"
                        + " filing_date, publication_date, grant_date, granted, title, abstract_text, cpc, inventors,"
                        + " legal_status, citations, family_id, imported_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        park,
                        p.publicationNumber(),
                        p.applicationNumber(),
                        p.kind(),
                        p.type().name(),
                        p.filingDate(),
                        p.publicationDate(),
                        p.grantDate(),
                        granted(p),
                        cut(p.title(), 500),
                        cut(p.abstractText(), 8000),
                        cut(String.join("; ", p.cpc()), 2000),
                        cut(String.join("; ", p.inventors()), 2000),
                        p.legalStatus().name(),
                        cut(String.join("; ", p.citations()), 4000),
                        p.familyId(),
                        username)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Keeps the link of an applicant: a new one, or the evidence refreshed when no analyst has decided on it yet.
     *
     * @return whether the link waits for an analyst
     */
    private boolean saveLink(String park, ApplicantLink l) {
        List<String> status = jdbc.sql("SELECT status FROM patent_applicant_link WHERE park_code = ? AND applicant = ?")
                .params(park, l.applicant())
                .query(String.class)
                .list();
        String auto = l.needsConfirmation() ? PatentLinks.UNCERTAIN : PatentLinks.AUTO;
        if (status.isEmpty()) {
            jdbc.sql("INSERT INTO patent_applicant_link (park_code, applicant, credit_code, enterprise_name, evidence,"
                            + " confidence, alternatives, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            park,
                            l.applicant(),
                            l.creditCode(),
                            l.enterpriseName(),
                            l.evidence().name(),
                            l.confidence(),
                            String.join(";", l.alternatives()),
                            auto)
                    .update();
            return l.needsConfirmation();
        }
        String s = status.get(0);
        if (s.equals(PatentLinks.CONFIRMED) || s.equals(PatentLinks.REJECTED)) {
            return false;
        }
        jdbc.sql("UPDATE patent_applicant_link SET credit_code = ?, enterprise_name = ?, evidence = ?, confidence = ?,"
                        + " alternatives = ?, status = ? WHERE park_code = ? AND applicant = ?")
                .params(
                        l.creditCode(),
                        l.enterpriseName(),
                        l.evidence().name(),
                        l.confidence(),
                        String.join(";", l.alternatives()),
                        auto,
                        park,
                        l.applicant())
                .update();
        return l.needsConfirmation();
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
