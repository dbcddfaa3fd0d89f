package org.innopark.engine.incubation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.innopark.engine.index.Formula;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.index.IndexCalculation;
import org.innopark.engine.index.IndexData;
import org.innopark.engine.index.IndexResult;

/**
 * The A/B/C/D evaluation of carriers: the index engine computes each carrier's score on the evaluation framework
 * ({@code incubator-evaluation-2019}, carriers as units), then the grades go by rank in the rule file's shares.
 */
public final class CarrierEvaluation {

    /** The framework's id and resource. */
    public static final String FRAMEWORK = "incubator-evaluation-2019";

    private final IncubationRules rules;
    private final Framework framework;

    public CarrierEvaluation(IncubationRules rules, Framework framework) {
        this.rules = rules;
        this.framework = framework;
    }

    public CarrierEvaluation(IncubationRules rules) {
        this(rules, builtInFramework());
    }

    /** The shipped evaluation framework. */
    public static Framework builtInFramework() {
        String resource = "org/innopark/engine/index/frameworks/" + FRAMEWORK + ".yaml";
        try (InputStream in = CarrierEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return FrameworkLoader.parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Framework framework() {
        return framework;
    }

    /** The imported figure keys the framework reads, by indicator id. */
    public Map<String, String> keys() {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        for (FrameworkNode n : framework.indicators()) {
            if (n.indicator().orElseThrow().formula() instanceof Formula.ImportedFigure f) {
                keys.put(n.id(), f.key());
            }
        }
        return keys;
    }

    /** One carrier's figures for the year, by imported key (a missing key is a missing figure). */
    public record Input(String id, String name, Map<String, Double> figures) {}

    /** One carrier's score (0–100 scale of the index), rank and grade. */
    public record Graded(String id, String name, double score, int rank, String grade) {}

    /** Grades the carriers of a year; fewer than two carriers cannot be ranked and give an empty list. */
    public List<Graded> grade(int year, List<Input> carriers) {
        if (carriers.size() < 2) {
            return List.of();
        }
        IndexData.Builder data = IndexData.builder(framework).year(year);
        Map<String, String> keys = keys();
        for (Input c : carriers) {
            data.unit(c.id(), c.name(), "");
            for (Map.Entry<String, String> k : keys.entrySet()) {
                Double v = c.figures().get(k.getValue());
                data.value(c.id(), year, k.getKey(), v == null ? Double.NaN : v);
            }
        }
        IndexResult result = IndexCalculation.calculate(framework, data.build());
        List<Graded> scored = new ArrayList<>();
        for (Input c : carriers) {
            scored.add(new Graded(c.id(), c.name(), result.indexScore(c.id(), year), 0, ""));
        }
        scored.sort(Comparator.comparingDouble(
                        (Graded g) -> Double.isNaN(g.score()) ? Double.NEGATIVE_INFINITY : -g.score())
                .thenComparing(Graded::id));
        List<Graded> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Graded g = scored.get(i);
            out.add(new Graded(g.id(), g.name(), g.score(), i + 1, gradeOfRank(i + 1, scored.size())));
        }
        return out;
    }

    /** The grade of a rank among n: the first grade whose cumulative share of n reaches the rank. */
    public String gradeOfRank(int rank, int n) {
        java.math.BigDecimal cumulative = java.math.BigDecimal.ZERO;
        List<IncubationRules.Grade> grades = rules.grades();
        for (IncubationRules.Grade g : grades) {
            cumulative = cumulative.add(g.share());
            java.math.BigDecimal last = cumulative.multiply(java.math.BigDecimal.valueOf(n));
            if (rank <= last.setScale(0, java.math.RoundingMode.HALF_UP).intValue()) {
                return g.grade();
            }
        }
        return grades.get(grades.size() - 1).grade();
    }
}
