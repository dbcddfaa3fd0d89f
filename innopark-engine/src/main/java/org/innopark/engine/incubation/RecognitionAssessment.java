package org.innopark.engine.incubation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innopark.engine.incubation.IncubationRules.RecognitionVariant;
import org.innopark.engine.incubation.IncubationRules.Threshold;
import org.innopark.engine.ladder.Status;

/**
 * A carrier against the 国家级孵化器 thresholds of a variant (综合 or 专业), with the gap per threshold; in a remote
 * area the thresholds marked {@code remote} are lowered by the file's reduction (−20 %).
 */
public final class RecognitionAssessment {

    private final IncubationRules rules;

    public RecognitionAssessment(IncubationRules rules) {
        this.rules = rules;
    }

    /**
     * One threshold checked.
     *
     * @param required the threshold after any remote reduction
     * @param actual the carrier's figure, or null when not known
     * @param gap how much is missing (required − actual) when not met, else 0; null when not known
     * @param alternatives the results of an {@code anyOf} group's members (empty otherwise)
     */
    public record ThresholdResult(
            String id,
            String nameZh,
            String nameEn,
            CarrierMetric metric,
            String unit,
            BigDecimal required,
            BigDecimal actual,
            Status status,
            BigDecimal gap,
            List<ThresholdResult> alternatives) {}

    /** The verdict: PASS when every threshold is met, FAIL when one is not, else UNKNOWN; and the thresholds. */
    public record Verdict(
            String variantId, String variantZh, boolean remote, Status status, List<ThresholdResult> thresholds) {

        public long unmet() {
            return thresholds.stream().filter(t -> t.status() == Status.FAIL).count();
        }
    }

    public Verdict assess(String variantId, boolean remote, Map<CarrierMetric, BigDecimal> figures) {
        RecognitionVariant v = rules.variant(variantId)
                .orElseThrow(() -> new IllegalArgumentException("no recognition variant '" + variantId + "'"));
        List<ThresholdResult> out = new ArrayList<>();
        for (Threshold t : v.thresholds()) {
            out.add(t.anyOf().isEmpty() ? one(t, remote, figures) : any(t, remote, figures));
        }
        Status s = out.stream().anyMatch(r -> r.status() == Status.FAIL)
                ? Status.FAIL
                : out.stream().allMatch(r -> r.status() == Status.PASS) ? Status.PASS : Status.UNKNOWN;
        return new Verdict(v.id(), v.nameZh(), remote, s, List.copyOf(out));
    }

    private ThresholdResult one(Threshold t, boolean remote, Map<CarrierMetric, BigDecimal> figures) {
        BigDecimal required = t.min();
        if (remote && t.remote()) {
            required = required.multiply(BigDecimal.ONE.subtract(rules.remoteReduction()));
            required =
                    required.setScale(Math.max(0, required.stripTrailingZeros().scale()), RoundingMode.HALF_UP);
        }
        BigDecimal actual = figures.get(t.metric());
        if (actual == null) {
            return new ThresholdResult(
                    t.id(),
                    t.nameZh(),
                    t.nameEn(),
                    t.metric(),
                    t.unit(),
                    required,
                    null,
                    Status.UNKNOWN,
                    null,
                    List.of());
        }
        boolean met = actual.compareTo(required) >= 0;
        return new ThresholdResult(
                t.id(),
                t.nameZh(),
                t.nameEn(),
                t.metric(),
                t.unit(),
                required,
                actual,
                met ? Status.PASS : Status.FAIL,
                met ? BigDecimal.ZERO : required.subtract(actual),
                List.of());
    }

    private ThresholdResult any(Threshold t, boolean remote, Map<CarrierMetric, BigDecimal> figures) {
        List<ThresholdResult> alts = new ArrayList<>();
        for (Threshold a : t.anyOf()) {
            alts.add(one(a, remote, figures));
        }
        Status s = alts.stream().anyMatch(r -> r.status() == Status.PASS)
                ? Status.PASS
                : alts.stream().anyMatch(r -> r.status() == Status.UNKNOWN) ? Status.UNKNOWN : Status.FAIL;
        return new ThresholdResult(t.id(), t.nameZh(), t.nameEn(), null, "", null, null, s, null, List.copyOf(alts));
    }
}
