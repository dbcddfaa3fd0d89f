package org.innopark.engine.ladder;

import java.util.List;

/** A block (一级指标) of a score: indicators whose points add up, capped at {@code cap} when one is set. */
record Block(String id, Label name, Double cap, List<Indicator> indicators) {

    double max() {
        double sum = indicators.stream().mapToDouble(Indicator::max).sum();
        return cap == null ? sum : Math.min(cap, sum);
    }
}
