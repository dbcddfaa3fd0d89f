package org.innopark.engine.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the funnel needs of one project: its chain and owner, its contracted amount (yuan), its current stage, the
 * stages it entered with their dates (oldest first) and the funds received (到资) with their dates.
 */
public record ProjectFacts(
        String projectNo,
        String chain,
        String owner,
        BigDecimal contractYuan,
        String stage,
        List<Entry> history,
        List<Funds> funds) {

    /** A stage entered on a day. */
    public record Entry(String stage, LocalDate date) {}

    /** Funds received on a day, in yuan. */
    public record Funds(LocalDate date, BigDecimal yuan) {}

    public ProjectFacts {
        history = List.copyOf(history);
        funds = List.copyOf(funds);
    }
}
