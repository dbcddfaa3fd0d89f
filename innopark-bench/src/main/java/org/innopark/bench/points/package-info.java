/**
 * The innovation-points benchmark: the engine against the same scoring as SQL window functions in embedded DuckDB and
 * PostgreSQL 15, on one generated data set, with the results checked equal.
 */
package org.innopark.bench.points;
