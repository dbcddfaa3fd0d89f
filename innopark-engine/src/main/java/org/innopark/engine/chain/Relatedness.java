package org.innopark.engine.chain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Relatedness density (anchors-2 §1; Hidalgo et al. 2007, EconGeo's {@code relatedness_density}): regions × industries
 * counts become revealed comparative advantage (RCA ≥ 1); the proximity of two industries is the share of regions
 * specialised in both, over the larger of the two counts; the density of an industry for a park is the
 * proximity-weighted share of its related industries in which the park is specialised.
 *
 * <p>The regions are the pool's cities and the parks themselves; industries are GB/T 4754 codes as recorded.
 */
public final class Relatedness {

    private final List<String> industries;
    private final double[][] proximity;

    private Relatedness(List<String> industries, double[][] proximity) {
        this.industries = industries;
        this.proximity = proximity;
    }

    /**
     * @param pool the national pool (its cities are regions)
     * @param parkCounts for each park, its enterprises per industry code (a park is a region too)
     */
    public static Relatedness of(CandidatePool pool, Map<String, Map<String, Integer>> parkCounts) {
        return of(PoolSummary.of(pool, null), parkCounts);
    }

    /**
     * The relatedness over the pool's counts: its industries in their sorted order, its cities and the parks as
     * regions.
     *
     * @param parkCounts for each park, its enterprises per industry code (a park is a region too)
     */
    public static Relatedness of(PoolSummary pool, Map<String, Map<String, Integer>> parkCounts) {
        List<String> industries = pool.industries();
        int ni = industries.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ni; i++) {
            index.put(industries.get(i), i);
        }
        Map<String, ? extends Map<String, Integer>> cities = pool.byCityIndustry();
        int regions = cities.size() + parkCounts.size();
        double[][] counts = new double[regions][ni];
        int r = 0;
        for (Map<String, Integer> city : cities.values()) {
            for (Map.Entry<String, Integer> e : city.entrySet()) {
                counts[r][index.get(e.getKey())] += e.getValue();
            }
            r++;
        }
        for (Map<String, Integer> park : parkCounts.values()) {
            for (Map.Entry<String, Integer> e : park.entrySet()) {
                Integer i = index.get(e.getKey());
                if (i != null) {
                    counts[r][i] += e.getValue();
                }
            }
            r++;
        }
        boolean[][] m = specialisation(counts);
        double[][] proximity = new double[ni][ni];
        int[] ubiquity = new int[ni];
        for (boolean[] row : m) {
            for (int i = 0; i < ni; i++) {
                if (row[i]) {
                    ubiquity[i]++;
                }
            }
        }
        for (boolean[] row : m) {
            for (int i = 0; i < ni; i++) {
                if (!row[i]) {
                    continue;
                }
                for (int j = 0; j < ni; j++) {
                    if (row[j]) {
                        proximity[i][j]++;
                    }
                }
            }
        }
        for (int i = 0; i < ni; i++) {
            for (int j = 0; j < ni; j++) {
                int u = Math.max(ubiquity[i], ubiquity[j]);
                proximity[i][j] = u == 0 ? 0 : proximity[i][j] / u;
            }
        }
        return new Relatedness(industries, proximity);
    }

    /** RCA ≥ 1 of every region in every industry. */
    static boolean[][] specialisation(double[][] counts) {
        int regions = counts.length;
        int ni = regions == 0 ? 0 : counts[0].length;
        double total = 0;
        double[] byIndustry = new double[ni];
        double[] byRegion = new double[regions];
        for (int r = 0; r < regions; r++) {
            for (int i = 0; i < ni; i++) {
                total += counts[r][i];
                byIndustry[i] += counts[r][i];
                byRegion[r] += counts[r][i];
            }
        }
        boolean[][] m = new boolean[regions][ni];
        for (int r = 0; r < regions; r++) {
            for (int i = 0; i < ni; i++) {
                if (counts[r][i] > 0 && byRegion[r] > 0) {
                    double rca = (counts[r][i] / byRegion[r]) / (byIndustry[i] / total);
                    m[r][i] = rca >= 1;
                }
            }
        }
        return m;
    }

    /**
     * The relatedness density of every pool industry (in the order of {@link #industries}) to a park's portfolio, where the
     * park's specialisation is its RCA ≥ 1 against the pool and the parks together.
     *
     * @param portfolio the park's enterprises per industry code
     * @param reference every firm per industry code the RCA is measured against (pool and parks)
     */
    public double[] density(Map<String, Integer> portfolio, Map<String, Integer> reference) {
        int ni = industries.size();
        double parkTotal =
                portfolio.values().stream().mapToDouble(Integer::doubleValue).sum();
        double refTotal =
                reference.values().stream().mapToDouble(Integer::doubleValue).sum();
        boolean[] special = new boolean[ni];
        for (int j = 0; j < ni; j++) {
            double c = portfolio.getOrDefault(industries.get(j), 0);
            double ref = reference.getOrDefault(industries.get(j), 0);
            special[j] = c > 0 && ref > 0 && parkTotal > 0 && (c / parkTotal) / (ref / refTotal) >= 1;
        }
        double[] density = new double[ni];
        for (int i = 0; i < ni; i++) {
            double num = 0;
            double den = 0;
            for (int j = 0; j < ni; j++) {
                if (j == i) {
                    continue;
                }
                den += proximity[i][j];
                if (special[j]) {
                    num += proximity[i][j];
                }
            }
            density[i] = den == 0 ? 0 : num / den;
        }
        return density;
    }

    /** The industries, in the order of {@link #density}'s values and {@link #proximity}'s indices. */
    public List<String> industries() {
        return industries;
    }

    /** The proximity of two industries (by their index in {@link #industries}). */
    public double proximity(int i, int j) {
        return proximity[i][j];
    }
}
