package org.innopark.engine.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of a report: an indicator's value in a year, or why it is missing, where it comes from, and its rank
 * among the peers when that was computed.
 *
 * @param value null when missing; then {@code missingReason} says why
 * @param missingReason why the value is missing (e.g. 2024年无企业报送年报), null when present
 * @param source the trace of the query that produced it (e.g. {@code RegistryStatistics.reportSumsByYear(park=P1)})
 * @param rank the rank among {@code peers} (1 = highest), 0 when not ranked
 */
public record Figure(
        String indicator, int year, BigDecimal value, String missingReason, String source, int rank, int peers) {

    public Figure {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(source, "source");
        if (value == null && (missingReason == null || missingReason.isBlank())) {
            throw new IllegalArgumentException("a missing figure must say why: " + indicator + " " + year);
        }
        if (rank < 0 || rank > peers) {
            throw new IllegalArgumentException("rank " + rank + " of " + peers + ": " + indicator);
        }
    }

    public static Figure of(String indicator, int year, BigDecimal value, String source) {
        return new Figure(indicator, year, value, null, source, 0, 0);
    }

    public static Figure missing(String indicator, int year, String reason, String source) {
        return new Figure(indicator, year, null, reason, source, 0, 0);
    }

    public Figure ranked(int rank, int peers) {
        return new Figure(indicator, year, value, missingReason, source, rank, peers);
    }

    public boolean present() {
        return value != null;
    }
}
