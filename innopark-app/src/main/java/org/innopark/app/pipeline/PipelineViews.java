package org.innopark.app.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the pipeline takes and shows: amounts in 亿元 (exact), areas in 亩 and m², tax in 万元. */
public final class PipelineViews {

    private PipelineViews() {}

    /**
     * A new project, or the facts of an imported row.
     *
     * @param projectNo the project key; null to have one assigned
     * @param owner the officer (username) in charge; null to leave the project in the pool
     */
    public record ProjectInput(
            String projectNo,
            String name,
            String investorName,
            String creditCode,
            String sourceRegion,
            String industry,
            String chainId,
            String nodeId,
            BigDecimal plannedYi,
            BigDecimal landMu,
            BigDecimal floorM2,
            BigDecimal outputYi,
            BigDecimal taxWan,
            String owner,
            List<String> coOwners,
            LocalDate leadDate) {}

    /** A move to another stage with its date and what the stage requires (amounts in 亿元). */
    public record Move(
            String to,
            LocalDate date,
            BigDecimal contractYi,
            LocalDate plannedStart,
            BigDecimal fundsYi,
            String document,
            String reason,
            String note) {}

    /** A project on the board (看板), in the pool or in an officer's list. */
    public record Card(
            String projectNo,
            String name,
            String investorName,
            String creditCode,
            String chainId,
            String nodeId,
            BigDecimal plannedYi,
            BigDecimal contractYi,
            String stage,
            String stageZh,
            LocalDate stageDate,
            String owner,
            List<String> coOwners,
            LocalDate lastActivity,
            int openProblems,
            boolean reminded,
            LocalDate returnsToPoolOn) {}

    /** One line of a project's timeline. */
    public record TimelineEntry(LocalDate date, String kind, String title, String detail, String actor) {}

    /** A problem of the 问题清单. */
    public record Problem(
            long id,
            String stage,
            String stageZh,
            String description,
            String solver,
            LocalDate dueOn,
            String status,
            String resolution,
            String raisedBy,
            LocalDate raisedOn,
            LocalDate resolvedOn) {}

    /** A stage a project may move to, with what it requires. */
    public record StageOption(String code, String zh, String dateZh, boolean exit, List<String> requires) {}

    /** A project with everything the project page shows. */
    public record Detail(
            Card card,
            String sourceRegion,
            String industry,
            BigDecimal landMu,
            BigDecimal floorM2,
            BigDecimal outputYi,
            BigDecimal taxWan,
            BigDecimal fundsYi,
            String landedCreditCode,
            String landedName,
            List<TimelineEntry> timeline,
            List<Problem> problems,
            List<StageOption> next) {}

    /** A project created, with the near-duplicate warnings. */
    public record Created(String projectNo, List<String> warnings) {}
}
