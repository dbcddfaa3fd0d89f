package org.innopark.engine.demo;

import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;

/** Keeps everything it receives, and the order of kinds, for tests on small populations. */
class RecordingSink implements DemoSink {

    final List<Park> parks = new ArrayList<>();
    final List<SubPark> subParks = new ArrayList<>();
    final List<Enterprise> enterprises = new ArrayList<>();
    final List<AnnualReport> reports = new ArrayList<>();
    final List<Qualification> qualifications = new ArrayList<>();
    final List<InnovationPlatform> platforms = new ArrayList<>();
    final List<Carrier> carriers = new ArrayList<>();
    final List<Talent> talents = new ArrayList<>();
    final List<AttractionProject> projects = new ArrayList<>();
    final List<TechContract> contracts = new ArrayList<>();
    /** One letter per record received, in order: P S E R Q L C T J K. */
    final StringBuilder sequence = new StringBuilder();

    @Override
    public void park(Park park) {
        parks.add(park);
        sequence.append('P');
    }

    @Override
    public void subPark(SubPark subPark) {
        subParks.add(subPark);
        sequence.append('S');
    }

    @Override
    public void enterprise(Enterprise enterprise) {
        enterprises.add(enterprise);
        sequence.append('E');
    }

    @Override
    public void report(AnnualReport report) {
        reports.add(report);
        sequence.append('R');
    }

    @Override
    public void qualification(Qualification qualification) {
        qualifications.add(qualification);
        sequence.append('Q');
    }

    @Override
    public void platform(InnovationPlatform platform) {
        platforms.add(platform);
        sequence.append('L');
    }

    @Override
    public void carrier(Carrier carrier) {
        carriers.add(carrier);
        sequence.append('C');
    }

    @Override
    public void talent(Talent talent) {
        talents.add(talent);
        sequence.append('T');
    }

    @Override
    public void project(AttractionProject project) {
        projects.add(project);
        sequence.append('J');
    }

    @Override
    public void contract(TechContract contract) {
        contracts.add(contract);
        sequence.append('K');
    }
}
