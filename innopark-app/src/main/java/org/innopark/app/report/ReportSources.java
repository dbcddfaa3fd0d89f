package org.innopark.app.report;

import java.util.Locale;
import java.util.Optional;
import org.innopark.app.index.IndexNotFoundException;
import org.innopark.app.index.IndexReport;
import org.innopark.app.index.ParkIndex;
import org.innopark.app.ladder.ParkLadder;
import org.innopark.app.overview.ParkOverview;
import org.innopark.app.points.InnovationPoints;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStatistics;
import org.innopark.app.security.ParkScope;

/** What a report reads through, for one caller's scope: the registry's read API and the features' public services. */
record ReportSources(
        RegistryReads registry,
        RegistryStatistics statistics,
        ParkOverview overview,
        ParkLadder ladder,
        InnovationPoints points,
        ParkIndex parkIndex,
        org.innopark.app.monitor.MonitorCases monitor,
        org.innopark.app.chain.ParkChains chains,
        ReportChapters chapters,
        ParkScope scope) {

    /** The composite index of every park for the year (index scores are public to park users); empty when it cannot be computed. */
    Optional<IndexReport> index(String framework, int year) {
        try {
            return Optional.of(
                    IndexReport.of(parkIndex.calculate(framework, year, null, 0), Locale.SIMPLIFIED_CHINESE));
        } catch (IndexNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
