package org.innopark.engine.ladder;

import java.util.List;
import org.innopark.engine.rules.Confidence;

/**
 * An input a scheme needs that the registry cannot know (外部事实): a major safety incident, an expert's sub-score,
 * years in a niche market, a market share, a valuation. Until someone supplies it, it is UNKNOWN, and the verdict
 * says which conditions that leaves undecided.
 *
 * @param type     boolean (yes/no), number (within {@code min..max}) or choice (one of {@code options})
 * @param unit     how a number is written (e.g. percent for a market share)
 * @param options  the allowed answers of a choice fact, empty otherwise
 */
public record FactDefinition(
        String id,
        Label name,
        Type type,
        Unit unit,
        double min,
        double max,
        List<String> options,
        Confidence confidence,
        String note) {

    /** The kinds of fact. */
    public enum Type {
        BOOLEAN,
        NUMBER,
        CHOICE
    }

    public FactDefinition {
        options = List.copyOf(options);
    }
}
