package org.innopark.engine.ladder;

import java.util.List;

/**
 * The points of a scored scheme: per block and per indicator, each an interval when some input is unknown.
 *
 * @param total the total points; {@code min} is what is certain, {@code max} what is possible
 */
public record ScoreSheet(Points total, double max, List<BlockScore> blocks) {

    public ScoreSheet {
        blocks = List.copyOf(blocks);
    }

    /** A block's points (capped at its maximum) and its indicators. */
    public record BlockScore(String id, Label name, Points points, double max, List<IndicatorScore> indicators) {
        public BlockScore {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * One indicator's points.
     *
     * @param value       the value the brackets were applied to, null when unknown or not numeric
     * @param bracket     the bracket the value fell in, in interval notation, or the chosen option
     * @param alternative for a "better of" indicator, the id of the alternative that gave the points
     */
    public record IndicatorScore(
            String id,
            Label name,
            Double value,
            Unit unit,
            Points points,
            double max,
            String bracket,
            String alternative,
            Label explanation,
            List<Label> unknownInputs,
            List<Label> notes) {
        public IndicatorScore {
            unknownInputs = List.copyOf(unknownInputs);
            notes = List.copyOf(notes);
        }
    }

    /** The points of the total, a block or an indicator by id. */
    public Points points(String id) {
        if ("total".equals(id)) {
            return total;
        }
        for (BlockScore b : blocks) {
            if (b.id().equals(id)) {
                return b.points();
            }
            for (IndicatorScore i : b.indicators()) {
                if (i.id().equals(id)) {
                    return i.points();
                }
            }
        }
        throw new IllegalArgumentException("no score item " + id);
    }

    /** An indicator's score by id. */
    public IndicatorScore indicator(String id) {
        for (BlockScore b : blocks) {
            for (IndicatorScore i : b.indicators()) {
                if (i.id().equals(id)) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("no indicator " + id);
    }
}
