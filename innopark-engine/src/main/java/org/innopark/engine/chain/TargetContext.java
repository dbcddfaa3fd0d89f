package org.innopark.engine.chain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a target ranking knows of the park on a day: its city, its coverage of the chain, the relatedness density of
 * every pool industry to its portfolio, the enterprises already in it, and its rules.
 *
 * @param density relatedness density by the pool's industry index ({@link Relatedness#density})
 * @param inPark credit codes of the park's own enterprises (never recommended)
 * @param badList credit codes on the credit register's bad lists (never recommended)
 */
public record TargetContext(
        String parkCode,
        CandidatePool.City parkCity,
        LocalDate asOf,
        ChainCoverage coverage,
        double[] density,
        Set<String> inPark,
        Set<String> badList,
        TargetingRules rules) {}
