package org.innopark.app.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.DeclaredAssessment;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes registry records in bulk, upserting by each table's natural key (credit code + year for annual reports).
 * Every call joins the caller's transaction or opens one, so a batch is written whole or not at all; writing the
 * same records twice changes nothing.
 */
@Component
public class RegistryStore {

    private final JdbcTemplate jdbc;
    private final RegistryVersion version;

    RegistryStore(JdbcTemplate jdbc, RegistryVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    @Transactional
    public MergeCounts saveParks(Collection<Park> parks) {
        return save(RegistryTables.PARK, parks, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveSubParks(Collection<SubPark> subParks) {
        return save(RegistryTables.SUB_PARK, subParks, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveEnterprises(Collection<Enterprise> enterprises) {
        return save(RegistryTables.ENTERPRISE_CORE, enterprises, RegistryTables::row);
    }

    /** Saves enterprises with what they do and their arrival and departure (by credit code; absent: all empty). */
    @Transactional
    public MergeCounts saveEnterprises(
            Collection<Enterprise> enterprises,
            java.util.Map<org.innopark.engine.registry.CreditCode, org.innopark.engine.registry.EnterpriseBusiness>
                    business) {
        return save(RegistryTables.ENTERPRISE, enterprises, e -> RegistryTables.row(e, business.get(e.creditCode())));
    }

    @Transactional
    public MergeCounts saveReports(Collection<AnnualReport> reports) {
        return save(RegistryTables.ANNUAL_REPORT, reports, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveQualifications(Collection<Qualification> qualifications) {
        return save(RegistryTables.QUALIFICATION, qualifications, RegistryTables::row);
    }

    @Transactional
    public MergeCounts savePlatforms(Collection<InnovationPlatform> platforms) {
        return save(RegistryTables.INNOVATION_PLATFORM, platforms, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveCarriers(Collection<Carrier> carriers) {
        return save(RegistryTables.CARRIER, carriers, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveTalents(Collection<Talent> talents) {
        return save(RegistryTables.TALENT, talents, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveProjects(Collection<AttractionProject> projects) {
        return save(RegistryTables.ATTRACTION_PROJECT, projects, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveContracts(Collection<TechContract> contracts) {
        return save(RegistryTables.TECH_CONTRACT, contracts, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveCreditRecords(Collection<CreditRecord> records) {
        return save(RegistryTables.CREDIT_RECORD, records, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveMonthlyReports(Collection<org.innopark.engine.registry.MonthlyReport> reports) {
        return save(RegistryTables.MONTHLY_REPORT, reports, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveDeclaredAssessments(Collection<DeclaredAssessment> assessments) {
        return save(RegistryTables.DECLARED_FACT, assessments, RegistryTables::row);
    }

    @Transactional
    public MergeCounts saveCoverage(Collection<CoverageDeclaration> declarations) {
        return save(RegistryTables.CREDIT_COVERAGE, declarations, RegistryTables::row);
    }

    /**
     * Upserts rows already shaped for a table (used by the importer, which validates them first and bumps the
     * {@link RegistryVersion} once when its transaction is accepted).
     */
    @Transactional
    public MergeCounts saveRows(RegistryTable table, Collection<Object[]> rows) {
        return jdbc.execute((java.sql.Connection c) -> BulkMerge.merge(c, table, rows));
    }

    private <T> MergeCounts save(RegistryTable table, Collection<T> records, Function<T, Object[]> toRow) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (T record : records) {
            rows.add(toRow.apply(record));
        }
        MergeCounts counts = saveRows(table, rows);
        version.bump();
        return counts;
    }
}
