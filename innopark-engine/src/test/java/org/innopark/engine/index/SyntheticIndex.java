package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.innopark.engine.rules.Direction;

/** A synthetic framework (pillars × indicators) and log-normal park data with gaps, for tests and the benchmark. */
final class SyntheticIndex {

    private SyntheticIndex() {}

    static Framework framework(int pillars, int indicatorsPerPillar, PipelineSettings settings) {
        FrameworkNode.Builder root = FrameworkNode.builder("index").name("综合指数", "Index");
        for (int p = 0; p < pillars; p++) {
            FrameworkNode.Builder pillar = FrameworkNode.builder("P" + (p + 1)).weight(1 + p % 3);
            for (int i = 0; i < indicatorsPerPillar; i++) {
                String id = "P" + (p + 1) + "." + (i + 1);
                Direction d = i % 5 == 4 ? Direction.NEGATIVE : Direction.POSITIVE;
                pillar.child(FrameworkNode.builder(id)
                        .weight(1 + i % 2)
                        .indicator(new FrameworkNode.IndicatorSpec(
                                d,
                                "",
                                new Formula.ImportedFigure(id, null, 1, Formula.Change.NONE),
                                false,
                                null,
                                Double.NaN))
                        .build());
            }
            root.child(pillar.build());
        }
        return new Framework("synthetic", "合成", "Synthetic", "1", "test", false, List.of(), root.build(), settings);
    }

    /** Positive log-normal values growing over the years, with a share of values missing. */
    static IndexData data(Framework f, int units, int years, double missingShare, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int m = f.indicators().size();
        List<IndexData.Unit> us = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            us.add(new IndexData.Unit("park" + u, "园区" + u, "g" + (u % 4)));
        }
        int[] ys = new int[years];
        double[][][] v = new double[years][units][m];
        double[][] level = new double[units][m];
        for (int u = 0; u < units; u++) {
            double size = rng.nextGaussian();
            for (int j = 0; j < m; j++) {
                level[u][j] = Math.exp(2 + 0.8 * size + 0.6 * rng.nextGaussian());
            }
        }
        for (int y = 0; y < years; y++) {
            ys[y] = 2015 + y;
            for (int u = 0; u < units; u++) {
                for (int j = 0; j < m; j++) {
                    level[u][j] *= Math.exp(0.05 + 0.05 * rng.nextGaussian());
                    v[y][u][j] = rng.nextDouble() < missingShare ? Double.NaN : level[u][j];
                }
            }
        }
        List<String> ids = f.indicators().stream().map(FrameworkNode::id).toList();
        return IndexData.of(us, ids, ys, v);
    }
}
