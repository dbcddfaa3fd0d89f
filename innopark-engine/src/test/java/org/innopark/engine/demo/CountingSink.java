package org.innopark.engine.demo;

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

/** Counts what it receives and keeps nothing. */
class CountingSink implements DemoSink {

    long parks;
    long subParks;
    long enterprises;
    long reports;
    long qualifications;
    long platforms;
    long carriers;
    long talents;
    long projects;
    long contracts;

    @Override
    public void park(Park park) {
        parks++;
    }

    @Override
    public void subPark(SubPark subPark) {
        subParks++;
    }

    @Override
    public void enterprise(Enterprise enterprise) {
        enterprises++;
    }

    @Override
    public void report(AnnualReport report) {
        reports++;
    }

    @Override
    public void qualification(Qualification qualification) {
        qualifications++;
    }

    @Override
    public void platform(InnovationPlatform platform) {
        platforms++;
    }

    @Override
    public void carrier(Carrier carrier) {
        carriers++;
    }

    @Override
    public void talent(Talent talent) {
        talents++;
    }

    @Override
    public void project(AttractionProject project) {
        projects++;
    }

    @Override
    public void contract(TechContract contract) {
        contracts++;
    }

    void assertMatches(DemoSummary summary) {
        org.assertj.core.api.Assertions.assertThat(new long[] {
                    summary.parks(),
                    summary.subParks(),
                    summary.enterprises(),
                    summary.reports(),
                    summary.qualifications(),
                    summary.platforms(),
                    summary.carriers(),
                    summary.talents(),
                    summary.projects(),
                    summary.contracts()
                })
                .containsExactly(
                        parks,
                        subParks,
                        enterprises,
                        reports,
                        qualifications,
                        platforms,
                        carriers,
                        talents,
                        projects,
                        contracts);
    }
}
