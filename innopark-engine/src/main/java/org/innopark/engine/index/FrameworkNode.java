package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.Direction;

/**
 * A node of an indicator tree (指标体系): the index, a pillar (一级指标), a sub-pillar, or an indicator (a leaf).
 * The weight is relative among siblings (a percentage, or a 赋权 multiplier around 1) and is normalised to sum 1 among
 * them; {@code confirmed} says whether it comes from an official text.
 */
public final class FrameworkNode {

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final double weight;
    private final boolean confirmed;
    private final Confidence confidence;
    private final String note;
    private final PipelineSettings.Weighting weighting;
    private final double[][] pairwise;
    private final List<FrameworkNode> children;
    private final IndicatorSpec indicator;

    private FrameworkNode(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.nameZh = b.nameZh == null ? b.id : b.nameZh;
        this.nameEn = b.nameEn == null ? this.nameZh : b.nameEn;
        if (!(b.weight >= 0) || Double.isInfinite(b.weight)) {
            throw new IllegalArgumentException("weight of " + b.id + " must be a finite number ≥ 0");
        }
        this.weight = b.weight;
        this.confirmed = b.confirmed;
        this.confidence = b.confidence;
        this.note = b.note;
        this.weighting = b.weighting;
        this.pairwise = b.pairwise;
        this.children = List.copyOf(b.children);
        this.indicator = b.indicator;
        if ((indicator == null) == children.isEmpty()) {
            throw new IllegalArgumentException(
                    "node " + id + " must be either an indicator (with a formula) or have children, not both");
        }
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Relative weight among siblings, before normalisation. */
    public double weight() {
        return weight;
    }

    /** Whether the weight comes from an official text (✅) rather than a default (❓). */
    public boolean confirmed() {
        return confirmed;
    }

    /** How well the node's weight is sourced; {@link #confirmed()} is {@code confidence() == CONFIRMED}. */
    public Confidence confidence() {
        return confidence;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The weighting of this node's children when it differs from the framework's default. */
    public Optional<PipelineSettings.Weighting> weighting() {
        return Optional.ofNullable(weighting);
    }

    /** The AHP pairwise comparison matrix of this node's children (row i compared with column j), if given. */
    public Optional<double[][]> pairwise() {
        if (pairwise == null) {
            return Optional.empty();
        }
        double[][] copy = new double[pairwise.length][];
        for (int i = 0; i < pairwise.length; i++) {
            copy[i] = pairwise[i].clone();
        }
        return Optional.of(copy);
    }

    public List<FrameworkNode> children() {
        return children;
    }

    public boolean isIndicator() {
        return indicator != null;
    }

    /** The indicator's definition; empty for the index and pillars. */
    public Optional<IndicatorSpec> indicator() {
        return Optional.ofNullable(indicator);
    }

    /** This node and every node below it, parents before children (pre-order). */
    public List<FrameworkNode> descendantsAndSelf() {
        List<FrameworkNode> all = new ArrayList<>();
        walk(all::add);
        return Collections.unmodifiableList(all);
    }

    private void walk(Consumer<FrameworkNode> visitor) {
        visitor.accept(this);
        children.forEach(c -> c.walk(visitor));
    }

    @Override
    public String toString() {
        return id + " " + nameZh;
    }

    /**
     * What makes a leaf an indicator.
     *
     * @param direction positive (higher is better) or negative
     * @param unit display unit, e.g. 个, %, 万元
     * @param formula how the park-level value is obtained
     * @param denominate whether the framework's default denomination applies to it (extensive indicators)
     * @param goalposts low and high goalposts for GOALPOSTS normalisation, or null
     * @param target target for DISTANCE_TO_TARGET normalisation, or NaN
     */
    public record IndicatorSpec(
            Direction direction, String unit, Formula formula, boolean denominate, double[] goalposts, double target) {

        public IndicatorSpec {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(formula, "formula");
            if (goalposts != null && (goalposts.length != 2 || !(goalposts[0] < goalposts[1]))) {
                throw new IllegalArgumentException("goalposts must be [low, high] with low < high");
            }
            goalposts = goalposts == null ? null : goalposts.clone();
        }

        @Override
        public double[] goalposts() {
            return goalposts == null ? null : goalposts.clone();
        }
    }

    /** Builds a node. */
    public static final class Builder {
        private final String id;
        private String nameZh;
        private String nameEn;
        private double weight = 1;
        private boolean confirmed;
        private Confidence confidence = Confidence.UNCONFIRMED;
        private String note;
        private PipelineSettings.Weighting weighting;
        private double[][] pairwise;
        private final List<FrameworkNode> children = new ArrayList<>();
        private IndicatorSpec indicator;

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String zh, String en) {
            this.nameZh = zh;
            this.nameEn = en;
            return this;
        }

        public Builder weight(double weight) {
            this.weight = weight;
            return this;
        }

        public Builder confidence(Confidence value) {
            this.confidence = value;
            this.confirmed = value == Confidence.CONFIRMED;
            return this;
        }

        public Builder confirmed(boolean confirmed) {
            this.confirmed = confirmed;
            this.confidence = confirmed ? Confidence.CONFIRMED : Confidence.UNCONFIRMED;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder weighting(PipelineSettings.Weighting weighting) {
            this.weighting = weighting;
            return this;
        }

        public Builder pairwise(double[][] matrix) {
            this.pairwise = matrix;
            return this;
        }

        public Builder child(FrameworkNode child) {
            this.children.add(child);
            return this;
        }

        public Builder indicator(IndicatorSpec spec) {
            this.indicator = spec;
            return this;
        }

        public FrameworkNode build() {
            return new FrameworkNode(this);
        }
    }
}
