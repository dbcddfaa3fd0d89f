package org.innopark.engine.demo;

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

/**
 * Receives a demo population as {@link DemoPopulation} generates it, one record at a time.
 *
 * <p>The order is guaranteed: every park and sub-park first; then, enterprise by enterprise, the enterprise, its
 * annual reports (by year), its qualifications, its credit and compliance records and the assessments declared for
 * it; then the platforms, carriers, talents, attraction projects and technology contracts, which refer to
 * enterprises by credit code only and only to enterprises already received; last, the parks' coverage declarations.
 * A sink that writes to a database can therefore insert in the order it is called.
 */
public interface DemoSink {

    void park(Park park);

    void subPark(SubPark subPark);

    void enterprise(Enterprise enterprise);

    /** What the enterprise just received does (主营产品, 经营范围) and when it arrived in and left the park. */
    default void business(org.innopark.engine.registry.EnterpriseBusiness business) {}

    void report(AnnualReport report);

    void qualification(Qualification qualification);

    void platform(InnovationPlatform platform);

    void carrier(Carrier carrier);

    void talent(Talent talent);

    void project(AttractionProject project);

    void contract(TechContract contract);

    /** A credit or compliance record of an enterprise already received. Sinks that do not keep them ignore it. */
    default void creditRecord(CreditRecord record) {}

    /** An assessment declared for an enterprise already received (高企 expert sub-scores). */
    default void declaredAssessment(DeclaredAssessment assessment) {}

    /** A park's declaration that it keeps one record type complete over a period. */
    default void coverage(CoverageDeclaration declaration) {}
}
