package org.innopark.app.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStore;
import org.innopark.engine.demo.DemoPopulation;
import org.innopark.engine.demo.DemoSink;
import org.innopark.engine.demo.DemoSpec;
import org.innopark.engine.demo.DemoSummary;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.DeclaredAssessment;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.EnterpriseBusiness;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;
import org.springframework.stereotype.Service;

/**
 * Loads a generated demo population into the registry, streaming: records are buffered per table and written in
 * bulk, parents before children, so a million enterprises load in bounded memory. Loading the same spec twice
 * changes nothing (the store upserts by natural key and the generator is deterministic).
 */
@Service
public class DemoLoader {

    /** Rows buffered before a bulk write. */
    static final int CHUNK = 50_000;

    private final RegistryStore store;
    private final RegistryReads registry;

    DemoLoader(RegistryStore store, RegistryReads registry) {
        this.store = store;
        this.registry = registry;
    }

    /** True when the registry holds no enterprise yet. */
    public boolean registryIsEmpty() {
        return registry.hasNoEnterprises();
    }

    public DemoSummary load(DemoSpec spec, PrintStream progress) {
        Buffers buffers = new Buffers(spec, progress);
        DemoSummary summary = new DemoPopulation().generate(spec, buffers);
        buffers.flush();
        return summary;
    }

    private final class Buffers implements DemoSink {

        private final DemoSpec spec;
        private final PrintStream progress;
        private final List<Park> parks = new ArrayList<>();
        private final List<SubPark> subParks = new ArrayList<>();
        private final List<Enterprise> enterprises = new ArrayList<>();
        private final java.util.Map<org.innopark.engine.registry.CreditCode, EnterpriseBusiness> business =
                new java.util.HashMap<>();
        private final List<AnnualReport> reports = new ArrayList<>();
        private final List<Qualification> qualifications = new ArrayList<>();
        private final List<InnovationPlatform> platforms = new ArrayList<>();
        private final List<Carrier> carriers = new ArrayList<>();
        private final List<Talent> talents = new ArrayList<>();
        private final List<AttractionProject> projects = new ArrayList<>();
        private final List<TechContract> contracts = new ArrayList<>();
        private final List<CreditRecord> creditRecords = new ArrayList<>();
        private final List<DeclaredAssessment> declared = new ArrayList<>();
        private final List<CoverageDeclaration> coverage = new ArrayList<>();
        private long enterprisesWritten;
        private long nextReport = 100_000;

        Buffers(DemoSpec spec, PrintStream progress) {
            this.spec = spec;
            this.progress = progress;
        }

        private <T> void add(List<T> buffer, T record) {
            buffer.add(record);
            if (buffer.size() >= CHUNK) {
                flush();
            }
        }

        /** Writes every buffer, parents before children, each table in bulk. */
        void flush() {
            store.saveParks(parks);
            store.saveSubParks(subParks);
            store.saveEnterprises(enterprises, business);
            business.clear();
            store.saveReports(reports);
            store.saveQualifications(qualifications);
            store.savePlatforms(platforms);
            store.saveCarriers(carriers);
            store.saveTalents(talents);
            store.saveProjects(projects);
            store.saveContracts(contracts);
            store.saveCreditRecords(creditRecords);
            store.saveDeclaredAssessments(declared);
            store.saveCoverage(coverage);
            enterprisesWritten += enterprises.size();
            for (List<?> buffer : List.of(
                    parks,
                    subParks,
                    enterprises,
                    reports,
                    qualifications,
                    platforms,
                    carriers,
                    talents,
                    projects,
                    contracts,
                    creditRecords,
                    declared,
                    coverage)) {
                buffer.clear();
            }
            if (progress != null && enterprisesWritten >= nextReport) {
                progress.printf("  已写入企业 / enterprises written: %,d / %,d%n", enterprisesWritten, spec.enterprises());
                nextReport = enterprisesWritten + 100_000;
            }
        }

        @Override
        public void park(Park park) {
            add(parks, park);
        }

        @Override
        public void subPark(SubPark subPark) {
            add(subParks, subPark);
        }

        @Override
        public void enterprise(Enterprise enterprise) {
            // written with its business, which the generator sends next (see business)
            enterprises.add(enterprise);
        }

        @Override
        public void business(EnterpriseBusiness b) {
            business.put(b.creditCode(), b);
            if (enterprises.size() >= CHUNK) {
                flush();
            }
        }

        @Override
        public void report(AnnualReport report) {
            add(reports, report);
        }

        @Override
        public void qualification(Qualification qualification) {
            add(qualifications, qualification);
        }

        @Override
        public void platform(InnovationPlatform platform) {
            add(platforms, platform);
        }

        @Override
        public void carrier(Carrier carrier) {
            add(carriers, carrier);
        }

        @Override
        public void talent(Talent talent) {
            add(talents, talent);
        }

        @Override
        public void project(AttractionProject project) {
            add(projects, project);
        }

        @Override
        public void contract(TechContract contract) {
            add(contracts, contract);
        }

        @Override
        public void creditRecord(CreditRecord record) {
            add(creditRecords, record);
        }

        @Override
        public void declaredAssessment(DeclaredAssessment assessment) {
            add(declared, assessment);
        }

        @Override
        public void coverage(CoverageDeclaration declaration) {
            add(coverage, declaration);
        }
    }
}
