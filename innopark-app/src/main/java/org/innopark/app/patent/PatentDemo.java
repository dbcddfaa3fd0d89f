package org.innopark.app.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.demo.DemoPatents;
import org.innopark.engine.demo.DemoSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo's patents into every park that has none ({@link DemoPatents}): the park's enterprises' patents,
 * consistent with their annual reports' patent figures and placed on their chain nodes, beside the same outside
 * applicants' patents for every park (the pool's firms, universities and institutes), as a park's patent database
 * would hold them at the cut-off (applications not yet published left out). Written through {@link PatentImport}'s
 * write path (tags and applicant links as on import) and audited as a demo import, one park per transaction.
 */
@Service
public class PatentDemo {

    /** The demo's user in the audit log. */
    static final String USER = "demo";

    /** What was loaded. */
    public record Loaded(int parks, int local, int outside, int tagged, int links, LocalDate cutoff) {}

    private final JdbcClient jdbc;
    private final RegistryReads registry;
    private final PatentImport patents;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    PatentDemo(
            JdbcClient jdbc,
            RegistryReads registry,
            PatentImport patents,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.patents = patents;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Whether the park holds no patent yet. */
    public boolean isEmpty(String park) {
        return jdbc.sql("SELECT COUNT(*) FROM patent WHERE park_code = ?")
                        .param(park)
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** The parks of the registry that hold no patent yet. */
    public List<String> emptyParks() {
        return registry.parkCodes().stream().filter(this::isEmpty).toList();
    }

    /**
     * Generates and writes the demo patents of the parks given (each park with no patent yet).
     *
     * @param today the day the data is as of at the latest (the cut-off is 1 December of the year after the last
     *     report year, or today when earlier)
     */
    public Loaded load(long seed, List<String> parks, LocalDate today) {
        SortedSet<Integer> years = registry.reportYears();
        if (years.isEmpty() || parks.isEmpty()) {
            return new Loaded(0, 0, 0, 0, 0, today);
        }
        LocalDate cutoff = DemoPatents.cutoff(years.last(), today);
        DemoPatents demo = new DemoPatents();
        List<PatentSheet.Row> outside = rows(demo.outside(seed, cutoff, DemoPatents.Sizes.DEMO));
        List<String> all = registry.parkCodes();
        int local = 0;
        int tagged = 0;
        int links = 0;
        int loaded = 0;
        for (String park : parks) {
            if (!isEmpty(park)) {
                continue;
            }
            List<DemoPatents.Filer> firms = new ArrayList<>();
            registry.forEachEnterprise(park, null, years.first(), years.last(), r -> {
                var e = r.enterprise();
                firms.add(new DemoPatents.Filer(
                        e.creditCode().value(),
                        e.name(),
                        e.industry() == null ? null : e.industry().value(),
                        r.business().mainProducts(),
                        r.business().businessScope(),
                        e.registrationDate(),
                        r.reports()));
            });
            List<PatentSheet.Row> rows = rows(demo.park(seed, all.indexOf(park) + 1, firms, cutoff));
            int own = rows.size();
            rows.addAll(outside);
            PatentImport.Outcome o = transactions.execute(status -> {
                PatentImport.Outcome written = patents.write(USER, park, renumber(rows));
                audit.record(
                        USER, AuditLog.Action.IMPORT, AuditLog.Entity.PATENT, "演示专利 demo patents", park, null, written);
                return written;
            });
            local += own;
            tagged += o.tagged();
            links += o.links();
            loaded++;
        }
        return new Loaded(loaded, local, loaded == 0 ? 0 : outside.size(), tagged, links, cutoff);
    }

    /** For {@code serve --demo}: the default seed, the parks with no patent yet. */
    public Loaded loadIfEmpty(LocalDate today) {
        return load(DemoSpec.DEFAULT_SEED, emptyParks(), today);
    }

    private static List<PatentSheet.Row> rows(List<DemoPatents.Patent> generated) {
        List<PatentSheet.Row> rows = new ArrayList<>();
        for (DemoPatents.Patent p : generated) {
            if (p.published()) {
                rows.add(new PatentSheet.Row(rows.size() + 1, p.record(), p.applicantCreditCodes(), List.of()));
            }
        }
        return rows;
    }

    private static List<PatentSheet.Row> renumber(List<PatentSheet.Row> rows) {
        List<PatentSheet.Row> out = new ArrayList<>(rows.size());
        for (PatentSheet.Row r : rows) {
            out.add(new PatentSheet.Row(out.size() + 1, r.patent(), r.applicantCreditCodes(), r.labels()));
        }
        return out;
    }
}
