/**
 * Composite indices over parks (创新指数 / 综合评价): frameworks (指标体系) read from YAML, the COINr-style pipeline
 * (denomination, imputation, outlier treatment, normalisation, weighting, aggregation), results at every level of the
 * tree, enterprise contributions, and Monte Carlo rank uncertainty with first-order sensitivity indices.
 *
 * <p>Entry points: {@link org.innopark.engine.index.FrameworkLoader}, {@link org.innopark.engine.index.ParkFigures},
 * {@link org.innopark.engine.index.IndexCalculation}, {@link org.innopark.engine.index.RankUncertainty} and
 * {@link org.innopark.engine.index.EnterpriseContributions}.
 */
package org.innopark.engine.index;
