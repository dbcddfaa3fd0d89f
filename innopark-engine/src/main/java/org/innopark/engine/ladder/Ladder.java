package org.innopark.engine.ladder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleNode;

/**
 * 梯度培育: the order of the rungs an enterprise climbs, read from {@code ladder.yaml}. Rungs on the same level are
 * alternatives (创新型 / 专精特新, 瞪羚 / 独角兽); each names the scheme that assesses it.
 */
public final class Ladder {

    /** The classpath resource of the shipped ladder. */
    public static final String OFFICIAL = "org/innopark/engine/ladder/ladder.yaml";

    /**
     * One rung.
     *
     * @param schemeId      the scheme assessing the rung, null when it is read from the registry (listing)
     * @param validityYears how long a certificate is valid when it carries no expiry date, null when unknown
     */
    public record Rung(
            QualificationType type,
            int level,
            String schemeId,
            Integer validityYears,
            Confidence confidence,
            String note) {}

    private final List<Rung> rungs;
    private final Map<QualificationType, Rung> byType = new EnumMap<>(QualificationType.class);

    private Ladder(List<Rung> rungs) {
        this.rungs = List.copyOf(rungs);
        rungs.forEach(r -> byType.put(r.type(), r));
    }

    /** The ladder shipped with the engine. */
    public static Ladder official() {
        return parse(RuleNode.parseResource(Ladder.class.getClassLoader(), OFFICIAL));
    }

    /** Reads a ladder file; levels must not decrease down the file and every rung appears once. */
    public static Ladder parse(RuleNode root) {
        root.allowOnly(Set.of("rungs"));
        List<Rung> rungs = new ArrayList<>();
        int lastLevel = Integer.MIN_VALUE;
        for (RuleNode n : root.require("rungs").items()) {
            n.allowOnly(Set.of("rung", "level", "scheme", "validity_years", "confidence", "note"));
            QualificationType type = n.require("rung").enumValue(QualificationType.class);
            int level = n.require("level").integer();
            if (level < lastLevel) {
                throw n.require("level").error("levels go up the file / 级别应自下而上递增");
            }
            lastLevel = level;
            if (rungs.stream().anyMatch(r -> r.type() == type)) {
                throw n.require("rung").error("rung " + type + " appears twice / 重复的梯级");
            }
            Integer validity = n.get("validity_years").map(RuleNode::integer).orElse(null);
            rungs.add(new Rung(
                    type,
                    level,
                    n.get("scheme").map(RuleNode::text).orElse(null),
                    validity,
                    Confidence.read(n, Confidence.CONFIRMED),
                    n.text("note", "")));
        }
        return new Ladder(rungs);
    }

    /** The rungs from the bottom up. */
    public List<Rung> rungs() {
        return rungs;
    }

    public Optional<Rung> rung(QualificationType type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** The level of a rung; 0 for an enterprise on no rung. */
    public int level(QualificationType type) {
        return type == null || !byType.containsKey(type) ? 0 : byType.get(type).level();
    }

    /** The highest of the given rungs (the later in the file among equals), or null for none. */
    public QualificationType top(Collection<QualificationType> held) {
        QualificationType top = null;
        for (Rung r : rungs) {
            if (held.contains(r.type())) {
                top = r.type();
            }
        }
        return top;
    }

    /** The rungs of the next level above a rung (above the ground for null). */
    public List<QualificationType> next(QualificationType from) {
        int level = level(from);
        int nextLevel = Integer.MAX_VALUE;
        for (Rung r : rungs) {
            if (r.level() > level) {
                nextLevel = Math.min(nextLevel, r.level());
            }
        }
        List<QualificationType> next = new ArrayList<>();
        for (Rung r : rungs) {
            if (r.level() == nextLevel) {
                next.add(r.type());
            }
        }
        return next;
    }
}
