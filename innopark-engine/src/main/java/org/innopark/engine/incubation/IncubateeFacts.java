package org.innopark.engine.incubation;

import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.Qualification;

/**
 * What the registry holds of an incubatee that the rules read: when it was founded, its qualifications (高企, 科小,
 * 上市) and annual reports, whether it is listed, the day it was acquired or merged if a manager recorded it, and
 * its 技术领域 (null when unknown).
 */
public record IncubateeFacts(
        CreditCode creditCode,
        LocalDate registrationDate,
        List<Qualification> qualifications,
        List<AnnualReport> reports,
        boolean listed,
        LocalDate acquiredOn,
        HighTechField field) {

    public IncubateeFacts {
        qualifications = List.copyOf(qualifications);
        reports = reports.stream()
                .sorted(java.util.Comparator.comparingInt(AnnualReport::year))
                .toList();
    }

    /** An enterprise the registry knows nothing more of. */
    public static IncubateeFacts unknown(CreditCode code) {
        return new IncubateeFacts(code, null, List.of(), List.of(), false, null, null);
    }
}
