package org.innopark.app.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.incubation.CarrierKpis;
import org.innopark.engine.incubation.CriterionResult;
import org.innopark.engine.incubation.RecognitionAssessment;
import org.innopark.engine.incubation.SurveyForms;
import org.innopark.engine.incubation.Tenancy;
import org.innopark.engine.incubation.TenancyState;

/** What the incubation feature shows: tenancies, carriers, the park's funnel, an enterprise's history, the survey. */
public final class IncubationViews {

    private IncubationViews() {}

    /** A stored tenancy with its id and the acquisition day a manager recorded (or null). */
    public record Stored(long id, Tenancy tenancy, LocalDate acquiredOn) {}

    /** One move between states. */
    public record Step(
            String carrier,
            TenancyState from,
            TenancyState to,
            LocalDate date,
            String criterionId,
            String reason,
            String actor) {}

    /** A carrier's incubation profile: the 国家级 variant it is measured against, remote area, opening day. */
    public record Profile(String carrier, String variant, boolean remote, LocalDate openedOn) {}

    /**
     * One tenant as the pages list it.
     *
     * @param months whole months incubated (to graduation or exit when earlier)
     * @param deadline the last day of the incubation period
     * @param criterion the recorded 毕业 criterion's name, or null
     * @param met for a firm still incubating, the first 毕业 criterion the registry shows met (a 毕业 candidate)
     */
    public record Tenant(
            long id,
            String carrier,
            String creditCode,
            String name,
            TenancyState state,
            String stateZh,
            LocalDate stateDate,
            LocalDate entryDate,
            BigDecimal areaM2,
            String place,
            long months,
            LocalDate deadline,
            boolean overdue,
            LocalDate graduationDate,
            String criterionId,
            String criterion,
            String specialField,
            String exitReason,
            CriterionResult met) {}

    /** A state of the funnel with how many tenancies are in it. */
    public record FunnelStep(TenancyState state, String nameZh, String nameEn, long count) {}

    /** A carrier with its figures, KPIs, 国家级 gaps and (among the park's carriers) its grade. */
    public record CarrierSummary(
            String name,
            String type,
            String typeZh,
            String level,
            BigDecimal areaM2,
            List<FunnelStep> byState,
            long overdue,
            long candidates,
            CarrierKpis kpis,
            Profile profile,
            RecognitionAssessment.Verdict recognition,
            String grade,
            Double score) {}

    /** The park page: the funnel over every carrier and each carrier against the thresholds. */
    public record ParkView(
            String park, LocalDate asOf, List<FunnelStep> funnel, List<CarrierSummary> carriers, long overdue) {}

    /** A carrier's page. */
    public record CarrierView(
            String park,
            LocalDate asOf,
            CarrierSummary carrier,
            List<Tenant> tenants,
            List<Tenant> graduations,
            List<Tenant> overdue,
            List<Tenant> candidates) {}

    /** An enterprise's tenancies in every carrier and the moves between states. */
    public record EnterpriseHistory(String creditCode, List<Tenant> tenancies, List<Step> steps) {}

    /** One carrier's row of a survey table: its figures by field key and the checks it breaks. */
    public record SurveyRow(
            String carrier,
            String type,
            java.util.Map<String, BigDecimal> figures,
            List<SurveyForms.Failure> failures) {}

    /** A survey table of a year: the form and its carriers' rows. */
    public record SurveyTable(SurveyForms.Form form, int year, List<SurveyRow> rows) {}
}
